import { describe, expect, it } from "vitest";
import { runSensitivity, spearman, wins } from "../../../simulator/calibration/sensitivity.js";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";

describe("spearman", () => {
  it("matches R with tied ranks", () => {
    // R: cor(c(1, 2, 2, 4, 5, 7), c(3.1, 2.0, 2.5, 5.2, 4.8, 9.9), method = "spearman") = 0.753702346348183
    expect(spearman([1, 2, 2, 4, 5, 7], [3.1, 2.0, 2.5, 5.2, 4.8, 9.9])).toBeCloseTo(0.753702346348183, 12);
  });

  it("is −1 for a falling relation", () => {
    // R: cor(c(1, 2, 3, 4), c(8, 6, 4, 2), method = "spearman") = -1
    expect(spearman([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
  });

  it("is 0 for a constant list", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});

describe("wins", () => {
  it("counts lower cost and higher recovery as better", () => {
    expect(wins("costPerCase", -1)).toBe(true);
    expect(wins("costPerCase", 1)).toBe(false);
    expect(wins("recoveryRate", 0.01)).toBe(true);
    expect(wins("nps", -3)).toBe(false);
  });
});

const config = parseExperimentConfig({
  name: "sensitivityTest",
  title: { de: "Test", en: "Test" },
  seed: 7,
  population: 600,
  horizonDays: 60,
  startDate: "2026-03-02",
  arms: [
    { id: "champion", label: { de: "Champion", en: "Champion" }, strategy: "classicDunning" },
    { id: "digital", label: { de: "Digital", en: "Digital" }, strategy: "digitalFirst" }
  ]
});
const PARAMETERS = ["reach.notice.email", "legal.enforcementSuccess"];

describe("runSensitivity", () => {
  it("varies each parameter at both ends and samples jointly", async () => {
    const worlds: number[] = [];
    const result = await runSensitivity(config, { samples: 3, parameters: PARAMETERS, onWorld: (done) => worlds.push(done) });
    // one central world, two per parameter, then the samples
    expect(worlds.at(-1)).toBe(1 + 2 * PARAMETERS.length + 3);
    expect(result.parameters.map((parameter) => parameter.id)).toEqual(PARAMETERS);
    // one challenger × three metrics × two parameters
    expect(result.tornado).toHaveLength(6);
    expect(result.winShares).toHaveLength(3);
    for (const share of result.winShares) {
      expect(share.winShare).toBeGreaterThanOrEqual(0);
      expect(share.winShare).toBeLessThanOrEqual(1);
      expect(share.drivers.map((driver) => driver.parameter).sort()).toEqual([...PARAMETERS].sort());
    }
  }, 60_000);

  it("gives the same result for the same seed", async () => {
    const first = await runSensitivity(config, { samples: 2, parameters: PARAMETERS.slice(0, 1) });
    const second = await runSensitivity(config, { samples: 2, parameters: PARAMETERS.slice(0, 1) });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  }, 60_000);

  it("rejects an unknown parameter", async () => {
    await expect(runSensitivity(config, { samples: 2, parameters: ["reach.notice.pigeon"] })).rejects.toThrow(/Unknown model parameter "reach.notice.pigeon"/);
  });
});
