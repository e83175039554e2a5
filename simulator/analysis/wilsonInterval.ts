/**
 * Wilson score interval for a single binomial proportion.
 *
 * With p = x/n and z the two-sided normal critical value, the interval is
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
 * (E. B. Wilson 1927, "Probable inference, the law of succession, and statistical
 * inference", JASA 22: 209–212). Unlike the Wald interval it stays inside [0, 1] and
 * keeps its width when x is 0 or n. R's `prop.test(x, n, correct = FALSE)$conf.int`
 * gives the same interval.
 */

import { checkConfidenceLevel, normalCriticalValue } from "./inputChecks.js";

export interface ProportionInterval {
  proportion: number;
  ciLow: number;
  ciHigh: number;
}

/** Throw unless `successes` and `trials` are counts with 0 ≤ successes ≤ trials and trials ≥ 1. */
export function checkBinomialCounts(successes: number, trials: number, statistic: string): void {
  if (!Number.isInteger(trials) || trials < 1) {
    throw new RangeError(`${statistic}: invalid number of trials ${trials}. Use a whole number of at least 1.`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(
      `${statistic}: invalid number of successes ${successes} for ${trials} trials. Use a whole number from 0 to ${trials}.`
    );
  }
}

/**
 * Compute the Wilson score interval for `successes` out of `trials`.
 *
 * @param successes number of cases with the event, e.g. cured cases
 * @param trials number of cases, at least 1
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 * @throws {RangeError} if the counts are not whole numbers with 0 ≤ successes ≤ trials
 * @example
 * wilsonInterval(81, 263); // => { proportion: 0.3080, ciLow: 0.2553, ciHigh: 0.3662 }
 */
export function wilsonInterval(successes: number, trials: number, confidenceLevel = 0.95): ProportionInterval {
  checkConfidenceLevel(confidenceLevel, "wilsonInterval");
  checkBinomialCounts(successes, trials, "wilsonInterval");
  return wilsonScoreBounds(successes / trials, trials, normalCriticalValue(confidenceLevel));
}

/** Compute the Wilson bounds from a checked proportion, trial count and critical value. */
export function wilsonScoreBounds(proportion: number, trials: number, z: number): ProportionInterval {
  const zSquaredOverN = (z * z) / trials;
  const centre = proportion + zSquaredOverN / 2;
  const halfWidth = z * Math.sqrt((proportion * (1 - proportion)) / trials + zSquaredOverN / (4 * trials));
  const scale = 1 + zSquaredOverN;

  return {
    proportion,
    ciLow: Math.max(0, (centre - halfWidth) / scale),
    ciHigh: Math.min(1, (centre + halfWidth) / scale)
  };
}
