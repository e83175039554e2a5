/**
 * Comparison of each challenger arm with the baseline arm on the experiment's headline
 * metrics, each with the test that fits its kind:
 *
 * | metric                | definition per arm                       | method          |
 * |-----------------------|------------------------------------------|-----------------|
 * | `recoveryRate`        | Σ recovered ÷ Σ claimAmount              | `deltaMethod`   |
 * | `cureRate`            | share of debtors with `cured` = 1        | `twoProportion` |
 * | `instalmentShare`     | share with `planAgreed` = 1              | `twoProportion` |
 * | `legalEscalationRate` | share with `escalated` = 1               | `twoProportion` |
 * | `complaintRate`       | share with `complained` = 1              | `twoProportion` |
 * | `costPerCase`         | mean € cost                              | `welch`         |
 * | `netRecovery`         | mean € (recovered − cost)                | `welch`         |
 * | `contactsPerCase`     | mean delivered contacts                  | `welch`         |
 * | `costToCollect`       | Σ cost ÷ Σ recovered                     | `deltaMethod`   |
 * | `nps`                 | NPS in points among survey respondents   | `npsDifference` |
 *
 * `difference` is challenger minus baseline and `relativeUplift` is that difference
 * divided by the absolute value of the baseline's value. The absolute value keeps the
 * sign of the uplift equal to the sign of the difference where the baseline is below
 * zero, which NPS and net recovery can be. For proportions the interval is Newcombe's hybrid
 * score interval and the p-value comes from the pooled z-test, so the two can disagree
 * at the edge of significance.
 */

import type { Comparison } from "../io/runFormat.js";
import { checkArmOutcomes, type ArmOutcomes } from "./armOutcomes.js";
import { checkConfidenceLevel } from "./inputChecks.js";
import { npsDifference } from "./npsDifference.js";
import { ratioDifferenceTest, ratioEstimate } from "./ratioDeltaMethod.js";
import { twoProportionTest } from "./twoProportionTest.js";
import { welchTTest } from "./welchTTest.js";

export type { ArmOutcomes } from "./armOutcomes.js";

/** Metrics in the order `compareArms` reports them for each challenger. */
export const COMPARISON_METRICS = [
  "recoveryRate", "cureRate", "instalmentShare", "legalEscalationRate", "complaintRate",
  "costPerCase", "netRecovery", "contactsPerCase", "costToCollect", "nps"
] as const;

export type ComparisonMetric = (typeof COMPARISON_METRICS)[number];

/** Estimate of one metric: the difference, its interval and p-value, and the baseline's value. */
interface MetricEstimate {
  difference: number;
  baselineValue: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  method: string;
}

/**
 * Compare every challenger arm with the baseline arm on each of {@link COMPARISON_METRICS}.
 *
 * Rows come challenger by challenger in the order of `arms`, metric by metric in the order
 * of {@link COMPARISON_METRICS}. Where the data leave a value undefined, the row is kept
 * with null in its place, which JSON can carry, so that one metric does not fail the whole
 * comparison. This happens when a ratio's denominator sums to zero (no € placed, or no €
 * recovered for `costToCollect`) or an arm has no survey respondents. A metric with zero
 * variance in both arms keeps its difference but gets a null p-value and interval.
 * `relativeUplift` is null when the baseline's value is zero.
 *
 * @param arms per-debtor outcomes of every arm, baseline included
 * @param baseline id of the champion arm the challengers are compared with
 * @param options.confidenceLevel level of the two-sided intervals, default 0.95
 * @throws {RangeError} if arm ids repeat, the baseline is missing, an arm has fewer than two
 *   debtors, arrays differ in length, or an indicator is not 0 or 1
 */
export function compareArms(
  arms: ArmOutcomes[],
  baseline: string,
  options: { confidenceLevel?: number } = {}
): Comparison[] {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  checkConfidenceLevel(confidenceLevel, "compareArms");
  checkArmIds(arms, baseline);
  for (const arm of arms) checkArmOutcomes(arm);

  const baselineArm = arms.find((arm) => arm.id === baseline) as ArmOutcomes;
  const comparisons: Comparison[] = [];

  for (const challenger of arms) {
    if (challenger.id === baseline) continue;

    for (const metric of COMPARISON_METRICS) {
      const estimate = estimateMetric(metric, challenger, baselineArm, confidenceLevel);
      const relativeUplift = estimate.baselineValue === 0 ? NaN : estimate.difference / Math.abs(estimate.baselineValue);
      comparisons.push({
        arm: challenger.id,
        baseline,
        metric,
        difference: finiteOrNull(estimate.difference),
        relativeUplift: finiteOrNull(relativeUplift),
        ciLow: finiteOrNull(estimate.ciLow),
        ciHigh: finiteOrNull(estimate.ciHigh),
        pValue: finiteOrNull(estimate.pValue),
        method: estimate.method
      });
    }
  }
  return comparisons;
}

