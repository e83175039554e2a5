/**
 * Challenger: treatment by propensity-to-pay segment, as agencies score their cases.
 *
 * Before the experiment the strategy simulates a history period (the champion on a
 * separate synthetic population, learning/history.ts) and fits a logistic regression of
 * "paid anything within `history.windowDays`" on the context features at placement.
 * Each debtor is scored once, at its first decision, and placed in a low, middle or high
 * propensity band (cut at the terciles of the historic scores). Within each band a
 * Thompson-sampling bandit (Beta posteriors) learns which channel × tone × time slot ×
 * offer works best. The decision log explains a choice by the two features that moved
 * the debtor's propensity logit most (x_j·β_j at the decision's features).
 */

import { z } from "zod";
import type { ObservableView, Strategy } from "../simulator/engine/strategyApi.js";
import { BetaPosterior, type BetaPosteriorState } from "./learning/betaPosterior.js";
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURES, contextFeatures } from "./learning/features.js";
import { simulateHistory } from "./learning/history.js";
import { historyOptions } from "./learning/historyOptions.js";
import { fitLogisticRegression, linearPredictor, logistic } from "./learning/logisticRegression.js";
import { createOutreachPolicy, outreachPolicyOptions, type Learner } from "./learning/outreachPolicy.js";
import { readWarmStartModel } from "./learning/warmStart.js";

export const propensityScoreOptions = z
  .object({
    ...outreachPolicyOptions,
    history: historyOptions.prefault({}),
    /** Ridge penalty of the logistic regression (0 = plain maximum likelihood). */
    ridge: z.number().min(0).default(1),
    /** Beta prior (successes, failures) of every action's response chance; mean 0.1 (assumption). */
    prior: z.tuple([z.number().positive(), z.number().positive()]).default([1, 9])
  })
  .strict();

export const PROPENSITY_BANDS = ["lowPropensity", "middlePropensity", "highPropensity"] as const;

export interface PropensityModel {
  /** Logistic regression coefficients on CONTEXT_FEATURES. */
  coefficients: number[];
  /** Scores (probabilities) separating the low/middle and middle/high bands. */
  bandLimits: [number, number];
  posterior: BetaPosteriorState;
}

/** Fit the propensity model on a simulated history period. */
export function fitPropensityModel(history: z.output<typeof historyOptions>, ridge: number): Omit<PropensityModel, "posterior"> {
  const sample = simulateHistory(history);
  const fit = fitLogisticRegression(sample.contexts, sample.paid, { ridge });
  const scores = sample.contexts.map((x) => logistic(linearPredictor(fit.coefficients, x))).sort((a, b) => a - b);
  return { coefficients: fit.coefficients, bandLimits: [scores[Math.floor(scores.length / 3)], scores[Math.floor((scores.length * 2) / 3)]] };
}

/** Return the band (0 low, 1 middle, 2 high) of a propensity score. */
export function propensityBand(score: number, limits: readonly [number, number]): number {
  if (score < limits[0]) return 0;
  return score < limits[1] ? 1 : 2;
}

export function propensityScore(rawOptions: Record<string, unknown>): Strategy {
  const options = propensityScoreOptions.parse(rawOptions);
  let view: ObservableView;
  let coefficients: number[];
  let bandLimits: [number, number];
  let posterior: BetaPosterior;
  /** Band per debtor, fixed at the first decision; -1 before. */
  let band: Int8Array;

  const learner: Learner = {
    featureNames: CONTEXT_FEATURES,
    segmentNames: PROPENSITY_BANDS,

    start(context, actions) {
      view = context.view;
      band = new Int8Array(view.claimAmount.length).fill(-1);
      if (options.warmStart !== undefined) {
        const saved = readWarmStartModel(options.warmStart, "propensityScore", options.warmStartArm) as PropensityModel;
        if (saved.coefficients?.length !== CONTEXT_FEATURE_COUNT) {
          throw new Error(`The propensity model in "${options.warmStart}" has ${saved.coefficients?.length ?? 0} coefficients, expected ${CONTEXT_FEATURE_COUNT}. Save it again with this version.`);
        }
        coefficients = saved.coefficients;
        bandLimits = saved.bandLimits;
        posterior = BetaPosterior.fromJSON(saved.posterior, `"${options.warmStart}"`);
        if (posterior.actions !== actions.count) {
          throw new Error(`The propensity model in "${options.warmStart}" has ${posterior.actions} actions, expected ${actions.count}; warm-start only from a run with the same channels, tones, slots and offers.`);
        }
      } else {
        ({ coefficients, bandLimits } = fitPropensityModel(options.history, options.ridge));
        posterior = new BetaPosterior(PROPENSITY_BANDS.length, actions.count, options.prior);
      }
    },
    describe(debtor, _day, features) {
      contextFeatures(view, debtor, features);
      if (band[debtor] < 0) band[debtor] = propensityBand(logistic(linearPredictor(coefficients, features)), bandLimits);
      return band[debtor];
    },
    sample: (action, _features, segment, random) => posterior.sample(segment, action, random),
    mean: (action, _features, segment) => posterior.mean(segment, action),
    contributions(_action, features, _segment, out) {
      for (let j = 0; j < features.length; j++) out[j] = features[j] * coefficients[j];
    },
    learn: (action, _features, segment, success) => posterior.update(segment, action, success),
    refresh() {},
    model: (): PropensityModel => ({ coefficients, bandLimits, posterior: posterior.toJSON() })
  };
  return createOutreachPolicy("propensityScore", options, learner);
}
