/**
 * `inkasso-lab trial <name>`: replicate a published field trial and print each arm's
 * simulated outcome beside the published one, with a verdict per comparison.
 * `trial all` runs every trial; `trial --list` lists them. Fails (exit 1) when a
 * comparison lies outside its tolerance.
 */

import { translator } from "../../i18n/catalogue.js";
import { formatNumber, formatPercent, type Language } from "../../i18n/locale.js";
import { listTrials, loadTrial } from "../../calibration/trialConfig.js";
import { runTrial, type TrialComparisonResult, type TrialResult } from "../../calibration/runTrial.js";

export interface TrialCommandOptions {
  list?: boolean;
  population?: number;
  parameterSet?: string;
  json?: boolean;
  language: Language;
}

/** Run the named trial (or all) and print the results; returns them. */
export async function trialCommand(name: string | undefined, options: TrialCommandOptions): Promise<TrialResult[]> {
  const t = translator(options.language);
  const out = (text: string) => process.stdout.write(`${text}\n`);

  if (options.list) {
    for (const trialName of await listTrials()) {
      const trial = await loadTrial(trialName);
      out(t("trial.list.row", { name: trialName, title: trial.title[options.language] }));
    }
    return [];
  }
  if (name === undefined) throw new Error(t("trial.error.nameMissing"));

  const names = name === "all" ? await listTrials() : [name];
  const results: TrialResult[] = [];
  for (const trialName of names) {
    const trial = await loadTrial(trialName);
    results.push(await runTrial(trial, { population: options.population, parameterSet: options.parameterSet }));
  }

  if (options.json) out(JSON.stringify(results, null, 2));
  else out(results.map((result) => formatTrialResult(result, options.language)).join("\n\n"));

  const comparisons = results.flatMap((result) => result.comparisons);
  const failed = comparisons.filter((comparison) => !comparison.replicated).length;
  if (failed > 0) throw new Error(t("trial.error.notReplicated", { failed, total: comparisons.length }));
  return results;
}

/** Format the result of one trial as text: header, arms, comparisons with verdicts. */
export function formatTrialResult(result: TrialResult, language: Language): string {
  const t = translator(language);
  const share = (value: number | null) => (value === null ? t("report.value.missing") : formatPercent(value, language, 1));
  const lines = [
    t("trial.header", {
      title: result.title[language],
      citation: result.citation,
      outcome: t(`trial.outcome.${result.outcome.kind}`),
      days: result.outcome.withinDays,
      population: formatNumber(result.population, language),
      parameterSet: result.parameterSet
    })
  ];
  for (const arm of result.arms) {
    lines.push(t("trial.arm", { arm: arm.label[language], published: share(arm.published), simulated: share(arm.simulated) }));
  }
  for (const comparison of result.comparisons) {
    const [published, low, high] = comparisonFigures(comparison, language);
    lines.push(
      t("trial.comparison", {
        arm: comparison.arm,
        baseline: comparison.baseline,
        published,
        low,
        high,
        simulated: formatPoints(comparison.simulated, language),
        verdict: t(comparison.replicated ? "trial.verdict.replicated" : "trial.verdict.failed")
      })
    );
  }
  return lines.join("\n");
}

/** Published effect and tolerance bounds as text; open bounds of a direction-only comparison show as ±∞. */
export function comparisonFigures(comparison: TrialComparisonResult, language: Language): [string, string, string] {
  const t = translator(language);
  const bound = (value: number) => (Number.isFinite(value) ? formatPoints(value, language) : value > 0 ? "+∞" : "−∞");
  let published: string;
  if (comparison.kind === "direction") published = `${t("trial.kind.direction")} ${comparison.published > 0 ? "+" : "−"}`;
  else if (comparison.kind === "none") published = t("trial.kind.none");
  else published = formatPoints(comparison.published, language);
  return [published, bound(comparison.toleranceLow), bound(comparison.toleranceHigh)];
}

/** Format a difference of shares in percentage points with its sign, e.g. "+18.0 pp". */
export function formatPoints(value: number, language: Language): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return translator(language)("trial.unit.points", { value: `${sign}${formatNumber(Math.abs(value) * 100, language, 1)}` });
}
