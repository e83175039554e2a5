/**
 * Re-run one arm on a sample of its debtors with fresh case state, for the counterfactual
 * check and the price-of-fairness curve. The re-run shares the experiment's seed, so
 * every behavioural draw of a debtor is the same as in any other re-run (common random
 * numbers), and only what the re-run changes can change the result.
 */

import type { ContactCalendar } from "../compliance/contactCalendar.js";
import { createCaseState, type CaseState } from "../engine/caseState.js";
import type { EventLog } from "../engine/eventLog.js";
import type { StrategyFactory } from "../engine/strategyApi.js";
import type { ExperimentConfig } from "../experiment/config.js";
import { runArm } from "../experiment/runExperiment.js";
import type { ModelParameters } from "../params/modelParameters.js";
import type { Population } from "../population/population.js";
import type { ProtectedAttribute } from "./fairnessConfig.js";
import { buildProtectedView } from "./protectedView.js";

export interface RerunInput {
  config: Pick<ExperimentConfig, "seed" | "horizonDays" | "startDate" | "compliance">;
  parameters: ModelParameters;
  population: Population;
  armId: string;
  factory: StrategyFactory;
  options: Record<string, unknown>;
  allowProtected: readonly ProtectedAttribute[];
  members: Int32Array;
  /** The run's contact calendar; building one takes about half a second, so re-runs share it. */
  calendar: ContactCalendar;
}

export interface Rerun {
  state: CaseState;
  log: EventLog;
}

export function rerunArm(input: RerunInput): Rerun {
  const state = createCaseState(input.population);
  const strategy = input.factory(input.options);
  const result = runArm({
    config: input.config,
    parameters: input.parameters,
    population: input.population,
    state,
    calendar: input.calendar,
    members: input.members,
    strategy,
    armId: input.armId,
    recordEvents: true,
    protectedView: buildProtectedView(input.population, input.allowProtected, input.armId)
  });
  return { state, log: result.log };
}

/** Pick `size` members spread evenly over the arm (all of them when the arm is smaller). */
export function evenSample(members: Int32Array, size: number): Int32Array {
  if (size >= members.length) return members;
  const sample = new Int32Array(size);
  const stride = members.length / size;
  for (let k = 0; k < size; k++) sample[k] = members[Math.floor(k * stride)];
  return sample;
}
