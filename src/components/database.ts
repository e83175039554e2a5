// Opens the run's report.duckdb in DuckDB-wasm, self-hosted so that no CDN is needed.
//
// The wasm module and its worker are copied from node_modules/@duckdb/duckdb-wasm/dist into
// src/_generated/duckdb/ by `prepareSite` before each build. The `eh` build needs WebAssembly
// exceptions, which Chromium, Firefox and Safari have supported since 2022.

import * as duckdb from "@duckdb/duckdb-wasm";
import { FileAttachment } from "observablehq:stdlib";

let connection: Promise<duckdb.AsyncDuckDBConnection> | undefined;

async function open(): Promise<duckdb.AsyncDuckDBConnection> {
  const worker = new Worker(FileAttachment("../_generated/duckdb/duckdb-browser-eh.worker.js").href);
  const database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await database.instantiate(FileAttachment("../_generated/duckdb/duckdb-eh.wasm").href);

  const file = await FileAttachment("../data/report.duckdb").arrayBuffer();
  await database.registerFileBuffer("report.duckdb", new Uint8Array(file));
  // DuckDB looks for a write-ahead log beside the file; an empty one is what a cleanly closed
  // database has, and registering it keeps DuckDB-wasm from warning about a missing file.
  await database.registerFileBuffer("report.duckdb.wal", new Uint8Array(0));
  const opened = await database.connect();
  await opened.query("ATTACH 'report.duckdb' AS report (READ_ONLY)");
  return opened;
}

/** Returns a connection to the database with the run's tables attached as `report.outcomes`, `report.events` and `report.cashflow`; the database opens on the first call. */
export function connectReportDatabase(): Promise<duckdb.AsyncDuckDBConnection> {
  connection ??= open();
  return connection;
}
