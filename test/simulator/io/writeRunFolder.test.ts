import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RunFolderError } from "../../../simulator/io/runFolderError.js";
import type { Table } from "../../../simulator/io/table.js";
import { writeRunFolder, type RunFolderContent } from "../../../simulator/io/writeRunFolder.js";
import { syntheticTable } from "./fixtures/syntheticTable.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "inkasso-io-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

// Four rows with a NULL in every column that allows one.
const smallTable: Table = {
  name: "outcomes",
  rowCount: 4,
  columns: [
    { name: "debtor", type: "int32", values: new Int32Array([10, 11, 12, 13]) },
    { name: "arm", type: "category", values: new Uint8Array([0, 1, 1, 0]), categories: ["champion", "challenger"] },
    { name: "status", type: "category", values: new Int8Array([2, -1, 0, 1]), categories: ["open", "paid", "court 'B'"], nullValue: -1 },
    { name: "claimAmount", type: "float64", values: new Float64Array([120.5, 0, 1e6, -3.25]) },
    { name: "npsScore", type: "float64", values: new Float64Array([9, Number.NaN, 0, Number.NaN]), nullValue: Number.NaN },
    { name: "escalated", type: "bool", values: new Uint8Array([1, 0, 255, 1]), nullValue: 255 },
    { name: "firstPaymentDay", type: "int32", values: new Int16Array([3, -1, 0, 179]), nullValue: -1 },
    { name: "firstPaymentDate", type: "date", values: new Int32Array([3, -1, 0, 179]), nullValue: -1 }
  ]
};

const manifest = { runId: "run-1", configHash: "abc", seed: 7, version: "0.1.0" };

