/**
 * Challenger: learned debtor types. Before the experiment the strategy simulates a
 * history period (learning/history.ts) and clusters the historic debtors by their
 * observable behaviour at its end (reply pattern, share paid, last reply a payment or a
 * dispute, digital reachability, failed channels, contacts) with k-means. At each decision
 * a debtor belongs to the type whose centre is nearest to its behaviour so far, so a
 * debtor can change type as it replies or pays. Within each type a Thompson-sampling
 * bandit (Beta posteriors) learns which channel × tone × time slot × offer works best.
 * The decision log explains a choice by the two behaviour features in which the debtor
 * differs most from the average historic debtor.
 */

import { z } from "zod";
import type { ObservableView, Strategy } from "../simulator/engine/strategyApi.js";
import { createStream } from "../simulator/random/seededStream.js";
import { BetaPosterior, type BetaPosteriorState } from "./learning/betaPosterior.js";
import { BEHAVIOUR_FEATURE_COUNT, BEHAVIOUR_FEATURES, behaviourFeatures } from "./learning/features.js";
import { simulateHistory } from "./learning/history.js";
import { kMeans, nearestCentroid } from "./learning/kMeans.js";
import { createOutreachPolicy, outreachPolicyOptions, type Learner } from "./learning/outreachPolicy.js";
import { readWarmStartModel } from "./learning/warmStart.js";
import { historyOptions } from "./learning/historyOptions.js";

export const debtorTypesOptions = z
  .object({
    ...outreachPolicyOptions,
    history: historyOptions.prefault({}),
    /** Number of debtor types (k of k-means). */
    types: z.number().int().min(2).max(16).default(5),
    /** Beta prior (successes, failures) of every action's response chance; mean 0.1 (assumption). */
    prior: z.tuple([z.number().positive(), z.number().positive()]).default([1, 9])
  })
  .strict();

export interface DebtorTypesModel {
  features: readonly string[];
  centroids: number[][];
  /** Mean behaviour of the historic debtors, the reference of the explanations. */
  mean: number[];
  posterior: BetaPosteriorState;
}

/** Cluster the behaviour of a simulated history period into k types. */
export function fitDebtorTypes(history: z.output<typeof historyOptions>, k: number): { centroids: number[][]; mean: number[] } {
  const sample = simulateHistory(history);
  const fit = kMeans(sample.behaviours, k, createStream(history.seed, "debtorTypes"));
  const mean = new Array<number>(BEHAVIOUR_FEATURE_COUNT).fill(0);
  for (const point of sample.behaviours) for (let j = 0; j < mean.length; j++) mean[j] += point[j] / sample.behaviours.length;
  return { centroids: fit.centroids, mean };
}

export function debtorTypes(rawOptions: Record<string, unknown>): Strategy {
  const options = debtorTypesOptions.parse(rawOptions);
  const typeNames = Array.from({ length: options.types }, (_, k) => `type${k + 1}`);
  let view: ObservableView;
  let centroids: number[][];
  let mean: number[];
  let posterior: BetaPosterior;

  const learner: Learner = {
    featureNames: BEHAVIOUR_FEATURES,
    segmentNames: typeNames,

    start(context, actions) {
      view = context.view;
      if (options.warmStart !== undefined) {
        const saved = readWarmStartModel(options.warmStart, "debtorTypes", options.warmStartArm) as DebtorTypesModel;
        if (saved.centroids?.length !== options.types || saved.centroids[0]?.length !== BEHAVIOUR_FEATURE_COUNT) {
          throw new Error(`The debtor types in "${options.warmStart}" have ${saved.centroids?.length ?? 0} centres, expected ${options.types} of ${BEHAVIOUR_FEATURE_COUNT} features; set "types" to the saved number.`);
        }
        ({ centroids, mean } = saved);
        posterior = BetaPosterior.fromJSON(saved.posterior, `"${options.warmStart}"`);
        if (posterior.actions !== actions.count) {
          throw new Error(`The debtor-type model in "${options.warmStart}" has ${posterior.actions} actions, expected ${actions.count}; warm-start only from a run with the same channels, tones, slots and offers.`);
        }
      } else {
        ({ centroids, mean } = fitDebtorTypes(options.history, options.types));
        posterior = new BetaPosterior(options.types, actions.count, options.prior);
      }
    },
    describe(debtor, day, features) {
      behaviourFeatures(view, debtor, day, features);
      return nearestCentroid(centroids, features);
    },
    sample: (action, _features, segment, random) => posterior.sample(segment, action, random),
    mean: (action, _features, segment) => posterior.mean(segment, action),
    contributions(_action, features, _segment, out) {
      for (let j = 0; j < features.length; j++) out[j] = features[j] - mean[j];
    },
    learn: (action, _features, segment, success) => posterior.update(segment, action, success),
    refresh() {},
    model: (): DebtorTypesModel => ({ features: BEHAVIOUR_FEATURES, centroids, mean, posterior: posterior.toJSON() }),
    segmentProfiles: () => Object.fromEntries(typeNames.map((name, k) => [name, Object.fromEntries(BEHAVIOUR_FEATURES.map((feature, j) => [feature, centroids[k][j]]))]))
  };
  return createOutreachPolicy("debtorTypes", options, learner);
}
