/**
 * Write a finished run to its run folder: summary, manifest, config, parameters and the
 * result tables (see simulator/io/runFormat.ts), atomically.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashConfig } from "../io/configHash.js";
import type { Comparison, RunManifest, RunSummary } from "../io/runFormat.js";
import { writeRunFolder } from "../io/writeRunFolder.js";
import type { Language } from "../i18n/locale.js";
import { parameterDefinitions } from "../params/modelParameters.js";
import { auditFairness } from "../fairness/auditFairness.js";
import { verifyDelivered } from "../compliance/verifyDelivered.js";
import { cashflowTable, eventsTable, outcomesTable } from "./runTables.js";
import type { ExperimentRun } from "./runExperiment.js";
import { summarizeReplications } from "./replications.js";
import { summarizeRun } from "./summarizeRun.js";
import { decisionTables } from "../../strategies/learning/decisionTables.js";

const PACKAGE_JSON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../package.json");

/** The package version, written into every run. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
}

/** Replace numbers JSON cannot hold (NaN, ±Infinity) by null, deeply. */
export function finiteOrNull<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v))) as T;
}

/**
 * Compute the summary of a run and write its folder; returns the summary. With
 * `replicatedComparisons` (the comparisons of runs at seed + 1, seed + 2, …) the summary
 * gains the between-replication spread of each difference.
 */
export async function writeRun(
  run: ExperimentRun,
  outDir: string,
  options: { language: Language; onProgress?: (message: string) => void; replicatedComparisons?: Comparison[][] }
): Promise<RunSummary> {
  const configHash = hashConfig(run.config);
  const identity = { runId: `${run.config.name}-${run.config.seed}-${configHash.slice(0, 12)}`, configHash, version: packageVersion() };
  const { summary } = summarizeRun(run, identity);
  const replicated = options.replicatedComparisons ?? [];
  if (replicated.length > 0) {
    const seeds = [run.config.seed, ...replicated.map((_, k) => run.config.seed + k + 1)];
    summary.replications = summarizeReplications([summary.comparisons, ...replicated], seeds, run.config.confidenceLevel);
  }
  const manifest: RunManifest = { ...identity, seed: run.config.seed, files: [] };
  const parameters = parameterDefinitions.map((definition) => ({ ...definition, value: run.parameterValues[definition.id] }));
  const compliance = run.arms.map((arm) => ({
    arm: arm.id,
    reads: arm.strategyReads,
    counts: arm.guardCounts,
    verification: verifyDelivered({ config: run.config.compliance, calendar: run.calendar, state: run.population.observable.state, events: arm.log })
  }));
  const learning = run.arms.filter((arm) => arm.learned !== undefined).map((arm) => ({ arm: arm.id, learned: arm.learned }));
  const fairness = auditFairness(run);

  const cleanSummary = finiteOrNull(summary);
  await writeRunFolder(
    outDir,
    {
      json: {
        summary: cleanSummary,
        manifest,
        config: run.config,
        parameters,
        compliance: finiteOrNull(compliance),
        learning: finiteOrNull(learning),
        fairness: finiteOrNull(fairness)
      },
      tables: [outcomesTable(run), eventsTable(run), cashflowTable(run), ...decisionTables(run)],
      epochDate: run.config.startDate
    },
    { language: options.language, onProgress: options.onProgress }
  );
  return cleanSummary;
}
