// Cards for "which strategy wins?": one per headline metric, with the leading arm and every
// challenger's difference from the champion with its interval.

import type { ArmSummary } from "../../simulator/io/runFormat.js";
import { armValue, baselineOf, comparisonSentence, comparisonsOf, coversZero, intervalName, isEstimated } from "./comparisons.js";
import { element } from "./dom.js";
import { formatNumber } from "./locale.js";
import { formatMetricValue, metricName, metricOf } from "./metrics.js";
import type { Report } from "./report.js";

/** The headline metrics of the overview and the question each answers. */
export const HEADLINE_METRICS = [
  { metric: "recoveryRate", questionKey: "report.overview.question.recoveryRate" },
  { metric: "costPerCase", questionKey: "report.overview.question.costPerCase" },
  { metric: "netRecovery", questionKey: "report.overview.question.netRecovery" },
  { metric: "nps", questionKey: "report.overview.question.nps" }
] as const;

// Returns the arm with the best value of a metric with a direction, or null when no arm has a value.
function leadingArm(arms: ArmSummary[], metric: string): { arm: ArmSummary; value: number } | null {
  const higherIsBetter = metricOf(metric).higherIsBetter !== false;
  let leader: { arm: ArmSummary; value: number } | null = null;
  for (const arm of arms) {
    const value = armValue(arm, metric);
    if (value === null) continue;
    if (leader === null || (higherIsBetter ? value > leader.value : value < leader.value)) {
      leader = { arm, value };
    }
  }
  return leader;
}

function leaderSentence(report: Report, metric: string): string {
  const { summary, t, language } = report;
  const leader = leadingArm(summary.arms, metric);
  const name = metricName(metric, t);
  if (leader === null) return t("report.overview.leader.missing", { metric: name });

  const baseline = baselineOf(summary);
  const params = {
    metric: name,
    arm: report.armLabel(leader.arm.id),
    baseline: report.armLabel(baseline),
    value: formatMetricValue(metric, leader.value, language, t)
  };
  if (leader.arm.id === baseline) return t("report.overview.leader.baseline", params);
  const comparison = comparisonsOf(summary, metric).find((candidate) => candidate.arm === leader.arm.id);
  if (comparison === undefined || !isEstimated(comparison)) return t("report.overview.leader.noComparison", params);
  return t(coversZero(comparison) ? "report.overview.leader.unclear" : "report.overview.leader.clear", params);
}

// The card on net recovery adds how fast money comes in: the median day of the first payment
// per arm, with its interval when the summary has Kaplan–Meier estimates.
function firstPaymentSentence(report: Report): string | null {
  const { summary, t, language } = report;
  const curves = summary.timeToPayment?.arms;
  if (curves !== undefined) {
    const days = (value: number | null) => (value === null ? t("report.value.missing") : formatNumber(value, language, 0));
    const parts = summary.arms.flatMap((arm) => {
      const curve = curves.find((entry) => entry.arm === arm.id);
      if (curve === undefined) return [];
      const median = curve.median === null ? t("report.cashflow.medianNotReached") : formatMetricValue("medianDaysToFirstPayment", curve.median, language, t);
      return [t("report.overview.firstPayment.armInterval", { arm: report.armLabel(arm.id), days: median, low: days(curve.medianLow), high: days(curve.medianHigh) })];
    });
    if (parts.length > 0) {
      return t("report.overview.firstPaymentWithInterval", { arms: parts.join(t("report.list.separator")), intervalName: intervalName(report) });
    }
  }
  const parts = summary.arms.flatMap((arm) => {
    const days = armValue(arm, "medianDaysToFirstPayment");
    if (days === null) return [];
    return [t("report.overview.firstPayment.arm", { arm: report.armLabel(arm.id), days: formatMetricValue("medianDaysToFirstPayment", days, language, t) })];
  });
  if (parts.length === 0) return null;
  return t("report.overview.firstPayment", { arms: parts.join(t("report.list.separator")) });
}

function headlineCard(report: Report, metric: string, questionKey: string): HTMLElement {
  const { summary, t } = report;
  const comparisons = comparisonsOf(summary, metric);
  const extra = metric === "netRecovery" ? firstPaymentSentence(report) : null;
  return element("section", { class: "card inkasso-headline", "data-metric": metric }, [
    element("h2", {}, [t(questionKey)]),
    element("p", { class: "inkasso-lead" }, [leaderSentence(report, metric)]),
    comparisons.length === 0
      ? element("p", {}, [t("report.overview.noComparison", { metric: metricName(metric, t) })])
      : element("ul", {}, comparisons.map((comparison) =>
          element("li", { "data-verdict": isEstimated(comparison) && !coversZero(comparison) ? "clear" : "unclear" }, [
            comparisonSentence(report, comparison)
          ])
        )),
    extra === null ? null : element("p", { class: "small" }, [extra])
  ]);
}

/** Renders the headline cards in a two-column grid. */
export function renderHeadlines(report: Report): HTMLElement {
  return element("div", { class: "grid grid-cols-2" }, HEADLINE_METRICS.map(({ metric, questionKey }) =>
    headlineCard(report, metric, questionKey)
  ));
}
