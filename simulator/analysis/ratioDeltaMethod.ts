/**
 * Ratio of means with a delta-method variance, and the comparison of two such ratios.
 *
 * A ratio metric such as € recovered ÷ € placed is R = ΣY / ΣX = Ȳ / X̄ over the cases of
 * one arm. Numerator and denominator vary together from case to case, so the variance of
 * R comes from a first-order Taylor expansion around the means:
 * Var(R) ≈ (s²_Y − 2R·s_XY + R²·s²_X) / (n·X̄²),
 * with sample variances and covariance (A. Deng, U. Knoblich, J. Lu 2018, "Applying the
 * delta method in metric analytics: a practical guide with novel ideas", KDD 2018).
 * Arms are independent, so the variance of a difference of ratios is the sum of the two
 * variances. The relative uplift R₁/R₀ gets its interval on the log scale, where
 * Var(log R) ≈ Var(R)/R², and is then transformed back.
 */

import { mean, sampleCovariance, sampleVariance } from "simple-statistics";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { checkConfidenceLevel, normalCriticalValue, toFiniteArray, type Sample } from "./inputChecks.js";

export interface RatioEstimate {
  /** ΣY / ΣX. */
  ratio: number;
  /** Delta-method variance of the ratio. */
  variance: number;
  /** Number of cases. */
  n: number;
  numeratorMean: number;
  denominatorMean: number;
}

export interface RatioComparison {
  /** ratio₁ − ratio₂ for a difference; ratio₁ ÷ ratio₂ for an uplift. */
  estimate: number;
  /** Standard error of the difference, or of the log of the uplift. */
  standardError: number;
  /** z statistic: estimate ÷ standard error, or log(uplift) ÷ standard error. */
  statistic: number;
  /** Two-sided p-value for equal ratios. */
  pValue: number;
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
}

/**
 * Estimate the ratio ΣY / ΣX of one arm and its delta-method variance.
 *
 * @param numerator per-case values of Y, e.g. € recovered
 * @param denominator per-case values of X, e.g. € placed; same length as `numerator`
 * @throws {RangeError} if the lengths differ, there are fewer than two cases, a value is
 *   not finite, or the denominator sums to zero (the ratio is then undefined)
 * @example
 * ratioEstimate([10, 0, 30], [50, 20, 40]).ratio; // => 0.3636 (40 ÷ 110)
 */
export function ratioEstimate(numerator: Sample, denominator: Sample): RatioEstimate {
  if (numerator.length !== denominator.length) {
    throw new RangeError(
      `ratioEstimate: numerator has ${numerator.length} values but denominator has ${denominator.length}. Pass one value of each per case.`
    );
  }
  const y = toFiniteArray(numerator, "numerator", "ratioEstimate", 2);
  const x = toFiniteArray(denominator, "denominator", "ratioEstimate", 2);

  const numeratorMean = mean(y);
  const denominatorMean = mean(x);
  if (denominatorMean === 0) {
    throw new RangeError("ratioEstimate: the denominator sums to zero, so the ratio is undefined.");
  }
  const ratio = numeratorMean / denominatorMean;

  // First-order Taylor expansion of Ȳ/X̄ around the means.
  const n = y.length;
  const linearisedVariance = sampleVariance(y) - 2 * ratio * sampleCovariance(y, x) + ratio * ratio * sampleVariance(x);
  const variance = Math.max(0, linearisedVariance) / (n * denominatorMean * denominatorMean);

  return { ratio, variance, n, numeratorMean, denominatorMean };
}

/**
 * Compare two independent ratios by their difference, ratio₁ − ratio₂, with a z-test.
 *
 * When both variances are zero the test is undefined and the statistic, p-value and
 * interval are NaN.
 *
 * @param first estimate of the first arm, e.g. the challenger
 * @param second estimate of the second arm, e.g. the baseline
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 */
export function ratioDifferenceTest(first: RatioEstimate, second: RatioEstimate, confidenceLevel = 0.95): RatioComparison {
  checkConfidenceLevel(confidenceLevel, "ratioDifferenceTest");

  const estimate = first.ratio - second.ratio;
  const standardError = Math.sqrt(first.variance + second.variance);
  return normalComparison(estimate, estimate, standardError, confidenceLevel, (bound) => bound);
}

/**
 * Compare two independent ratios by their relative uplift, ratio₁ ÷ ratio₂, with the
 * interval built on the log scale so that it stays positive and asymmetric.
 *
 * The log needs both ratios above zero; otherwise, or when both variances are zero, the
 * statistic, p-value and interval are NaN.
 *
 * @param first estimate of the first arm, e.g. the challenger
 * @param second estimate of the second arm, e.g. the baseline
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 */
export function ratioUpliftTest(first: RatioEstimate, second: RatioEstimate, confidenceLevel = 0.95): RatioComparison {
  checkConfidenceLevel(confidenceLevel, "ratioUpliftTest");

  const estimate = first.ratio / second.ratio;
  if (!(first.ratio > 0 && second.ratio > 0)) {
    return { estimate, standardError: NaN, statistic: NaN, pValue: NaN, ciLow: NaN, ciHigh: NaN, confidenceLevel };
  }

  // Var(log R) ≈ Var(R) / R² for each arm.
  const standardError = Math.sqrt(
    first.variance / (first.ratio * first.ratio) + second.variance / (second.ratio * second.ratio)
  );
  return normalComparison(estimate, Math.log(estimate), standardError, confidenceLevel, Math.exp);
}

/** Build the z-test and interval for `scaled` (the estimate on the test's scale), mapping bounds back. */
function normalComparison(
  estimate: number,
  scaled: number,
  standardError: number,
  confidenceLevel: number,
  toEstimateScale: (bound: number) => number
): RatioComparison {
  if (!(standardError > 0)) {
    return { estimate, standardError, statistic: NaN, pValue: NaN, ciLow: NaN, ciHigh: NaN, confidenceLevel };
  }

  const statistic = scaled / standardError;
  const pValue = 2 * normalCdf(-Math.abs(statistic), 0, 1);
  const margin = normalCriticalValue(confidenceLevel) * standardError;

  return {
    estimate, standardError, statistic, pValue,
    ciLow: toEstimateScale(scaled - margin), ciHigh: toEstimateScale(scaled + margin),
    confidenceLevel
  };
}