function content(tables: Table[] = [smallTable]): RunFolderContent {
  return {
    json: { "summary.json": { runId: "run-1", arms: [{ id: "A", nps: 12.5 }] }, config: { seed: 7 }, manifest },
    tables,
    epochDate: "2026-01-05"
  };
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// Rows as JSON-friendly values: dates as YYYY-MM-DD strings.
const SELECT_ROWS =
  "SELECT debtor, arm, status, claimAmount, npsScore, escalated, firstPaymentDay, strftime(firstPaymentDate, '%Y-%m-%d') AS firstPaymentDate";
const EXPECTED_ROWS = [
  { debtor: 10, arm: "champion", status: "court 'B'", claimAmount: 120.5, npsScore: 9, escalated: true, firstPaymentDay: 3, firstPaymentDate: "2026-01-08" },
  { debtor: 11, arm: "challenger", status: null, claimAmount: 0, npsScore: null, escalated: false, firstPaymentDay: null, firstPaymentDate: null },
  { debtor: 12, arm: "challenger", status: "open", claimAmount: 1e6, npsScore: 0, escalated: null, firstPaymentDay: 0, firstPaymentDate: "2026-01-05" },
  { debtor: 13, arm: "champion", status: "paid", claimAmount: -3.25, npsScore: null, escalated: true, firstPaymentDay: 179, firstPaymentDate: "2026-07-03" }
];
const EXPECTED_TYPES = [
  { column_name: "debtor", data_type: "INTEGER" },
  { column_name: "arm", data_type: "VARCHAR" },
  { column_name: "status", data_type: "VARCHAR" },
  { column_name: "claimAmount", data_type: "DOUBLE" },
  { column_name: "npsScore", data_type: "DOUBLE" },
  { column_name: "escalated", data_type: "BOOLEAN" },
  { column_name: "firstPaymentDay", data_type: "INTEGER" },
  { column_name: "firstPaymentDate", data_type: "DATE" }
];

function listFolder(path: string): string[] {
  return readdirSync(path).sort();
}

describe("writeRunFolder", () => {
  it("writes the JSON files, Parquet and report.duckdb", async () => {
    const outDir = join(root, "run");
    const { files } = await writeRunFolder(outDir, content());

    const expectedFiles = ["config.json", "manifest.json", "outcomes.parquet", "report.duckdb", "summary.json"];
    expect(files).toEqual(expectedFiles);
    expect(listFolder(outDir)).toEqual(expectedFiles);
    expect(readFileSync(join(outDir, "config.json"), "utf8")).toBe('{\n  "seed": 7\n}\n');
    const writtenManifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8"));
    expect(writtenManifest).toEqual({ ...manifest, files: expectedFiles });
  });

  it("round-trips values and NULLs through Parquet", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    const parquet = join(outDir, "outcomes.parquet");

    expect(await query(`${SELECT_ROWS} FROM '${parquet}' ORDER BY debtor`)).toEqual(EXPECTED_ROWS);
    const types = await query(`SELECT column_name, column_type AS data_type FROM (DESCRIBE SELECT * FROM '${parquet}')`);
    expect(types).toEqual(EXPECTED_TYPES);
  });

  it("round-trips values and types through report.duckdb", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    const database = join(outDir, "report.duckdb");
    const attach = `ATTACH '${database}' AS report (READ_ONLY);`;

    expect(await query(`${attach} ${SELECT_ROWS} FROM report.outcomes ORDER BY debtor`)).toEqual(EXPECTED_ROWS);
    const types = await query(
      `${attach} SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = 'report' AND table_name = 'outcomes' ORDER BY ordinal_position`
    );
    expect(types).toEqual(EXPECTED_TYPES);
  });

  it("keeps row order and counts on 10,000 rows", async () => {
    const outDir = join(root, "run");
    const table = syntheticTable("outcomes", 10_000);
    await writeRunFolder(outDir, content([table]));

    // Expected figures come from the typed arrays, the input of the writer.
    const status = table.columns.find((column) => column.name === "status")!.values;
    const nps = table.columns.find((column) => column.name === "npsScore")!.values;
    const claim = table.columns.find((column) => column.name === "claimAmount")!.values;
    const statusCount = status.filter((code) => code !== -1).length;
    const npsCount = nps.filter((value) => !Number.isNaN(value)).length;

    for (const source of [`'${join(outDir, "outcomes.parquet")}'`, "report.outcomes"]) {
      const attach = `ATTACH '${join(outDir, "report.duckdb")}' AS report (READ_ONLY);`;
      const [summary] = await query(
        `${attach} SELECT count(*)::INTEGER AS n, count(status)::INTEGER AS statusCount, count(npsScore)::INTEGER AS npsCount,
           bool_and(debtor = rowNumber - 1) AS inOrder
         FROM (SELECT *, row_number() OVER () AS rowNumber FROM ${source})`
      );
      expect(summary).toEqual({ n: 10_000, statusCount, npsCount, inOrder: true });

      const [last] = await query(`${attach} SELECT claimAmount FROM ${source} WHERE debtor = 9999`);
      expect(last).toEqual({ claimAmount: claim[9999] });
    }
  });

  it("writes an empty table with its schema", async () => {
    const outDir = join(root, "run");
    const empty: Table = {
      name: "events",
      rowCount: 0,
      columns: [
        { name: "day", type: "int32", values: new Int32Array(0) },
        { name: "channel", type: "category", values: new Uint8Array(0), categories: [] }
      ]
    };
    await writeRunFolder(outDir, content([empty]));

    const rows = await query(`SELECT count(*)::INTEGER AS n FROM '${join(outDir, "events.parquet")}'`);
    expect(rows).toEqual([{ n: 0 }]);
    const types = await query(`SELECT column_name, column_type AS data_type FROM (DESCRIBE SELECT * FROM '${join(outDir, "events.parquet")}')`);
    expect(types).toEqual([
      { column_name: "day", data_type: "INTEGER" },
      { column_name: "channel", data_type: "VARCHAR" }
    ]);
  });

  it("gives byte-identical JSON and Parquet", async () => {
    const first = join(root, "first");
    const second = join(root, "second");
    const tables = [syntheticTable("outcomes", 300_000), { ...smallTable, name: "cashflow" }];
    await writeRunFolder(first, content(tables));
    await writeRunFolder(second, content(tables));

    // report.duckdb is left out: DuckDB does not write it byte-identically (see writeTables.ts).
    for (const file of ["config.json", "manifest.json", "summary.json", "outcomes.parquet", "cashflow.parquet"]) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });

  it("replaces an earlier run folder", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    await writeRunFolder(outDir, { ...content(), json: { manifest: { ...manifest, runId: "run-2" } } });

    expect(listFolder(outDir)).toEqual(["manifest.json", "outcomes.parquet", "report.duckdb"]);
    expect(JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8")).runId).toBe("run-2");
    expect(listFolder(root)).toEqual(["run"]);
  });

  it("writes into an empty existing folder", async () => {
    const outDir = join(root, "run");
    mkdirSync(outDir);
    await writeRunFolder(outDir, content());
    expect(listFolder(outDir)).toContain("manifest.json");
  });

  it("creates missing parent folders", async () => {
    const outDir = join(root, "data", "runs", "default");
    await writeRunFolder(outDir, content());
    expect(listFolder(outDir)).toContain("manifest.json");
  });

  it("keeps the earlier run when a step throws", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    const before = readFileSync(join(outDir, "manifest.json"));

    // Throw at the last step, when the Parquet files and report.duckdb are already written.
    const failing = writeRunFolder(
      outDir,
      { ...content(), json: { manifest: { ...manifest, runId: "run-2" } } },
      {
        language: "en",
        onProgress: (message) => {
          if (message === "Writing manifest.json") throw new Error("disk full");
        }
      }
    );
    await expect(failing).rejects.toThrow("disk full");

    expect(readFileSync(join(outDir, "manifest.json")).equals(before)).toBe(true);
    expect(listFolder(root)).toEqual(["run"]);
  });

  it("leaves no staging folder after invalid JSON content", async () => {
    const outDir = join(root, "run");
    const invalid = { ...content(), json: { manifest, summary: { nps: Number.NaN } } };
    await expect(writeRunFolder(outDir, invalid)).rejects.toThrow("summary.json: the number at $.nps is not finite");
    expect(listFolder(root)).toEqual([]);
  });

  it("rejects a non-empty folder that is not a run folder", async () => {
    const outDir = join(root, "documents");
    mkdirSync(outDir);
    writeFileSync(join(outDir, "thesis.tex"), "keep me");

    const attempt = writeRunFolder(outDir, content());
    await expect(attempt).rejects.toBeInstanceOf(RunFolderError);
    await expect(attempt).rejects.toMatchObject({ key: "io.notRunFolder", params: { path: outDir } });
    const error = (await attempt.catch((caught: unknown) => caught)) as RunFolderError;
    expect(error.messageIn("en")).toBe(
      `${outDir} is not a run folder (it has no manifest.json) and is not empty, so it is not overwritten. Choose another output folder or empty ${outDir}.`
    );
    expect(listFolder(outDir)).toEqual(["thesis.tex"]);
    expect(listFolder(root)).toEqual(["documents"]);
  });

  it("rejects a file at the output path", async () => {
    const outDir = join(root, "run");
    writeFileSync(outDir, "");
    await expect(writeRunFolder(outDir, content())).rejects.toMatchObject({ key: "io.notDirectory" });
  });

  it("requires a manifest", async () => {
    const outDir = join(root, "run");
    await expect(writeRunFolder(outDir, { ...content(), json: { summary: {} } })).rejects.toThrow('needs a "manifest.json" object');
  });

  it("rejects a JSON file given twice", async () => {
    const outDir = join(root, "run");
    const twice = { ...content(), json: { manifest, summary: {}, "summary.json": {} } };
    await expect(writeRunFolder(outDir, twice)).rejects.toThrow('"summary.json" is given twice');
  });

  it("rejects two tables with one name", async () => {
    const outDir = join(root, "run");
    await expect(writeRunFolder(outDir, content([smallTable, smallTable]))).rejects.toThrow('Two tables are named "outcomes"');
  });

  it("requires a valid epochDate for date columns", async () => {
    const outDir = join(root, "run");
    await expect(writeRunFolder(outDir, { ...content(), epochDate: undefined })).rejects.toThrow(
      'column "firstPaymentDate" is a date column, so `epochDate` (YYYY-MM-DD) is required'
    );
    await expect(writeRunFolder(outDir, { ...content(), epochDate: "2026-02-30" })).rejects.toThrow('Invalid epochDate "2026-02-30"');
    expect(listFolder(root)).toEqual([]);
  });

  it("reports progress in the chosen language", async () => {
    const messages: string[] = [];
    await writeRunFolder(join(root, "run"), content(), { onProgress: (message) => messages.push(message), language: "de" });
    expect(messages).toEqual([
      "Schreibe summary.json",
      "Schreibe config.json",
      "Schreibe Tabelle outcomes (4 Zeilen) als Parquet und in report.duckdb",
      "Schreibe manifest.json",
      `Laufordner geschrieben: ${join(root, "run")}`
    ]);
  });
});

