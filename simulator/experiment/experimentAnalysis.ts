/**
 * The experiment checks added to every run's summary beside the headline comparisons:
 * the sample-ratio-mismatch test, a bootstrap check of the recovery-rate interval,
 * regression-adjusted effects on € per case, and each arm's cashflow.
 */

import { bootstrapRatioDifference } from "../analysis/bootstrap.js";
import { daysSalesOutstanding, netPresentValue } from "../analysis/cashflowMetrics.js";
import { regressionAdjustment } from "../analysis/regressionAdjustment.js";
import { sampleRatioMismatch } from "../analysis/sampleRatioMismatch.js";
import { welchTTest } from "../analysis/welchTTest.js";
import type { AdjustedSummary, BootstrapSummary, CashflowSummary, Comparison, SampleRatioMismatchSummary } from "../io/runFormat.js";
import type { ArmOutcomeArrays } from "./armOutcomeArrays.js";
import type { ExperimentRun } from "./runExperiment.js";

/**
 * Resampled debtors per bootstrap comparison: resamples = this ÷ (n₁ + n₂), between
 * BOOTSTRAP_MIN_RESAMPLES and BOOTSTRAP_MAX_RESAMPLES. 20 million draws took about 0.3 s
 * per comparison on a 2026 cloud machine (Node 20), so a 100,000-debtor run with two
 * challengers adds well under 3 s.
 */
export const BOOTSTRAP_DRAW_BUDGET = 20_000_000;
export const BOOTSTRAP_MIN_RESAMPLES = 200;
export const BOOTSTRAP_MAX_RESAMPLES = 2_000;

/** Pre-placement covariates of the regression adjustment, by their outcomes-table names. */
export const ADJUSTMENT_COVARIATES = ["claimAmount", "debtAgeDays", "hasEmail", "hasMobile"] as const;

/** Test the arm sizes against the configured weights. */
export function sampleRatioCheck(run: ExperimentRun): SampleRatioMismatchSummary {
  const counts = run.arms.map((arm) => arm.members.length);
  const test = sampleRatioMismatch(counts, run.config.arms.map((arm) => arm.weight));
  return { counts, expected: test.expected, statistic: test.statistic, pValue: test.pValue, mismatch: test.mismatch };
}

/** Bootstrap the recovery-rate difference of each challenger, seeded from the run's seed. */
export function bootstrapRecoveryRate(
  run: ExperimentRun,
  outcomes: readonly ArmOutcomeArrays[],
  baseline: string,
  comparisons: readonly Comparison[]
): BootstrapSummary[] {
  const reference = outcomes.find((arm) => arm.id === baseline) as ArmOutcomeArrays;
  return outcomes
    .filter((arm) => arm.id !== baseline)
    .map((arm) => {
      const delta = comparisons.find((row) => row.arm === arm.id && row.metric === "recoveryRate");
      const n = arm.recovered.length + reference.recovered.length;
      const resamples = Math.min(BOOTSTRAP_MAX_RESAMPLES, Math.max(BOOTSTRAP_MIN_RESAMPLES, Math.floor(BOOTSTRAP_DRAW_BUDGET / n)));
      const seed = run.config.seed;
      const base = { arm: arm.id, baseline, metric: "recoveryRate" as const, deltaCiLow: delta?.ciLow ?? null, deltaCiHigh: delta?.ciHigh ?? null, resamples, seed };
      if (sum(arm.claimAmount) === 0 || sum(reference.claimAmount) === 0) return { ...base, difference: null, ciLow: null, ciHigh: null };

      const interval = bootstrapRatioDifference(arm.recovered, arm.claimAmount, reference.recovered, reference.claimAmount, {
        resamples,
        seed,
        confidenceLevel: run.config.confidenceLevel
      });
      return { ...base, difference: interval.estimate, ciLow: interval.ciLow, ciHigh: interval.ciHigh };
    });
}

