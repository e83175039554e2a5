import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../../simulator/analysis/wilsonInterval.js";

describe("wilsonInterval", () => {
  // Each row: R's prop.test(x, n, correct = FALSE)$conf.int, R 4.2.2.
  const cases = [
    { successes: 81, trials: 263, low: 0.255288519878274, high: 0.3662095769828 },
    { successes: 0, trials: 20, low: 0, high: 0.161125158052819 },
    { successes: 20, trials: 20, low: 0.838874841947181, high: 1 },
    { successes: 1, trials: 1, low: 0.206549314377238, high: 1 }
  ];

  for (const { successes, trials, low, high } of cases) {
    it(`matches R for ${successes} of ${trials}`, () => {
      const result = wilsonInterval(successes, trials);

      expect(result.proportion).toBeCloseTo(successes / trials, 15);
      expect(result.ciLow).toBeCloseTo(low, 12);
      expect(result.ciHigh).toBeCloseTo(high, 12);
    });
  }

  it("matches R at a 99 % level", () => {
    // R: prop.test(81, 263, correct = FALSE, conf.level = 0.99)$conf.int
    const result = wilsonInterval(81, 263, 0.99);

    expect(result.ciLow).toBeCloseTo(0.240136902687608, 12);
    expect(result.ciHigh).toBeCloseTo(0.38528250231823, 12);
  });

  it("rejects more successes than trials", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(/invalid number of successes 5 for 4 trials/);
  });

  it("rejects zero trials", () => {
    expect(() => wilsonInterval(0, 0)).toThrow(/invalid number of trials 0/);
  });

  it("rejects a fractional count", () => {
    expect(() => wilsonInterval(2.5, 10)).toThrow(/invalid number of successes 2.5/);
  });
});
