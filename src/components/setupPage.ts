// The setup page: what was simulated (population, horizon, seed), which arms competed, and the
// model parameters with unit, value, range and source.

import { FileAttachment } from "observablehq:stdlib";
import { adjustmentName } from "./comparisons.js";
import { element } from "./dom.js";
import { formatDate, formatNumber, formatPercent, type Language } from "./locale.js";
import { formatPValue, fractionDigitsFor } from "./metrics.js";

// Other pages import this helper from here; it lives in metrics.ts, which Node tests can load.
export { fractionDigitsFor } from "./metrics.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";

/** An entry of `parameters.json`. */
interface RunParameter {
  id: string;
  group: string;
  value: unknown;
  unit: string;
  /** Plausible range [low, high] in the parameter's unit. */
  range?: [number, number];
  source: string;
  description: Record<Language, string>;
}

function formatParameterValue(value: unknown, report: Report): string {
  const { language, t } = report;
  if (typeof value === "number") return formatNumber(value, language, fractionDigitsFor(value));
  if (typeof value === "boolean") return t(value ? "report.value.yes" : "report.value.no");
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => formatParameterValue(item, report)).join(t("report.list.separator"));
  if (value === null || value === undefined) return t("report.value.missing");
  return JSON.stringify(value);
}

// Design facts that only newer summaries carry; each is left out when missing.
function designFacts(report: Report): [string, string][] {
  const { summary, language, t } = report;
  const { experiment } = summary;
  const facts: [string, string][] = [];
  if (experiment.assignment !== undefined) {
    const { method, strata } = experiment.assignment;
    const name = t.has(`report.assignment.${method}`) ? t(`report.assignment.${method}`) : method;
    const text = strata === undefined || strata.length === 0 ? name : t("report.setup.assignment.strata", { method: name, strata: strata.join(", ") });
    facts.push(["report.setup.fact.assignment", text]);
  }
  const adjustment = adjustmentName(report);
  if (adjustment !== null && experiment.adjustedConfidenceLevel !== undefined) {
    const level = formatPercent(experiment.adjustedConfidenceLevel, language, 2);
    facts.push(["report.setup.fact.multipleComparisons", t("report.setup.multipleComparisons", { method: adjustment, level })]);
  }
  if (summary.sampleRatioMismatch !== undefined) {
    const { mismatch, pValue } = summary.sampleRatioMismatch;
    const key = mismatch ? "report.setup.sampleRatio.mismatch" : "report.setup.sampleRatio.fine";
    facts.push(["report.setup.fact.sampleRatio", t(key, { pValue: formatPValue(pValue, language, t) })]);
  }
  if (experiment.discountRate !== undefined) {
    facts.push(["report.setup.fact.discountRate", t("report.setup.perYear", { rate: formatPercent(experiment.discountRate, language, 1) })]);
  }
  return facts;
}

function factsTable(report: Report): HTMLElement {
  const { summary, language, t } = report;
  const { experiment } = summary;
  const facts: [string, string][] = [
    ["report.setup.fact.runId", summary.runId],
    ["report.setup.fact.configHash", summary.configHash],
    ["report.setup.fact.version", summary.version],
    ["report.setup.fact.population", formatNumber(experiment.population, language, 0)],
    ["report.setup.fact.horizon", t("report.unit.days", { value: formatNumber(experiment.horizonDays, language, 0) })],
    ["report.setup.fact.startDate", formatDate(experiment.startDate, language)],
    ["report.setup.fact.seed", String(summary.seed)],
    ["report.setup.fact.confidenceLevel", formatPercent(experiment.confidenceLevel, language, 0)],
    ...designFacts(report)
  ];
  return renderTable<[string, string]>("facts", [
    { label: t("report.setup.factColumns.fact"), cell: ([key]) => t(key), rowHeader: true },
    { label: t("report.setup.factColumns.value"), cell: ([, value]) => value }
  ], facts);
}

