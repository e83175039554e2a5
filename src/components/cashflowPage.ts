// The cashflow page: how fast each arm brings money in, and what collecting costs over time.
//
// Arms may differ in size (a 90/10 champion/challenger split is common), so the curves show
// euros per case placed, not totals.

import { FileAttachment } from "observablehq:stdlib";
import type { TopLevelSpec } from "vega-lite";
import { baselineOf, intervalName } from "./comparisons.js";
import { element } from "./dom.js";
import { formatDate, formatMoney, formatNumber, formatPercent, type Language } from "./locale.js";
import { formatMetricValue, formatPValue } from "./metrics.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";
import { axisDigits, CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

/** A row of `data/cashflow.json`: € received and € cost of one arm on one day, with cumulative sums. */
interface CashflowRow {
  arm: string;
  day: number;
  received: number;
  cumulative: number;
  cost: number;
  cumulativeCost: number;
}

/** Days at which the table and the lead sentence read the cumulative curves; the last day of the run is added. */
const CHECKPOINT_DAYS = [30, 60, 90];

const ARM_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5"];

/** Legend under a chart with one line per arm; arm labels are long ("Challenger: digital first"), so they get two columns and no cut-off. */
const ARM_LEGEND = { title: null, orient: "bottom", columns: 2, labelLimit: 0 };

type Field = "cumulative" | "cumulativeCost";

/** Returns the cumulative value of an arm at the end of `day`: the last row on or before that day, or 0 before the first row. */
function valueAt(rows: CashflowRow[], day: number, field: Field): number {
  let value = 0;
  for (const row of rows) {
    if (row.day > day) break;
    value = row[field];
  }
  return value;
}

interface ArmSeries {
  id: string;
  label: string;
  cases: number;
  rows: CashflowRow[];
}

function armSeries(report: Report, rows: CashflowRow[]): ArmSeries[] {
  return report.summary.arms.map((arm) => ({
    id: arm.id,
    label: report.armLabel(arm.id),
    cases: arm.n,
    rows: rows.filter((row) => row.arm === arm.id).sort((a, b) => a.day - b.day)
  }));
}

function lineChart(name: string, report: Report, series: ArmSeries[], field: Field, axisKey: string): HTMLElement {
  const { language, t } = report;
  const values = series.flatMap((arm) =>
    arm.rows.map((row) => ({ arm: arm.label, day: row.day, perCase: row[field] / arm.cases }))
  );
  const labels = series.map((arm) => arm.label);
  // Money on an axis has either no cents or two digits of them.
  const digits = axisDigits(values.map((value) => value.perCase)) === 0 ? 0 : 2;
  const spec = {
    width: 560,
    height: 280,
    data: { values },
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: {
        field: "day",
        type: "quantitative",
        scale: { nice: false },
        title: t("report.cashflow.dayAxis", { date: formatDate(report.summary.experiment.startDate, language) }),
        axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE }
      },
      y: {
        field: "perCase",
        type: "quantitative",
        title: t(axisKey),
        axis: { format: chartFormat(language, "money", digits), formatType: CHART_FORMAT_TYPE }
      },
      color: {
        field: "arm",
        type: "nominal",
        sort: labels,
        scale: { domain: labels, range: ARM_COLORS.slice(0, labels.length) },
        legend: ARM_LEGEND
      }
    },
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return renderChart(name, spec, language);
}

function receivedSentences(report: Report, series: ArmSeries[], checkpoints: number[]): string[] {
  const { language, t } = report;
  const firstDay = checkpoints[0];
  const lastDay = checkpoints[checkpoints.length - 1];
  const perCase = (arm: ArmSeries, day: number, field: Field) => valueAt(arm.rows, day, field) / arm.cases;
  const leader = series.reduce((best, arm) => (perCase(arm, firstDay, "cumulative") > perCase(best, firstDay, "cumulative") ? arm : best));
  const atEnd = series.map((arm) =>
    t("report.cashflow.armValue", { arm: arm.label, value: formatMoney(perCase(arm, lastDay, "cumulative"), language, 2) })
  );
  return [
    t("report.cashflow.leader", { day: formatNumber(firstDay, language, 0), arm: leader.label, value: formatMoney(perCase(leader, firstDay, "cumulative"), language, 2) }),
    t("report.cashflow.atEnd", { day: formatNumber(lastDay, language, 0), values: atEnd.join(t("report.list.separator")) })
  ];
}

// The present value of each arm's receipts; null when the run has no cashflow summary or discount rate.
function presentValueSentence(report: Report): string | null {
  const { summary, language, t } = report;
  const rate = summary.experiment.discountRate;
  if (summary.cashflow === undefined || rate === undefined) return null;
  const values = summary.arms.flatMap((arm) => {
    const cashflow = summary.cashflow?.find((entry) => entry.arm === arm.id);
    if (cashflow === undefined) return [];
    return [t("report.cashflow.armValue", { arm: report.armLabel(arm.id), value: formatMoney(cashflow.netPresentValuePerCase, language, 2) })];
  });
  return t("report.cashflow.presentValue", { rate: formatPercent(rate, language, 1), values: values.join(t("report.list.separator")) });
}

