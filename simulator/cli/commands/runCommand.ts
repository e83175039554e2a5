/** `inkasso-lab run <config>`: run an experiment and write its run folder. */

import path from "node:path";
import { translator } from "../../i18n/catalogue.js";
import { formatMoney, formatNumber, formatPercent, type Language } from "../../i18n/locale.js";
import { loadExperimentConfig, type ConfigOverrides } from "../../experiment/config.js";
import { runExperiment } from "../../experiment/runExperiment.js";
import { replicateComparisons } from "../../experiment/replications.js";
import { writeRun } from "../../experiment/writeRun.js";
import type { RunSummary } from "../../io/runFormat.js";

export interface RunCommandOptions extends ConfigOverrides {
  out?: string;
  /** Number of seeds to run (seed, seed + 1, …); default 1. */
  replications?: number;
  language: Language;
  /** Print the result table to stdout (default true). */
  printResults?: boolean;
}

/** Run the experiment of `configFile` and write it; returns the summary and the run folder. */
export async function runCommand(configFile: string, options: RunCommandOptions): Promise<{ summary: RunSummary; outDir: string }> {
  const t = translator(options.language);
  const started = performance.now();
  const config = await loadExperimentConfig(configFile, {
    seed: options.seed,
    population: options.population,
    horizonDays: options.horizonDays
  });
  const outDir = options.out ?? path.join("data", "runs", config.name);
  const progress = (key: string, params?: Record<string, string | number>) => {
    const formatted = Object.fromEntries(
      Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === "number" ? formatNumber(value, options.language) : value])
    );
    process.stderr.write(`${t(key, formatted)}\n`);
  };

  progress("progress.config", {
    file: configFile,
    population: config.population,
    horizon: config.horizonDays,
    arms: config.arms.length,
    seed: String(config.seed)
  });
  const run = await runExperiment(config, progress);
  const replicatedComparisons = await replicateComparisons(config, options.replications ?? 1, progress);
  progress("progress.summary");
  const summary = await writeRun(run, outDir, {
    language: options.language,
    onProgress: (message) => process.stderr.write(`${message}\n`),
    replicatedComparisons
  });
  progress("progress.written", { path: outDir, runId: summary.runId });
  progress("progress.elapsed", { seconds: formatNumber((performance.now() - started) / 1000, options.language, 1) });

  if (options.printResults !== false) process.stdout.write(formatResults(summary, options.language));
  return { summary, outDir };
}

/** The headline table and the comparisons on the main metrics, as text. */
export function formatResults(summary: RunSummary, language: Language): string {
  const t = translator(language);
  const lines = [t("result.header")];
  const missing = t("report.value.missing");
  for (const arm of summary.arms) {
    lines.push(
      t("result.row", {
        arm: arm.id,
        recoveryRate: formatPercent(arm.recoveryRate, language),
        costPerCase: formatMoney(arm.costPerCase, language),
        netRecovery: formatMoney(arm.netRecovery, language),
        nps: arm.nps === null ? missing : formatNumber(arm.nps, language, 1),
        legal: formatPercent(arm.legalEscalationRate, language)
      })
    );
  }
  lines.push("");
  const level = formatPercent(summary.experiment.confidenceLevel, language, 0);
  const show = (value: number | null, metric: string): string => {
    if (value === null) return missing;
    // differences of rates are percentage points
    if (metric === "recoveryRate" || metric.endsWith("Rate") || metric === "instalmentShare") {
      return t("result.points", { value: formatNumber(value * 100, language, 2) });
    }
    if (metric === "nps" || metric === "contactsPerCase") return formatNumber(value, language, 2);
    return formatMoney(value, language);
  };
  for (const comparison of summary.comparisons) {
    if (!["recoveryRate", "costPerCase", "netRecovery", "nps"].includes(comparison.metric)) continue;
    lines.push(
      t("result.comparison", {
        arm: comparison.arm,
        baseline: comparison.baseline,
        metric: t(`report.metric.${comparison.metric}`),
        difference: show(comparison.difference, comparison.metric),
        level,
        ciLow: show(comparison.ciLow, comparison.metric),
        ciHigh: show(comparison.ciHigh, comparison.metric),
        pValue: formatPValue(comparison.pValue, language, missing)
      })
    );
  }
  return `${lines.join("\n")}\n`;
}

function formatPValue(pValue: number | null, language: Language, missing: string): string {
  if (pValue === null) return missing;
  if (pValue < 0.0001) return `p < ${formatNumber(0.0001, language, 4)}`;
  return `p = ${formatNumber(pValue, language, 4)}`;
}
