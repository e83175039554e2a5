import { describe, expect, it } from "vitest";
import { twoProportionTest } from "../../../simulator/analysis/twoProportionTest.js";

// Each row: r <- prop.test(c(x1, x2), c(n1, n2), correct = FALSE) in R 4.2.2, giving
// r$statistic (X-squared = z²), r$p.value and r$conf.int.
const cases = [
  {
    x1: 56, n1: 70, x2: 48, n2: 80,
    chiSquared: 7.02341137123745973, pValue: 0.00804508136819656,
    low: 0.05750489914903717, high: 0.34249510085096296
  },
  {
    x1: 412, n1: 2000, x2: 371, n2: 2000,
    chiSquared: 2.66940753365244, pValue: 0.102294097119062,
    low: -0.00408383028946043, high: 0.0450838302894604
  },
  {
    x1: 3, n1: 1000, x2: 11, n2: 1000,
    chiSquared: 4.60365415048194, pValue: 0.0319038859208611,
    low: -0.0152993858538255, high: -0.000700614146174523
  }
];

describe("twoProportionTest", () => {
  for (const { x1, n1, x2, n2, chiSquared, pValue, low, high } of cases) {
    it(`matches R for ${x1}/${n1} vs ${x2}/${n2}`, () => {
      const result = twoProportionTest(x1, n1, x2, n2);

      expect(result.difference).toBeCloseTo(x1 / n1 - x2 / n2, 15);
      expect(result.statistic ** 2).toBeCloseTo(chiSquared, 10);
      expect(Math.sign(result.statistic)).toBe(Math.sign(result.difference));
      expect(result.pValue).toBeCloseTo(pValue, 12);
      expect(result.ciLow).toBeCloseTo(low, 12);
      expect(result.ciHigh).toBeCloseTo(high, 12);
    });
  }

  it("reports the Newcombe interval", () => {
    // R: newcombe(56, 70, 48, 80), the function quoted in newcombeInterval.test.ts
    const result = twoProportionTest(56, 70, 48, 80);

    expect(result.newcombeLow).toBeCloseTo(0.0524314724023649, 12);
    expect(result.newcombeHigh).toBeCloseTo(0.3338726540369059, 12);
  });

  it("no events in either group gives NaN p-value", () => {
    // R: prop.test(c(0, 0), c(10, 20), correct = FALSE) gives X-squared NaN, p NaN, conf.int 0 0
    const result = twoProportionTest(0, 10, 0, 20);

    expect(result.statistic).toBeNaN();
    expect(result.pValue).toBeNaN();
    expect(result.ciLow).toBe(0);
    expect(result.ciHigh).toBe(0);
    expect(result.newcombeLow).toBeCloseTo(-0.161125158052819, 12);
    expect(result.newcombeHigh).toBeCloseTo(0.277532799862889, 12);
  });

  it("rejects successes above trials", () => {
    expect(() => twoProportionTest(3, 10, 21, 20)).toThrow(/invalid number of successes 21 for 20 trials/);
  });
});
