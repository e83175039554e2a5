// The pilot planner page: how many accounts and weeks a real champion/challenger pilot needs,
// computed live in the browser from the inputs, with baselines and standard deviations
// that can be taken from the champion arm of the run.

import { FileAttachment } from "observablehq:stdlib";
import { baselineOf } from "./comparisons.js";
import { element } from "./dom.js";
import { formatNumber, formatPercent, type Language } from "./locale.js";
import { formatDifference, metricName } from "./metrics.js";
import { pilotSize, type PilotEffect, type PilotOptions } from "./pilotSize.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";

/** A metric of `data/planner.json`: the champion's baseline and, for means, its standard deviation per account. */
interface PlannerMetric {
  id: "cureRate" | "recoveredPerCase" | "costPerCase" | "nps";
  kind: "proportion" | "mean";
  baseline: number | null;
  standardDeviation: number | null;
  /** Share of accounts with an observation: the survey response rate for the NPS, else 1. */
  responseRate: number;
}

interface PlannerData {
  baseline: string;
  cases: number;
  horizonDays: number;
  metrics: PlannerMetric[];
}

/** New accounts per week before the user enters a number (assumption: the run has no placement rate). */
const DEFAULT_ACCOUNTS_PER_WEEK = 1000;

const DAYS_PER_WEEK = 7;

function plannerMetricName(id: PlannerMetric["id"], report: Report): string {
  return id === "recoveredPerCase" ? report.t("report.experiment.metric.recoveredPerCase") : metricName(id, report.t);
}

function numberInput(name: string, value: number, attributes: Record<string, string>): HTMLInputElement {
  return element("input", { type: "number", name, value: String(value), ...attributes });
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  return element("label", { class: "inkasso-field" }, [element("span", {}, [label]), control]);
}

/** Reads a number input; NaN when it is empty or not a number. */
function valueOf(input: HTMLInputElement): number {
  return input.value.trim() === "" ? Number.NaN : Number(input.value);
}

/** Observed difference of a challenger in the run, in the planner's units (a share as a fraction, else the metric's unit). */
function observedDifference(report: Report, metric: PlannerMetric["id"], arm: string): number | null {
  const { summary } = report;
  if (metric === "recoveredPerCase") {
    return summary.adjusted?.find((entry) => entry.arm === arm && entry.metric === "recoveredPerCase")?.difference ?? null;
  }
  return summary.comparisons.find((comparison) => comparison.arm === arm && comparison.metric === metric)?.difference ?? null;
}

function formatObserved(report: Report, metric: PlannerMetric["id"], difference: number): string {
  const { language, t } = report;
  return formatDifference(metric === "recoveredPerCase" ? "netRecovery" : metric, difference, language, t);
}

