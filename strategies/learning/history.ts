/**
 * A simulated history period: the champion (classic dunning) run on a separate synthetic
 * population with its own seed, as the past cases an agency would train its models on.
 *
 * Per historic debtor the sample holds the context features at placement, the behaviour
 * features at the end of the window, and whether anything was paid within the window.
 * Only observable data enter it.
 *
 * NOTE: the history uses the model's default parameter values, not the parameter set of
 * the experiment the strategy runs in; a strategy sees no parameters, as an agency sees
 * none of the true behaviour model.
 */

import { createContactCalendar } from "../../simulator/compliance/contactCalendar.js";
import { compliancePreset } from "../../simulator/compliance/presets.js";
import { createCaseState } from "../../simulator/engine/caseState.js";
import { strategyView } from "../../simulator/engine/simulateArm.js";
import { runArm } from "../../simulator/experiment/runExperiment.js";
import { compileParameters, parameterDefinitions } from "../../simulator/params/modelParameters.js";
import { resolveParameters } from "../../simulator/params/parameter.js";
import { generatePopulation } from "../../simulator/population/generatePopulation.js";
import { classicDunning } from "../classicDunning.js";
import { BEHAVIOUR_FEATURE_COUNT, behaviourFeatures, CONTEXT_FEATURE_COUNT, contextFeatures } from "./features.js";

export interface HistoryOptions {
  /** Historic debtors simulated. */
  size: number;
  seed: number;
  /** Days of the history period; "paid" means a payment within these days. */
  windowDays: number;
  startDate: string;
}

export interface HistorySample {
  contexts: Float64Array[];
  behaviours: Float64Array[];
  /** 1 when the debtor paid anything within the window. */
  paid: Uint8Array;
}

/** Simulate the history period and collect its training sample. */
export function simulateHistory(options: HistoryOptions): HistorySample {
  const parameters = compileParameters(resolveParameters(parameterDefinitions));
  const population = generatePopulation(parameters, { size: options.size, seed: options.seed, horizonDays: options.windowDays });
  const state = createCaseState(population);
  const calendar = createContactCalendar(options.startDate, options.windowDays);
  const members = Int32Array.from({ length: population.size }, (_, i) => i);

  // a view over the same arrays as the engine's strategy view, read before and after the run
  const view = strategyView({ population, state } as Parameters<typeof strategyView>[0]);
  const contexts = Array.from({ length: population.size }, (_, i) => contextFeatures(view, i, new Float64Array(CONTEXT_FEATURE_COUNT)));

  runArm({
    config: { seed: options.seed, horizonDays: options.windowDays, startDate: options.startDate, compliance: compliancePreset("DE") },
    parameters,
    population,
    state,
    calendar,
    members,
    strategy: classicDunning({}),
    armId: "history",
    recordEvents: false
  });

  const behaviours = Array.from({ length: population.size }, (_, i) => behaviourFeatures(view, i, options.windowDays - 1, new Float64Array(BEHAVIOUR_FEATURE_COUNT)));
  const paid = Uint8Array.from({ length: population.size }, (_, i) => (view.paid[i] > 0 ? 1 : 0));
  return { contexts, behaviours, paid };
}
