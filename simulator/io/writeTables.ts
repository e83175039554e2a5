/**
 * Writing result tables through DuckDB: each table goes into `report.duckdb` and from there
 * into `<name>.parquet` (zstd).
 *
 * Columns reach DuckDB in data chunks of one vector each (2,048 rows) through the appender,
 * which copies a whole typed buffer per column and chunk instead of crossing into native code
 * once per value. Category and date columns are loaded as integer codes and turned into
 * VARCHAR and DATE by one `CREATE TABLE … AS SELECT`, which is vectorised inside DuckDB.
 * 1,000,000 rows × 10 columns take about 1 s in total (measured with
 * `test/simulator/io/fixtures/benchmarkWrite.ts`, Node 20, 2 cores).
 */

import { join } from "node:path";
import {
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  type DuckDBConnection,
  type DuckDBType
} from "@duckdb/node-api";
import { RUN_FILES } from "./runFormat.js";
import type { Column, Table } from "./table.js";

/**
 * Load `tables` into a new `report.duckdb` in `folder` and export each as `<name>.parquet`.
 *
 * The database uses storage format v1.0.0, the newest that duckdb-wasm 1.29 (the version
 * Observable Framework 1.13 loads) can open. Tables must already have passed
 * `assertValidTable`, and `epochDate` (YYYY-MM-DD) must be set when a table has a date column.
 *
 * The Parquet files are byte-identical for identical input and the same DuckDB version: with
 * insertion order preserved, the rows and row groups come out in the same order, and the
 * footer names the DuckDB version but contains no timestamp.
 * NOTE: `report.duckdb` is not byte-identical between two writes of the same tables, not even
 * with one thread: its blocks differ, and with several threads so does its size. Its tables
 * and rows are the same.
 *
 * @returns the names of the files written, relative to `folder`.
 */
export async function writeTables(
  folder: string,
  tables: readonly Table[],
  epochDate: string | undefined,
  onTableStart: (table: Table) => void
): Promise<string[]> {
  const files: string[] = [];
  const instance = await DuckDBInstance.create(join(folder, RUN_FILES.database), {
    storage_compatibility_version: "v1.0.0",
    preserve_insertion_order: "true"
  });

  try {
    const connection = await instance.connect();
    try {
      for (const table of tables) {
        onTableStart(table);
        await loadTable(connection, table, epochDate);

        const parquetFile = `${table.name}.parquet`;
        await connection.run(
          `COPY ${quoteIdentifier(table.name)} TO ${quoteString(join(folder, parquetFile))} (FORMAT parquet, COMPRESSION zstd)`
        );
        files.push(parquetFile);
      }

      // Write everything into the database file so that no WAL file is left beside it.
      await connection.run("CHECKPOINT");
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }

  files.push(RUN_FILES.database);
  return files;
}

// Append the raw columns to a temporary staging table, then create the final table from it.
async function loadTable(connection: DuckDBConnection, table: Table, epochDate: string | undefined): Promise<void> {
  const staging = `staging_${table.name}`;
  const stagingColumns = table.columns.map((column) => `${quoteIdentifier(column.name)} ${stagingType(column).toString()}`);
  await connection.run(`CREATE TEMP TABLE ${quoteIdentifier(staging)} (${stagingColumns.join(", ")})`);

  const appender = await connection.createAppender(staging, "main", "temp");
  try {
    appendColumns(table, (chunk) => appender.appendDataChunk(chunk));
  } finally {
    appender.closeSync();
  }

  const selections = table.columns.map((column) => `${finalExpression(column, epochDate)} AS ${quoteIdentifier(column.name)}`);
  await connection.run(
    `CREATE TABLE ${quoteIdentifier(table.name)} AS SELECT ${selections.join(", ")} FROM temp.main.${quoteIdentifier(staging)}`
  );
  await connection.run(`DROP TABLE temp.main.${quoteIdentifier(staging)}`);
}

function stagingType(column: Column): DuckDBType {
  switch (column.type) {
    case "float64":
      return DOUBLE;
    case "bool":
      return BOOLEAN;
    case "int32":
    case "category":
    case "date":
      return INTEGER;
  }
}

// The SQL that turns a staging column into its final type.
function finalExpression(column: Column, epochDate: string | undefined): string {
  const name = quoteIdentifier(column.name);
  switch (column.type) {
    case "category": {
      // DuckDB lists are 1-based, codes are 0-based.
      const names = (column.categories ?? []).map(quoteString).join(", ");
      return `([${names}]::VARCHAR[])[${name} + 1]`;
    }
    case "date":
      return `DATE ${quoteString(epochDate ?? "")} + ${name}`;
    default:
      return name;
  }
}

// Capacity of a DuckDB data chunk: the standard vector size of DuckDB release builds.
const CHUNK_ROWS = 2048;

// The hot loop of the writer: every value of every column passes through here once.
function appendColumns(table: Table, appendChunk: (chunk: DuckDBDataChunk) => void): void {
  const chunk = DuckDBDataChunk.create(table.columns.map(stagingType));

  for (let start = 0; start < table.rowCount; start += CHUNK_ROWS) {
    const length = Math.min(CHUNK_ROWS, table.rowCount - start);
    chunk.rowCount = length;

    for (let index = 0; index < table.columns.length; index++) {
      const column = table.columns[index];
      const vector = chunk.getColumnVector(index) as unknown as NumberOrBooleanVector;
      const { values } = column;
      const nullValue = column.nullValue;
      const nullIsNaN = nullValue !== undefined && Number.isNaN(nullValue);
      const isBool = column.type === "bool";

      for (let row = 0; row < length; row++) {
        const value = values[start + row];
        if (value === nullValue || (nullIsNaN && value !== value)) {
          vector.setItem(row, null);
        } else {
          vector.setItem(row, isBool ? value !== 0 : value);
        }
      }
      vector.flush();
    }

    appendChunk(chunk);
  }
}

interface NumberOrBooleanVector {
  setItem(index: number, value: number | boolean | null): void;
  flush(): void;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
