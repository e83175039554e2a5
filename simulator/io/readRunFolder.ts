/** Reading the JSON files of a run folder, with errors that tell the user how to get one. */

import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { RUN_FILES, type RunManifest, type RunSummary } from "./runFormat.js";
import { RunFolderError } from "./runFolderError.js";

/**
 * Read `summary.json` of the run folder `dir`.
 *
 * @throws {RunFolderError} if `dir` is missing, the file is missing or not valid JSON, or it
 *   lacks `runId`, `configHash`, `experiment` or `arms`.
 */
export async function readRunSummary(dir: string): Promise<RunSummary> {
  const summary = await readRunJson(dir, RUN_FILES.summary);
  assertField(summary, "runId", "string", dir, RUN_FILES.summary);
  assertField(summary, "configHash", "string", dir, RUN_FILES.summary);
  assertField(summary, "experiment", "object", dir, RUN_FILES.summary);
  assertField(summary, "arms", "array", dir, RUN_FILES.summary);
  assertField(summary, "comparisons", "array", dir, RUN_FILES.summary);
  return summary as unknown as RunSummary;
}

/**
 * Read `manifest.json` of the run folder `dir`.
 *
 * @throws {RunFolderError} if `dir` is missing, the file is missing or not valid JSON, or it
 *   lacks `runId`, `configHash` or `files`.
 */
export async function readManifest(dir: string): Promise<RunManifest> {
  const manifest = await readRunJson(dir, RUN_FILES.manifest);
  assertField(manifest, "runId", "string", dir, RUN_FILES.manifest);
  assertField(manifest, "configHash", "string", dir, RUN_FILES.manifest);
  assertField(manifest, "files", "array", dir, RUN_FILES.manifest);
  return manifest as unknown as RunManifest;
}

async function readRunJson(dir: string, fileName: string): Promise<Record<string, unknown>> {
  const folder = resolve(dir);
  const folderStats = await stat(folder).catch(() => undefined);
  if (folderStats === undefined || !folderStats.isDirectory()) {
    throw new RunFolderError("io.noRun", { path: folder });
  }

  let text: string;
  try {
    text = await readFile(join(folder, fileName), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new RunFolderError("io.missingFile", { path: folder, file: fileName }, { cause: error });
    }
    throw error;
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RunFolderError("io.invalidJson", { path: folder, file: fileName, reason: (error as Error).message }, { cause: error });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new RunFolderError("io.notJsonObject", { path: folder, file: fileName });
  }
  return value as Record<string, unknown>;
}

function assertField(
  value: Record<string, unknown>,
  field: string,
  type: "string" | "object" | "array",
  dir: string,
  fileName: string
): void {
  const member = value[field];
  const valid =
    type === "array" ? Array.isArray(member) :
    type === "object" ? member !== null && typeof member === "object" && !Array.isArray(member) :
    typeof member === type;
  if (!valid) {
    throw new RunFolderError("io.invalidField", { path: resolve(dir), file: fileName, field });
  }
}
