/**
 * Treatment effect adjusted for pre-placement covariates (ANCOVA, the regression form of
 * CUPED).
 *
 * The ordinary least squares fit y = β₀ + τ·treatment + Σ βⱼ·xⱼ + ε estimates the effect τ
 * of the challenger. With covariates fixed before randomisation (claim amount, debt age),
 * τ stays unbiased while the residual variance, and so the standard error, shrinks by the
 * share of variance the covariates explain (A. Deng, Y. Xu, R. Kohavi, T. Walker 2013,
 * "Improving the sensitivity of online controlled experiments by utilizing
 * pre-experiment data", WSDM 2013: 123–132). The standard error is the classical one,
 * √(σ̂²·[(XᵀX)⁻¹]_ττ) with σ̂² = RSS/(n − p), and the test uses t with n − p degrees of
 * freedom, as R's `summary(lm(y ~ arm + x))` reports.
 */

import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { checkConfidenceLevel, type Sample } from "./inputChecks.js";
import { invertMatrix } from "./linearAlgebra.js";

export interface RegressionAdjustmentResult {
  /** Adjusted difference of means, challenger minus baseline. */
  effect: number;
  standardError: number;
  degreesOfFreedom: number;
  /** t statistic, effect ÷ standard error. */
  statistic: number;
  pValue: number;
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
  /** Coefficients of the covariates, in the order given. */
  covariateCoefficients: number[];
}

/**
 * Estimate the treatment effect on `outcome` adjusted for `covariates`.
 *
 * @param outcome per-debtor outcome, e.g. € recovered
 * @param treatment per-debtor arm indicator: 1 for the challenger, 0 for the baseline
 * @param covariates per-debtor covariates measured before placement, each as long as `outcome`
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 * @throws {RangeError} if lengths differ, a value is not finite, the indicator is not 0 or 1,
 *   there are no more debtors than coefficients, or the design is singular (a constant or
 *   repeated covariate, or only one arm present)
 */
export function regressionAdjustment(
  outcome: Sample,
  treatment: Sample,
  covariates: readonly Sample[],
  confidenceLevel = 0.95
): RegressionAdjustmentResult {
  checkConfidenceLevel(confidenceLevel, "regressionAdjustment");
  checkDesign(outcome, treatment, covariates);

  const n = outcome.length;
  const p = 2 + covariates.length;
  const columns = [treatment, ...covariates];

  // Centre every column so that XᵀX is well conditioned; the slopes do not change and the
  // intercept drops out of the slope block.
  const means = columns.map((column) => columnMean(column));
  const outcomeMean = columnMean(outcome);
  const crossProducts = columns.map(() => new Array<number>(columns.length).fill(0));
  const outcomeProducts = new Array<number>(columns.length).fill(0);
  const row = new Array<number>(columns.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < columns.length; j++) row[j] = columns[j][i] - means[j];
    const centredOutcome = outcome[i] - outcomeMean;
    for (let j = 0; j < columns.length; j++) {
      outcomeProducts[j] += row[j] * centredOutcome;
      for (let l = j; l < columns.length; l++) crossProducts[j][l] += row[j] * row[l];
    }
  }
  for (let j = 0; j < columns.length; j++) {
    for (let l = 0; l < j; l++) crossProducts[j][l] = crossProducts[l][j];
  }

  const inverse = invertMatrix(crossProducts, "regressionAdjustment");
  const coefficients = inverse.map((inverseRow) => inverseRow.reduce((sum, value, j) => sum + value * outcomeProducts[j], 0));

  // Residual sum of squares from a second pass, which is exact where Syy − βᵀXᵀy can cancel.
  let residualSum = 0;
  for (let i = 0; i < n; i++) {
    let fitted = outcomeMean;
    for (let j = 0; j < columns.length; j++) fitted += coefficients[j] * (columns[j][i] - means[j]);
    const residual = outcome[i] - fitted;
    residualSum += residual * residual;
  }

  const degreesOfFreedom = n - p;
  const effect = coefficients[0];
  const standardError = Math.sqrt((residualSum / degreesOfFreedom) * inverse[0][0]);
  const statistic = standardError > 0 ? effect / standardError : NaN;
  const pValue = 2 * tCdf(-Math.abs(statistic), degreesOfFreedom);
  const margin = standardError > 0 ? tQuantile(1 - (1 - confidenceLevel) / 2, degreesOfFreedom) * standardError : NaN;

  return {
    effect, standardError, degreesOfFreedom, statistic, pValue,
    ciLow: effect - margin, ciHigh: effect + margin, confidenceLevel,
    covariateCoefficients: coefficients.slice(1)
  };
}

function checkDesign(outcome: Sample, treatment: Sample, covariates: readonly Sample[]): void {
  const n = outcome.length;
  const p = 2 + covariates.length;
  if (n <= p) {
    throw new RangeError(`regressionAdjustment: ${n} debtors for ${p} coefficients. Pass more debtors than coefficients.`);
  }

  const named: [string, Sample][] = [["outcome", outcome], ["treatment", treatment]];
  covariates.forEach((covariate, index) => named.push([`covariate ${index}`, covariate]));
  for (const [name, column] of named) {
    if (column.length !== n) {
      throw new RangeError(`regressionAdjustment: ${name} has ${column.length} values but outcome has ${n}. Pass one per debtor.`);
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(column[i])) {
        throw new RangeError(`regressionAdjustment: ${name} has the invalid value ${column[i]} at index ${i}.`);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (treatment[i] !== 0 && treatment[i] !== 1) {
      throw new RangeError(`regressionAdjustment: invalid treatment ${treatment[i]} at index ${i}. Use 1 for the challenger and 0 for the baseline.`);
    }
  }
}

function columnMean(column: Sample): number {
  let total = 0;
  for (let i = 0; i < column.length; i++) total += column[i];
  return total / column.length;
}
