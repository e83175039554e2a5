/**
 * Beta–Bernoulli posteriors of a response chance, one per segment × action cell, with
 * Thompson sampling (Thompson 1933; Chapelle & Li 2011, "An empirical evaluation of
 * Thompson sampling").
 */

import { betaDraw, type RandomStream } from "../../simulator/random/seededStream.js";

export interface BetaPosteriorState {
  segments: number;
  actions: number;
  prior: [number, number];
  /** Observed successes and failures per cell, row-major by segment. */
  successes: number[];
  failures: number[];
}

export class BetaPosterior {
  readonly segments: number;
  readonly actions: number;
  private readonly prior: [number, number];
  private readonly successes: Float64Array;
  private readonly failures: Float64Array;

  /** Start from the prior (successes, failures) in every cell. */
  constructor(segments: number, actions: number, prior: [number, number]) {
    this.segments = segments;
    this.actions = actions;
    this.prior = prior;
    this.successes = new Float64Array(segments * actions);
    this.failures = new Float64Array(segments * actions);
  }

  /** Draw one response chance of an action in a segment from its posterior. */
  sample(segment: number, action: number, random: RandomStream): number {
    const cell = segment * this.actions + action;
    return betaDraw(random, this.prior[0] + this.successes[cell], this.prior[1] + this.failures[cell]);
  }

  /** Posterior mean of the response chance. */
  mean(segment: number, action: number): number {
    const cell = segment * this.actions + action;
    const alpha = this.prior[0] + this.successes[cell];
    return alpha / (alpha + this.prior[1] + this.failures[cell]);
  }

  /** Number of settled outcomes in a cell. */
  observations(segment: number, action: number): number {
    const cell = segment * this.actions + action;
    return this.successes[cell] + this.failures[cell];
  }

  update(segment: number, action: number, success: boolean): void {
    const cell = segment * this.actions + action;
    if (success) this.successes[cell] += 1;
    else this.failures[cell] += 1;
  }

  toJSON(): BetaPosteriorState {
    return { segments: this.segments, actions: this.actions, prior: this.prior, successes: Array.from(this.successes), failures: Array.from(this.failures) };
  }

  /** Restore the counts of a saved posterior; throws when its shape differs. */
  static fromJSON(state: BetaPosteriorState, source: string): BetaPosterior {
    const posterior = new BetaPosterior(state.segments, state.actions, state.prior);
    if (state.successes?.length !== state.segments * state.actions || state.failures?.length !== state.segments * state.actions) {
      throw new Error(`The Beta posterior in ${source} has ${state.successes?.length ?? 0} cells, expected ${state.segments} segments × ${state.actions} actions. Save the model again with the same strategy options.`);
    }
    posterior.successes.set(state.successes);
    posterior.failures.set(state.failures);
    return posterior;
  }
}
