// Prints the compliance figures of the run for the compliance page: the active compliance
// configuration from config.json and, per arm, the guard's counters, the attributes the
// strategy read and the after-the-fact verification. Prints null for a run folder written
// without compliance.json.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRunDir, resolveRunDir } from "../../simulator/report/runDir.js";

const runDir = resolveRunDir();
checkRunDir(runDir);

let arms: unknown = null;
try {
  arms = JSON.parse(readFileSync(join(runDir, "compliance.json"), "utf8"));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}
const config = JSON.parse(readFileSync(join(runDir, "config.json"), "utf8")) as { compliance?: unknown };

process.stdout.write(JSON.stringify(arms === null ? null : { config: config.compliance ?? null, arms }));
