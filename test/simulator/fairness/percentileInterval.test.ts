import { describe, expect, it } from "vitest";
import { percentileInterval, quantileSorted } from "../../../simulator/fairness/percentileInterval.js";

const REPLICATES = [3.1, 0.4, 2.2, 5.0, 1.7, 2.9, 0.8, 4.4, 3.6, 1.1];

describe("percentileInterval", () => {
  it("matches R quantile type 7", () => {
    // R: quantile(c(3.1, 0.4, 2.2, 5.0, 1.7, 2.9, 0.8, 4.4, 3.6, 1.1), c(0.025, 0.975), type = 7) → 0.490 4.865
    const [low, high] = percentileInterval(REPLICATES, 0.95);
    expect(low).toBeCloseTo(0.49, 10);
    expect(high).toBeCloseTo(4.865, 10);
  });

  it("takes the median between order statistics", () => {
    // R: quantile(x, 0.5, type = 7) → 2.55
    expect(quantileSorted([...REPLICATES].sort((a, b) => a - b), 0.5)).toBeCloseTo(2.55, 10);
  });

  it("leaves out a few missing replicates", () => {
    const withMissing = [...REPLICATES, ...new Array(20).fill(2.5), NaN];
    const [low, high] = percentileInterval(withMissing, 0.5);
    expect(Number.isFinite(low)).toBe(true);
    expect(high).toBeGreaterThanOrEqual(low);
  });

  it("gives up when too many replicates are missing", () => {
    const [low, high] = percentileInterval([...REPLICATES, NaN, NaN], 0.95);
    expect(low).toBeNaN();
    expect(high).toBeNaN();
  });
});
