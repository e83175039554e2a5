// The experiment page: every challenger's difference from the champion with the uncorrected
// and the corrected interval, the checks of the estimates (regression adjustment, bootstrap),
// the value of the cashflow, and the day a sequential test would have stopped a pilot.
//
// All numbers come from summary.json, which the run wrote with the complete analysis.

import type { TopLevelSpec } from "vega-lite";
import type { AdjustedSummary, BootstrapSummary, CashflowSummary, Comparison, ReplicationSummary, SequentialSummary } from "../../simulator/io/runFormat.js";
import { adjustmentName, baselineOf, intervalName, isEstimated, verdictOf, type Verdict } from "./comparisons.js";
import { element } from "./dom.js";
import { formatDate, formatMoney, formatNumber, formatPercent, type Language } from "./locale.js";
import {
  compareMetricIds,
  differenceInDisplayUnit,
  differenceUnit,
  formatDifference,
  formatInterval,
  formatPValue,
  metricName
} from "./metrics.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { stopDaySentence } from "./stopDay.js";
import { renderTable } from "./table.js";
import { axisDigits, CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

/** Colours of the two intervals in the forest plot: the uncorrected one dark, the corrected one light and wide. */
const INTERVAL_COLORS = ["#222222", "#97bbf5"];

/** Verdicts in the order the sentence of a metric lists them; "missing" stands for a comparison without an interval. */
const VERDICT_ORDER: (Verdict | "missing")[] = ["better", "worse", "clear", "unclear", "missing"];

/** Returns the metrics of the run's comparisons in report order. */
function comparedMetrics(comparisons: Comparison[]): string[] {
  return [...new Set(comparisons.map((comparison) => comparison.metric))].sort(compareMetricIds);
}

function correctedLevelText(report: Report): string {
  const level = report.summary.experiment.adjustedConfidenceLevel;
  if (level === undefined) return "";
  return report.t("report.interval.name", { percent: formatNumber(level * 100, report.language, 2) });
}

/** Writes one sentence per metric that groups the challengers by verdict on the corrected interval. */
function verdictSentences(report: Report, metrics: string[]): string[] {
  const { summary, t } = report;
  return metrics.map((metric) => {
    const byVerdict = new Map<Verdict | "missing", string[]>();
    for (const comparison of summary.comparisons.filter((entry) => entry.metric === metric)) {
      const verdict = isEstimated(comparison) ? verdictOf(comparison) : "missing";
      byVerdict.set(verdict, [...(byVerdict.get(verdict) ?? []), report.armLabel(comparison.arm)]);
    }
    const parts = VERDICT_ORDER.filter((verdict) => byVerdict.has(verdict)).map((verdict) =>
      t(`report.experiment.verdict.${verdict}`, { arms: (byVerdict.get(verdict) ?? []).join(", ") })
    );
    return t("report.experiment.verdictLine", { metric: metricName(metric, t), parts: parts.join(t("report.list.separator")) });
  });
}

/**
 * Draws one small chart per metric with a row per challenger: the uncorrected interval as a
 * thin dark line over the corrected one as a wide light bar. The charts are concatenated, not
 * faceted, so that each axis writes its numbers with the digits its own span needs.
 */
function forestPlot(report: Report, metrics: string[]): HTMLElement {
  const { summary, language, t } = report;
  const method = adjustmentName(report);
  const uncorrected = t("report.experiment.intervalUncorrected");
  const corrected = method === null ? null : t("report.experiment.intervalCorrected", { method });
  const armLabels = summary.arms.map((arm) => report.armLabel(arm.id));
  const intervals = corrected === null ? [uncorrected] : [uncorrected, corrected];
  const color = {
    field: "interval",
    type: "nominal",
    title: null,
    scale: { domain: intervals, range: INTERVAL_COLORS.slice(0, intervals.length) },
    legend: { orient: "top", labelLimit: 0 }
  };
  const y = { field: "arm", type: "nominal", sort: armLabels, title: null, axis: { labelLimit: 220 } };

  const charts = metrics.flatMap((metric) => {
    const scale = (value: number) => differenceInDisplayUnit(metric, value);
    const values = summary.comparisons.filter((comparison) => comparison.metric === metric).filter(isEstimated).flatMap((comparison) => {
      const common = { arm: report.armLabel(comparison.arm), difference: scale(comparison.difference) };
      const rows = [{ ...common, interval: uncorrected, low: scale(comparison.ciLow), high: scale(comparison.ciHigh) }];
      if (corrected !== null && comparison.ciLowAdjusted != null && comparison.ciHighAdjusted != null) {
        rows.push({ ...common, interval: corrected, low: scale(comparison.ciLowAdjusted), high: scale(comparison.ciHighAdjusted) });
      }
      return rows;
    });
    if (values.length === 0) return [];

    const digits = axisDigits(values.flatMap((value) => [value.low, value.high]));
    const x = {
      field: "low",
      type: "quantitative",
      title: null,
      axis: { format: chartFormat(language, "signed", digits), formatType: CHART_FORMAT_TYPE }
    };
    return [{
      title: { text: t("report.experiment.metricWithUnit", { metric: metricName(metric, t), unit: differenceUnit(metric, t) }), anchor: "start", fontSize: 12 },
      width: 480,
      height: { step: 18 },
      data: { values },
      layer: [
        { mark: { type: "rule", color: "#888888", strokeDash: [3, 3] }, encoding: { x: { datum: 0 } } },
        {
          transform: [{ filter: { field: "interval", equal: corrected ?? "" } }],
          mark: { type: "bar", height: 12, cornerRadius: 2 },
          encoding: { y, x, x2: { field: "high" }, color }
        },
        {
          transform: [{ filter: { field: "interval", equal: uncorrected } }],
          mark: { type: "rule", strokeWidth: 2 },
          encoding: { y, x, x2: { field: "high" }, color }
        },
        {
          transform: [{ filter: { field: "interval", equal: uncorrected } }],
          mark: { type: "point", filled: true, size: 40, color: "#000000" },
          encoding: { y, x: { field: "difference", type: "quantitative" } }
        }
      ]
    }];
  });

  const spec = {
    vconcat: charts,
    spacing: 24,
    resolve: { scale: { x: "independent", color: "shared" } },
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return renderChart("forest", spec, language);
}

function upliftSection(report: Report): Node[] {
  const { summary, t } = report;
  const metrics = comparedMetrics(summary.comparisons);
  const method = adjustmentName(report);
  const baseline = report.armLabel(baselineOf(summary));
  const lead =
    method === null
      ? t("report.experiment.upliftLeadUncorrected", { baseline, intervalName: intervalName(report) })
      : t("report.experiment.upliftLead", { baseline, intervalName: intervalName(report), method, level: correctedLevelText(report) });
  return [
    element("h2", {}, [t("report.experiment.upliftQuestion")]),
    element("p", {}, [lead]),
    element("ul", { class: "inkasso-verdicts" }, verdictSentences(report, metrics).map((sentence) => element("li", {}, [sentence]))),
    forestPlot(report, metrics)
  ];
}

/** Writes a € difference with its interval below it, or a dash where the summary has none. */
function moneyWithInterval(report: Report, difference: number | null, low: number | null, high: number | null): Node | string {
  const { language, t } = report;
  if (difference === null) return t("report.value.missing");
  return element("span", {}, [
    formatDifference("netRecovery", difference, language, t),
    low === null || high === null ? null : element("br"),
    low === null || high === null ? null : element("span", { class: "muted small" }, [formatInterval("netRecovery", low, high, language, t)])
  ]);
}

function adjustedSection(report: Report, adjusted: AdjustedSummary[]): Node[] {
  const { language, t } = report;
  const covariates = [...new Set(adjusted.flatMap((entry) => entry.covariates))].join(", ");
  const metricLabel = (entry: AdjustedSummary) =>
    entry.metric === "recoveredPerCase" ? t("report.experiment.metric.recoveredPerCase") : metricName(entry.metric, t);
  return [
    element("h2", {}, [t("report.experiment.adjustedQuestion")]),
    element("p", {}, [t("report.experiment.adjustedLead", { covariates })]),
    renderTable<AdjustedSummary>("adjusted", [
      { label: t("report.experiment.column.arm"), cell: (entry) => report.armLabel(entry.arm), rowHeader: true },
      { label: t("report.experiment.column.metric"), cell: metricLabel },
      { label: t("report.experiment.column.unadjusted"), numeric: true, cell: (entry) => moneyWithInterval(report, entry.difference, entry.ciLow, entry.ciHigh) },
      { label: t("report.experiment.column.adjusted"), numeric: true, cell: (entry) => moneyWithInterval(report, entry.adjustedDifference, entry.adjustedCiLow, entry.adjustedCiHigh) },
      { label: "p", numeric: true, cell: (entry) => formatPValue(entry.adjustedPValue, language, t) },
      {
        label: t("report.experiment.column.standardErrorRatio"),
        numeric: true,
        cell: (entry) => (entry.standardErrorRatio === null ? t("report.value.missing") : formatNumber(entry.standardErrorRatio, language, 2))
      }
    ], adjusted, t("report.experiment.adjustedCaption", { intervalName: intervalName(report) }))
  ];
}

function bootstrapSection(report: Report, bootstrap: BootstrapSummary[]): Node[] {
  const { language, t } = report;
  const interval = (low: number | null, high: number | null) =>
    low === null || high === null ? t("report.value.missing") : formatInterval("recoveryRate", low, high, language, t);
  const gaps = bootstrap.flatMap((entry) =>
    entry.ciLow === null || entry.ciHigh === null || entry.deltaCiLow === null || entry.deltaCiHigh === null
      ? []
      : [Math.abs(entry.ciLow - entry.deltaCiLow), Math.abs(entry.ciHigh - entry.deltaCiHigh)]
  );
  const gap = gaps.length === 0
    ? t("report.value.missing")
    : `${formatNumber(differenceInDisplayUnit("recoveryRate", Math.max(...gaps)), language, 2)} ${differenceUnit("recoveryRate", t)}`;
  return [
    element("h2", {}, [t("report.experiment.bootstrapQuestion")]),
    element("p", {}, [t("report.experiment.bootstrapLead", { gap })]),
    renderTable<BootstrapSummary>("bootstrap", [
      { label: t("report.experiment.column.arm"), cell: (entry) => report.armLabel(entry.arm), rowHeader: true },
      {
        label: t("report.experiment.column.difference"),
        numeric: true,
        cell: (entry) => (entry.difference === null ? t("report.value.missing") : formatDifference("recoveryRate", entry.difference, language, t))
      },
      { label: t("report.experiment.column.deltaInterval"), numeric: true, cell: (entry) => interval(entry.deltaCiLow, entry.deltaCiHigh) },
      { label: t("report.experiment.column.bootstrapInterval"), numeric: true, cell: (entry) => interval(entry.ciLow, entry.ciHigh) },
      { label: t("report.experiment.column.resamples"), numeric: true, cell: (entry) => formatNumber(entry.resamples, language, 0) }
    ], bootstrap, t("report.experiment.bootstrapCaption", { intervalName: intervalName(report) }))
  ];
}

/**
 * Shows, for runs with `--replications`, how much each difference varies between seeds
 * beside the standard error a single run reports, so readers can tell sampling noise within
 * a run from variation between replications.
 */
function replicationSection(report: Report, replications: ReplicationSummary): Node[] {
  const { language, t } = report;
  type Row = ReplicationSummary["comparisons"][number];
  const difference = (row: Row, value: number | null) =>
    value === null ? t("report.value.missing") : formatDifference(row.metric, value, language, t);
  const spread = (row: Row, value: number | null) =>
    value === null ? t("report.value.missing") : `${formatNumber(differenceInDisplayUnit(row.metric, value), language, 2)} ${differenceUnit(row.metric, t)}`;
  return [
    element("h2", {}, [t("report.experiment.replicationsQuestion")]),
    element("p", {}, [t("report.experiment.replicationsLead", { count: formatNumber(replications.count, language, 0), seeds: replications.seeds.join(", ") })]),
    renderTable<Row>("replications", [
      { label: t("report.experiment.column.arm"), cell: (row) => report.armLabel(row.arm), rowHeader: true },
      { label: t("report.experiment.column.metric"), cell: (row) => metricName(row.metric, t) },
      { label: t("report.experiment.column.meanDifference"), numeric: true, cell: (row) => difference(row, row.meanDifference) },
      { label: t("report.experiment.column.betweenSd"), numeric: true, cell: (row) => spread(row, row.sdDifference) },
      { label: t("report.experiment.column.withinSe"), numeric: true, cell: (row) => spread(row, row.meanStandardError) }
    ], replications.comparisons)
  ];
}

/** Links to the cashflow page, which shows the Kaplan–Meier curves and the cumulative receipts. */
function cashflowLink(report: Report): HTMLElement {
  return element("a", { href: "./cashflow" }, [report.t("report.page.cashflow")]);
}

function timeToPaymentSection(report: Report): Node[] {
  if (report.summary.timeToPayment === undefined) return [];
  const { t } = report;
  return [
    element("h2", {}, [t("report.experiment.timeQuestion")]),
    element("p", {}, [t("report.experiment.timeLead"), " ", cashflowLink(report), "."])
  ];
}

function cashflowSection(report: Report, cashflow: CashflowSummary[], rate: number): Node[] {
  const { summary, language, t } = report;
  const rows = summary.arms.flatMap((arm) => cashflow.filter((entry) => entry.arm === arm.id));
  return [
    element("h2", {}, [t("report.experiment.cashflowQuestion")]),
    element("p", {}, [t("report.experiment.cashflowLead", { rate: formatPercent(rate, language, 1) }), " ", cashflowLink(report), "."]),
    renderTable<CashflowSummary>("presentValue", [
      { label: t("report.slice.column.arm"), cell: (entry) => report.armLabel(entry.arm), rowHeader: true },
      { label: t("report.experiment.column.netPresentValue"), numeric: true, cell: (entry) => formatMoney(entry.netPresentValue, language, 0) },
      { label: t("report.experiment.column.netPresentValuePerCase"), numeric: true, cell: (entry) => formatMoney(entry.netPresentValuePerCase, language, 2) },
      {
        label: t("report.experiment.column.daysSalesOutstanding"),
        numeric: true,
        cell: (entry) =>
          entry.daysSalesOutstanding === null ? t("report.value.missing") : t("report.unit.days", { value: formatNumber(entry.daysSalesOutstanding, language, 0) })
      }
    ], rows, t("report.experiment.cashflowCaption"))
  ];
}

/** Draws each challenger's confidence sequence over the days, with the zero line and a dashed line at the stop day. */
function sequentialChart(report: Report, sequential: SequentialSummary[]): HTMLElement {
  const { summary, language, t } = report;
  const labels = sequential.map((entry) => report.armLabel(entry.arm));
  const values = sequential.flatMap((entry) =>
    entry.days
      .filter((point) => point.difference !== null && point.ciLow !== null && point.ciHigh !== null)
      .map((point) => ({ ...point, arm: report.armLabel(entry.arm), stopDay: entry.firstDayExcludingZero ?? -1 }))
  );
  const x = {
    field: "day",
    type: "quantitative",
    scale: { nice: false },
    title: t("report.experiment.dayAxis", { date: formatDate(summary.experiment.startDate, language) }),
    axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE }
  };
  const money = { format: chartFormat(language, "money", 0), formatType: CHART_FORMAT_TYPE };
  const spec = {
    data: { values },
    facet: {
      row: {
        field: "arm",
        type: "nominal",
        sort: labels,
        title: null,
        header: { labelAngle: 0, labelOrient: "top", labelAnchor: "start", labelFontWeight: "bold", labelLimit: 0 }
      }
    },
    spec: {
      width: 560,
      height: 160,
      layer: [
        {
          mark: { type: "area", opacity: 0.25, color: "#4269d0" },
          encoding: { x, y: { field: "ciLow", type: "quantitative", title: t("report.experiment.sequentialAxis"), axis: money }, y2: { field: "ciHigh" } }
        },
        { mark: { type: "line", strokeWidth: 2, color: "#4269d0" }, encoding: { x, y: { field: "difference", type: "quantitative" } } },
        { mark: { type: "rule", color: "#222222" }, encoding: { y: { datum: 0 } } },
        {
          transform: [{ filter: "datum.day === datum.stopDay" }],
          mark: { type: "rule", color: "#d62800", strokeDash: [4, 3], strokeWidth: 2 },
          encoding: { x: { field: "day", type: "quantitative" } }
        }
      ]
    },
    resolve: { scale: { y: "independent" } },
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return renderChart("sequential", spec, language);
}

function sequentialSection(report: Report): Node[] {
  const { summary, language, t } = report;
  const sequential = summary.sequential;
  const heading = element("h2", {}, [t("report.experiment.sequentialQuestion")]);
  if (sequential === undefined || sequential === null || sequential.length === 0) {
    return [heading, element("p", {}, [t("report.experiment.sequentialMissing")])];
  }
  const { horizonDays, startDate } = summary.experiment;
  const sentences = sequential.map((entry) => {
    const stopPoint = entry.days.find((point) => point.day === entry.firstDayExcludingZero);
    const stop = { day: entry.firstDayExcludingZero, difference: stopPoint?.difference ?? null };
    return stopDaySentence(report.armLabel(entry.arm), stop, horizonDays, startDate, language, t);
  });
  return [
    heading,
    element("p", {}, [t("report.experiment.sequentialLead")]),
    element("ul", { class: "inkasso-stop-days" }, sentences.map((sentence) => element("li", {}, [sentence]))),
    sequentialChart(report, sequential)
  ];
}

/** Builds the experiment page in `language`. */
export async function experimentPage(language: Language): Promise<HTMLElement> {
  const report = await loadReport(language, "report.page.experiment");
  const { summary, t } = report;
  const rate = summary.experiment.discountRate;

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.experiment.heading")]),
    renderRunLine(report),
    ...upliftSection(report),
    ...(summary.adjusted === undefined || summary.adjusted.length === 0 ? [] : adjustedSection(report, summary.adjusted)),
    ...(summary.bootstrap === undefined || summary.bootstrap.length === 0 ? [] : bootstrapSection(report, summary.bootstrap)),
    ...timeToPaymentSection(report),
    ...(summary.cashflow === undefined || rate === undefined ? [] : cashflowSection(report, summary.cashflow, rate)),
    ...sequentialSection(report),
    ...(summary.replications === undefined ? [] : replicationSection(report, summary.replications))
  ]);
}
