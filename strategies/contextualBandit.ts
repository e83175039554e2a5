/**
 * Challenger: a contextual bandit over channel × tone × time slot × offer, by linear
 * Thompson sampling (Agrawal & Goyal 2013, "Thompson sampling for contextual bandits
 * with linear payoffs", ICML).
 *
 * Every action has a Bayesian linear model of the response chance on the debtor's
 * context features (claim size, age band, contact data, contacts so far, earlier replies,
 * plan offered, debt age; see learning/features.ts). Each decision draws one expected
 * response per allowed action from the posterior and picks the action with the highest
 * draw × min(outstanding, valueCap) − contact cost. The posterior is refreshed once per
 * simulated day. Case handling, court rule and decision log: learning/outreachPolicy.ts.
 */

import { z } from "zod";
import type { Strategy } from "../simulator/engine/strategyApi.js";
import { BayesianLinearRegression, type LinearModelState } from "./learning/bayesianLinearRegression.js";
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURES, contextFeatures } from "./learning/features.js";
import { createOutreachPolicy, outreachPolicyOptions, type Learner } from "./learning/outreachPolicy.js";
import { readWarmStartModel } from "./learning/warmStart.js";

export const contextualBanditOptions = z
  .object({
    ...outreachPolicyOptions,
    /** Prior precision of every coefficient (prior N(0, 1/ridge)). */
    ridge: z.number().positive().default(1),
    /** Posterior scale of the Thompson draws; larger explores more. */
    explorationScale: z.number().positive().default(0.25)
  })
  .strict();

/** A learner with one Bayesian linear model per action on the context features. */
export function linearThompsonLearner(options: { ridge: number; explorationScale: number; warmStart?: string; warmStartArm?: string }, strategyName: string): Learner {
  let model: BayesianLinearRegression;
  let view: import("../simulator/engine/strategyApi.js").ObservableView;
  return {
    featureNames: CONTEXT_FEATURES,
    segmentNames: [],

    start(context, actions) {
      view = context.view;
      if (options.warmStart !== undefined) {
        const saved = readWarmStartModel(options.warmStart, strategyName, options.warmStartArm) as LinearModelState;
        model = BayesianLinearRegression.fromJSON(saved, actions.count, CONTEXT_FEATURE_COUNT, `"${options.warmStart}"`);
      } else {
        model = new BayesianLinearRegression(actions.count, CONTEXT_FEATURE_COUNT, options.ridge, options.explorationScale);
      }
    },
    describe(debtor, _day, features) {
      contextFeatures(view, debtor, features);
      return -1;
    },
    sample: (action, features, _segment, random) => model.sample(action, features, random),
    mean: (action, features) => model.mean(action, features),
    contributions(action, features, _segment, out) {
      for (let j = 0; j < features.length; j++) out[j] = features[j] * model.coefficient(action, j);
    },
    learn: (action, features, _segment, success) => model.update(action, features, success ? 1 : 0),
    refresh: () => model.refresh(),
    model: () => model.toJSON()
  };
}

export function contextualBandit(rawOptions: Record<string, unknown>): Strategy {
  const options = contextualBanditOptions.parse(rawOptions);
  return createOutreachPolicy("contextualBandit", options, linearThompsonLearner(options, "contextualBandit"));
}
