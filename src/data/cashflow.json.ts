// Prints the run's cashflow table (€ received and € cost per arm and day, with cumulative sums)
// as a JSON array, read from report.duckdb.

import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { RUN_FILES } from "../../simulator/io/runFormat.js";
import { checkRunDir, resolveRunDir } from "../../simulator/report/runDir.js";

const runDir = resolveRunDir();
checkRunDir(runDir);

const instance = await DuckDBInstance.create(join(runDir, RUN_FILES.database), { access_mode: "READ_ONLY" });
const connection = await instance.connect();

const result = await connection.runAndReadAll(`
  SELECT arm, day::INTEGER AS day,
    received::DOUBLE AS received, cumulative::DOUBLE AS cumulative,
    cost::DOUBLE AS cost, cumulativeCost::DOUBLE AS cumulativeCost
  FROM cashflow
  ORDER BY arm, day`);
process.stdout.write(JSON.stringify(result.getRowObjectsJS()));

connection.closeSync();
instance.closeSync();
