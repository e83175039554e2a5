// Prints the run's summary.json after checking the fields the pages read.

import { readRunSummary, resolveRunDir } from "../../simulator/report/runDir.js";

process.stdout.write(JSON.stringify(readRunSummary(resolveRunDir())));
