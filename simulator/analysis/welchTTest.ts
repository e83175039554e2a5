/**
 * Welch's two-sample t-test for a difference of means with unequal variances.
 *
 * The standard error is √(s₁²/n₁ + s₂²/n₂) and the degrees of freedom come from the
 * Welch–Satterthwaite equation
 * ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))
 * (B. L. Welch 1947, "The generalization of Student's problem when several different
 * population variances are involved", Biometrika 34: 28–35; F. E. Satterthwaite 1946,
 * Biometrics Bulletin 2: 110–114). R's `t.test(x, y)` computes the same test.
 */

import { mean, sampleVariance } from "simple-statistics";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { checkConfidenceLevel, toFiniteArray, type Sample } from "./inputChecks.js";

export interface WelchTTestResult {
  /** Mean of `x` minus mean of `y`. */
  difference: number;
  meanX: number;
  meanY: number;
  standardError: number;
  degreesOfFreedom: number;
  /** t statistic, difference ÷ standard error. */
  statistic: number;
  /** Two-sided p-value for a true difference of zero. */
  pValue: number;
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
}

/**
 * Compare the means of two independent samples with Welch's t-test.
 *
 * When both samples are constant the standard error is zero and the test is undefined:
 * the statistic, degrees of freedom, p-value and interval are then NaN, while the
 * difference is still reported.
 *
 * @param x first sample, e.g. the challenger arm (at least two values)
 * @param y second sample, e.g. the baseline arm (at least two values)
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 * @throws {RangeError} if a sample has fewer than two values or a value that is not finite
 * @example
 * welchTTest([1, 2, 3, 4], [2, 4, 6, 8]).pValue; // => 0.1516, as R: t.test(c(1, 2, 3, 4), c(2, 4, 6, 8))$p.value
 */
export function welchTTest(x: Sample, y: Sample, confidenceLevel = 0.95): WelchTTestResult {
  checkConfidenceLevel(confidenceLevel, "welchTTest");
  const valuesX = toFiniteArray(x, "x", "welchTTest", 2);
  const valuesY = toFiniteArray(y, "y", "welchTTest", 2);

  // Per-sample squared standard errors of the mean, s²/n.
  const meanX = mean(valuesX);
  const meanY = mean(valuesY);
  const squaredErrorX = sampleVariance(valuesX) / valuesX.length;
  const squaredErrorY = sampleVariance(valuesY) / valuesY.length;
  const squaredError = squaredErrorX + squaredErrorY;
  const difference = meanX - meanY;

  if (squaredError === 0) {
    return {
      difference, meanX, meanY, standardError: 0, degreesOfFreedom: NaN, statistic: NaN,
      pValue: NaN, ciLow: NaN, ciHigh: NaN, confidenceLevel
    };
  }

  // Welch–Satterthwaite degrees of freedom.
  const degreesOfFreedom =
    (squaredError * squaredError) /
    ((squaredErrorX * squaredErrorX) / (valuesX.length - 1) + (squaredErrorY * squaredErrorY) / (valuesY.length - 1));

  const standardError = Math.sqrt(squaredError);
  const statistic = difference / standardError;
  const pValue = 2 * tCdf(-Math.abs(statistic), degreesOfFreedom);

  // Two-sided interval from the t quantile.
  const margin = tQuantile(1 - (1 - confidenceLevel) / 2, degreesOfFreedom) * standardError;

  return {
    difference, meanX, meanY, standardError, degreesOfFreedom, statistic, pValue,
    ciLow: difference - margin, ciHigh: difference + margin, confidenceLevel
  };
}
