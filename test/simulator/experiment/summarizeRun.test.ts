import { beforeAll, describe, expect, it } from "vitest";
import { holmAdjust, benjaminiHochbergAdjust } from "../../../simulator/analysis/multipleComparisons.js";
import { welchTTest } from "../../../simulator/analysis/welchTTest.js";
import { armOutcomeArrays } from "../../../simulator/experiment/armOutcomeArrays.js";
import { parseExperimentConfig, type ExperimentConfig } from "../../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../../simulator/experiment/runExperiment.js";
import { summarizeRun } from "../../../simulator/experiment/summarizeRun.js";
import type { RunSummary } from "../../../simulator/io/runFormat.js";

const identity = { runId: "test", configHash: "hash", version: "0.0.0" };

function config(overrides: Record<string, unknown> = {}): ExperimentConfig {
  return parseExperimentConfig({
    name: "summary-test",
    title: { de: "Test", en: "Test" },
    seed: 42,
    population: 3_000,
    horizonDays: 60,
    startDate: "2026-03-02",
    arms: [
      { id: "champion", label: { de: "A", en: "A" }, strategy: "classicDunning", weight: 2 },
      { id: "digital", label: { de: "B", en: "B" }, strategy: "digitalFirst", weight: 1 },
      { id: "same", label: { de: "C", en: "C" }, strategy: "classicDunning", weight: 1 }
    ],
    ...overrides
  });
}

let run: ExperimentRun;
let summary: RunSummary;

beforeAll(async () => {
  run = await runExperiment(config());
  summary = summarizeRun(run, identity).summary;
});

describe("summarizeRun", () => {
  it("records the design and the correction", () => {
    expect(summary.experiment.assignment).toEqual({ method: "simple" });
    expect(summary.experiment.multipleComparisons).toBe("holm");
    expect(summary.experiment.discountRate).toBe(0.05);
  });

  it("checks the sample ratio against the weights", () => {
    const check = summary.sampleRatioMismatch;
    expect(check?.counts).toEqual([1_500, 750, 750]);
    expect(check?.expected).toEqual([1_500, 750, 750]);
    expect(check?.statistic).toBe(0);
    expect(check?.mismatch).toBe(false);
  });

  it("adjusts p-values by Holm across all rows", () => {
    const tested = summary.comparisons.filter((row) => row.pValue !== null);
    const expected = holmAdjust(tested.map((row) => row.pValue as number));
    expect(tested.map((row) => row.pValueAdjusted)).toEqual(expected);
  });

  it("widens intervals to the Bonferroni level", () => {
    const m = summary.comparisons.filter((row) => row.pValue !== null).length;
    expect(summary.experiment.adjustedConfidenceLevel).toBeCloseTo(1 - 0.05 / m, 12);
    for (const row of summary.comparisons) {
      if (row.ciLow === null || row.ciHigh === null) continue;
      expect(row.ciLowAdjusted as number).toBeLessThanOrEqual(row.ciLow);
      expect(row.ciHighAdjusted as number).toBeGreaterThanOrEqual(row.ciHigh);
    }
  });

  it("puts a bootstrap interval beside the delta method", () => {
    expect(summary.bootstrap).toHaveLength(2);
    for (const row of summary.bootstrap ?? []) {
      const delta = summary.comparisons.find((c) => c.arm === row.arm && c.metric === "recoveryRate");
      expect(row.difference).toBeCloseTo(delta?.difference as number, 10);
      // both intervals estimate the same sampling spread: widths within 25 % of each other
      const width = (row.ciHigh as number) - (row.ciLow as number);
      const deltaWidth = (row.deltaCiHigh as number) - (row.deltaCiLow as number);
      expect(width / deltaWidth).toBeGreaterThan(0.75);
      expect(width / deltaWidth).toBeLessThan(1.25);
    }
  });

  it("adjusts € per case with pre-placement covariates", () => {
    const rows = summary.adjusted ?? [];
    expect(rows.map((row) => `${row.arm}:${row.metric}`)).toEqual([
      "digital:recoveredPerCase", "digital:netRecovery", "same:recoveredPerCase", "same:netRecovery"
    ]);
    const outcomes = run.arms.map((_, index) => armOutcomeArrays(run, index));
    const welch = welchTTest(outcomes[1].recovered, outcomes[0].recovered);
    expect(rows[0].difference).toBeCloseTo(welch.difference, 10);
    expect(rows[0].covariates).toContain("claimAmount");
    // claim amount predicts € recovered, so the adjustment narrows the interval
    expect(rows[0].standardErrorRatio as number).toBeLessThan(1);
  });

  it("stores compact payment curves", () => {
    const curves = summary.timeToPayment?.arms ?? [];
    expect(curves).toHaveLength(3);
    for (const arm of curves) {
      expect(arm.curve.length).toBeLessThanOrEqual(200);
      expect(arm.curve.length).toBeGreaterThan(5);
      for (let k = 1; k < arm.curve.length; k++) expect(arm.curve[k].survival).toBeLessThan(arm.curve[k - 1].survival);
      const last = arm.curve[arm.curve.length - 1];
      expect(1 - last.survival).toBeCloseTo(arm.paidShare, 10);
    }
    expect(summary.timeToPayment?.logRank.map((row) => row.arm)).toEqual(["digital", "same"]);
  });

  it("discounts each arm's cashflow", () => {
    for (const [index, row] of (summary.cashflow ?? []).entries()) {
      const received = run.arms[index].receivedByDay.reduce((sum, value) => sum + value, 0);
      expect(row.netPresentValue).toBeLessThan(received);
      // 60 days at 5 % a year discount by at most 1 − 1.05^(−60/365) ≈ 0.8 %
      expect(row.netPresentValue).toBeGreaterThan(received * 0.99);
      expect(row.daysSalesOutstanding as number).toBeGreaterThan(0);
      expect(row.daysSalesOutstanding as number).toBeLessThanOrEqual(60);
    }
  });

  it("ends the daily sequence at the final difference", () => {
    const sequences = summary.sequential ?? [];
    expect(sequences).toHaveLength(2);
    const outcomes = run.arms.map((_, index) => armOutcomeArrays(run, index));
    const finalDifference = welchTTest(outcomes[1].recovered, outcomes[0].recovered).difference;
    expect(sequences[0].days).toHaveLength(60);
    expect(sequences[0].days[59].difference).toBeCloseTo(finalDifference, 8);
    for (const day of sequences[0].days) expect(day.ciLow as number).toBeLessThanOrEqual(day.ciHigh as number);
  });

  it("repeats byte for byte", async () => {
    const again = summarizeRun(await runExperiment(config()), identity).summary;
    expect(JSON.stringify(again)).toBe(JSON.stringify(summary));
  });

  it("uses Benjamini–Hochberg when configured", async () => {
    const other = summarizeRun(await runExperiment(config({ multipleComparisons: "benjamini-hochberg", population: 600 })), identity).summary;
    const tested = other.comparisons.filter((row) => row.pValue !== null);
    expect(tested.map((row) => row.pValueAdjusted)).toEqual(benjaminiHochbergAdjust(tested.map((row) => row.pValue as number)));
    const rejected = tested.filter((row) => (row.pValueAdjusted as number) <= 0.05).length;
    expect(other.experiment.adjustedConfidenceLevel).toBeCloseTo(1 - (Math.max(rejected, 1) * 0.05) / tested.length, 12);
  });

  it("leaves the sequence out without an event log", async () => {
    const other = summarizeRun(await runExperiment(config({ recordEvents: false, population: 600 })), identity).summary;
    expect(other.sequential).toBeNull();
  });
});
