/**
 * Sample ratio mismatch check: do the arm sizes fit the intended allocation weights?
 *
 * Pearson's chi-squared goodness-of-fit statistic Σ (observed − expected)² / expected with
 * k − 1 degrees of freedom, expected counts being N·wᵢ/Σw. The same test as R's
 * `chisq.test(x, p = w, rescale.p = TRUE)`. A mismatch is flagged at p < 0.001 because
 * the check runs on every experiment: a strict level keeps false alarms rare, while a
 * broken assignment gives far smaller p-values.
 */

import gammainc from "@stdlib/math-base-special-gammainc";

/** p-value below which the allocation is flagged as mismatched. */
export const SAMPLE_RATIO_MISMATCH_THRESHOLD = 0.001;

export interface SampleRatioMismatchResult {
  /** Expected arm sizes under the intended weights. */
  expected: number[];
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  /** True when pValue < {@link SAMPLE_RATIO_MISMATCH_THRESHOLD}. */
  mismatch: boolean;
}

/**
 * Test observed arm sizes against the intended allocation weights.
 *
 * @param counts debtors assigned to each arm, whole numbers
 * @param weights intended allocation of each arm, any positive scale (e.g. 90 and 10)
 * @throws {RangeError} if there are fewer than two arms, the lengths differ, a count is not
 *   a whole number of at least 0, a weight is not positive, or no debtor was assigned
 * @example
 * sampleRatioMismatch([5100, 4900], [1, 1]).pValue; // => 0.0455
 */
export function sampleRatioMismatch(counts: readonly number[], weights: readonly number[]): SampleRatioMismatchResult {
  checkAllocation(counts, weights);

  const total = counts.reduce((sum, count) => sum + count, 0);
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  const expected = weights.map((weight) => (total * weight) / weightTotal);

  let statistic = 0;
  for (let i = 0; i < counts.length; i++) {
    const deviation = counts[i] - expected[i];
    statistic += (deviation * deviation) / expected[i];
  }

  // Upper tail of the chi-squared distribution as the regularized upper incomplete gamma
  // function Q(k/2, x/2), which keeps its precision far below 1e-16 where 1 − CDF would be 0.
  const degreesOfFreedom = counts.length - 1;
  const pValue = gammainc(statistic / 2, degreesOfFreedom / 2, true, true);

  return { expected, statistic, degreesOfFreedom, pValue, mismatch: pValue < SAMPLE_RATIO_MISMATCH_THRESHOLD };
}

function checkAllocation(counts: readonly number[], weights: readonly number[]): void {
  if (counts.length < 2 || counts.length !== weights.length) {
    throw new RangeError(
      `sampleRatioMismatch: got ${counts.length} counts and ${weights.length} weights. Pass one count and one weight for each of at least two arms.`
    );
  }
  counts.forEach((count, index) => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`sampleRatioMismatch: invalid count ${count} at index ${index}. Use whole numbers of at least 0.`);
    }
  });
  weights.forEach((weight, index) => {
    if (!(weight > 0 && Number.isFinite(weight))) {
      throw new RangeError(`sampleRatioMismatch: invalid weight ${weight} at index ${index}. Use positive numbers.`);
    }
  });
  if (counts.every((count) => count === 0)) {
    throw new RangeError("sampleRatioMismatch: all counts are zero. Check after debtors have been assigned.");
  }
}
