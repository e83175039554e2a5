/**
 * Sensitivity analysis: how robust is an experiment's verdict to the uncertain model
 * parameters?
 *
 * Each uncertain parameter is set to the low and the high end of its plausible range,
 * one at a time (the tornado), and all of them are drawn jointly by Latin hypercube
 * sampling over their ranges. Every world reruns the experiment with the same seed, so
 * arms and worlds share common random numbers and differences reflect the parameters,
 * not sampling noise. For each challenger and metric the result states how often the
 * challenger still beats the champion and which parameters flip the verdict.
 */

import { baselineArm, type ExperimentConfig } from "../experiment/config.js";
import { resolveConfigParameters, runExperiment, type ExperimentRun } from "../experiment/runExperiment.js";
import { parameterDefinitions } from "../params/modelParameters.js";
import type { ParameterDefinition, ParameterValues } from "../params/parameter.js";
import { createStream } from "../random/seededStream.js";
import { deriveSeed } from "../random/counterRandom.js";

/** Metrics judged per world; for cost lower is better. */
export const SENSITIVITY_METRICS = ["recoveryRate", "costPerCase", "nps"] as const;
export type SensitivityMetric = (typeof SENSITIVITY_METRICS)[number];
const LOWER_IS_BETTER: Record<SensitivityMetric, boolean> = { recoveryRate: false, costPerCase: true, nps: false };

/**
 * Parameters varied by default: the assumptions the verdicts between channels and tones
 * rest on most directly. Each is an "assumption" in its definition.
 */
export const DEFAULT_SENSITIVITY_PARAMETERS = [
  "reach.notice.letter",
  "reach.notice.email",
  "reach.notice.sms",
  "response.alert.letter",
  "response.alert.email",
  "response.alert.sms",
  "response.alertHalfLife",
  "response.trustEffect",
  "response.pressureThreshold",
  "response.reactance",
  "commitment.planAcceptOffered",
  "commitment.promiseKeep",
  "commitment.planBreakBase",
  "liquidity.endOfMonthCash",
  "liquidity.shockRate",
  "legal.enforcementSuccess"
] as const;

export interface ArmMetrics {
  recoveryRate: number;
  costPerCase: number;
  /** Net promoter score (−100 … 100) of the surveyed debtors, or null without answers. */
  nps: number | null;
}

export interface ComparisonKey {
  arm: string;
  baseline: string;
  metric: SensitivityMetric;
}

export interface TornadoBar extends ComparisonKey {
  parameter: string;
  /** Challenger minus champion at the low and the high end of the range. */
  atLow: number | null;
  atHigh: number | null;
  /** True when either end turns the verdict of the central world around. */
  flips: boolean;
}

export interface WinShare extends ComparisonKey {
  /** Difference (challenger minus champion) in the central world. */
  central: number | null;
  /** Share of the Latin hypercube worlds in which the challenger is better. */
  winShare: number;
  /** Parameters ordered by the absolute rank correlation with the difference, strongest first. */
  drivers: { parameter: string; correlation: number }[];
}

export interface SensitivityResult {
  experiment: string;
  seed: number;
  population: number;
  samples: number;
  parameters: { id: string; central: number; low: number; high: number; unit: string }[];
  central: Record<string, ArmMetrics>;
  tornado: TornadoBar[];
  winShares: WinShare[];
}

export interface SensitivityOptions {
  /** Latin hypercube worlds (default 20). */
  samples?: number;
  /** Parameter ids to vary; default DEFAULT_SENSITIVITY_PARAMETERS. */
  parameters?: readonly string[];
  /** Called after each world with the number done and the total. */
  onWorld?: (done: number, total: number) => void;
}

