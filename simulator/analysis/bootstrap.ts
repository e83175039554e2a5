/**
 * Seeded percentile bootstrap for the difference of two arms' means or ratios.
 *
 * Each resample draws n₁ and n₂ debtors with replacement from the two arms, independently,
 * and recomputes the statistic. The percentile interval runs between the α/2 and
 * 1 − α/2 quantiles of the resampled statistics, taken with linear interpolation as R's
 * default `quantile(type = 7)` does. The draws come from seedrandom's Alea generator, so the same
 * seed gives the same interval. The cost is resamples × (n₁ + n₂) draws; for arms of a
 * million debtors the delta method gives the interval in one pass.
 */

import seedrandom from "seedrandom";
import { checkConfidenceLevel, toFiniteArray, type Sample } from "./inputChecks.js";

export interface BootstrapOptions {
  /** Number of resamples, default 2000. */
  resamples?: number;
  /** Level of the two-sided interval, default 0.95. */
  confidenceLevel?: number;
  /** Seed of the random draws, default 1. */
  seed?: number;
}

export interface BootstrapInterval {
  /** Statistic on the original data, first arm minus second. */
  estimate: number;
  /** Standard deviation of the resampled statistics. */
  standardError: number;
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
  resamples: number;
}

/**
 * Bootstrap the difference of means, mean(x) − mean(y).
 *
 * @param x first arm, e.g. the challenger (at least two values)
 * @param y second arm, e.g. the baseline (at least two values)
 * @throws {RangeError} if a sample is too short or not finite, or an option is invalid
 */
export function bootstrapMeanDifference(x: Sample, y: Sample, options: BootstrapOptions = {}): BootstrapInterval {
  const first = toFiniteArray(x, "x", "bootstrapMeanDifference", 2);
  const second = toFiniteArray(y, "y", "bootstrapMeanDifference", 2);
  const ones1 = new Array<number>(first.length).fill(1);
  const ones2 = new Array<number>(second.length).fill(1);
  return bootstrapRatios(first, ones1, second, ones2, options, "bootstrapMeanDifference");
}

/**
 * Bootstrap the difference of ratios, ΣY₁/ΣX₁ − ΣY₂/ΣX₂, resampling debtors as pairs.
 *
 * A resample whose denominator sums to zero gives no ratio and is drawn again.
 *
 * @param numerator1 first arm's Y per debtor, e.g. € recovered
 * @param denominator1 first arm's X per debtor, e.g. € placed
 * @param numerator2 second arm's Y per debtor
 * @param denominator2 second arm's X per debtor
 * @throws {RangeError} if lengths differ, a sample is too short or not finite, a
 *   denominator sums to zero, or an option is invalid
 */
export function bootstrapRatioDifference(
  numerator1: Sample,
  denominator1: Sample,
  numerator2: Sample,
  denominator2: Sample,
  options: BootstrapOptions = {}
): BootstrapInterval {
  const method = "bootstrapRatioDifference";
  const y1 = toFiniteArray(numerator1, "numerator1", method, 2);
  const x1 = toFiniteArray(denominator1, "denominator1", method, 2);
  const y2 = toFiniteArray(numerator2, "numerator2", method, 2);
  const x2 = toFiniteArray(denominator2, "denominator2", method, 2);
  if (y1.length !== x1.length || y2.length !== x2.length) {
    throw new RangeError(`${method}: each numerator needs one denominator value per debtor. Check the lengths.`);
  }
  if (sum(x1) === 0 || sum(x2) === 0) {
    throw new RangeError(`${method}: a denominator sums to zero, so the ratio is undefined.`);
  }
  return bootstrapRatios(y1, x1, y2, x2, options, method);
}

function bootstrapRatios(
  y1: number[],
  x1: number[],
  y2: number[],
  x2: number[],
  options: BootstrapOptions,
  method: string
): BootstrapInterval {
  const resamples = options.resamples ?? 2000;
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const seed = options.seed ?? 1;
  checkConfidenceLevel(confidenceLevel, method);
  if (!(Number.isInteger(resamples) && resamples >= 2)) {
    throw new RangeError(`${method}: invalid number of resamples ${resamples}. Use a whole number of at least 2, e.g. 2000.`);
  }
  if (!Number.isFinite(seed)) {
    throw new RangeError(`${method}: invalid seed ${seed}. Use a finite number.`);
  }

  const random = seedrandom.alea(`${seed}:bootstrap`);
  const statistics = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    statistics[b] = resampledRatio(y1, x1, random) - resampledRatio(y2, x2, random);
  }
  statistics.sort();

  const alpha = 1 - confidenceLevel;
  return {
    estimate: sum(y1) / sum(x1) - sum(y2) / sum(x2),
    standardError: standardDeviation(statistics),
    ciLow: quantileType7(statistics, alpha / 2),
    ciHigh: quantileType7(statistics, 1 - alpha / 2),
    confidenceLevel,
    resamples
  };
}

/** Draw one resample of the arm and return its ΣY/ΣX, drawing again on a zero denominator. */
function resampledRatio(y: number[], x: number[], random: () => number): number {
  const n = y.length;
  for (;;) {
    let numerator = 0;
    let denominator = 0;
    for (let i = 0; i < n; i++) {
      const index = Math.floor(random() * n);
      numerator += y[index];
      denominator += x[index];
    }
    if (denominator !== 0) return numerator / denominator;
  }
}

/** Return the p-quantile of sorted values by linear interpolation, R's type 7. */
function quantileType7(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

function standardDeviation(values: Float64Array): number {
  const mean = sum(values) / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return Math.sqrt(squares / (values.length - 1));
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