function armsTable(report: Report): HTMLElement {
  const { summary, language, t } = report;
  return renderTable("setupArms", [
    { label: t("report.setup.armColumns.label"), cell: (arm) => report.armLabel(arm.id), rowHeader: true },
    { label: t("report.setup.armColumns.id"), cell: (arm) => element("code", {}, [arm.id]) },
    { label: t("report.setup.armColumns.strategy"), cell: (arm) => element("code", {}, [arm.strategy]) },
    { label: t("report.setup.armColumns.cases"), cell: (arm) => formatNumber(arm.n, language, 0), numeric: true }
  ], summary.arms);
}

const isAssumption = (parameter: RunParameter) => /\bassumption\b/i.test(parameter.source);

/** Returns a parameter unit in the report's language, or the unit as it is when the catalogue has no name for it. */
function unitName(report: Report, unit: string): string {
  try {
    return report.t(`unit.${unit}`);
  } catch {
    return unit;
  }
}

/** Renders a table of parameters with value, unit, range and source; the model card uses it too. */
export function parametersTable(report: Report, parameters: RunParameter[], tableId = "parameters"): HTMLElement {
  const { language, t } = report;
  return renderTable<RunParameter>(tableId, [
    { label: t("report.setup.parameterColumns.id"), cell: (parameter) => element("code", {}, [parameter.id]), rowHeader: true },
    { label: t("report.setup.parameterColumns.description"), cell: (parameter) => parameter.description[language] },
    { label: t("report.setup.parameterColumns.value"), cell: (parameter) => formatParameterValue(parameter.value, report), numeric: true },
    { label: t("report.setup.parameterColumns.unit"), cell: (parameter) => unitName(report, parameter.unit) },
    {
      label: t("report.setup.parameterColumns.range"),
      cell: (parameter) =>
        parameter.range === undefined
          ? t("report.value.missing")
          : t("report.interval.range", { low: formatParameterValue(parameter.range[0], report), high: formatParameterValue(parameter.range[1], report) }),
      numeric: true
    },
    {
      label: t("report.setup.parameterColumns.source"),
      cell: (parameter) => (isAssumption(parameter) ? element("em", { class: "inkasso-assumption" }, [parameter.source]) : parameter.source)
    }
  ], parameters);
}

/** Renders one collapsed section per parameter group, in the order the groups first appear, with the file's order inside a group. */
function parameterGroups(report: Report, parameters: RunParameter[]): HTMLElement[] {
  const { language, t } = report;
  const groups = [...new Set(parameters.map((parameter) => parameter.group))];
  return groups.map((group) => {
    const members = parameters.filter((parameter) => parameter.group === group);
    const title = t("report.setup.parameterGroup", {
      group: t.has(`report.parameterGroup.${group}`) ? t(`report.parameterGroup.${group}`) : group,
      count: formatNumber(members.length, language, 0),
      assumptions: formatNumber(members.filter(isAssumption).length, language, 0)
    });
    return element("details", { class: "inkasso-parameter-group" }, [element("summary", {}, [title]), parametersTable(report, members)]);
  });
}

/** Builds the setup page in `language`. */
export async function setupPage(language: Language): Promise<HTMLElement> {
  const [report, parameters] = await Promise.all([
    loadReport(language, "report.page.setup"),
    FileAttachment("../data/parameters.json").json() as Promise<RunParameter[]>
  ]);
  const { summary, t } = report;
  const { experiment } = summary;
  const sentence = t("report.setup.summary", {
    title: experiment.title[language],
    population: formatNumber(experiment.population, language, 0),
    arms: formatNumber(summary.arms.length, language, 0),
    horizon: formatNumber(experiment.horizonDays, language, 0),
    date: formatDate(experiment.startDate, language),
    seed: String(summary.seed)
  });

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.setup.heading")]),
    renderRunLine(report),
    element("p", {}, [sentence]),
    factsTable(report),

    element("h2", {}, [t("report.setup.armsHeading")]),
    armsTable(report),

    element("h2", {}, [t("report.setup.parametersHeading")]),
    element("p", {}, [t("report.setup.parametersIntro", { count: formatNumber(parameters.length, language, 0) })]),
    ...parameterGroups(report, parameters)
  ]);
}
