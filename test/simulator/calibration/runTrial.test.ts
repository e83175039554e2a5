import { describe, expect, it } from "vitest";
import { listTrials, loadTrial } from "../../../simulator/calibration/trialConfig.js";
import { runTrial } from "../../../simulator/calibration/runTrial.js";

// Every trial runs at its own size (20,000–60,000 debtors over 7–60 days), about a second
// each, because smaller populations blur the published differences of a few points.
const names = await listTrials();

describe("trial replications", () => {
  it("cover the five published trials", () => {
    expect(names).toEqual(expect.arrayContaining(["haynes2013", "laudenbach-call", "laudenbach-voice", "kettle2016", "bursztyn2019", "cadena2011"]));
  });

  it.each(names)("%s replicates under the calibrated set", async (name) => {
    const result = await runTrial(await loadTrial(name));
    for (const comparison of result.comparisons) {
      expect({ comparison: `${comparison.arm} vs ${comparison.baseline}`, simulated: comparison.simulated, replicated: comparison.replicated })
        .toEqual({ comparison: `${comparison.arm} vs ${comparison.baseline}`, simulated: comparison.simulated, replicated: true });
    }
  }, 60_000);

  it("haynes2013 misses without calibration", async () => {
    // the default parameters give a text far less effect than the trial found
    const result = await runTrial(await loadTrial("haynes2013"), { parameterSet: "default" });
    expect(result.replicated).toBe(false);
  }, 60_000);
});

describe("loadTrial", () => {
  it("names the known trials for an unknown one", async () => {
    await expect(loadTrial("nosuchtrial")).rejects.toThrow(/Known trials: .*haynes2013/);
  });
});