/** Run the tornado and the Latin hypercube worlds for an experiment config. */
export async function runSensitivity(config: ExperimentConfig, options: SensitivityOptions = {}): Promise<SensitivityResult> {
  const samples = options.samples ?? 20;
  if (!Number.isInteger(samples) || samples < 2) throw new Error(`Sensitivity needs at least 2 samples, got ${samples}.`);
  const ids = options.parameters ?? DEFAULT_SENSITIVITY_PARAMETERS;
  const byId = new Map(parameterDefinitions.map((definition) => [definition.id, definition]));
  const varied: ParameterDefinition[] = ids.map((id) => {
    const definition = byId.get(id);
    if (definition === undefined) throw new Error(`Unknown model parameter "${id}" in the sensitivity list. Check the spelling against parameters.json.`);
    if (!(definition.range[0] < definition.range[1])) throw new Error(`Parameter "${id}" has a fixed range [${definition.range.join(", ")}] and cannot be varied.`);
    return definition;
  });
  const centralValues = await resolveConfigParameters(config);
  const total = 1 + 2 * varied.length + samples;
  let done = 0;
  const world = async (overrides: ParameterValues): Promise<Record<string, ArmMetrics>> => {
    const run = await runExperiment({ ...config, recordEvents: false, parameters: { ...config.parameters, ...overrides } });
    options.onWorld?.(++done, total);
    return armMetrics(run);
  };

  const baseline = baselineArm(config);
  const keys: ComparisonKey[] = config.arms
    .filter((arm) => arm.id !== baseline)
    .flatMap((arm) => SENSITIVITY_METRICS.map((metric) => ({ arm: arm.id, baseline, metric })));

  const central = await world({});

  // tornado: one parameter at a time at each end of its range
  const tornado: TornadoBar[] = [];
  for (const definition of varied) {
    const low = await world({ [definition.id]: definition.range[0] });
    const high = await world({ [definition.id]: definition.range[1] });
    for (const key of keys) {
      const reference = difference(central, key);
      const atLow = difference(low, key);
      const atHigh = difference(high, key);
      const flips = [atLow, atHigh].some((value) => value !== null && reference !== null && wins(key.metric, value) !== wins(key.metric, reference));
      tornado.push({ ...key, parameter: definition.id, atLow, atHigh, flips });
    }
  }

  // Latin hypercube: every parameter's range cut into `samples` strata, one draw per stratum
  const random = createStream(deriveSeed(config.seed, "sensitivity"), "latin-hypercube");
  const design = varied.map((definition) => {
    const order = Array.from({ length: samples }, (_, k) => k);
    for (let k = samples - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    return order.map((stratum) => definition.range[0] + ((stratum + random()) / samples) * (definition.range[1] - definition.range[0]));
  });
  const worlds: Record<string, ArmMetrics>[] = [];
  for (let s = 0; s < samples; s++) {
    worlds.push(await world(Object.fromEntries(varied.map((definition, p) => [definition.id, design[p][s]]))));
  }

  const winShares: WinShare[] = keys.map((key) => {
    const differences = worlds.map((metrics) => difference(metrics, key));
    const known = differences.filter((value): value is number => value !== null);
    const drivers = varied
      .map((definition, p) => ({ parameter: definition.id, correlation: spearman(design[p].filter((_, s) => differences[s] !== null), known) }))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
    return {
      ...key,
      central: difference(central, key),
      winShare: known.length === 0 ? 0 : known.filter((value) => wins(key.metric, value)).length / known.length,
      drivers
    };
  });

  return {
    experiment: config.name,
    seed: config.seed,
    population: config.population,
    samples,
    parameters: varied.map((definition) => ({
      id: definition.id,
      central: centralValues[definition.id],
      low: definition.range[0],
      high: definition.range[1],
      unit: definition.unit
    })),
    central,
    tornado,
    winShares
  };
}

/** Return recovery rate, cost per case and NPS of every arm of a run. */
export function armMetrics(run: ExperimentRun): Record<string, ArmMetrics> {
  const claim = run.population.observable.claimAmount;
  const hidden = run.state.hidden;
  const metrics: Record<string, ArmMetrics> = {};
  for (const arm of run.arms) {
    let placed = 0;
    let recovered = 0;
    let cost = 0;
    let answers = 0;
    let promoters = 0;
    let detractors = 0;
    for (const debtor of arm.members) {
      placed += claim[debtor];
      recovered += hidden.recovered[debtor];
      cost += hidden.contactCost[debtor] + hidden.courtCosts[debtor];
      const score = hidden.npsScore[debtor];
      if (score < 0) continue;
      answers++;
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
    metrics[arm.id] = {
      recoveryRate: placed > 0 ? recovered / placed : 0,
      costPerCase: arm.members.length > 0 ? cost / arm.members.length : 0,
      nps: answers > 0 ? (100 * (promoters - detractors)) / answers : null
    };
  }
  return metrics;
}

function difference(metrics: Record<string, ArmMetrics>, key: ComparisonKey): number | null {
  const challenger = metrics[key.arm]?.[key.metric];
  const champion = metrics[key.baseline]?.[key.metric];
  if (challenger === null || challenger === undefined || champion === null || champion === undefined) return null;
  return challenger - champion;
}

/** Return whether a difference (challenger minus champion) means the challenger is better. */
export function wins(metric: SensitivityMetric, difference: number): boolean {
  return LOWER_IS_BETTER[metric] ? difference < 0 : difference > 0;
}

/** Spearman rank correlation of two equally long lists (average ranks for ties); 0 when either is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length || x.length < 2) return 0;
  const rx = ranks(x);
  const ry = ranks(y);
  const n = x.length;
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (rx[k] - mean) * (ry[k] - mean);
    sxx += (rx[k] - mean) ** 2;
    syy += (ry[k] - mean) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k].index] = rank;
    start = end + 1;
  }
  return result;
}
