/**
 * z-test for the difference of two independent proportions.
 *
 * The test statistic uses the pooled proportion p̄ = (x₁ + x₂)/(n₁ + n₂) under the null
 * hypothesis p₁ = p₂: z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)). Its square is Pearson's
 * chi-squared statistic of the 2×2 table, so the p-value equals R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value`. The Wald interval uses the
 * unpooled standard error √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂), as R's `prop.test` does. The
 * Newcombe hybrid score interval is reported beside it because the Wald interval
 * shrinks to a point when an arm has no events, which happens for rare outcomes such as
 * complaints.
 */

import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { checkConfidenceLevel, normalCriticalValue } from "./inputChecks.js";
import { newcombeInterval } from "./newcombeInterval.js";
import { checkBinomialCounts } from "./wilsonInterval.js";

export interface TwoProportionTestResult {
  proportion1: number;
  proportion2: number;
  /** proportion1 − proportion2. */
  difference: number;
  /** Unpooled standard error of the difference, used for the Wald interval. */
  standardError: number;
  /** z statistic with the pooled standard error. */
  statistic: number;
  /** Two-sided p-value for p₁ = p₂. */
  pValue: number;
  /** Wald interval with the unpooled standard error. */
  ciLow: number;
  ciHigh: number;
  /** Newcombe's hybrid score interval (method 10 of Newcombe 1998). */
  newcombeLow: number;
  newcombeHigh: number;
  confidenceLevel: number;
}

/**
 * Test whether two proportions differ and bound their difference.
 *
 * When both groups have only events or only non-events the pooled standard error is zero:
 * the statistic and p-value are then NaN, and the Newcombe interval is still defined.
 *
 * @param successes1 events in the first group, e.g. cured cases in the challenger arm
 * @param trials1 cases in the first group, at least 1
 * @param successes2 events in the second group, e.g. cured cases in the baseline arm
 * @param trials2 cases in the second group, at least 1
 * @param confidenceLevel level of the two-sided intervals, between 0 and 1
 * @throws {RangeError} if a count is not a whole number with 0 ≤ successes ≤ trials
 * @example
 * twoProportionTest(56, 70, 48, 80).pValue; // => 0.00805, as R: prop.test(c(56, 48), c(70, 80), correct = FALSE)$p.value
 */
export function twoProportionTest(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  confidenceLevel = 0.95
): TwoProportionTestResult {
  checkConfidenceLevel(confidenceLevel, "twoProportionTest");
  checkBinomialCounts(successes1, trials1, "twoProportionTest");
  checkBinomialCounts(successes2, trials2, "twoProportionTest");

  const proportion1 = successes1 / trials1;
  const proportion2 = successes2 / trials2;
  const difference = proportion1 - proportion2;

  // Test statistic with the pooled proportion, the null hypothesis being p₁ = p₂.
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
  const statistic = pooledError > 0 ? difference / pooledError : NaN;
  const pValue = 2 * normalCdf(-Math.abs(statistic), 0, 1);

  // Wald interval with the unpooled standard error.
  const standardError = Math.sqrt(
    (proportion1 * (1 - proportion1)) / trials1 + (proportion2 * (1 - proportion2)) / trials2
  );
  const margin = normalCriticalValue(confidenceLevel) * standardError;

  const newcombe = newcombeInterval(successes1, trials1, successes2, trials2, confidenceLevel);

  return {
    proportion1, proportion2, difference, standardError, statistic, pValue,
    ciLow: difference - margin, ciHigh: difference + margin,
    newcombeLow: newcombe.ciLow, newcombeHigh: newcombe.ciHigh,
    confidenceLevel
  };
}