/** Regression-adjusted effect of each challenger on € recovered and € net recovery per case. */
export function adjustedEffects(run: ExperimentRun, outcomes: readonly ArmOutcomeArrays[], baseline: string): AdjustedSummary[] {
  const baselineIndex = outcomes.findIndex((arm) => arm.id === baseline);
  const rows: AdjustedSummary[] = [];
  for (let index = 0; index < outcomes.length; index++) {
    if (index === baselineIndex) continue;
    const members = concat(run.arms[index].members, run.arms[baselineIndex].members);
    const treatment = new Float64Array(members.length);
    treatment.fill(1, 0, run.arms[index].members.length);
    const observable = run.population.observable;
    const covariates = ADJUSTMENT_COVARIATES.map((name) => Float64Array.from(members, (debtor) => observable[name][debtor]));
    // drop covariates without variance (e.g. every debtor has a mobile number), which make the design singular
    const usable = ADJUSTMENT_COVARIATES.map((name, k) => ({ name, values: covariates[k] })).filter((c) => hasVariance(c.values));

    for (const metric of ["recoveredPerCase", "netRecovery"] as const) {
      const perCase = (arm: ArmOutcomeArrays) => (metric === "recoveredPerCase" ? arm.recovered : arm.recovered.map((r, k) => r - arm.cost[k]));
      const challenger = perCase(outcomes[index]);
      const reference = perCase(outcomes[baselineIndex]);
      const unadjusted = welchTTest(challenger, reference, run.config.confidenceLevel);
      const outcome = concat(challenger, reference);
      const adjusted = tryAdjust(outcome, treatment, usable.map((c) => c.values), run.config.confidenceLevel);
      rows.push({
        arm: outcomes[index].id,
        baseline,
        metric,
        difference: finiteOrNull(unadjusted.difference),
        ciLow: finiteOrNull(unadjusted.ciLow),
        ciHigh: finiteOrNull(unadjusted.ciHigh),
        adjustedDifference: finiteOrNull(adjusted?.effect ?? NaN),
        adjustedCiLow: finiteOrNull(adjusted?.ciLow ?? NaN),
        adjustedCiHigh: finiteOrNull(adjusted?.ciHigh ?? NaN),
        adjustedPValue: finiteOrNull(adjusted?.pValue ?? NaN),
        covariates: usable.map((c) => c.name),
        standardErrorRatio: finiteOrNull((adjusted?.standardError ?? NaN) / unadjusted.standardError)
      });
    }
  }
  return rows;
}

/** Net present value and days sales outstanding of each arm. */
export function cashflowSummary(run: ExperimentRun, outcomes: readonly ArmOutcomeArrays[]): CashflowSummary[] {
  return run.arms.map((arm, index) => {
    const placed = sum(outcomes[index].claimAmount);
    const outstanding = Math.max(0, placed - sum(outcomes[index].recovered));
    const npv = netPresentValue(arm.receivedByDay, run.config.discountRate);
    return {
      arm: arm.id,
      netPresentValue: npv,
      netPresentValuePerCase: npv / Math.max(arm.members.length, 1),
      daysSalesOutstanding: placed > 0 ? daysSalesOutstanding(outstanding, placed, run.config.horizonDays) : null
    };
  });
}

/** A singular design (e.g. a covariate that equals the arm indicator) leaves the adjusted effect undefined, not the run. */
function tryAdjust(outcome: Float64Array, treatment: Float64Array, covariates: Float64Array[], confidenceLevel: number) {
  try {
    return regressionAdjustment(outcome, treatment, covariates, confidenceLevel);
  } catch {
    return undefined;
  }
}

function concat<T extends Float64Array | Int32Array>(first: T, second: T): Float64Array {
  const joined = new Float64Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

function hasVariance(values: Float64Array): boolean {
  for (let k = 1; k < values.length; k++) if (values[k] !== values[0]) return true;
  return false;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k];
  return total;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