function checkArmIds(arms: ArmOutcomes[], baseline: string): void {
  const ids = arms.map((arm) => arm.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw new RangeError(`compareArms: arm id "${repeated}" appears more than once. Give each arm its own id.`);
  }
  if (!ids.includes(baseline)) {
    throw new RangeError(
      `compareArms: baseline arm "${baseline}" not found among the arms ${ids.map((id) => `"${id}"`).join(", ")}.`
    );
  }
}

function estimateMetric(
  metric: ComparisonMetric,
  challenger: ArmOutcomes,
  baseline: ArmOutcomes,
  confidenceLevel: number
): MetricEstimate {
  switch (metric) {
    case "recoveryRate":
      return compareRatios(challenger.recovered, challenger.claimAmount, baseline.recovered, baseline.claimAmount, confidenceLevel);
    case "costToCollect":
      return compareRatios(challenger.cost, challenger.recovered, baseline.cost, baseline.recovered, confidenceLevel);
    case "cureRate":
      return compareProportions(challenger.cured, baseline.cured, confidenceLevel);
    case "instalmentShare":
      return compareProportions(challenger.planAgreed, baseline.planAgreed, confidenceLevel);
    case "legalEscalationRate":
      return compareProportions(challenger.escalated, baseline.escalated, confidenceLevel);
    case "complaintRate":
      return compareProportions(challenger.complained, baseline.complained, confidenceLevel);
    case "costPerCase":
      return compareMeans(challenger.cost, baseline.cost, confidenceLevel);
    case "netRecovery":
      return compareMeans(netRecovery(challenger), netRecovery(baseline), confidenceLevel);
    case "contactsPerCase":
      return compareMeans(challenger.contacts, baseline.contacts, confidenceLevel);
    case "nps":
      return compareNps(challenger.npsScore, baseline.npsScore, confidenceLevel);
  }
}

function compareRatios(
  challengerNumerator: Float64Array,
  challengerDenominator: Float64Array,
  baselineNumerator: Float64Array,
  baselineDenominator: Float64Array,
  confidenceLevel: number
): MetricEstimate {
  // A zero denominator leaves the ratio undefined, which is a result, not an input error.
  if (sum(challengerDenominator) === 0 || sum(baselineDenominator) === 0) {
    return undefinedEstimate("deltaMethod");
  }

  const challengerRatio = ratioEstimate(challengerNumerator, challengerDenominator);
  const baselineRatio = ratioEstimate(baselineNumerator, baselineDenominator);
  const test = ratioDifferenceTest(challengerRatio, baselineRatio, confidenceLevel);
  return {
    difference: test.estimate, baselineValue: baselineRatio.ratio,
    ciLow: test.ciLow, ciHigh: test.ciHigh, pValue: test.pValue, method: "deltaMethod"
  };
}

function compareProportions(challenger: Uint8Array, baseline: Uint8Array, confidenceLevel: number): MetricEstimate {
  const test = twoProportionTest(sum(challenger), challenger.length, sum(baseline), baseline.length, confidenceLevel);
  return {
    difference: test.difference, baselineValue: test.proportion2,
    ciLow: test.newcombeLow, ciHigh: test.newcombeHigh, pValue: test.pValue, method: "twoProportion"
  };
}

function compareMeans(challenger: Float64Array, baseline: Float64Array, confidenceLevel: number): MetricEstimate {
  const test = welchTTest(challenger, baseline, confidenceLevel);
  return {
    difference: test.difference, baselineValue: test.meanY,
    ciLow: test.ciLow, ciHigh: test.ciHigh, pValue: test.pValue, method: "welch"
  };
}

function compareNps(challenger: Int8Array, baseline: Int8Array, confidenceLevel: number): MetricEstimate {
  const challengerResponses = surveyResponses(challenger);
  const baselineResponses = surveyResponses(baseline);
  if (challengerResponses.length === 0 || baselineResponses.length === 0) {
    return undefinedEstimate("npsDifference");
  }

  const test = npsDifference(challengerResponses, baselineResponses, confidenceLevel);
  return {
    difference: test.difference, baselineValue: test.second.nps,
    ciLow: test.ciLow, ciHigh: test.ciHigh, pValue: test.pValue, method: "npsDifference"
  };
}

/** Keep the scores of debtors who answered the survey, dropping the −1 that marks no response. */
function surveyResponses(scores: Int8Array): Int8Array {
  return scores.filter((score) => score !== -1);
}

function netRecovery(arm: ArmOutcomes): Float64Array {
  const values = new Float64Array(arm.recovered.length);
  for (let i = 0; i < values.length; i++) values[i] = arm.recovered[i] - arm.cost[i];
  return values;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** Replace NaN and ±Infinity, which JSON cannot hold, with null. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function undefinedEstimate(method: string): MetricEstimate {
  return { difference: NaN, baselineValue: NaN, ciLow: NaN, ciHigh: NaN, pValue: NaN, method };
}
