// Prints the run's parameters.json (unit, value, range and source of each model parameter).

import { readRunParameters, resolveRunDir } from "../../simulator/report/runDir.js";

process.stdout.write(JSON.stringify(readRunParameters(resolveRunDir())));
