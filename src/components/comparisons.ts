// Reading challenger-versus-champion comparisons of the run summary.
//
// A comparison's statistics are null where the data leave them undefined (no survey
// respondents, a zero denominator, no variance in either arm), so every reader here checks
// for null before writing or plotting a number.

import type { ArmSummary, Comparison, RunSummary } from "../../simulator/io/runFormat.js";
import { formatNumber } from "./locale.js";
import type { Report } from "./report.js";
import { formatDifference, formatInterval, formatPValue, metricOf, metricName } from "./metrics.js";

/** A comparison with a difference and an interval. */
export type EstimatedComparison = Comparison & { difference: number; ciLow: number; ciHigh: number };

/** "better" or "worse" when the interval excludes zero and the metric has a direction, "clear" when it has none, "unclear" when the interval covers zero. */
export type Verdict = "better" | "worse" | "clear" | "unclear";

/** Returns true when a comparison has a difference and both interval bounds. */
export function isEstimated(comparison: Comparison): comparison is EstimatedComparison {
  return comparison.difference !== null && comparison.ciLow !== null && comparison.ciHigh !== null;
}

/**
 * Returns true when the interval contains zero, so the difference is not distinguishable
 * from zero. Where the run corrected for multiple comparisons, the corrected interval
 * decides, so that a headline never claims what the correction does not support.
 */
export function coversZero(comparison: EstimatedComparison): boolean {
  const low = comparison.ciLowAdjusted ?? comparison.ciLow;
  const high = comparison.ciHighAdjusted ?? comparison.ciHigh;
  return low <= 0 && high >= 0;
}

/** Judges a comparison by its interval and the direction of its metric. */
export function verdictOf(comparison: EstimatedComparison): Verdict {
  if (coversZero(comparison)) return "unclear";
  const { higherIsBetter } = metricOf(comparison.metric);
  if (higherIsBetter === null) return "clear";
  return comparison.difference > 0 === higherIsBetter ? "better" : "worse";
}

/** Returns the value of a metric for an arm, or null when the summary has no finite number for it. */
export function armValue(arm: ArmSummary, metric: string): number | null {
  const value = (arm as unknown as Record<string, unknown>)[metric];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Returns the id of the arm the comparisons use as baseline; the first arm when there are no comparisons. */
export function baselineOf(summary: RunSummary): string {
  return summary.comparisons[0]?.baseline ?? summary.arms[0].id;
}

/** Returns the comparisons of one metric, in the arm order of the summary. */
export function comparisonsOf(summary: RunSummary, metric: string): Comparison[] {
  const order = summary.arms.map((arm) => arm.id);
  return summary.comparisons
    .filter((comparison) => comparison.metric === metric)
    .sort((a, b) => order.indexOf(a.arm) - order.indexOf(b.arm));
}

/** Returns the name of the interval at the run's confidence level, e.g. "95-%-Konfidenzintervall". */
export function intervalName(report: Report): string {
  const percent = report.summary.experiment.confidenceLevel * 100;
  const digits = Number.isInteger(percent) ? 0 : 1;
  return report.t("report.interval.name", { percent: formatNumber(percent, report.language, digits) });
}

/** Returns the name of the run's correction for multiple comparisons, e.g. "Holm", or null when the summary names none. */
export function adjustmentName(report: Report): string | null {
  const method = report.summary.experiment.multipleComparisons;
  if (method === undefined) return null;
  return report.t.has(`report.adjustment.${method}`) ? report.t(`report.adjustment.${method}`) : method;
}

/** Writes the p-value of a comparison, followed by the corrected one when the summary has it. */
export function pValueText(report: Report, comparison: Comparison): string {
  const { language, t } = report;
  const pValue = formatPValue(comparison.pValue, language, t);
  const method = adjustmentName(report);
  if (method === null || comparison.pValueAdjusted === undefined || comparison.pValueAdjusted === null) return pValue;
  return t("report.pValue.withAdjusted", { pValue, adjusted: formatPValue(comparison.pValueAdjusted, language, t), method });
}

/** Writes one comparison as a sentence with its difference, interval and p-value, or as a sentence naming the statistic that could not be computed. */
export function comparisonSentence(report: Report, comparison: Comparison): string {
  const { language, t } = report;
  const params = {
    arm: report.armLabel(comparison.arm),
    baseline: report.armLabel(comparison.baseline),
    metric: metricName(comparison.metric, t)
  };
  if (comparison.difference === null) return t("report.overview.comparison.missing", params);

  const difference = formatDifference(comparison.metric, comparison.difference, language, t);
  if (!isEstimated(comparison)) return t("report.overview.comparison.noInterval", { ...params, difference });

  return t(coversZero(comparison) ? "report.overview.comparison.unclear" : "report.overview.comparison.clear", {
    ...params,
    difference,
    interval: formatInterval(comparison.metric, comparison.ciLow, comparison.ciHigh, language, t),
    intervalName: intervalName(report),
    pValue: pValueText(report, comparison)
  });
}
