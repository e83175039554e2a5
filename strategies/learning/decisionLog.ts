/**
 * The decision log of a learning strategy: one row per decision with what drove it, so
 * that an audit can answer "why did this debtor get a firm letter on day 30".
 *
 * Each row holds the chosen action, the segment the debtor was placed in, the estimated
 * response chance and the score the choice maximised, the two features that contributed
 * most to the chosen action's estimate, and the two best alternatives with their scores.
 * The feature vector of every decision is kept in memory (not written) so that regret can
 * be computed from the final model after the run.
 */

import type { Table } from "../../simulator/io/table.js";

/** Action code of a decision to wait instead of contacting. */
export const WAIT = -1;

/** Flag in `channelMask`: the decision was the debtor's first contact, so offers were not allowed. */
export const FIRST_CONTACT = 128;

/** Outcome codes of a decision. */
export const OUTCOMES = ["noResponse", "response", "undelivered"] as const;
export const PENDING = -1;
export const NO_RESPONSE = 0;
export const RESPONSE = 1;
export const UNDELIVERED = 2;

export interface DecisionRow {
  debtor: number;
  day: number;
  action: number;
  segment: number;
  estimate: number;
  score: number;
  /** € at stake: the outstanding amount, capped. */
  value: number;
  /** € price of the chosen contact. */
  cost: number;
  feature1: number;
  contribution1: number;
  feature2: number;
  contribution2: number;
  alternative1: number;
  alternative1Score: number;
  alternative2: number;
  alternative2Score: number;
  /** Number of actions that were allowed for this debtor on this day. */
  alternatives: number;
  /** Bit per channel code that could reach the debtor, plus FIRST_CONTACT. */
  channelMask: number;
}

const INITIAL_CAPACITY = 1024;

export class DecisionLog {
  readonly featureCount: number;
  size = 0;
  debtor = new Int32Array(INITIAL_CAPACITY);
  day = new Int32Array(INITIAL_CAPACITY);
  action = new Int16Array(INITIAL_CAPACITY);
  segment = new Int16Array(INITIAL_CAPACITY);
  estimate = new Float64Array(INITIAL_CAPACITY);
  score = new Float64Array(INITIAL_CAPACITY);
  value = new Float64Array(INITIAL_CAPACITY);
  cost = new Float64Array(INITIAL_CAPACITY);
  feature1 = new Int8Array(INITIAL_CAPACITY);
  contribution1 = new Float64Array(INITIAL_CAPACITY);
  feature2 = new Int8Array(INITIAL_CAPACITY);
  contribution2 = new Float64Array(INITIAL_CAPACITY);
  alternative1 = new Int16Array(INITIAL_CAPACITY);
  alternative1Score = new Float64Array(INITIAL_CAPACITY);
  alternative2 = new Int16Array(INITIAL_CAPACITY);
  alternative2Score = new Float64Array(INITIAL_CAPACITY);
  alternatives = new Int16Array(INITIAL_CAPACITY);
  channelMask = new Uint8Array(INITIAL_CAPACITY);
  outcome = new Int8Array(INITIAL_CAPACITY);
  features: Float32Array;

  constructor(featureCount: number) {
    this.featureCount = featureCount;
    this.features = new Float32Array(INITIAL_CAPACITY * featureCount);
  }

  /** Append a decision with its feature vector; returns its row index. */
  add(row: DecisionRow, features: ArrayLike<number>): number {
    if (this.size === this.debtor.length) this.grow();
    const k = this.size++;
    this.debtor[k] = row.debtor;
    this.day[k] = row.day;
    this.action[k] = row.action;
    this.segment[k] = row.segment;
    this.estimate[k] = row.estimate;
    this.score[k] = row.score;
    this.value[k] = row.value;
    this.cost[k] = row.cost;
    this.feature1[k] = row.feature1;
    this.contribution1[k] = row.contribution1;
    this.feature2[k] = row.feature2;
    this.contribution2[k] = row.contribution2;
    this.alternative1[k] = row.alternative1;
    this.alternative1Score[k] = row.alternative1Score;
    this.alternative2[k] = row.alternative2;
    this.alternative2Score[k] = row.alternative2Score;
    this.alternatives[k] = row.alternatives;
    this.channelMask[k] = row.channelMask;
    this.outcome[k] = PENDING;
    for (let j = 0; j < this.featureCount; j++) this.features[k * this.featureCount + j] = features[j];
    return k;
  }

