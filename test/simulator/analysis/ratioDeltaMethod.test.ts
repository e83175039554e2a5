import { describe, expect, it } from "vitest";
import { ratioDifferenceTest, ratioEstimate, ratioUpliftTest } from "../../../simulator/analysis/ratioDeltaMethod.js";

// € recovered (y) and € placed (x) per case in two small arms.
const challengerRecovered = [120, 0, 45.5, 300, 0, 80, 15, 220, 0, 60, 95, 10, 400, 0, 35];
const challengerPlaced = [300, 150, 90, 450, 60, 200, 75, 220, 500, 120, 95, 40, 800, 30, 70];
const baselineRecovered = [50, 0, 0, 180, 20, 0, 40, 100, 0, 10, 250, 0];
const baselinePlaced = [250, 80, 120, 400, 60, 90, 160, 300, 45, 55, 600, 35];

// Reference values from R 4.2.2 with this hand-written delta-method function:
//
// delta <- function(y, x) {
//   r <- sum(y) / sum(x)
//   v <- (var(y) - 2 * r * cov(y, x) + r^2 * var(x)) / (length(y) * mean(x)^2)
//   c(ratio = r, variance = v)
// }
// a <- delta(y1, x1); b <- delta(y0, x0)        # challenger, baseline
// d <- a[1] - b[1]; se <- sqrt(a[2] + b[2]); z <- d / se
// c(d, se, z, 2 * pnorm(-abs(z)), d - qnorm(0.975) * se, d + qnorm(0.975) * se)
// u <- a[1] / b[1]; lse <- sqrt(a[2] / a[1]^2 + b[2] / b[1]^2); lz <- log(u) / lse
// c(u, lse, lz, 2 * pnorm(-abs(lz)), exp(log(u) - qnorm(0.975) * lse), exp(log(u) + qnorm(0.975) * lse))

describe("ratioEstimate", () => {
  it("matches the R delta function", () => {
    const challenger = ratioEstimate(challengerRecovered, challengerPlaced);
    const baseline = ratioEstimate(Float64Array.from(baselineRecovered), Float64Array.from(baselinePlaced));

    expect(challenger.ratio).toBeCloseTo(0.43140625, 14);
    expect(challenger.variance).toBeCloseTo(0.00888896932316678, 14);
    expect(challenger.n).toBe(15);
    expect(baseline.ratio).toBeCloseTo(0.296127562642369, 14);
    expect(baseline.variance).toBeCloseTo(0.00286183021614072, 14);
  });

  it("constant denominator gives s²/n", () => {
    // With X = 1 for every case the ratio is the mean of Y and Var(R) = s²_Y / n.
    const values = [3, 7, 1, 9, 4];
    const estimate = ratioEstimate(values, [1, 1, 1, 1, 1]);
    const sampleVariance = 10.2; // R: var(c(3, 7, 1, 9, 4))

    expect(estimate.ratio).toBeCloseTo(4.8, 14);
    expect(estimate.variance).toBeCloseTo(sampleVariance / 5, 14);
  });

  it("rejects different lengths", () => {
    expect(() => ratioEstimate([1, 2, 3], [1, 2])).toThrow(/numerator has 3 values but denominator has 2/);
  });

  it("rejects a zero denominator sum", () => {
    expect(() => ratioEstimate([1, 2], [0, 0])).toThrow(/denominator sums to zero/);
  });
});

describe("ratioDifferenceTest", () => {
  it("matches the R delta function", () => {
    const challenger = ratioEstimate(challengerRecovered, challengerPlaced);
    const baseline = ratioEstimate(baselineRecovered, baselinePlaced);
    const result = ratioDifferenceTest(challenger, baseline);

    expect(result.estimate).toBeCloseTo(0.135278687357631, 13);
    expect(result.standardError).toBeCloseTo(0.1084011048804739, 13);
    expect(result.statistic).toBeCloseTo(1.2479456506166895, 11);
    expect(result.pValue).toBeCloseTo(0.2120509612561582, 11);
    expect(result.ciLow).toBeCloseTo(-0.0771835740924469, 11);
    expect(result.ciHigh).toBeCloseTo(0.3477409488077088, 11);
  });

  it("agrees with an R bootstrap", () => {
    // Deterministic arms, built the same way in R:
    // arm <- function(n, k) { i <- 1:n; x <- 40 + ((i * 7919) %% 997)
    //   list(x = x, y = ifelse(i %% k == 0, 0, x * ((i * 31) %% 100) / 100)) }
    // A <- arm(400, 3); B <- arm(300, 4); set.seed(20240101)
    // sd(replicate(100000, { ia <- sample.int(400, replace = TRUE); ib <- sample.int(300, replace = TRUE)
    //   sum(A$y[ia]) / sum(A$x[ia]) - sum(B$y[ib]) / sum(B$x[ib]) }))  -> 0.0285142213606125
    // The delta-method standard error in R is 0.028619259859035243.
    const arm = (n: number, k: number) => {
      const placed: number[] = [];
      const recovered: number[] = [];
      for (let i = 1; i <= n; i++) {
        const x = 40 + ((i * 7919) % 997);
        placed.push(x);
        recovered.push(i % k === 0 ? 0 : (x * ((i * 31) % 100)) / 100);
      }
      return ratioEstimate(recovered, placed);
    };
    const result = ratioDifferenceTest(arm(400, 3), arm(300, 4));
    const bootstrapStandardError = 0.0285142213606125;

    expect(result.estimate).toBeCloseTo(0.33032381074017142 - 0.373592120790341653, 13);
    expect(result.standardError).toBeCloseTo(0.028619259859035243, 13);
    expect(Math.abs(result.standardError / bootstrapStandardError - 1)).toBeLessThan(0.02);
  });

  it("zero variance gives NaN p-value", () => {
    const first = ratioEstimate([1, 2], [2, 4]);
    const second = ratioEstimate([1, 1], [4, 4]);
    const result = ratioDifferenceTest(first, second);

    expect(result.estimate).toBeCloseTo(0.25, 15);
    expect(result.pValue).toBeNaN();
    expect(result.ciLow).toBeNaN();
  });
});

describe("ratioUpliftTest", () => {
  it("matches the R delta function", () => {
    const challenger = ratioEstimate(challengerRecovered, challengerPlaced);
    const baseline = ratioEstimate(baselineRecovered, baselinePlaced);
    const result = ratioUpliftTest(challenger, baseline);

    expect(result.estimate).toBeCloseTo(1.456825721153846, 12);
    expect(result.standardError).toBeCloseTo(0.283543221402976, 12);
    expect(result.statistic).toBeCloseTo(1.326993124153139, 11);
    expect(result.pValue).toBeCloseTo(0.184510957172839, 11);
    expect(result.ciLow).toBeCloseTo(0.835709180354007, 11);
    expect(result.ciHigh).toBeCloseTo(2.539569065062082, 11);
  });

  it("zero baseline ratio gives NaN interval", () => {
    const challenger = ratioEstimate([1, 3], [2, 4]);
    const baseline = ratioEstimate([0, 0], [4, 4]);
    const result = ratioUpliftTest(challenger, baseline);

    expect(result.estimate).toBe(Infinity);
    expect(result.pValue).toBeNaN();
    expect(result.ciHigh).toBeNaN();
  });
});
