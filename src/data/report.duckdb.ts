// Copies the run's report.duckdb to stdout, for DuckDB-wasm in the browser.

import { createReadStream } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { RUN_FILES } from "../../simulator/io/runFormat.js";
import { checkRunDir, resolveRunDir } from "../../simulator/report/runDir.js";

const runDir = resolveRunDir();
checkRunDir(runDir);

await pipeline(createReadStream(join(runDir, RUN_FILES.database)), process.stdout);
