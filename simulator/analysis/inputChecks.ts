/**
 * Input checks shared by the statistics in this folder. Each exported statistic calls
 * them first, so the code that computes never re-checks its input.
 */

import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";

/** A sample as the simulator stores it (typed array) or as a caller writes it (array). */
export type Sample = ArrayLike<number>;

/** Throw unless `confidenceLevel` lies strictly between 0 and 1. */
export function checkConfidenceLevel(confidenceLevel: number, statistic: string): void {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(
      `${statistic}: invalid confidence level ${confidenceLevel}. Use a value between 0 and 1, e.g. 0.95.`
    );
  }
}

/**
 * Copy a sample into a plain array, because simple-statistics takes `number[]`.
 * Throws when the sample has fewer than `minimumLength` values or contains a value that is
 * not a finite number, naming the sample and the position.
 */
export function toFiniteArray(sample: Sample, name: string, statistic: string, minimumLength: number): number[] {
  if (sample.length < minimumLength) {
    throw new RangeError(
      `${statistic}: sample ${name} has ${sample.length} values, but at least ${minimumLength} are required.`
    );
  }

  const values = Array.from(sample);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(`${statistic}: sample ${name} has the invalid value ${values[i]} at index ${i}.`);
    }
  }
  return values;
}

/** Return the two-sided standard normal critical value, e.g. 1.959964 for 0.95. */
export function normalCriticalValue(confidenceLevel: number): number {
  return normalQuantile(1 - (1 - confidenceLevel) / 2, 0, 1);
}