describe("writeRunFolder interrupted by SIGINT", () => {
  it("throws when another listener keeps the process alive", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    const before = readFileSync(join(outDir, "manifest.json"));

    // With a listener of its own, the process survives the signal and the write must stop.
    const keepAlive = (): void => {};
    process.on("SIGINT", keepAlive);
    try {
      const interrupted = writeRunFolder(outDir, content(), {
        onProgress: (message) => {
          if (message.includes("summary.json")) process.emit("SIGINT", "SIGINT");
        }
      });
      await expect(interrupted).rejects.toMatchObject({ key: "io.interrupted", params: { path: outDir } });
    } finally {
      process.off("SIGINT", keepAlive);
    }

    expect(readFileSync(join(outDir, "manifest.json")).equals(before)).toBe(true);
    expect(listFolder(root)).toEqual(["run"]);
  });

  it("keeps the earlier run and removes the staging folder", async () => {
    const outDir = join(root, "run");
    await writeRunFolder(outDir, content());
    const before = readFileSync(join(outDir, "manifest.json"));

    // The child writes 3,000,000 rows; SIGINT arrives once it starts on the table.
    const script = fileURLToPath(new URL("./fixtures/writeSyntheticRun.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script, outDir, "3000000"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Writing table")) child.kill("SIGINT");
    });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal }))
    );

    expect(exit.signal).toBe("SIGINT");
    expect(readFileSync(join(outDir, "manifest.json")).equals(before)).toBe(true);
    expect(listFolder(root)).toEqual(["run"]);
  });
});
