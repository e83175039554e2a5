/**
 * Run a trial replication: build an experiment from the trial definition, run it under
 * the chosen parameter set, measure the trial's outcome in every arm and judge each
 * published comparison.
 */

import { parseExperimentConfig } from "../experiment/config.js";
import { runExperiment } from "../experiment/runExperiment.js";
import type { ExperimentRun } from "../experiment/runExperiment.js";
import type { TrialDefinition } from "./trialConfig.js";
import { replicates, toleranceRange } from "./trialVerdict.js";

export interface TrialArmResult {
  id: string;
  label: { de: string; en: string };
  debtors: number;
  published: number | null;
  simulated: number;
}

export interface TrialComparisonResult {
  arm: string;
  baseline: string;
  kind: "effect" | "direction" | "none";
  published: number;
  toleranceLow: number;
  toleranceHigh: number;
  simulated: number;
  replicated: boolean;
  source: string;
}

export interface TrialResult {
  name: string;
  title: { de: string; en: string };
  citation: string;
  outcome: TrialDefinition["outcome"];
  parameterSet: string;
  population: number;
  arms: TrialArmResult[];
  comparisons: TrialComparisonResult[];
  replicated: boolean;
}

export interface TrialRunOptions {
  /** Parameter set the trial runs under (default "calibrated"). */
  parameterSet?: string;
  /** Debtors simulated instead of the trial's own size. */
  population?: number;
  /** Parameter values applied on top of the set and the trial's own overrides (sensitivity, tests). */
  parameters?: Record<string, number>;
}

/** Run one trial and judge its comparisons. */
export async function runTrial(trial: TrialDefinition, options: TrialRunOptions = {}): Promise<TrialResult> {
  const parameterSet = options.parameterSet ?? "calibrated";
  const population = options.population ?? trial.population;
  const config = parseExperimentConfig(
    {
      name: trial.name,
      title: trial.title,
      seed: trial.seed,
      population,
      horizonDays: trial.horizonDays,
      startDate: trial.startDate,
      parameterSet,
      parameters: { ...trial.parameters, ...options.parameters },
      // trial participants already had the creditor's information, so any channel may come first
      compliance: { preset: "DE", firstContactInformation: false },
      recordEvents: false,
      arms: trial.arms.map(({ published: _published, ...arm }) => arm)
    },
    {},
    `trial "${trial.name}"`
  );
  const run = await runExperiment(config);

  const arms: TrialArmResult[] = trial.arms.map((arm, index) => ({
    id: arm.id,
    label: arm.label,
    debtors: run.arms[index].members.length,
    published: arm.published,
    simulated: outcomeShare(run, index, trial.outcome)
  }));
  const share = new Map(arms.map((arm) => [arm.id, arm.simulated]));
  const comparisons: TrialComparisonResult[] = trial.comparisons.map((comparison) => {
    const simulated = (share.get(comparison.arm) ?? Number.NaN) - (share.get(comparison.baseline) ?? Number.NaN);
    const [toleranceLow, toleranceHigh] = toleranceRange(comparison);
    return {
      arm: comparison.arm,
      baseline: comparison.baseline,
      kind: comparison.kind,
      published: comparison.effect,
      toleranceLow,
      toleranceHigh,
      simulated,
      replicated: replicates(comparison, simulated),
      source: comparison.source
    };
  });
  return {
    name: trial.name,
    title: trial.title,
    citation: trial.citation,
    outcome: trial.outcome,
    parameterSet,
    population,
    arms,
    comparisons,
    replicated: comparisons.every((comparison) => comparison.replicated)
  };
}

/** Return the share of an arm's debtors with the trial outcome within its window. */
export function outcomeShare(run: ExperimentRun, armIndex: number, outcome: TrialDefinition["outcome"]): number {
  const members = run.arms[armIndex].members;
  if (members.length === 0) return Number.NaN;
  const hidden = run.state.hidden;
  const lastDay = outcome.withinDays - 1;
  let count = 0;
  for (const debtor of members) {
    const firstPayment = hidden.firstPaymentDay[debtor];
    const fullyPaid = hidden.fullyPaidDay[debtor];
    const paidAny = firstPayment >= 0 && firstPayment <= lastDay;
    if (outcome.kind === "paidAny" && paidAny) count++;
    else if (outcome.kind === "unpaid" && !paidAny) count++;
    else if (outcome.kind === "paidInFull" && fullyPaid >= 0 && fullyPaid <= lastDay) count++;
  }
  return count / members.length;
}
