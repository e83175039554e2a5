// The overview page: which arm wins on recovery, cost, cashflow and NPS, how sure that is,
// the figures per arm, and a query over one slice of the cases.

import { adjustmentName, baselineOf, intervalName } from "./comparisons.js";
import { element } from "./dom.js";
import { renderArmTable } from "./armTable.js";
import { renderHeadlines } from "./headlines.js";
import { formatNumber } from "./locale.js";
import type { Language } from "./locale.js";
import { loadReport } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderSliceQuery } from "./sliceQuery.js";
import { renderComparisonTable, renderUpliftChart } from "./uplifts.js";

/** Builds the overview page in `language`. */
export async function overviewPage(language: Language): Promise<HTMLElement> {
  const report = await loadReport(language, "report.page.overview");
  const { summary, t } = report;
  const intro = t("report.overview.intro", {
    arms: formatNumber(summary.arms.length, language, 0),
    baseline: report.armLabel(baselineOf(summary)),
    population: formatNumber(summary.experiment.population, language, 0),
    horizon: formatNumber(summary.experiment.horizonDays, language, 0),
    intervalName: intervalName(report)
  });

  const method = adjustmentName(report);
  const adjusted = summary.comparisons.filter((comparison) => comparison.pValueAdjusted != null).length;
  const adjustment = method === null || adjusted === 0 ? null : t("report.overview.adjustment", { count: formatNumber(adjusted, language, 0), method });

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.overview.heading")]),
    renderRunLine(report),
    element("p", {}, [intro]),
    adjustment === null ? null : element("p", {}, [adjustment]),
    renderHeadlines(report),

    element("h2", {}, [t("report.overview.upliftsHeading")]),
    element("p", {}, [t("report.overview.upliftsCaption", { baseline: report.armLabel(baselineOf(summary)), intervalName: intervalName(report) })]),
    renderUpliftChart(report),
    renderComparisonTable(report),

    element("h2", {}, [t("report.overview.armsHeading")]),
    renderArmTable(report),

    element("h2", {}, [t("report.slice.heading")]),
    element("p", {}, [t("report.slice.intro")]),
    renderSliceQuery(report)
  ]);
}
