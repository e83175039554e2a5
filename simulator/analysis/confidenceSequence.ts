/**
 * Asymptotic confidence sequence for a difference of means, valid at every look at the
 * data rather than at one fixed sample size.
 *
 * The bound comes from Waudby-Smith, Arbour, Sinha, Kennedy, Ramdas 2023, "Time-uniform
 * central limit theory and asymptotic confidence sequences" (Annals of Statistics). For
 * the running mean of t observations with sample standard deviation σ̂ it is
 * μ̂ ± σ̂·√( 2(tρ² + 1)/(t²ρ²) · log(√(tρ² + 1)/α) ),
 * written here with ρ acting on the standardised observations. The tuning parameter ρ
 * sets the sample size t* at which the sequence is narrowest:
 * ρ² = (−2·log α + log(−2·log α + 1)) / t*.
 * For two arms the estimate is mean₁ − mean₂ with variance V = s₁²/n₁ + s₂²/n₂, the time
 * index is t = n₁ + n₂, and σ̂² = t·V, which for equal arms is the variance of one
 * debtor's contribution to the difference. Choose t* before the experiment starts (for
 * example the planned size); choosing it after looking at the data voids the guarantee.
 */

import { mean, sampleVariance } from "simple-statistics";
import { checkConfidenceLevel, toFiniteArray, type Sample } from "./inputChecks.js";

export interface ConfidenceSequenceResult {
  /** mean(x) − mean(y). */
  difference: number;
  /** Half-width of the sequence at the current sample size. */
  halfWidth: number;
  ciLow: number;
  ciHigh: number;
  /** Tuning parameter ρ of the normal mixture. */
  tuning: number;
  confidenceLevel: number;
}

/**
 * Return the tuning parameter ρ that makes the sequence narrowest at `plannedSize`.
 *
 * @param plannedSize total number of debtors t* at which the bound should be tightest
 * @param confidenceLevel level 1 − α of the sequence
 */
export function confidenceSequenceTuning(plannedSize: number, confidenceLevel = 0.95): number {
  checkConfidenceLevel(confidenceLevel, "confidenceSequenceTuning");
  if (!(plannedSize > 0 && Number.isFinite(plannedSize))) {
    throw new RangeError(`confidenceSequenceTuning: invalid planned size ${plannedSize}. Use a positive number of debtors.`);
  }
  const logAlpha = -2 * Math.log(1 - confidenceLevel);
  return Math.sqrt((logAlpha + Math.log(logAlpha + 1)) / plannedSize);
}

/**
 * Compute the asymptotic confidence sequence for mean(x) − mean(y) at the current data.
 *
 * When both samples are constant the variance is zero and the bounds equal the difference.
 *
 * @param x first arm so far, e.g. the challenger (at least two values)
 * @param y second arm so far, e.g. the baseline (at least two values)
 * @param plannedSize total number of debtors t* at which the bound should be tightest
 * @param confidenceLevel level 1 − α, valid over all looks at once
 * @throws {RangeError} if a sample is too short or not finite, or a parameter is invalid
 */
export function confidenceSequence(
  x: Sample,
  y: Sample,
  plannedSize: number,
  confidenceLevel = 0.95
): ConfidenceSequenceResult {
  const tuning = confidenceSequenceTuning(plannedSize, confidenceLevel);
  const first = toFiniteArray(x, "x", "confidenceSequence", 2);
  const second = toFiniteArray(y, "y", "confidenceSequence", 2);

  const difference = mean(first) - mean(second);
  const variance = sampleVariance(first) / first.length + sampleVariance(second) / second.length;
  const t = first.length + second.length;
  const standardisedDeviation = Math.sqrt(t * variance);

  // Normal-mixture boundary of the standardised sum, divided by t for the mean.
  const alpha = 1 - confidenceLevel;
  const rhoSquaredT = tuning * tuning * t;
  const radius = Math.sqrt(((2 * (rhoSquaredT + 1)) / (t * t * tuning * tuning)) * Math.log(Math.sqrt(rhoSquaredT + 1) / alpha));
  const halfWidth = standardisedDeviation * radius;

  return {
    difference,
    halfWidth,
    ciLow: difference - halfWidth,
    ciHigh: difference + halfWidth,
    tuning,
    confidenceLevel
  };
}