/** Renders the time to the first payment (Kaplan–Meier curves from summary.json), or nothing when the run has none. */
function firstPaymentSection(report: Report): Node[] {
  const { summary, language, t } = report;
  const timeToPayment = summary.timeToPayment;
  if (timeToPayment === undefined) return [];

  const arms = summary.arms.flatMap((arm) => timeToPayment.arms.filter((entry) => entry.arm === arm.id));
  const days = (value: number | null) => (value === null ? t("report.value.missing") : formatNumber(value, language, 0));
  const sentences = arms.map((entry) =>
    t("report.cashflow.firstPaymentArm", {
      arm: report.armLabel(entry.arm),
      median: entry.median === null ? t("report.cashflow.medianNotReached") : formatMetricValue("medianDaysToFirstPayment", entry.median, language, t),
      intervalName: intervalName(report),
      low: days(entry.medianLow),
      high: days(entry.medianHigh),
      paidShare: formatPercent(entry.paidShare, language, 1)
    })
  );
  const logRank = timeToPayment.logRank.map((test) =>
    t("report.cashflow.armValue", { arm: report.armLabel(test.arm), value: formatPValue(test.pValue, language, t) })
  );

  const labels = arms.map((entry) => report.armLabel(entry.arm));
  const values = arms.flatMap((entry) => entry.curve.map((point) => ({ arm: report.armLabel(entry.arm), ...point })));
  const x = {
    field: "day",
    type: "quantitative",
    scale: { nice: false },
    title: t("report.cashflow.dayAxis", { date: formatDate(summary.experiment.startDate, language) }),
    axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE }
  };
  const color = {
    field: "arm",
    type: "nominal",
    sort: labels,
    scale: { domain: labels, range: ARM_COLORS.slice(0, labels.length) },
    legend: ARM_LEGEND
  };
  const spec = {
    width: 560,
    height: 280,
    data: { values },
    layer: [
      {
        mark: { type: "area", interpolate: "step-after", opacity: 0.15 },
        encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, color }
      },
      {
        mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: "survival",
            type: "quantitative",
            scale: { domain: [0, 1] },
            title: t("report.cashflow.survivalAxis"),
            axis: { format: chartFormat(language, "percent", 0), formatType: CHART_FORMAT_TYPE }
          },
          color
        }
      }
    ],
    config: { view: { stroke: null } }
  } as TopLevelSpec;

  return [
    element("h2", {}, [t("report.cashflow.firstPaymentQuestion")]),
    element("p", {}, [t("report.cashflow.firstPaymentIntro", { intervalName: intervalName(report) })]),
    element("ul", {}, sentences.map((sentence) => element("li", {}, [sentence]))),
    logRank.length === 0
      ? null
      : element("p", {}, [t("report.cashflow.logRank", { baseline: report.armLabel(baselineOf(summary)), values: logRank.join(t("report.list.separator")) })]),
    renderChart("firstPayment", spec, language)
  ].filter((node) => node !== null);
}

function costSentence(report: Report, series: ArmSeries[], lastDay: number): string {
  const { language, t } = report;
  const cost = (arm: ArmSeries) => valueAt(arm.rows, lastDay, "cumulativeCost") / arm.cases;
  const sorted = [...series].sort((a, b) => cost(b) - cost(a));
  const highest = sorted[0];
  const lowest = sorted[sorted.length - 1];
  return t("report.cashflow.costSummary", {
    day: formatNumber(lastDay, language, 0),
    highArm: highest.label,
    highValue: formatMoney(cost(highest), language, 2),
    lowArm: lowest.label,
    lowValue: formatMoney(cost(lowest), language, 2)
  });
}

function checkpointTable(report: Report, series: ArmSeries[], checkpoints: number[]): HTMLElement {
  const { language, t } = report;
  return renderTable<ArmSeries>("cashflow", [
    { label: t("report.slice.column.arm"), cell: (arm) => arm.label, rowHeader: true },
    ...checkpoints.map((day) => ({
      label: t("report.cashflow.dayColumn", { day: formatNumber(day, language, 0) }),
      numeric: true,
      cell: (arm: ArmSeries) => {
        const total = valueAt(arm.rows, day, "cumulative");
        return element("span", {}, [
          formatMoney(total / arm.cases, language, 2),
          element("br"),
          element("span", { class: "muted small" }, [t("report.cashflow.total", { value: formatMoney(total, language, 0) })])
        ]);
      }
    }))
  ], series, t("report.cashflow.tableCaption"));
}

/** Builds the cashflow page in `language`. */
export async function cashflowPage(language: Language): Promise<HTMLElement> {
  const [report, rows] = await Promise.all([
    loadReport(language, "report.page.cashflow"),
    FileAttachment("../data/cashflow.json").json() as Promise<CashflowRow[]>
  ]);
  const { t } = report;
  const series = armSeries(report, rows);
  const lastDay = Math.max(0, ...rows.map((row) => row.day));
  const checkpoints = [...CHECKPOINT_DAYS.filter((day) => day < lastDay), lastDay];
  const presentValue = presentValueSentence(report);

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.cashflow.heading")]),
    renderRunLine(report),

    element("h2", {}, [t("report.cashflow.receivedQuestion")]),
    ...receivedSentences(report, series, checkpoints).map((sentence) => element("p", {}, [sentence])),
    lineChart("received", report, series, "cumulative", "report.cashflow.receivedAxis"),
    presentValue === null ? null : element("p", {}, [presentValue]),

    ...firstPaymentSection(report),

    element("h2", {}, [t("report.cashflow.costQuestion")]),
    element("p", {}, [costSentence(report, series, lastDay)]),
    lineChart("cost", report, series, "cumulativeCost", "report.cashflow.costAxis"),

    element("h2", {}, [t("report.cashflow.tableHeading")]),
    checkpointTable(report, series, checkpoints)
  ]);
}
