// The fairness page: which groups fail the audit, the disparities per attribute with their
// intervals, whether a sensitive attribute changes a strategy's treatment, who carries the
// fees over time, and what capping a disparity costs. Failures come first because a
// reviewer reads them first; the page prints to PDF (see the print rules in style.css).

import { FileAttachment } from "observablehq:stdlib";
import type { TopLevelSpec } from "vega-lite";
import { element } from "./dom.js";
import { formatMoney, formatNumber, formatPercent, type Language } from "./locale.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";
import { CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

type Status = "pass" | "fail" | "insufficient";

/** An entry of fairness.json: one metric of one group of one attribute in one arm. */
interface Entry {
  arm: string;
  attribute: string;
  group: string;
  metric: string;
  value: number | null;
  n: number;
  reference: string;
  disparity: number | null;
  disparityLow: number | null;
  disparityHigh: number | null;
  comparison: "ratio" | "difference";
  status: Status;
}

interface Audit {
  settings: {
    band: [number, number];
    npsBand: number;
    minGroupSize: number;
    minEvents: number;
    intervalLevel: number;
    multiplicity: "bonferroni" | "none";
    counterfactualSample: number;
  };
  metrics: { id: string; unit: string; comparison: string }[];
  strategies: { arm: string; strategy: string; reads: string[]; protectedReads: string[] }[];
  summary: { arm: string; pass: number; fail: number; insufficient: number; checks: number; disparityLevel: number }[];
  entries: Entry[];
  drivers: { arm: string; attribute: string; group: string; metric: string; disparity: number | null; intersections: { attribute: string; group: string; n: number; shareOfExcess: number | null }[] }[];
  counterfactual: { arm: string; strategy: string; results: { attribute: string; n: number; changedShare: number }[] }[];
  feesOverTime: { arm: string; incomeBand: string; day: number; agencyFeesPerDebtor: number; courtFeesPerDebtor: number }[];
  tradeOff: { arm: string; attribute: string; n: number; points: { maxRatio: number | null; recoveryRate: number; maxDisparity: number }[] } | null;
}

/** Rows of the failures table; the rest is in fairness.json. */
const MAX_FAILURE_ROWS = 25;
const MAX_DRIVER_LINES = 6;
const INCOME_COLORS = ["#ff725c", "#efb118", "#4269d0"];
const ARM_COLORS = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5"];

function groupLabel(report: Report, attribute: string, group: string): string {
  // an intersection such as "language×incomeBand" / "german×low" is labelled part by part
  if (attribute.includes("×")) {
    const attributes = attribute.split("×");
    return group.split("×").map((part, k) => groupLabel(report, attributes[k] ?? "", part)).join(" × ");
  }
  const key = `fairness.group.${attribute}.${group}`;
  return report.t.has(key) ? report.t(key) : group;
}

/** Observable fields that are also audited attributes: the agency sees them, yet they are sensitive. */
const SENSITIVE_OBSERVABLE_FIELDS = ["ageBand", "state"];

function sensitiveReads(reads: readonly string[]): string[] {
  return reads.filter((field) => SENSITIVE_OBSERVABLE_FIELDS.includes(field));
}

function formatValue(value: number | null, unit: string, language: Language): string {
  if (value === null) return "–";
  if (unit === "share") return formatPercent(value, language, 1);
  if (unit === "euroPerEuro") return formatMoney(value, language, 3);
  if (unit === "count") return formatNumber(value, language, 2);
  return formatNumber(value, language, unit === "days" ? 0 : 1);
}

function formatDisparity(entry: Pick<Entry, "disparity" | "disparityLow" | "disparityHigh" | "comparison">, report: Report): string {
  const digits = entry.comparison === "ratio" ? 2 : 1;
  const format = (value: number | null) => (value === null ? "–" : formatNumber(value, report.language, digits));
  return report.t("report.fairness.interval", { value: format(entry.disparity), low: format(entry.disparityLow), high: format(entry.disparityHigh) });
}

/** Distance of a failing disparity from the band, on the log scale for ratios. */
function distanceFromBand(entry: Entry, audit: Audit): number {
  if (entry.disparity === null) return 0;
  if (entry.comparison === "difference") return Math.abs(entry.disparity) / audit.settings.npsBand;
  return Math.abs(Math.log(entry.disparity));
}

function failureSection(report: Report, audit: Audit): (HTMLElement | null)[] {
  const { t, language } = report;
  const unitOf = new Map(audit.metrics.map((metric) => [metric.id, metric.unit]));
  const total = audit.summary.reduce(
    (sum, arm) => ({ pass: sum.pass + arm.pass, fail: sum.fail + arm.fail, insufficient: sum.insufficient + arm.insufficient }),
    { pass: 0, fail: 0, insufficient: 0 }
  );
  const counts = {
    checks: formatNumber(total.pass + total.fail + total.insufficient, language, 0),
    pass: formatNumber(total.pass, language, 0),
    fail: formatNumber(total.fail, language, 0),
    insufficient: formatNumber(total.insufficient, language, 0)
  };
  const failures = audit.entries.filter((entry) => entry.status === "fail").sort((a, b) => distanceFromBand(b, audit) - distanceFromBand(a, audit));
  const shown = failures.slice(0, MAX_FAILURE_ROWS);
  const table = renderTable<Entry>("failures", [
    { label: t("report.fairness.column.arm"), cell: (entry) => report.armLabel(entry.arm), rowHeader: true },
    { label: t("report.fairness.column.metric"), cell: (entry) => t(`fairness.metric.${entry.metric}`) },
    { label: t("report.fairness.column.attribute"), cell: (entry) => t(`fairness.attribute.${entry.attribute}`) },
    { label: t("report.fairness.column.group"), cell: (entry) => groupLabel(report, entry.attribute, entry.group) },
    { label: t("report.fairness.column.n"), numeric: true, cell: (entry) => formatNumber(entry.n, language, 0) },
    {
      label: t("report.fairness.column.value"),
      numeric: true,
      cell: (entry) => {
        const reference = audit.entries.find((other) => other.arm === entry.arm && other.attribute === entry.attribute && other.metric === entry.metric && other.group === entry.reference);
        const unit = unitOf.get(entry.metric) ?? "share";
        return `${formatValue(entry.value, unit, language)} (${groupLabel(report, entry.attribute, entry.reference)}: ${formatValue(reference?.value ?? null, unit, language)})`;
      }
    },
    { label: t("report.fairness.column.disparity"), numeric: true, cell: (entry) => formatDisparity(entry, report) }
  ], shown);

  return [
    element("h2", { id: "failures" }, [t("report.fairness.failuresHeading")]),
    element("p", {}, [failures.length === 0 ? t("report.fairness.failuresNone", counts) : t("report.fairness.failuresCount", counts)]),
    failures.length === 0 ? null : table,
    failures.length > shown.length ? element("p", { class: "muted small" }, [t("report.fairness.failuresMore", { count: formatNumber(failures.length - shown.length, language, 0) })]) : null
  ];
}

function driverSection(report: Report, audit: Audit): HTMLElement[] {
  const { t, language } = report;
  if (audit.drivers.length === 0) return [];
  const ranked = [...audit.drivers].sort((a, b) => Math.abs(Math.log(b.disparity ?? 1)) - Math.abs(Math.log(a.disparity ?? 1))).slice(0, MAX_DRIVER_LINES);
  const lines = ranked.map((driver) => {
    const intersections = driver.intersections.slice(0, 3).map((item) =>
      t("report.fairness.driverItem", {
        group: groupLabel(report, item.attribute, item.group),
        share: item.shareOfExcess === null ? "–" : formatPercent(item.shareOfExcess, language, 0),
        n: formatNumber(item.n, language, 0)
      })
    );
    return element("li", {}, [
      t("report.fairness.driverLine", {
        arm: report.armLabel(driver.arm),
        metric: t(`fairness.metric.${driver.metric}`),
        attribute: t(`fairness.attribute.${driver.attribute}`),
        group: groupLabel(report, driver.attribute, driver.group),
        intersections: intersections.join(t("report.list.separator"))
      })
    ]);
  });
  return [element("h2", {}, [t("report.fairness.driversHeading")]), element("p", {}, [t("report.fairness.driversLead")]), element("ul", {}, lines)];
}

function disparityChart(report: Report, audit: Audit, metric: string): HTMLElement {
  const { t, language } = report;
  const entries = audit.entries.filter((entry) => entry.metric === metric && entry.disparity !== null);
  const comparison = entries[0]?.comparison ?? "ratio";
  const band = comparison === "ratio" ? audit.settings.band : [-audit.settings.npsBand, audit.settings.npsBand];
  const labels = audit.summary.map((arm) => report.armLabel(arm.arm));
  const values = entries.map((entry) => ({
    attribute: t(`fairness.attribute.${entry.attribute}`),
    group: groupLabel(report, entry.attribute, entry.group),
    arm: report.armLabel(entry.arm),
    disparity: entry.disparity,
    low: entry.disparityLow ?? entry.disparity,
    high: entry.disparityHigh ?? entry.disparity,
    status: t(`fairness.status.${entry.status}`)
  }));
  const axisFormat = { format: chartFormat(language, "number", comparison === "ratio" ? 2 : 0), formatType: CHART_FORMAT_TYPE };
  const spec = {
    data: { values },
    facet: { row: { field: "attribute", type: "nominal", title: null, header: { labelAngle: 0, labelAlign: "left" } } },
    spec: {
      width: 520,
      layer: [
        { data: { values: band.map((edge) => ({ edge })) }, mark: { type: "rule", color: "#999", strokeDash: [4, 3] }, encoding: { x: { field: "edge", type: "quantitative" } } },
        {
          mark: { type: "rule", strokeWidth: 2 },
          encoding: {
            y: { field: "group", type: "nominal", title: null },
            yOffset: { field: "arm", type: "nominal", sort: labels },
            x: { field: "low", type: "quantitative", title: t(comparison === "ratio" ? "report.fairness.disparityAxis" : "report.fairness.differenceAxis"), axis: axisFormat },
            x2: { field: "high" },
            color: { field: "arm", type: "nominal", sort: labels, scale: { domain: labels, range: ARM_COLORS.slice(0, labels.length) }, legend: { title: null, orient: "bottom" } }
          }
        },
        {
          mark: { type: "point", filled: true, size: 40 },
          encoding: {
            y: { field: "group", type: "nominal" },
            yOffset: { field: "arm", type: "nominal", sort: labels },
            x: { field: "disparity", type: "quantitative" },
            color: { field: "arm", type: "nominal", sort: labels },
            shape: { field: "status", type: "nominal", legend: { title: null, orient: "bottom" } }
          }
        }
      ]
    },
    resolve: { scale: { y: "independent" } },
    config: { view: { stroke: null } }
  } as unknown as TopLevelSpec;
  return renderChart("disparity", spec, language);
}

function chartSection(report: Report, audit: Audit): HTMLElement[] {
  const { t, language } = report;
  // start with the metric that fails most often
  const failCount = new Map<string, number>();
  for (const entry of audit.entries) if (entry.status === "fail") failCount.set(entry.metric, (failCount.get(entry.metric) ?? 0) + 1);
  const metrics = audit.metrics.map((metric) => metric.id);
  const initial = [...failCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? metrics[0];

  const select = element("select", { name: "metric" }, metrics.map((id) => {
    const option = element("option", { value: id }, [t(`fairness.metric.${id}`)]);
    if (id === initial) option.setAttribute("selected", "");
    return option;
  }));
  const holder = element("div", { class: "inkasso-fairness-chart" }, [disparityChart(report, audit, initial)]);
  select.addEventListener("change", () => holder.replaceChildren(disparityChart(report, audit, select.value)));
  return [
    element("h2", {}, [t("report.fairness.chartHeading")]),
    element("p", {}, [
      t("report.fairness.chartLead", {
        low: formatNumber(audit.settings.band[0], language, 2),
        high: formatNumber(audit.settings.band[1], language, 2)
      })
    ]),
    element("label", { class: "inkasso-metric-select" }, [t("report.fairness.metricSelect"), " ", select]),
    holder
  ];
}

function counterfactualSection(report: Report, audit: Audit): HTMLElement[] {
  const { t, language } = report;
  if (audit.counterfactual.length === 0) return [];
  const attributes = audit.counterfactual[0].results.map((result) => result.attribute);
  const table = renderTable<Audit["counterfactual"][number]>("counterfactual", [
    { label: t("report.fairness.column.arm"), cell: (row) => report.armLabel(row.arm), rowHeader: true },
    { label: t("report.fairness.column.strategy"), cell: (row) => row.strategy },
    ...attributes.map((attribute) => ({
      label: t(`fairness.attribute.${attribute}`),
      numeric: true,
      cell: (row: Audit["counterfactual"][number]) => formatPercent(row.results.find((result) => result.attribute === attribute)?.changedShare ?? 0, language, 1)
    }))
  ], audit.counterfactual);
  const reads = audit.strategies.map((strategy) =>
    element("li", {}, [
      t("report.fairness.reads", {
        arm: report.armLabel(strategy.arm),
        strategy: strategy.strategy,
        fields: strategy.reads.join(", "),
        protected: strategy.protectedReads.length === 0 ? t("report.fairness.readsNone") : strategy.protectedReads.join(", "),
        sensitive: sensitiveReads(strategy.reads).length === 0 ? t("report.fairness.readsNone") : sensitiveReads(strategy.reads).join(", ")
      })
    ])
  );
  return [
    element("h2", {}, [t("report.fairness.counterfactualHeading")]),
    element("p", {}, [t("report.fairness.counterfactualLead", { n: formatNumber(audit.counterfactual[0].results[0]?.n ?? 0, language, 0) })]),
    table,
    element("h3", {}, [t("report.fairness.readsHeading")]),
    element("ul", {}, reads)
  ];
}

function feesSection(report: Report, audit: Audit): HTMLElement[] {
  const { t, language } = report;
  if (audit.feesOverTime.length === 0) return [];
  const bands = ["low", "middle", "high"].map((band) => groupLabel(report, "incomeBand", band));
  const values = audit.feesOverTime.map((point) => ({
    arm: report.armLabel(point.arm),
    band: groupLabel(report, "incomeBand", point.incomeBand),
    day: point.day,
    fees: point.agencyFeesPerDebtor + point.courtFeesPerDebtor
  }));
  const lastDay = Math.max(...audit.feesOverTime.map((point) => point.day));
  const atEnd = (arm: string, band: string) => {
    const point = audit.feesOverTime.find((p) => p.arm === arm && p.incomeBand === band && p.day === lastDay);
    return point === undefined ? 0 : point.agencyFeesPerDebtor + point.courtFeesPerDebtor;
  };
  const firstArm = audit.summary[0].arm;
  const spec = {
    data: { values },
    facet: { column: { field: "arm", type: "nominal", title: null, sort: audit.summary.map((arm) => report.armLabel(arm.arm)) } },
    spec: {
      width: 200,
      height: 200,
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x: { field: "day", type: "quantitative", title: t("report.fairness.dayAxis"), axis: { format: chartFormat(language, "number", 0), formatType: CHART_FORMAT_TYPE } },
        y: { field: "fees", type: "quantitative", title: t("report.fairness.feesAxis"), axis: { format: chartFormat(language, "money", 0), formatType: CHART_FORMAT_TYPE } },
        color: { field: "band", type: "nominal", sort: bands, scale: { domain: bands, range: INCOME_COLORS }, legend: { title: t("fairness.attribute.incomeBand"), orient: "bottom" } }
      }
    },
    config: { view: { stroke: null } }
  } as unknown as TopLevelSpec;
  return [
    element("h2", {}, [t("report.fairness.feesHeading")]),
    element("p", {}, [
      t("report.fairness.feesLead", {
        arm: report.armLabel(firstArm),
        low: formatMoney(atEnd(firstArm, "low"), language, 2),
        high: formatMoney(atEnd(firstArm, "high"), language, 2)
      })
    ]),
    renderChart("fees", spec, language)
  ];
}

function tradeOffSection(report: Report, audit: Audit): HTMLElement[] {
  const { t, language } = report;
  const heading = element("h2", {}, [t("report.fairness.tradeOffHeading")]);
  const tradeOff = audit.tradeOff;
  if (tradeOff === null || tradeOff.points.length === 0) return [heading, element("p", {}, [t("report.fairness.tradeOffNone")])];
  const capLabel = (maxRatio: number | null) => (maxRatio === null ? t("report.fairness.noCap") : formatNumber(maxRatio, language, 2));
  const values = tradeOff.points.map((point) => ({ ...point, cap: capLabel(point.maxRatio) }));
  const base = tradeOff.points[0];
  const strictest = tradeOff.points[tradeOff.points.length - 1];
  const spec = {
    width: 480,
    height: 260,
    data: { values },
    layer: [
      { mark: { type: "line", point: true, color: "#4269d0" } },
      { mark: { type: "text", dx: 6, dy: -8, align: "left" }, encoding: { text: { field: "cap", type: "nominal" } } }
    ],
    encoding: {
      x: { field: "maxDisparity", type: "quantitative", scale: { zero: false }, title: t("report.fairness.tradeOffX"), axis: { format: chartFormat(language, "number", 2), formatType: CHART_FORMAT_TYPE } },
      y: { field: "recoveryRate", type: "quantitative", scale: { zero: false }, title: t("report.fairness.tradeOffY"), axis: { format: chartFormat(language, "percent", 1), formatType: CHART_FORMAT_TYPE } },
      order: { field: "maxDisparity" }
    },
    config: { view: { stroke: null } }
  } as unknown as TopLevelSpec;
  return [
    heading,
    element("p", {}, [
      t("report.fairness.tradeOffLead", {
        arm: report.armLabel(tradeOff.arm),
        n: formatNumber(tradeOff.n, language, 0),
        attribute: t(`fairness.attribute.${tradeOff.attribute}`),
        base: formatPercent(base.recoveryRate, language, 2),
        disparity: formatNumber(base.maxDisparity, language, 2),
        cap: capLabel(strictest.maxRatio),
        capped: formatPercent(strictest.recoveryRate, language, 2),
        cappedDisparity: formatNumber(strictest.maxDisparity, language, 2)
      })
    ]),
    renderChart("tradeOff", spec, language)
  ];
}

/** Builds the fairness page in `language`. */
export async function fairnessPage(language: Language): Promise<HTMLElement> {
  const [report, audit] = await Promise.all([
    loadReport(language, "report.page.fairness"),
    FileAttachment("../data/fairness.json").json() as Promise<Audit | null>
  ]);
  const { t } = report;
  if (audit === null) {
    return element("div", { class: "inkasso-page" }, [element("h1", {}, [t("report.fairness.heading")]), renderRunLine(report), element("p", {}, [t("report.fairness.missing")])]);
  }
  const settings = audit.settings;
  return element("div", { class: "inkasso-page inkasso-fairness" }, [
    element("h1", {}, [t("report.fairness.heading")]),
    renderRunLine(report),
    element("p", {}, [
      t("report.fairness.method", {
        low: formatNumber(settings.band[0], language, 2),
        high: formatNumber(settings.band[1], language, 2),
        level: formatPercent(settings.intervalLevel, language, 0),
        minGroupSize: formatNumber(settings.minGroupSize, language, 0),
        minEvents: formatNumber(settings.minEvents, language, 0),
        npsBand: formatNumber(settings.npsBand, language, 0)
      }),
      " ",
      t(settings.multiplicity === "bonferroni" ? "report.fairness.intervalsJoint" : "report.fairness.intervalsEach", {
        checks: formatNumber(audit.summary[0]?.checks ?? 0, language, 0),
        level: formatPercent(settings.intervalLevel, language, 0),
        each: formatPercent(audit.summary[0]?.disparityLevel ?? settings.intervalLevel, language, 3)
      })
    ]),
    ...failureSection(report, audit),
    ...driverSection(report, audit),
    ...chartSection(report, audit),
    ...counterfactualSection(report, audit),
    ...feesSection(report, audit),
    ...tradeOffSection(report, audit)
  ]);
}
