/**
 * Writing a run folder: the JSON files, one Parquet file per table and `report.duckdb`, all at
 * once or not at all.
 *
 * Everything is written into a staging folder beside `outDir` that replaces `outDir` only when
 * complete (see `stagingFolder.ts`). An exception or an interruption leaves an earlier
 * result at `outDir` as it was and removes the staging folder.
 */

import { readdirSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { resolveLanguage, type Language } from "../i18n/locale.js";
import { formatJsonFile } from "./jsonFile.js";
import { RUN_FILES } from "./runFormat.js";
import { formatIoMessage, RunFolderError, type IoMessageKey, type IoMessageParams } from "./runFolderError.js";
import { StagingFolder } from "./stagingFolder.js";
import { assertValidTable, type Table } from "./table.js";
import { writeTables } from "./writeTables.js";

export interface RunFolderContent {
  /**
   * The JSON files by file name, with or without `.json` (`"summary"` or `"summary.json"`).
   * A `manifest.json` entry is required because it marks the folder as a run folder; its
   * `files` field is set to the list of files written.
   */
  json: Record<string, unknown>;
  /** The tables, each written as `<name>.parquet` and as table `<name>` in `report.duckdb`. */
  tables: Table[];
  /** Day 0 of the date columns, as YYYY-MM-DD. Required when a table has a date column. */
  epochDate?: string;
}

export interface WriteRunFolderOptions {
  /** Receives one progress line per step, in `language`. */
  onProgress?: (message: string) => void;
  /** Language of the progress lines; by default the one of the environment. */
  language?: Language;
}

/**
 * Write a run folder to `outDir`, replacing an earlier run folder there.
 *
 * Identical content gives byte-identical `.json` and `.parquet` files (see `writeTables.ts` for
 * `report.duckdb`).
 *
 * @returns the names of the files written, relative to `outDir` and sorted; the same list
 *   as the manifest's `files`.
 * @throws {RunFolderError} if `outDir` is a file, or a non-empty folder without `manifest.json`,
 *   or if SIGINT or SIGTERM interrupts the write while another listener keeps the process alive.
 * @throws {Error} if the content is malformed: a table fails `assertValidTable`, two tables share
 *   a name, the manifest is missing, a JSON file contains NaN or ±Infinity, or `epochDate` is
 *   missing or invalid while a table has a date column.
 */
export async function writeRunFolder(
  outDir: string,
  content: RunFolderContent,
  options: WriteRunFolderOptions = {}
): Promise<{ files: string[] }> {
  const target = resolve(outDir);
  const jsonFiles = normaliseJsonFiles(content.json);
  const tables = content.tables;
  assertValidTables(tables);
  const epochDate = checkEpochDate(content.epochDate, tables);
  assertReplaceable(target);

  const language = options.language ?? resolveLanguage();
  const report = (key: IoMessageKey, params: IoMessageParams): void =>
    options.onProgress?.(formatIoMessage(language, key, params));

  const staging = new StagingFolder(target);
  try {
    const files: string[] = [];

    // The manifest goes last: a folder with a manifest is a complete run folder.
    for (const [fileName, value] of jsonFiles) {
      if (fileName === RUN_FILES.manifest) continue;
      staging.throwIfInterrupted();
      report("io.progress.json", { file: fileName });
      await writeFile(join(staging.path, fileName), formatJsonFile(value, fileName));
      files.push(fileName);
    }

    const tableFiles = await writeTables(staging.path, tables, epochDate, (table) => {
      staging.throwIfInterrupted();
      report("io.progress.table", { table: table.name, rows: table.rowCount });
    });
    files.push(...tableFiles, RUN_FILES.manifest);
    files.sort();

    staging.throwIfInterrupted();
    report("io.progress.json", { file: RUN_FILES.manifest });
    const manifest = { ...(jsonFiles.get(RUN_FILES.manifest) as object), files };
    await writeFile(join(staging.path, RUN_FILES.manifest), formatJsonFile(manifest, RUN_FILES.manifest));

    // Check again right before the swap, in case the target changed while writing.
    assertReplaceable(target);
    staging.commit();
    report("io.progress.done", { path: target });
    return { files };
  } catch (error) {
    staging.throwIfInterrupted(error);
    throw error;
  } finally {
    staging.dispose();
  }
}

/**
 * Throw unless `target` is absent, an empty folder or a run folder (one with `manifest.json`),
 * so that a mistyped output path never deletes unrelated files.
 */
function assertReplaceable(target: string): void {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    throw new RunFolderError("io.notDirectory", { path: target });
  }
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(RUN_FILES.manifest)) {
    throw new RunFolderError("io.notRunFolder", { path: target });
  }
}

const JSON_FILE_PATTERN = /^[A-Za-z0-9_-]+$/;

// Map each JSON entry to its file name, checking the names and the manifest.
function normaliseJsonFiles(json: Record<string, unknown>): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const [key, value] of Object.entries(json)) {
    const base = key.endsWith(".json") ? key.slice(0, -".json".length) : key;
    if (!JSON_FILE_PATTERN.test(base)) {
      throw new Error(`Invalid JSON file name "${key}": use letters, digits, "_" and "-", optionally ending in ".json".`);
    }
    const fileName = `${base}.json`;
    if (files.has(fileName)) {
      throw new Error(`The JSON file "${fileName}" is given twice, with and without ".json"; keep one entry.`);
    }
    files.set(fileName, value);
  }

  const manifest = files.get(RUN_FILES.manifest);
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    throw new Error(`The run folder content needs a "${RUN_FILES.manifest}" object; add the run manifest to \`json\`.`);
  }
  return files;
}

function assertValidTables(tables: readonly Table[]): void {
  const names = new Set<string>();
  for (const table of tables) {
    assertValidTable(table);
    const folded = table.name.toLowerCase();
    if (names.has(folded)) {
      throw new Error(`Two tables are named "${table.name}" (names are compared case-insensitively); rename one.`);
    }
    names.add(folded);
  }
}

// Return the epoch date when a date column needs it, after checking that it is a real calendar day.
function checkEpochDate(epochDate: string | undefined, tables: readonly Table[]): string | undefined {
  const dateColumn = tables
    .flatMap((table) => table.columns.map((column) => ({ table, column })))
    .find(({ column }) => column.type === "date");
  if (dateColumn === undefined) return epochDate;

  const where = `Table "${dateColumn.table.name}", column "${dateColumn.column.name}"`;
  if (epochDate === undefined) {
    throw new Error(`${where} is a date column, so \`epochDate\` (YYYY-MM-DD) is required.`);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(epochDate);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (day === undefined || day.toISOString().slice(0, 10) !== epochDate) {
    throw new Error(`Invalid epochDate "${epochDate}": expected a calendar date as YYYY-MM-DD, e.g. 2026-01-05.`);
  }
  return epochDate;
}
