import { describe, expect, it } from "vitest";
import { bootstrapMeanDifference, bootstrapRatioDifference } from "../../../simulator/analysis/bootstrap.js";

const challenger = [12.5, 0, 30.2, 7.8, 0, 55.1, 21.4, 3.3, 0, 18.9, 44.0, 9.6];
const baseline = [5.1, 0, 0, 12.2, 8.7, 0, 2.5, 16.4, 0, 7.0];

const recovered1 = [120, 0, 45.5, 300, 0, 80, 15, 220, 0, 60, 95, 10, 400, 0, 35];
const placed1 = [300, 150, 90, 450, 60, 200, 75, 220, 500, 120, 95, 40, 800, 30, 70];
const recovered0 = [50, 0, 0, 180, 20, 0, 40, 100, 0, 10, 250, 0];
const placed0 = [250, 80, 120, 400, 60, 90, 160, 300, 45, 55, 600, 35];

// R's generator differs from seedrandom's, so the references are R bootstraps with many
// resamples and the checks allow for Monte Carlo error.

describe("bootstrapMeanDifference", () => {
  it("agrees with an R bootstrap", () => {
    // R 4.2.2: set.seed(11)
    // b <- replicate(200000, mean(sample(x, replace = TRUE)) - mean(sample(y, replace = TRUE)))
    // quantile(b, c(0.025, 0.975)) -> 1.955 22.640; sd(b) -> 5.29936187383066
    const result = bootstrapMeanDifference(challenger, baseline, { resamples: 200_000, seed: 3 });

    expect(result.estimate).toBeCloseTo(11.71, 12);
    expect(Math.abs(result.ciLow - 1.955)).toBeLessThan(0.15);
    expect(Math.abs(result.ciHigh - 22.64)).toBeLessThan(0.15);
    expect(Math.abs(result.standardError / 5.29936187383066 - 1)).toBeLessThan(0.01);
  });

  it("same seed gives same interval", () => {
    const first = bootstrapMeanDifference(challenger, baseline, { seed: 42 });
    const second = bootstrapMeanDifference(Float64Array.from(challenger), Float64Array.from(baseline), { seed: 42 });

    expect(second.ciLow).toBe(first.ciLow);
    expect(second.ciHigh).toBe(first.ciHigh);
    expect(second.resamples).toBe(2000);
  });

  it("other seed gives other interval", () => {
    const first = bootstrapMeanDifference(challenger, baseline, { seed: 42 });
    const second = bootstrapMeanDifference(challenger, baseline, { seed: 43 });

    expect(second.ciLow).not.toBe(first.ciLow);
  });

  it("rejects one resample", () => {
    expect(() => bootstrapMeanDifference(challenger, baseline, { resamples: 1 })).toThrow(/invalid number of resamples 1/);
  });
});

describe("bootstrapRatioDifference", () => {
  it("agrees with an R bootstrap", () => {
    // R: set.seed(12); r <- replicate(200000, { i <- sample.int(15, replace = TRUE); j <- sample.int(12, replace = TRUE)
    //   sum(y1[i]) / sum(x1[i]) - sum(y0[j]) / sum(x0[j]) })
    // quantile(r, c(0.025, 0.975)) -> -0.071123537854321 0.362764738411751; sd(r) -> 0.109762510385281
    const result = bootstrapRatioDifference(recovered1, placed1, recovered0, placed0, { resamples: 200_000, seed: 5 });

    expect(result.estimate).toBeCloseTo(0.135278687357631, 12);
    expect(Math.abs(result.ciLow - -0.071123537854321)).toBeLessThan(0.003);
    expect(Math.abs(result.ciHigh - 0.362764738411751)).toBeLessThan(0.003);
    expect(Math.abs(result.standardError / 0.109762510385281 - 1)).toBeLessThan(0.01);
  });

  it("rejects a zero denominator", () => {
    expect(() => bootstrapRatioDifference([1, 2], [0, 0], [1, 2], [3, 4])).toThrow(/denominator sums to zero/);
  });

  it("rejects unequal lengths", () => {
    expect(() => bootstrapRatioDifference([1, 2, 3], [1, 2], [1, 2], [3, 4])).toThrow(/one denominator value per debtor/);
  });
});
