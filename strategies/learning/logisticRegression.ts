/**
 * Logistic regression fitted by Newton–Raphson (iteratively reweighted least squares),
 * the maximum-likelihood fit R's `glm(family = binomial)` computes (McCullagh & Nelder
 * 1989, "Generalized Linear Models", ch. 4). An optional ridge penalty λ‖β‖²/2 on all
 * coefficients but the intercept keeps the fit finite on separable data.
 */

import { invertMatrix } from "../../simulator/analysis/linearAlgebra.js";

export interface LogisticFit {
  /** Coefficients, one per column of the design matrix (column 0 is usually the intercept). */
  coefficients: number[];
  iterations: number;
}

/** The logistic function 1 / (1 + e^−η). */
export function logistic(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

/** Return the linear predictor x·β. */
export function linearPredictor(coefficients: ArrayLike<number>, x: ArrayLike<number>): number {
  let eta = 0;
  for (let j = 0; j < coefficients.length; j++) eta += coefficients[j] * x[j];
  return eta;
}

/**
 * Fit P(y = 1 | x) = logistic(x·β).
 *
 * @param rows design matrix, one feature vector per observation (include the intercept column).
 * @param labels 0 or 1 per observation.
 * @throws {Error} when rows and labels differ in length, there are no rows, or the fit does not converge.
 * @example fitLogisticRegression([[1, 0], [1, 1], [1, 2], [1, 3]], [0, 1, 0, 1]).coefficients // ≈ [−1.362, 0.908], as R glm(family = binomial)
 */
export function fitLogisticRegression(rows: readonly ArrayLike<number>[], labels: ArrayLike<number>, options: { ridge?: number; maxIterations?: number; tolerance?: number } = {}): LogisticFit {
  if (rows.length === 0) throw new Error("fitLogisticRegression: needs at least one observation.");
  if (rows.length !== labels.length) {
    throw new Error(`fitLogisticRegression: ${rows.length} feature rows but ${labels.length} labels; give one label per row.`);
  }
  const ridge = options.ridge ?? 0;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  const d = rows[0].length;
  const beta = new Array<number>(d).fill(0);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // gradient and Hessian of the penalised log-likelihood
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i];
      const p = logistic(linearPredictor(beta, x));
      const weight = p * (1 - p);
      const residual = labels[i] - p;
      for (let j = 0; j < d; j++) {
        gradient[j] += residual * x[j];
        for (let k = 0; k <= j; k++) hessian[j][k] += weight * x[j] * x[k];
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = j + 1; k < d; k++) hessian[j][k] = hessian[k][j];
      if (j > 0) {
        gradient[j] -= ridge * beta[j];
        hessian[j][j] += ridge;
      }
    }

    // Newton step β ← β + H⁻¹ g
    const inverse = invertMatrix(hessian, "logistic regression");
    let change = 0;
    for (let j = 0; j < d; j++) {
      let step = 0;
      for (let k = 0; k < d; k++) step += inverse[j][k] * gradient[k];
      beta[j] += step;
      change = Math.max(change, Math.abs(step));
    }
    if (change < tolerance) return { coefficients: beta, iterations: iteration };
  }
  throw new Error(`fitLogisticRegression: no convergence after ${maxIterations} Newton steps; the data may be separable, so set a ridge penalty above 0.`);
}
