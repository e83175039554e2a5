// "How sure are the differences?": each challenger's difference from the champion with its
// interval, as a dot-and-whisker chart per headline metric and as a table of all comparisons.

import type { TopLevelSpec } from "vega-lite";
import type { Comparison } from "../../simulator/io/runFormat.js";
import { adjustmentName, baselineOf, comparisonsOf, intervalName, isEstimated, verdictOf } from "./comparisons.js";
import { element } from "./dom.js";
import { HEADLINE_METRICS } from "./headlines.js";
import { formatNumber, formatPercent } from "./locale.js";
import {
  compareMetricIds,
  differenceInDisplayUnit,
  differenceUnit,
  formatDifference,
  formatInterval,
  formatPValue,
  metricName,
  signed
} from "./metrics.js";
import type { Report } from "./report.js";
import { renderTable } from "./table.js";
import { axisDigits, CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

const VERDICT_COLORS = { better: "#2e7d32", worse: "#c62828", clear: "#1565c0", unclear: "#9e9e9e" };

function panel(report: Report, metric: string): object | null {
  const { language, t } = report;
  const comparisons = comparisonsOf(report.summary, metric).filter(isEstimated);
  if (comparisons.length === 0) return null;

  const values = comparisons.map((comparison) => ({
    arm: report.armLabel(comparison.arm),
    difference: differenceInDisplayUnit(metric, comparison.difference),
    low: differenceInDisplayUnit(metric, comparison.ciLow),
    high: differenceInDisplayUnit(metric, comparison.ciHigh),
    verdict: verdictOf(comparison),
    text: `${report.armLabel(comparison.arm)}: ${formatDifference(metric, comparison.difference, language, t)} (${formatInterval(metric, comparison.ciLow, comparison.ciHigh, language, t)})`
  }));
  const digits = axisDigits(values.flatMap((value) => [value.low, value.high]));
  const armOrder = report.summary.arms.map((arm) => report.armLabel(arm.id));
  const y = { field: "arm", type: "nominal", sort: armOrder, title: null };
  const color = {
    field: "verdict",
    type: "nominal",
    scale: { domain: Object.keys(VERDICT_COLORS), range: Object.values(VERDICT_COLORS) },
    legend: null
  };
  const x = {
    type: "quantitative",
    scale: { zero: true, nice: true },
    axis: { format: chartFormat(language, "signed", digits), formatType: CHART_FORMAT_TYPE, tickCount: 6 },
    title: t("report.overview.upliftAxis", {
      metric: metricName(metric, t),
      baseline: report.armLabel(baselineOf(report.summary)),
      unit: differenceUnit(metric, t)
    })
  };
  return {
    width: 560,
    height: { step: 30 },
    data: { values },
    layer: [
      { mark: { type: "rule", strokeDash: [4, 3], color: "#666" }, encoding: { x: { datum: 0, type: "quantitative" } } },
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { y, x: { ...x, field: "low" }, x2: { field: "high" }, color } },
      { mark: { type: "point", filled: true, size: 90, opacity: 1 }, encoding: { y, x: { field: "difference", type: "quantitative" }, color, tooltip: { field: "text", type: "nominal" } } }
    ]
  };
}

/** Renders the chart of differences with intervals for the headline metrics that have comparisons. */
export function renderUpliftChart(report: Report): HTMLElement {
  const panels = HEADLINE_METRICS.map(({ metric }) => panel(report, metric)).filter((spec) => spec !== null);
  const spec = {
    vconcat: panels,
    spacing: 24,
    resolve: { scale: { x: "independent", y: "independent" } },
    config: { view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12 } }
  } as TopLevelSpec;
  return renderChart("uplifts", spec, report.language);
}

/** Renders every comparison of the summary as a table, grouped by metric. */
export function renderComparisonTable(report: Report): HTMLElement {
  const { language, t } = report;
  const order = report.summary.arms.map((arm) => arm.id);
  const rows = [...report.summary.comparisons].sort(
    (a, b) => compareMetricIds(a.metric, b.metric) || order.indexOf(a.arm) - order.indexOf(b.arm)
  );
  const methodName = (method: string) => (t.has(`report.method.${method}`) ? t(`report.method.${method}`) : method);
  const adjustment = adjustmentName(report);
  const adjustedColumn =
    adjustment === null || rows.every((row) => row.pValueAdjusted === undefined)
      ? []
      : [{
          label: t("report.overview.comparisonColumns.pValueAdjusted", { method: adjustment }),
          cell: (row: Comparison) => formatPValue(row.pValueAdjusted ?? null, language, t),
          numeric: true
        }];
  const table = renderTable<Comparison>("comparisons", [
    { label: t("report.overview.comparisonColumns.metric"), cell: (row) => metricName(row.metric, t), rowHeader: true },
    { label: t("report.overview.comparisonColumns.arm"), cell: (row) => report.armLabel(row.arm) },
    {
      label: t("report.overview.comparisonColumns.difference"),
      cell: (row) => (row.difference === null ? t("report.value.missing") : formatDifference(row.metric, row.difference, language, t)),
      numeric: true
    },
    {
      label: t("report.overview.comparisonColumns.relative"),
      cell: (row) =>
        row.relativeUplift === null
          ? t("report.value.missing")
          : signed(row.relativeUplift, (absolute) => formatPercent(absolute, language, 1)),
      numeric: true
    },
    {
      label: intervalName(report),
      cell: (row) => (isEstimated(row) ? formatInterval(row.metric, row.ciLow, row.ciHigh, language, t) : t("report.value.missing")),
      numeric: true
    },
    { label: t("report.overview.comparisonColumns.pValue"), cell: (row) => formatPValue(row.pValue, language, t), numeric: true },
    ...adjustedColumn,
    { label: t("report.overview.comparisonColumns.method"), cell: (row) => methodName(row.method) }
  ], rows);
  return element("details", {}, [
    element("summary", {}, [t("report.overview.allComparisons", { count: formatNumber(rows.length, language, 0) })]),
    table
  ]);
}
