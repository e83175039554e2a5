// The setup page: what was simulated (population, horizon, seed), which arms competed, and the
// model parameters with unit, value, range and source.

import { FileAttachment } from "observablehq:stdlib";
import { element } from "./dom.js";
import { formatDate, formatNumber, formatPercent, type Language } from "./locale.js";
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

/** Returns the fraction digits that show a number to at most 4 significant digits, without trailing zeros. */
export function fractionDigitsFor(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const maximum = Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value)))));
  for (let digits = 0; digits < maximum; digits++) {
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
    if (Math.abs(rounded - value) <= 1e-9 * Math.max(1, Math.abs(value))) return digits;
  }
  return maximum;
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
    ["report.setup.fact.confidenceLevel", formatPercent(experiment.confidenceLevel, language, 0)]
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

function parametersTable(report: Report, parameters: RunParameter[]): HTMLElement {
  const { language, t } = report;
  // Keep the file's order within a group and order groups by first appearance.
  const groups = [...new Set(parameters.map((parameter) => parameter.group))];
  const rows = [...parameters].sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group));
  return renderTable<RunParameter>("parameters", [
    { label: t("report.setup.parameterColumns.group"), cell: (parameter) => parameter.group },
    { label: t("report.setup.parameterColumns.id"), cell: (parameter) => element("code", {}, [parameter.id]), rowHeader: true },
    { label: t("report.setup.parameterColumns.description"), cell: (parameter) => parameter.description[language] },
    { label: t("report.setup.parameterColumns.value"), cell: (parameter) => formatParameterValue(parameter.value, report), numeric: true },
    { label: t("report.setup.parameterColumns.unit"), cell: (parameter) => parameter.unit },
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
      cell: (parameter) =>
        /^assumption\b/i.test(parameter.source) ? element("em", { class: "inkasso-assumption" }, [parameter.source]) : parameter.source
    }
  ], rows);
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
    parametersTable(report, parameters)
  ]);
}
