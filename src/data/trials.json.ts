// Prints the trial replications (published against simulated effects) for the model card.
// The trials run at their own sizes under the calibrated parameter set. All of them take
// a few seconds, so the model card needs no extra step before the build.
// NOTE: the trials use the calibrated set even when the reported run used another one.

import { listTrials, loadTrial } from "../../simulator/calibration/trialConfig.js";
import { runTrial } from "../../simulator/calibration/runTrial.js";

const results = [];
for (const name of await listTrials()) {
  results.push(await runTrial(await loadTrial(name)));
}
process.stdout.write(JSON.stringify(results));
