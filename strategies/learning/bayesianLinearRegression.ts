/**
 * Bayesian linear regression of the reward on a feature vector, one model per action,
 * with linear Thompson sampling (Agrawal & Goyal 2013, "Thompson sampling for contextual
 * bandits with linear payoffs", ICML).
 *
 * Per action the model keeps the precision matrix A = λI + Σ x xᵀ and b = Σ r x. The
 * posterior of the coefficients is N(μ, v² A⁻¹) with μ = A⁻¹ b. A Thompson draw of the
 * expected reward for one context x is x·μ + v·√(xᵀ A⁻¹ x)·z with z ~ N(0, 1), which is
 * the exact marginal of x·θ under that posterior and costs O(d²) instead of a full
 * multivariate draw.
 *
 * A⁻¹ and μ are refreshed on `refresh()`, not after each update: the strategies refresh
 * once a simulated day, as an agency retrains its models nightly.
 */

import { invertMatrix } from "../../simulator/analysis/linearAlgebra.js";
import type { RandomStream } from "../../simulator/random/seededStream.js";

export interface LinearModelState {
  actions: number;
  features: number;
  ridge: number;
  scale: number;
  /** Precision matrices, action by action, row-major. */
  precision: number[];
  /** Σ r x per action. */
  target: number[];
}

/** Draw from N(0, 1) by the Box–Muller transform. */
export function normalDraw(random: RandomStream): number {
  const u = random() || Number.MIN_VALUE;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export class BayesianLinearRegression {
  readonly actions: number;
  readonly features: number;
  private readonly ridge: number;
  private readonly scale: number;
  private readonly precision: Float64Array;
  private readonly target: Float64Array;
  private readonly covariance: Float64Array;
  private readonly coefficients: Float64Array;
  private dirty = true;

  /**
   * @param ridge prior precision λ of every coefficient (the prior is N(0, I/λ)).
   * @param scale v, the posterior scale of Thompson sampling; larger explores more.
   */
  constructor(actions: number, features: number, ridge: number, scale: number) {
    this.actions = actions;
    this.features = features;
    this.ridge = ridge;
    this.scale = scale;
    const d = features;
    this.precision = new Float64Array(actions * d * d);
    this.target = new Float64Array(actions * d);
    this.covariance = new Float64Array(actions * d * d);
    this.coefficients = new Float64Array(actions * d);
    for (let a = 0; a < actions; a++) {
      for (let j = 0; j < d; j++) this.precision[a * d * d + j * d + j] = ridge;
    }
  }

  /** Add one observed reward of an action in context x. */
  update(action: number, x: ArrayLike<number>, reward: number): void {
    const d = this.features;
    const base = action * d * d;
    for (let j = 0; j < d; j++) {
      const xj = x[j];
      if (xj === 0) continue;
      this.target[action * d + j] += reward * xj;
      for (let k = 0; k < d; k++) this.precision[base + j * d + k] += xj * x[k];
    }
    this.dirty = true;
  }

  /** Recompute A⁻¹ and μ of every action from the data added so far. */
  refresh(): void {
    if (!this.dirty) return;
    const d = this.features;
    for (let a = 0; a < this.actions; a++) {
      const matrix: number[][] = [];
      for (let j = 0; j < d; j++) matrix.push(Array.from(this.precision.subarray(a * d * d + j * d, a * d * d + j * d + d)));
      const inverse = invertMatrix(matrix, "Bayesian linear regression");
      for (let j = 0; j < d; j++) {
        let mean = 0;
        for (let k = 0; k < d; k++) {
          this.covariance[a * d * d + j * d + k] = inverse[j][k];
          mean += inverse[j][k] * this.target[a * d + k];
        }
        this.coefficients[a * d + j] = mean;
      }
    }
    this.dirty = false;
  }

  /** Posterior mean of the expected reward x·μ. */
  mean(action: number, x: ArrayLike<number>): number {
    const d = this.features;
    let total = 0;
    for (let j = 0; j < d; j++) total += x[j] * this.coefficients[action * d + j];
    return total;
  }

  /** Draw the expected reward of an action in context x from its posterior. */
  sample(action: number, x: ArrayLike<number>, random: RandomStream): number {
    const d = this.features;
    const base = action * d * d;
    let quadratic = 0;
    for (let j = 0; j < d; j++) {
      if (x[j] === 0) continue;
      let row = 0;
      for (let k = 0; k < d; k++) row += this.covariance[base + j * d + k] * x[k];
      quadratic += x[j] * row;
    }
    return this.mean(action, x) + this.scale * Math.sqrt(Math.max(0, quadratic)) * normalDraw(random);
  }

  /** The posterior mean coefficient of one feature for one action. */
  coefficient(action: number, feature: number): number {
    return this.coefficients[action * this.features + feature];
  }

  toJSON(): LinearModelState {
    return {
      actions: this.actions,
      features: this.features,
      ridge: this.ridge,
      scale: this.scale,
      precision: Array.from(this.precision),
      target: Array.from(this.target)
    };
  }

  /** Restore a saved model; throws when its shape differs from the strategy's. */
  static fromJSON(state: LinearModelState, actions: number, features: number, source: string): BayesianLinearRegression {
    if (state.actions !== actions || state.features !== features || state.precision?.length !== actions * features * features || state.target?.length !== actions * features) {
      throw new Error(`The linear model in ${source} has ${state.actions} actions × ${state.features} features, expected ${actions} × ${features}. Warm-start only from a run with the same strategy options.`);
    }
    const model = new BayesianLinearRegression(actions, features, state.ridge, state.scale);
    model.precision.set(state.precision);
    model.target.set(state.target);
    model.refresh();
    return model;
  }
}
