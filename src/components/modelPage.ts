// The model card: every mechanism of the behaviour model in a paragraph with its parameters
// (unit, value, plausible range, source), then the replications of published field trials.

import { FileAttachment } from "observablehq:stdlib";
import { element } from "./dom.js";
import { formatNumber, type Language } from "./locale.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { parametersTable } from "./setupPage.js";
import { renderTable } from "./table.js";

interface RunParameter {
  id: string;
  group: string;
  value: unknown;
  unit: string;
  range?: [number, number];
  source: string;
  description: Record<Language, string>;
}

interface TrialComparison {
  arm: string;
  baseline: string;
  kind: "effect" | "direction" | "none";
  published: number;
  /** Null where the tolerance is open (direction-only comparisons). */
  toleranceLow: number | null;
  toleranceHigh: number | null;
  simulated: number;
  replicated: boolean;
}

interface TrialResult {
  name: string;
  title: Record<Language, string>;
  parameterSet: string;
  arms: { id: string; label: Record<Language, string> }[];
  comparisons: TrialComparison[];
}

/** Mechanisms in reading order, each with the parameter-id prefixes it owns; the first match wins. */
const MECHANISMS: { key: string; prefixes: string[] }[] = [
  { key: "content", prefixes: ["content."] },
  { key: "calls", prefixes: ["call.", "reach.shame", "population.shame", "reach.aiAcceptance"] },
  { key: "pressure", prefixes: ["response.pressure", "response.reactance"] },
  { key: "disputes", prefixes: ["response.dispute"] },
  { key: "tone", prefixes: ["response.toneEffect", "response.trust.", "response.complaint"] },
  { key: "attention", prefixes: ["response.baseHazard", "response.attentionGain", "response.alertHalfLife", "response.trustEffect"] },
  { key: "reach", prefixes: ["reach.", "response.alert."] },
  { key: "liquidity", prefixes: ["liquidity."] },
  { key: "commitments", prefixes: ["commitment."] },
  { key: "legal", prefixes: ["legal."] },
  { key: "nps", prefixes: ["nps."] },
  { key: "cost", prefixes: ["cost."] },
  { key: "population", prefixes: ["population."] }
];

/** Returns the mechanism key of a parameter id. */
export function mechanismOf(id: string): string {
  const mechanism = MECHANISMS.find((candidate) => candidate.prefixes.some((prefix) => id.startsWith(prefix)));
  return mechanism?.key ?? "population";
}

function points(value: number | null, report: Report): string {
  if (value === null) return "∞";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return report.t("trial.unit.points", { value: `${sign}${formatNumber(Math.abs(value) * 100, report.language, 1)}` });
}

function trialTable(report: Report, trials: TrialResult[]): HTMLElement {
  const { t, language } = report;
  const rows = trials.flatMap((trial) => trial.comparisons.map((comparison) => ({ trial, comparison })));
  const label = (trial: TrialResult, id: string) => trial.arms.find((arm) => arm.id === id)?.label[language] ?? id;
  return renderTable<(typeof rows)[number]>("trials", [
    { label: t("report.model.trialColumns.trial"), cell: ({ trial }) => trial.title[language], rowHeader: true },
    { label: t("report.model.trialColumns.comparison"), cell: ({ trial, comparison }) => `${label(trial, comparison.arm)} – ${label(trial, comparison.baseline)}` },
    {
      label: t("report.model.trialColumns.published"),
      cell: ({ comparison }) =>
        comparison.kind === "direction"
          ? `${t("trial.kind.direction")} ${comparison.published > 0 ? "+" : "−"}`
          : comparison.kind === "none"
            ? t("trial.kind.none")
            : points(comparison.published, report),
      numeric: true
    },
    {
      label: t("report.model.trialColumns.tolerance"),
      cell: ({ comparison }) => t("report.interval.range", { low: points(comparison.toleranceLow, report), high: points(comparison.toleranceHigh, report) }),
      numeric: true
    },
    { label: t("report.model.trialColumns.simulated"), cell: ({ comparison }) => points(comparison.simulated, report), numeric: true },
    { label: t("report.model.trialColumns.verdict"), cell: ({ comparison }) => t(comparison.replicated ? "trial.verdict.replicated" : "trial.verdict.failed") }
  ], rows);
}

/** Builds the model card page in `language`. */
export async function modelPage(language: Language): Promise<HTMLElement> {
  const [report, parameters, trials] = await Promise.all([
    loadReport(language, "report.page.model"),
    FileAttachment("../data/parameters.json").json() as Promise<RunParameter[]>,
    FileAttachment("../data/trials.json").json() as Promise<TrialResult[]>
  ]);
  const { t } = report;

  const sections: HTMLElement[] = [];
  let mechanismCount = 0;
  for (const { key } of MECHANISMS) {
    const owned = parameters.filter((parameter) => mechanismOf(parameter.id) === key);
    if (owned.length === 0) continue;
    mechanismCount++;
    sections.push(
      element("h2", {}, [t(`report.model.mechanism.${key}`)]),
      element("p", {}, [t(`report.model.mechanism.${key}.text`)]),
      parametersTable(report, owned, `model-${key}`)
    );
  }

  const comparisons = trials.flatMap((trial) => trial.comparisons);
  const replicated = comparisons.filter((comparison) => comparison.replicated).length;
  const trialSection =
    trials.length === 0
      ? [element("p", {}, [t("report.model.trialsMissing")])]
      : [
          element("p", {}, [
            t("report.model.trialsIntro", {
              replicated: formatNumber(replicated, language, 0),
              total: formatNumber(comparisons.length, language, 0),
              parameterSet: trials[0].parameterSet
            })
          ]),
          trialTable(report, trials)
        ];

  return element("div", { class: "inkasso-page" }, [
    element("h1", {}, [t("report.model.heading")]),
    renderRunLine(report),
    element("p", {}, [
      t("report.model.intro", {
        count: formatNumber(parameters.length, language, 0),
        mechanisms: formatNumber(mechanismCount, language, 0)
      })
    ]),
    element("h2", {}, [t("report.model.trialsHeading")]),
    ...trialSection,
    ...sections
  ]);
}
