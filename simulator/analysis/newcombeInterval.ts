/**
 * Newcombe's hybrid score interval for the difference of two independent proportions.
 *
 * With Wilson intervals [l₁, u₁] and [l₂, u₂] for p₁ and p₂, the interval for d = p₁ − p₂
 * runs from d − √((p₁ − l₁)² + (u₂ − p₂)²) to d + √((u₁ − p₁)² + (p₂ − l₂)²). This is
 * method 10 of R. G. Newcombe 1998, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17:
 * 873–890. It keeps close to nominal coverage for rare events and counts of zero, where
 * the Wald interval collapses.
 */

import { checkConfidenceLevel, normalCriticalValue } from "./inputChecks.js";
import { checkBinomialCounts, wilsonScoreBounds } from "./wilsonInterval.js";

export interface DifferenceInterval {
  /** p₁ − p₂. */
  difference: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Compute Newcombe's hybrid score interval for p₁ − p₂.
 *
 * @param successes1 events in the first group, e.g. the challenger arm
 * @param trials1 cases in the first group, at least 1
 * @param successes2 events in the second group, e.g. the baseline arm
 * @param trials2 cases in the second group, at least 1
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 * @throws {RangeError} if a count is not a whole number with 0 ≤ successes ≤ trials
 * @example
 * newcombeInterval(56, 70, 48, 80); // => { difference: 0.2, ciLow: 0.0524, ciHigh: 0.3339 }
 */
export function newcombeInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  confidenceLevel = 0.95
): DifferenceInterval {
  checkConfidenceLevel(confidenceLevel, "newcombeInterval");
  checkBinomialCounts(successes1, trials1, "newcombeInterval");
  checkBinomialCounts(successes2, trials2, "newcombeInterval");

  const z = normalCriticalValue(confidenceLevel);
  const first = wilsonScoreBounds(successes1 / trials1, trials1, z);
  const second = wilsonScoreBounds(successes2 / trials2, trials2, z);
  const difference = first.proportion - second.proportion;

  // Each bound combines the distances of the two Wilson bounds that push d the same way.
  const lowerDistance = Math.hypot(first.proportion - first.ciLow, second.ciHigh - second.proportion);
  const upperDistance = Math.hypot(first.ciHigh - first.proportion, second.proportion - second.ciLow);

  return { difference, ciLow: difference - lowerDistance, ciHigh: difference + upperDistance };
}
