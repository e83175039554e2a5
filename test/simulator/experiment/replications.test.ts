import { describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { replicateComparisons, summarizeReplications } from "../../../simulator/experiment/replications.js";
import type { Comparison } from "../../../simulator/io/runFormat.js";

function row(metric: string, difference: number | null, ciLow: number | null, ciHigh: number | null): Comparison {
  return { arm: "b", baseline: "a", metric, difference, relativeUplift: null, ciLow, ciHigh, pValue: 0.5, method: "welch" };
}

describe("summarizeReplications", () => {
  it("gives the mean and SD of each difference", () => {
    const runs = [
      [row("cureRate", 0.01, 0, 0.02), row("netRecovery", -2, -10, 6)],
      [row("cureRate", 0.03, 0.01, 0.05), row("netRecovery", 1.5, -6.5, 9.5)],
      [row("cureRate", 0.02, 0, 0.04), row("netRecovery", 4, -4, 12)]
    ];
    const summary = summarizeReplications(runs, [5, 6, 7], 0.95);
    expect(summary.count).toBe(3);
    expect(summary.seeds).toEqual([5, 6, 7]);
    // R: mean(c(.01, .03, .02)) = 0.02; sd(c(.01, .03, .02)) = 0.01
    expect(summary.comparisons[0].meanDifference).toBeCloseTo(0.02, 12);
    expect(summary.comparisons[0].sdDifference).toBeCloseTo(0.01, 12);
    // R: mean(c(-2, 1.5, 4)) = 1.16666666667; sd(c(-2, 1.5, 4)) = 3.01385688667
    expect(summary.comparisons[1].meanDifference).toBeCloseTo(1.16666666667, 10);
    expect(summary.comparisons[1].sdDifference).toBeCloseTo(3.01385688667, 10);
    // every interval is 16 € wide; R: qnorm(.975) = 1.95996398454, so the standard error is 16/(2 × 1.95996398454)
    expect(summary.comparisons[1].meanStandardError).toBeCloseTo(16 / (2 * 1.95996398454), 10);
  });

  it("skips undefined differences", () => {
    const summary = summarizeReplications([[row("nps", null, null, null)], [row("nps", 3, 1, 5)]], [1, 2], 0.95);
    expect(summary.comparisons[0].meanDifference).toBe(3);
    expect(summary.comparisons[0].sdDifference).toBeNull();
  });
});

describe("replicateComparisons", () => {
  const config = parseExperimentConfig({
    name: "replications",
    title: { de: "W", en: "R" },
    seed: 3,
    population: 400,
    horizonDays: 30,
    startDate: "2026-03-02",
    arms: [
      { id: "a", label: { de: "A", en: "A" }, strategy: "classicDunning" },
      { id: "b", label: { de: "B", en: "B" }, strategy: "digitalFirst" }
    ]
  });

  it("runs the following seeds", async () => {
    const seen: string[] = [];
    const runs = await replicateComparisons(config, 3, (key, params) => seen.push(`${key}:${params?.seed}`));
    expect(runs).toHaveLength(2);
    expect(seen).toEqual(["progress.replication:4", "progress.replication:5"]);
    expect(runs[0].map((r) => r.difference)).not.toEqual(runs[1].map((r) => r.difference));
  });

  it("rejects a seed past the range", async () => {
    await expect(replicateComparisons({ ...config, seed: 2 ** 32 - 1 }, 2)).rejects.toThrow("exceeds 4294967295");
  });
});
