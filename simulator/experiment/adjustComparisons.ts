/**
 * Correction for multiple comparisons across all challengers × metrics of a run.
 *
 * p-values: Holm's step-down or Benjamini–Hochberg's step-up adjustment
 * (simulator/analysis/multipleComparisons.ts). Intervals: the whole comparison is
 * recomputed at one corrected level so that interval and adjusted p-value speak about
 * the same error rate.
 * - Holm: level 1 − α/m, the Bonferroni interval. Holm's first step uses α/m, so these
 *   intervals hold simultaneously for all m comparisons with probability ≥ 1 − α.
 * - Benjamini–Hochberg: level 1 − R·α/m, with R the comparisons rejected after the
 *   correction (at least 1), the false-coverage-rate interval of Benjamini and Yekutieli
 *   (2005, JASA 100, "False discovery rate-adjusted multiple confidence intervals for
 *   selected parameters").
 * m counts the comparisons that have a p-value; rows with a null p-value keep nulls.
 */

import { compareArms, type ArmOutcomes } from "../analysis/compareArms.js";
import { benjaminiHochbergAdjust, holmAdjust } from "../analysis/multipleComparisons.js";
import type { Comparison } from "../io/runFormat.js";

export type MultipleComparisonMethod = "holm" | "benjamini-hochberg";

/** Return the comparisons with adjusted p-values and intervals, and the level of those intervals. */
export function adjustComparisons(
  comparisons: readonly Comparison[],
  arms: ArmOutcomes[],
  baseline: string,
  confidenceLevel: number,
  method: MultipleComparisonMethod
): { comparisons: Comparison[]; adjustedConfidenceLevel: number } {
  const tested = comparisons.map((comparison, index) => ({ index, pValue: comparison.pValue })).filter((row) => row.pValue !== null);
  const raw = tested.map((row) => row.pValue as number);
  const adjusted = method === "holm" ? holmAdjust(raw) : benjaminiHochbergAdjust(raw);
  const pValueAdjusted = new Array<number | null>(comparisons.length).fill(null);
  tested.forEach((row, k) => (pValueAdjusted[row.index] = adjusted[k]));

  const alpha = 1 - confidenceLevel;
  const m = Math.max(tested.length, 1);
  const rejected = adjusted.filter((p) => p <= alpha).length;
  const adjustedConfidenceLevel = method === "holm" ? 1 - alpha / m : 1 - (Math.max(rejected, 1) * alpha) / m;

  // compareArms returns rows in the same order for the same arms, so rows line up by index.
  const wide = compareArms(arms, baseline, { confidenceLevel: adjustedConfidenceLevel });
  return {
    adjustedConfidenceLevel,
    comparisons: comparisons.map((comparison, index) => ({
      ...comparison,
      pValueAdjusted: pValueAdjusted[index],
      ciLowAdjusted: comparison.pValue === null ? null : wide[index].ciLow,
      ciHighAdjusted: comparison.pValue === null ? null : wide[index].ciHigh
    }))
  };
}