  /** Copy the feature vector of a decision into `out`. */
  featuresOf(index: number, out: Float64Array): Float64Array {
    for (let j = 0; j < this.featureCount; j++) out[j] = this.features[index * this.featureCount + j];
    return out;
  }

  private grow(): void {
    const capacity = this.debtor.length * 2;
    const resize = <T extends Int32Array | Int16Array | Int8Array | Uint8Array | Float64Array | Float32Array>(array: T, length: number): T => {
      const bigger = new (array.constructor as new (length: number) => T)(length);
      bigger.set(array);
      return bigger;
    };
    this.debtor = resize(this.debtor, capacity);
    this.day = resize(this.day, capacity);
    this.action = resize(this.action, capacity);
    this.segment = resize(this.segment, capacity);
    this.estimate = resize(this.estimate, capacity);
    this.score = resize(this.score, capacity);
    this.value = resize(this.value, capacity);
    this.cost = resize(this.cost, capacity);
    this.feature1 = resize(this.feature1, capacity);
    this.contribution1 = resize(this.contribution1, capacity);
    this.feature2 = resize(this.feature2, capacity);
    this.contribution2 = resize(this.contribution2, capacity);
    this.alternative1 = resize(this.alternative1, capacity);
    this.alternative1Score = resize(this.alternative1Score, capacity);
    this.alternative2 = resize(this.alternative2, capacity);
    this.alternative2Score = resize(this.alternative2Score, capacity);
    this.alternatives = resize(this.alternatives, capacity);
    this.channelMask = resize(this.channelMask, capacity);
    this.outcome = resize(this.outcome, capacity);
    this.features = resize(this.features, capacity * this.featureCount);
  }
}

/** The decision log of one arm with the names its codes refer to. */
export interface ArmDecisions {
  arm: string;
  log: DecisionLog;
  actionLabels: readonly string[];
  featureNames: readonly string[];
  segmentNames: readonly string[];
}

/** Build the decision table of one arm (no arm column); a wait decision is the action "wait". */
export function armDecisionTable(source: ArmDecisions): Table {
  const log = source.log;
  const n = log.size;
  const actionNames = [...source.actionLabels, "wait"];
  const action = new Int32Array(n);
  for (let k = 0; k < n; k++) action[k] = log.action[k] === WAIT ? actionNames.length - 1 : log.action[k];
  const segmentNames = source.segmentNames.length > 0 ? source.segmentNames : ["none"];
  return {
    name: "decisions",
    rowCount: n,
    columns: [
      { name: "debtor", type: "int32", values: log.debtor.subarray(0, n) },
      { name: "day", type: "int32", values: log.day.subarray(0, n) },
      { name: "action", type: "category", values: action, categories: actionNames },
      { name: "segment", type: "category", values: log.segment.subarray(0, n), categories: segmentNames, nullValue: -1 },
      { name: "estimate", type: "float64", values: log.estimate.subarray(0, n) },
      { name: "score", type: "float64", values: log.score.subarray(0, n) },
      { name: "value", type: "float64", values: log.value.subarray(0, n) },
      { name: "cost", type: "float64", values: log.cost.subarray(0, n) },
      { name: "feature1", type: "category", values: log.feature1.subarray(0, n), categories: source.featureNames, nullValue: -1 },
      { name: "contribution1", type: "float64", values: log.contribution1.subarray(0, n) },
      { name: "feature2", type: "category", values: log.feature2.subarray(0, n), categories: source.featureNames, nullValue: -1 },
      { name: "contribution2", type: "float64", values: log.contribution2.subarray(0, n) },
      { name: "alternative1", type: "category", values: log.alternative1.subarray(0, n), categories: actionNames, nullValue: -1 },
      { name: "alternative1Score", type: "float64", values: log.alternative1Score.subarray(0, n) },
      { name: "alternative2", type: "category", values: log.alternative2.subarray(0, n), categories: actionNames, nullValue: -1 },
      { name: "alternative2Score", type: "float64", values: log.alternative2Score.subarray(0, n) },
      { name: "alternatives", type: "int32", values: Int32Array.from(log.alternatives.subarray(0, n)) },
      { name: "outcome", type: "category", values: log.outcome.subarray(0, n), categories: OUTCOMES, nullValue: -1 }
    ]
  };
}
