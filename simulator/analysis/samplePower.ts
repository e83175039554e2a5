/**
 * Sample size per arm for a two-sided test at a given power, for proportions and means.
 *
 * Both follow R's `power.prop.test` and `power.t.test` with their default strict = FALSE,
 * which counts only the rejections in the direction of the true effect.
 *
 * Proportions: the first arm needs
 * n₁ = (z_{1−α/2}·√(p̄q̄(1 + 1/k)) + z_{power}·√(p₁q₁ + p₂q₂/k))² / (p₁ − p₂)²
 * debtors and the second k·n₁, with p̄ = (p₁ + k·p₂)/(1 + k) the pooled rate under the
 * null hypothesis. With k = 1 this is the normal-approximation equation that
 * `power.prop.test` solves numerically; other k weight each arm's variance by its size.
 *
 * Means: the power of Student's two-sample t-test (equal variances) with n₁ and n₂ = k·n₁
 * debtors is
 * P(T > t_{1−α/2, ν}) for T noncentral t with ν = n₁ + n₂ − 2 degrees of freedom and
 * noncentrality δ / (σ·√(1/n₁ + 1/n₂)), solved for n₁ by bisection.
 */

import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import jStat from "jstat";

export interface PowerOptions {
  /** Two-sided significance level α, default 0.05. */
  significanceLevel?: number;
  /** Desired power, default 0.8. */
  power?: number;
  /** Size of the second arm divided by the size of the first, default 1. */
  allocationRatio?: number;
}

export interface SampleSize {
  /** Debtors needed in the first arm, before rounding up. */
  n1: number;
  /** Debtors needed in the second arm, allocationRatio × n1. */
  n2: number;
}

/**
 * Compute the sample size to detect a difference between two proportions.
 *
 * @param p1 rate in the first arm, e.g. the champion's cure rate 0.30
 * @param p2 rate in the second arm, e.g. the hoped-for 0.32
 * @throws {RangeError} if a rate is outside (0, 1), the rates are equal, or an option is invalid
 * @example
 * proportionSampleSize(0.3, 0.32).n1; // => 8393.2, as R: power.prop.test(p1 = .30, p2 = .32, power = .8)$n
 */
export function proportionSampleSize(p1: number, p2: number, options: PowerOptions = {}): SampleSize {
  const { significanceLevel, power, allocationRatio } = resolveOptions(options, "proportionSampleSize");
  for (const [name, rate] of [["p1", p1], ["p2", p2]] as const) {
    if (!(rate > 0 && rate < 1)) {
      throw new RangeError(`proportionSampleSize: invalid ${name} ${rate}. Use a rate between 0 and 1.`);
    }
  }
  if (p1 === p2) {
    throw new RangeError("proportionSampleSize: p1 equals p2, so no sample size can detect a difference. Use two different rates.");
  }

  const k = allocationRatio;
  const pooled = (p1 + k * p2) / (1 + k);
  const nullSpread = Math.sqrt(pooled * (1 - pooled) * (1 + 1 / k));
  const alternativeSpread = Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / k);
  const zAlpha = normalQuantile(1 - significanceLevel / 2, 0, 1);
  const zPower = normalQuantile(power, 0, 1);

  const n1 = ((zAlpha * nullSpread + zPower * alternativeSpread) / (p1 - p2)) ** 2;
  return { n1, n2: k * n1 };
}

/**
 * Compute the sample size to detect a difference of means with Student's t-test.
 *
 * @param difference smallest difference of means worth detecting, e.g. 5 €
 * @param standardDeviation common standard deviation of the outcome, same unit
 * @throws {RangeError} if the difference is zero, the standard deviation is not positive,
 *   or an option is invalid
 * @example
 * meanSampleSize(1, 4).n1; // => 252.1, as R: power.t.test(delta = 1, sd = 4, power = .8)$n
 */
export function meanSampleSize(difference: number, standardDeviation: number, options: PowerOptions = {}): SampleSize {
  const { significanceLevel, power, allocationRatio } = resolveOptions(options, "meanSampleSize");
  if (!(difference !== 0 && Number.isFinite(difference))) {
    throw new RangeError(`meanSampleSize: invalid difference ${difference}. Use a finite number other than 0.`);
  }
  if (!(standardDeviation > 0 && Number.isFinite(standardDeviation))) {
    throw new RangeError(`meanSampleSize: invalid standard deviation ${standardDeviation}. Use a positive number.`);
  }

  const k = allocationRatio;
  const effect = Math.abs(difference) / standardDeviation;
  const powerAt = (n1: number): number => {
    const degreesOfFreedom = n1 * (1 + k) - 2;
    const critical = tQuantile(1 - significanceLevel / 2, degreesOfFreedom);
    const noncentrality = effect / Math.sqrt(1 / n1 + 1 / (k * n1));
    return 1 - jStat.noncentralt.cdf(critical, degreesOfFreedom, noncentrality);
  };

  // Power rises with n₁, so bisection between a size just above 1 and a size large enough.
  let low = 1 + 1e-9 + 1 / (1 + k);
  let high = 2;
  while (powerAt(high) < power) {
    low = high;
    high *= 2;
  }
  while (high - low > 1e-9 * high) {
    const middle = (low + high) / 2;
    if (powerAt(middle) < power) low = middle;
    else high = middle;
  }

  const n1 = (low + high) / 2;
  return { n1, n2: k * n1 };
}

function resolveOptions(options: PowerOptions, method: string): Required<PowerOptions> {
  const significanceLevel = options.significanceLevel ?? 0.05;
  const power = options.power ?? 0.8;
  const allocationRatio = options.allocationRatio ?? 1;

  if (!(significanceLevel > 0 && significanceLevel < 1)) {
    throw new RangeError(`${method}: invalid significance level ${significanceLevel}. Use a value between 0 and 1, e.g. 0.05.`);
  }
  if (!(power > significanceLevel / 2 && power < 1)) {
    throw new RangeError(`${method}: invalid power ${power}. Use a value between α/2 and 1, e.g. 0.8.`);
  }
  if (!(allocationRatio > 0 && Number.isFinite(allocationRatio))) {
    throw new RangeError(`${method}: invalid allocation ratio ${allocationRatio}. Use a positive number, e.g. 9 for a 10/90 split.`);
  }
  return { significanceLevel, power, allocationRatio };
}
