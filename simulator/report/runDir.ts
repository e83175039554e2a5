/**
 * The run folder that the report site shows: where it is, whether it is complete, and its
 * `summary.json`.
 *
 * The site's data loaders, `observablehq.config.ts` and the build functions all call these,
 * so every part of the site reads the same folder: `INKASSO_RUN_DIR`, or `data/runs/default`
 * when that variable is unset. A relative folder is resolved against the repository root,
 * not the working directory, because Framework runs data loaders from its own directory.
 */

import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { translate } from "../i18n/catalogue.js";
import { resolveLanguage } from "../i18n/locale.js";
import { RUN_FILES, type RunSummary } from "../io/runFormat.js";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_RUN_DIR = "data/runs/default";

/** Files of a run folder that the site reads. The Parquet files are not needed because `report.duckdb` contains the same tables. */
export const SITE_RUN_FILES = [RUN_FILES.summary, RUN_FILES.parameters, RUN_FILES.database] as const;

const bilingual = z.object({ de: z.string(), en: z.string() });

// Only the fields the site reads are checked; later format versions may add more.
const summarySchema = z.object({
  runId: z.string().min(1),
  configHash: z.string().min(1),
  seed: z.number(),
  version: z.string(),
  experiment: z.object({
    name: z.string(),
    title: bilingual,
    population: z.number(),
    horizonDays: z.number().int().positive(),
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    confidenceLevel: z.number().gt(0).lt(1)
  }),
  arms: z
    .array(z.object({ id: z.string().min(1), label: bilingual, strategy: z.string(), n: z.number() }))
    .min(1),
  comparisons: z.array(
    z.object({
      arm: z.string(),
      baseline: z.string(),
      metric: z.string(),
      difference: z.number().nullable(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      pValue: z.number().nullable()
    })
  )
});

const parameterSchema = z.array(
  z.object({
    id: z.string(),
    group: z.string(),
    unit: z.string(),
    source: z.string(),
    description: bilingual
  })
);

function message(key: string, params: Record<string, string | number>): string {
  return translate(resolveLanguage(), key, params);
}

/** Resolves the run folder to an absolute path: `runDir`, else `INKASSO_RUN_DIR`, else `data/runs/default`. */
export function resolveRunDir(runDir: string | undefined = process.env.INKASSO_RUN_DIR): string {
  const chosen = runDir === undefined || runDir === "" ? DEFAULT_RUN_DIR : runDir;
  return isAbsolute(chosen) ? chosen : resolve(REPOSITORY_ROOT, chosen);
}

/**
 * Checks that `runDir` contains every file the site reads.
 *
 * @throws Error naming the folder and the missing files, with the command that writes a run.
 */
export function checkRunDir(runDir: string): void {
  const missing = SITE_RUN_FILES.filter((file) => !existsSync(join(runDir, file)));
  if (missing.length > 0) {
    throw new Error(message("report.error.runIncomplete", { dir: runDir, files: missing.join(", ") }));
  }
}

function readJson(runDir: string, file: string): unknown {
  const path = join(runDir, file);
  if (!existsSync(path)) {
    throw new Error(message("report.error.runIncomplete", { dir: runDir, files: file }));
  }
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(message("report.error.invalidJson", { path, reason: (error as Error).message }));
  }
}

function describeIssue(path: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join(".") : "(root)";
  return message("report.error.invalidRunFile", { path, field, reason: issue.message });
}

/**
 * Reads and checks `summary.json` of a run folder.
 *
 * @throws Error when the file is missing, is not JSON, or lacks a field the site reads.
 */
export function readRunSummary(runDir: string): RunSummary {
  const summary = readJson(runDir, RUN_FILES.summary);
  const checked = summarySchema.safeParse(summary);
  if (!checked.success) {
    throw new Error(describeIssue(join(runDir, RUN_FILES.summary), checked.error));
  }
  return summary as RunSummary;
}

/**
 * Reads and checks `parameters.json` of a run folder; the entries are returned unchanged.
 *
 * @throws Error when the file is missing, is not JSON, or an entry lacks a field the site reads.
 */
export function readRunParameters(runDir: string): unknown[] {
  const parameters = readJson(runDir, RUN_FILES.parameters);
  const checked = parameterSchema.safeParse(parameters);
  if (!checked.success) {
    throw new Error(describeIssue(join(runDir, RUN_FILES.parameters), checked.error));
  }
  return parameters as unknown[];
}
