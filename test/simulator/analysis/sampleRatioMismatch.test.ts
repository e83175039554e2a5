import { describe, expect, it } from "vitest";
import { sampleRatioMismatch } from "../../../simulator/analysis/sampleRatioMismatch.js";

describe("sampleRatioMismatch", () => {
  // Each row: r <- chisq.test(x, p = w, rescale.p = TRUE) in R 4.2.2, giving
  // r$statistic, r$parameter and r$p.value.
  const cases = [
    { counts: [5100, 4900], weights: [1, 1], statistic: 4, df: 1, pValue: 0.0455002638963585, mismatch: false },
    { counts: [9135, 865], weights: [90, 10], statistic: 20.25, df: 1, pValue: 6.79534624946012e-6, mismatch: true },
    { counts: [3310, 3405, 3285], weights: [1, 1, 1], statistic: 2.405, df: 2, pValue: 0.300442166830464, mismatch: false },
    { counts: [4000, 3000, 3000], weights: [0.5, 0.25, 0.25], statistic: 400, df: 2, pValue: 1.38389652673674e-87, mismatch: true }
  ];

  for (const { counts, weights, statistic, df, pValue, mismatch } of cases) {
    it(`matches R for ${counts.join("/")}`, () => {
      const result = sampleRatioMismatch(counts, weights);

      expect(result.statistic).toBeCloseTo(statistic, 10);
      expect(result.degreesOfFreedom).toBe(df);
      expect(result.pValue / pValue).toBeCloseTo(1, 10);
      expect(result.mismatch).toBe(mismatch);
    });
  }

  it("reports expected counts", () => {
    const result = sampleRatioMismatch([9135, 865], [90, 10]);

    expect(result.expected[0]).toBeCloseTo(9000, 10);
    expect(result.expected[1]).toBeCloseTo(1000, 10);
  });

  it("rejects mismatched lengths", () => {
    expect(() => sampleRatioMismatch([10, 20, 30], [1, 1])).toThrow(/got 3 counts and 2 weights/);
  });

  it("rejects a zero weight", () => {
    expect(() => sampleRatioMismatch([10, 20], [1, 0])).toThrow(/invalid weight 0 at index 1/);
  });

  it("rejects a fractional count", () => {
    expect(() => sampleRatioMismatch([10.5, 20], [1, 1])).toThrow(/invalid count 10.5 at index 0/);
  });

  it("rejects all counts zero", () => {
    expect(() => sampleRatioMismatch([0, 0], [1, 1])).toThrow(/all counts are zero/);
  });
});
