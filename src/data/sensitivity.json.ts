// Prints the run folder's sensitivity.json, or null when `inkasso-lab sensitivity` has not
// been run for it, so that the sensitivity page can explain how to produce it.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveRunDir } from "../../simulator/report/runDir.js";

const file = join(resolveRunDir(), "sensitivity.json");
process.stdout.write(existsSync(file) ? readFileSync(file, "utf8") : "null");