/** Builds the pilot planner page in `language`. */
export async function plannerPage(language: Language): Promise<HTMLElement> {
  const [report, data] = await Promise.all([
    loadReport(language, "report.page.planner"),
    FileAttachment("../data/planner.json").json() as Promise<PlannerData>
  ]);
  const { summary, t } = report;
  const usable = data.metrics.filter((metric) => metric.baseline !== null && (metric.kind === "proportion" || metric.standardDeviation !== null));

  // Inputs: the source of the values, the metric, and the design of the test.
  const source = element("select", { name: "source" }, [
    element("option", { value: "" }, [t("report.planner.source.custom")]),
    ...usable.map((metric) => element("option", { value: metric.id }, [plannerMetricName(metric.id, report)]))
  ]);
  const kind = element("select", { name: "kind" }, [
    element("option", { value: "proportion" }, [t("report.planner.kind.proportion")]),
    element("option", { value: "mean" }, [t("report.planner.kind.mean")])
  ]);
  const baseline = numberInput("baseline", 30, { step: "any" });
  const effect = numberInput("effect", 2, { step: "any" });
  const standardDeviation = numberInput("standardDeviation", 1, { step: "any", min: "0" });
  const significanceLevel = numberInput("significanceLevel", 0.05, { step: "0.01", min: "0", max: "1" });
  const power = numberInput("power", 0.8, { step: "0.05", min: "0", max: "1" });
  const allocationRatio = numberInput("allocationRatio", 1, { step: "any", min: "0" });
  const accountsPerWeek = numberInput("accountsPerWeek", DEFAULT_ACCOUNTS_PER_WEEK, { step: "any", min: "0" });
  let responseRate = 1;

  const result = element("p", { class: "inkasso-planner-result", "data-planner-result": "", "aria-live": "polite" });
  const runTableSlot = element("div", { class: "inkasso-planner-run" });

  const designOptions = (rate: number): PilotOptions => ({
    significanceLevel: valueOf(significanceLevel),
    power: valueOf(power),
    allocationRatio: valueOf(allocationRatio),
    responseRate: rate,
    accountsPerWeek: valueOf(accountsPerWeek)
  });

  // Name the first input outside its range, so the message can point at it: the design
  // inputs apply to both the size above and the table of the run's differences.
  const firstInvalid = (checks: [boolean, string][]): string | null => {
    const failed = checks.find(([invalid]) => invalid);
    return failed === undefined ? null : t(failed[1]);
  };
  const invalidDesignField = (): string | null => {
    const alpha = valueOf(significanceLevel);
    const beta = valueOf(power);
    return firstInvalid([
      [!(alpha > 0 && alpha < 1), "report.planner.significanceLevel"],
      [!(beta > 0 && beta < 1), "report.planner.power"],
      [!(valueOf(allocationRatio) > 0), "report.planner.allocationRatio"],
      [!(valueOf(accountsPerWeek) > 0), "report.planner.accountsPerWeek"]
    ]);
  };
  const invalidMetricField = (): string | null => {
    const rate = valueOf(baseline);
    const alternative = rate + valueOf(effect);
    const isProportion = kind.value === "proportion";
    return firstInvalid([
      [isProportion && !(rate > 0 && rate < 100), "report.planner.baseline"],
      [!(Number.isFinite(valueOf(effect)) && valueOf(effect) !== 0), "report.planner.effect"],
      [isProportion && !(alternative > 0 && alternative < 100), "report.planner.effect"],
      [!isProportion && !(valueOf(standardDeviation) > 0), "report.planner.standardDeviation"]
    ]);
  };

  const resultText = (effectValue: PilotEffect, rate: number): string => {
    const size = pilotSize(effectValue, designOptions(rate));
    const observationWeeks = Math.ceil(data.horizonDays / DAYS_PER_WEEK);
    return t("report.planner.result", {
      champion: formatNumber(size.champion, language, 0),
      challenger: formatNumber(size.challenger, language, 0),
      total: formatNumber(size.total, language, 0),
      perWeek: formatNumber(valueOf(accountsPerWeek), language, 0),
      weeks: formatNumber(size.enrolmentWeeks, language, 0),
      horizon: formatNumber(data.horizonDays, language, 0),
      totalWeeks: formatNumber(size.enrolmentWeeks + observationWeeks, language, 0)
    });
  };

  const recompute = () => {
    standardDeviation.disabled = kind.value !== "mean";
    const designField = invalidDesignField();
    const field = designField ?? invalidMetricField();
    if (field !== null) {
      result.textContent = t("report.planner.invalid", { field });
      result.dataset.state = "invalid";
    } else {
      const effectValue: PilotEffect =
        kind.value === "proportion"
          ? { kind: "proportion", baseline: valueOf(baseline) / 100, effect: valueOf(effect) / 100 }
          : { kind: "mean", effect: valueOf(effect), standardDeviation: valueOf(standardDeviation) };
      const note = responseRate < 1 ? " " + t("report.planner.responseNote", { share: formatPercent(responseRate, language, 1) }) : "";
      result.textContent = resultText(effectValue, responseRate) + note;
      result.dataset.state = "computed";
    }
    runTableSlot.replaceChildren(
      designField === null ? runTable() : element("p", {}, [t("report.planner.invalid", { field: designField })])
    );
  };

  // Prefills the inputs from the champion arm of the run. The effect starts at 2 percentage
  // points for proportions and at a tenth of the standard deviation for means (assumptions).
  const takeFromRun = () => {
    const metric = usable.find((entry) => entry.id === source.value);
    if (metric === undefined || metric.baseline === null) {
      responseRate = 1;
      return;
    }
    kind.value = metric.kind;
    responseRate = metric.responseRate > 0 ? metric.responseRate : 1;
    if (metric.kind === "proportion") {
      baseline.value = String(Math.round(metric.baseline * 1000) / 10);
      effect.value = "2";
    } else {
      const deviation = metric.standardDeviation ?? 1;
      baseline.value = String(Math.round(metric.baseline * 100) / 100);
      standardDeviation.value = String(Math.round(deviation * 100) / 100);
      effect.value = String(Math.round(deviation * 10) / 100);
    }
  };

  interface RunRow {
    metric: PlannerMetric;
    arm: string;
    difference: number | null;
  }
  const challengers = summary.arms.map((arm) => arm.id).filter((id) => id !== data.baseline);
  const runRows: RunRow[] = usable.flatMap((metric) =>
    challengers.map((arm) => ({ metric, arm, difference: observedDifference(report, metric.id, arm) }))
  );
  const sizeOf = (row: RunRow) => {
    if (row.difference === null || row.difference === 0 || row.metric.baseline === null) return null;
    const rowEffect: PilotEffect =
      row.metric.kind === "proportion"
        ? { kind: "proportion", baseline: row.metric.baseline, effect: row.difference }
        : { kind: "mean", effect: row.difference, standardDeviation: row.metric.standardDeviation ?? Number.NaN };
    try {
      return pilotSize(rowEffect, designOptions(row.metric.responseRate > 0 ? row.metric.responseRate : 1));
    } catch (error) {
      // A rate pushed outside (0, 1) or a zero standard deviation has no sample size.
      if (error instanceof RangeError) return null;
      throw error;
    }
  };
  const runTable = () =>
    renderTable<RunRow>("pilotSizes", [
      { label: t("report.experiment.column.metric"), cell: (row) => plannerMetricName(row.metric.id, report), rowHeader: true },
      { label: t("report.experiment.column.arm"), cell: (row) => report.armLabel(row.arm) },
      {
        label: t("report.planner.column.observed"),
        numeric: true,
        cell: (row) => (row.difference === null ? t("report.value.missing") : formatObserved(report, row.metric.id, row.difference))
      },
      {
        label: t("report.planner.column.accounts"),
        numeric: true,
        cell: (row) => {
          const size = sizeOf(row);
          return size === null ? t("report.planner.notComputable") : formatNumber(size.total, language, 0);
        }
      },
      {
        label: t("report.planner.column.weeks"),
        numeric: true,
        cell: (row) => {
          const size = sizeOf(row);
          return size === null ? t("report.planner.notComputable") : formatNumber(size.enrolmentWeeks, language, 0);
        }
      }
    ], runRows, t("report.planner.runCaption"));

  const form = element("form", { class: "inkasso-planner", "data-planner": "" }, [
    labelled(t("report.planner.source"), source),
    labelled(t("report.planner.kind"), kind),
    labelled(t("report.planner.baseline"), baseline),
    labelled(t("report.planner.effect"), effect),
    labelled(t("report.planner.standardDeviation"), standardDeviation),
    labelled(t("report.planner.significanceLevel"), significanceLevel),
    labelled(t("report.planner.power"), power),
    labelled(t("report.planner.allocationRatio"), allocationRatio),
    labelled(t("report.planner.accountsPerWeek"), accountsPerWeek)
  ]);
  form.addEventListener("submit", (event) => event.preventDefault());
  source.addEventListener("change", takeFromRun);
  // A change of the metric by hand means the values are no longer the run's.
  for (const input of [kind, baseline, standardDeviation]) {
    input.addEventListener("input", () => {
      source.value = "";
      responseRate = 1;
    });
  }
  form.addEventListener("input", recompute);
  form.addEventListener("change", recompute);
  recompute();

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.planner.heading")]),
    renderRunLine(report),
    element("h2", {}, [t("report.planner.sizeQuestion")]),
    element("p", {}, [t("report.planner.sizeLead", { baseline: report.armLabel(baselineOf(summary)) })]),
    form,
    element("p", { class: "muted small" }, [t("report.planner.accountsPerWeekNote", { value: formatNumber(DEFAULT_ACCOUNTS_PER_WEEK, language, 0) })]),
    result,
    element("h2", {}, [t("report.planner.runQuestion")]),
    element("p", {}, [t("report.planner.runLead")]),
    runTableSlot
  ]);
}
