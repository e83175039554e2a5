import { describe, expect, it } from "vitest";
import { welchTTest } from "../../../simulator/analysis/welchTTest.js";

// Recovered € per case in two small arms, zeros for cases that paid nothing.
const challenger = [12.5, 0, 30.2, 7.8, 0, 55.1, 21.4, 3.3, 0, 18.9, 44.0, 9.6];
const baseline = [5.1, 0, 0, 12.2, 8.7, 0, 2.5, 16.4, 0, 7.0];

describe("welchTTest", () => {
  it("matches R for unequal sizes", () => {
    // R: r <- t.test(x, y) with x = challenger, y = baseline
    // statistic 2.1166848201916246, df 13.6547977025023233, p 0.0531610340941771,
    // conf.int -0.18366978386194 23.60366978386194, means 16.90 and 5.19
    const result = welchTTest(challenger, baseline);

    expect(result.meanX).toBeCloseTo(16.9, 12);
    expect(result.meanY).toBeCloseTo(5.19, 12);
    expect(result.difference).toBeCloseTo(11.71, 12);
    expect(result.statistic).toBeCloseTo(2.1166848201916246, 10);
    expect(result.degreesOfFreedom).toBeCloseTo(13.6547977025023233, 10);
    expect(result.pValue).toBeCloseTo(0.0531610340941771, 10);
    expect(result.ciLow).toBeCloseTo(-0.18366978386194, 8);
    expect(result.ciHigh).toBeCloseTo(23.60366978386194, 8);
  });

  it("matches R at a 90 % level", () => {
    // R: t.test(x, y, conf.level = 0.9)$conf.int -> 1.9485809049249 21.4714190950751
    const result = welchTTest(Float64Array.from(challenger), Float64Array.from(baseline), 0.9);

    expect(result.confidenceLevel).toBe(0.9);
    expect(result.ciLow).toBeCloseTo(1.9485809049249, 8);
    expect(result.ciHigh).toBeCloseTo(21.4714190950751, 8);
  });

  it("matches R for a negative difference", () => {
    // R: t.test(c(1, 2, 3, 4), c(2, 4, 6, 8))
    // statistic -1.732050807568877, df 4.411764705882352, p 0.151580504845304,
    // conf.int -6.3641672154862 1.3641672154862
    const result = welchTTest([1, 2, 3, 4], [2, 4, 6, 8]);

    expect(result.statistic).toBeCloseTo(-1.732050807568877, 10);
    expect(result.degreesOfFreedom).toBeCloseTo(4.411764705882352, 10);
    expect(result.pValue).toBeCloseTo(0.151580504845304, 10);
    expect(result.ciLow).toBeCloseTo(-6.3641672154862, 8);
    expect(result.ciHigh).toBeCloseTo(1.3641672154862, 8);
  });

  it("swapping samples flips the sign", () => {
    const forward = welchTTest(challenger, baseline);
    const backward = welchTTest(baseline, challenger);

    expect(backward.difference).toBeCloseTo(-forward.difference, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
    expect(backward.ciLow).toBeCloseTo(-forward.ciHigh, 10);
  });

  it("constant samples give NaN test", () => {
    const result = welchTTest([3, 3, 3], [5, 5]);

    expect(result.difference).toBe(-2);
    expect(result.standardError).toBe(0);
    expect(result.pValue).toBeNaN();
    expect(result.ciLow).toBeNaN();
    expect(result.ciHigh).toBeNaN();
  });

  it("rejects a sample of one value", () => {
    expect(() => welchTTest([1], [1, 2])).toThrow(/sample x has 1 values, but at least 2/);
  });

  it("rejects a non-finite value", () => {
    expect(() => welchTTest([1, 2], [1, NaN])).toThrow(/sample y has the invalid value NaN at index 1/);
  });

  it("rejects a confidence level of 95", () => {
    expect(() => welchTTest([1, 2], [1, 3], 95)).toThrow(/invalid confidence level 95/);
  });
});
