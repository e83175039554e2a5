// report.duckdb is read in the browser by duckdb-wasm 1.29.0, the version Observable Framework
// 1.13 loads, which contains DuckDB 1.1.1. Its Node build runs the same wasm file in-process.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as duckdbWasm from "@duckdb/duckdb-wasm/blocking";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeRunFolder } from "../../../simulator/io/writeRunFolder.js";
import { syntheticTable } from "./fixtures/syntheticTable.js";

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm"));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "inkasso-wasm-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("report.duckdb in duckdb-wasm 1.29", () => {
  it("opens and answers queries", async () => {
    const outDir = join(root, "run");
    const table = syntheticTable("outcomes", 5_000);
    await writeRunFolder(outDir, {
      json: { manifest: { runId: "r", configHash: "c", seed: 1, version: "0.1.0" } },
      tables: [table],
      epochDate: "2026-01-05"
    });

    const bundles = {
      mvp: { mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs") },
      eh: { mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs") }
    };
    const database = await duckdbWasm.createDuckDB(bundles, new duckdbWasm.VoidLogger(), duckdbWasm.NODE_RUNTIME);
    await database.instantiate();
    database.open({ path: ":memory:" });
    const connection = database.connect();
    try {
      const version = connection.query("SELECT version() AS v").toArray()[0].v;
      expect(version).toBe("v1.1.1");

      connection.query(`ATTACH '${join(outDir, "report.duckdb")}' AS report (READ_ONLY)`);
      const columns = connection
        .query("SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = 'report' ORDER BY ordinal_position")
        .toArray()
        .map((row: { column_name: string; data_type: string }) => `${row.column_name} ${row.data_type}`);
      expect(columns).toEqual([
        "debtor INTEGER",
        "arm VARCHAR",
        "claimAmount DOUBLE",
        "placedDate DATE",
        "escalated BOOLEAN",
        "status VARCHAR",
        "recovered DOUBLE",
        "contacts INTEGER",
        "firstPaymentDay INTEGER",
        "npsScore DOUBLE"
      ]);

      const firstPaymentDay = table.columns.find((column) => column.name === "firstPaymentDay")!.values;
      const paidCount = firstPaymentDay.filter((day) => day !== -1).length;
      const [counts] = connection
        .query("SELECT count(*)::INTEGER AS n, count(firstPaymentDay)::INTEGER AS paid, min(arm) AS arm FROM report.outcomes")
        .toArray();
      expect(counts.n).toBe(5_000);
      expect(counts.paid).toBe(paidCount);
      expect(counts.arm).toBe("challenger");
    } finally {
      connection.close();
    }
  });
});
