// Prints the run's fairness audit for the fairness page: everything in fairness.json except the
// intersections of two attributes (several MB, summarised on the page by the drivers), or null for
// a run folder written before the audit existed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRunDir, resolveRunDir } from "../../simulator/report/runDir.js";

const runDir = resolveRunDir();
checkRunDir(runDir);

let audit: Record<string, unknown> | null = null;
try {
  audit = JSON.parse(readFileSync(join(runDir, "fairness.json"), "utf8")) as Record<string, unknown>;
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
}
if (audit !== null) delete audit.intersections;

process.stdout.write(JSON.stringify(audit));
