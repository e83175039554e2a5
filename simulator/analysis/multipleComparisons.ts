/**
 * Adjusted p-values for many metrics and arms tested at once.
 *
 * Holm's step-down method controls the family-wise error rate: the i-th smallest of m
 * p-values is multiplied by (m − i + 1), and a running maximum keeps the order (S. Holm
 * 1979, "A simple sequentially rejective multiple test procedure", Scandinavian Journal of
 * Statistics 6: 65–70). The Benjamini–Hochberg step-up method controls the false
 * discovery rate: the i-th smallest is multiplied by m / i, and a running minimum from the
 * largest down keeps the order (Y. Benjamini, Y. Hochberg 1995, JRSS B 57: 289–300).
 * Both match R's `p.adjust(p, "holm")` and `p.adjust(p, "BH")`.
 */

/**
 * Adjust p-values with Holm's step-down method.
 *
 * NaN p-values, which mark an undefined test, are left out of the family and stay NaN,
 * as R's `p.adjust` does with NA.
 *
 * @param pValues raw p-values between 0 and 1, in any order
 * @returns adjusted p-values in the order of the input
 * @throws {RangeError} if a p-value is outside [0, 1]
 * @example
 * holmAdjust([0.01, 0.04, 0.03]); // => [0.03, 0.06, 0.06]
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = rankedIndices(pValues, "holmAdjust");
  const m = order.length;
  const adjusted = pValues.map(() => NaN);

  // Step down from the smallest p-value, never letting an adjusted value fall.
  let runningMaximum = 0;
  order.forEach((index, rank) => {
    runningMaximum = Math.max(runningMaximum, (m - rank) * pValues[index]);
    adjusted[index] = Math.min(1, runningMaximum);
  });
  return adjusted;
}

/**
 * Adjust p-values with the Benjamini–Hochberg step-up method.
 *
 * NaN p-values are left out of the family and stay NaN, as R's `p.adjust` does with NA.
 *
 * @param pValues raw p-values between 0 and 1, in any order
 * @returns adjusted p-values (q-values) in the order of the input
 * @throws {RangeError} if a p-value is outside [0, 1]
 * @example
 * benjaminiHochbergAdjust([0.01, 0.04, 0.03]); // => [0.03, 0.04, 0.04]
 */
export function benjaminiHochbergAdjust(pValues: readonly number[]): number[] {
  const order = rankedIndices(pValues, "benjaminiHochbergAdjust");
  const m = order.length;
  const adjusted = pValues.map(() => NaN);

  // Step up from the largest p-value, never letting an adjusted value rise.
  let runningMinimum = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    runningMinimum = Math.min(runningMinimum, (m / (rank + 1)) * pValues[index]);
    adjusted[index] = runningMinimum;
  }
  return adjusted;
}

/** Return the indices of the defined p-values, smallest p-value first, ties in input order. */
function rankedIndices(pValues: readonly number[], method: string): number[] {
  const indices: number[] = [];
  pValues.forEach((p, index) => {
    if (Number.isNaN(p)) return;
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`${method}: invalid p-value ${p} at index ${index}. Use values between 0 and 1.`);
    }
    indices.push(index);
  });
  return indices.sort((a, b) => pValues[a] - pValues[b] || a - b);
}
