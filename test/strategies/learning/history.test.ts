import { describe, expect, it } from "vitest";
import { simulateHistory } from "../../../strategies/learning/history.js";
import { CONTEXT_FEATURE_COUNT, BEHAVIOUR_FEATURE_COUNT } from "../../../strategies/learning/features.js";
import { fitPropensityModel } from "../../../strategies/propensityScore.js";

const history = { size: 1500, seed: 3, windowDays: 45, startDate: "2025-09-01" };

describe("simulateHistory", () => {
  it("collects one sample row per historic debtor", () => {
    const sample = simulateHistory(history);
    expect(sample.contexts).toHaveLength(1500);
    expect(sample.behaviours).toHaveLength(1500);
    expect(sample.contexts[0]).toHaveLength(CONTEXT_FEATURE_COUNT);
    expect(sample.behaviours[0]).toHaveLength(BEHAVIOUR_FEATURE_COUNT);
    const paidShare = sample.paid.reduce((sum, paid) => sum + paid, 0) / sample.paid.length;
    expect(paidShare).toBeGreaterThan(0.05);
    expect(paidShare).toBeLessThan(0.95);
  });

  it("scores placement features before any contact", () => {
    const sample = simulateHistory(history);
    // contactsSoFar (index 6) is 0 at placement for every debtor
    expect(sample.contexts.every((row) => row[6] === 0)).toBe(true);
  });
});

describe("fitPropensityModel", () => {
  it("cuts ordered tercile bands", () => {
    const model = fitPropensityModel(history, 1);
    expect(model.coefficients).toHaveLength(CONTEXT_FEATURE_COUNT);
    expect(model.coefficients.every(Number.isFinite)).toBe(true);
    expect(model.bandLimits[0]).toBeLessThanOrEqual(model.bandLimits[1]);
  });
});
