/**
 * The fairness audit of a run, as a regulator would review it. Per arm it estimates every
 * metric for every group of every audited attribute and pair of attributes, with the
 * disparity to a reference group, a bootstrap interval and a verdict. It also ranks the
 * intersections that drive each failure, runs the counterfactual check, follows fees over
 * time by income band, prices a cap on a disparity and lists what each strategy read.
 *
 * The audit is the auditor's view: it reads protected and latent attributes (income)
 * that strategies never see.
 */

import type { StrategyFactory } from "../engine/strategyApi.js";
import type { ExperimentRun } from "../experiment/runExperiment.js";
import { strategyFactory } from "../../strategies/index.js";
import { deriveSeed } from "../random/counterRandom.js";
import { attributeGroups, type AttributeGroups } from "./auditGroups.js";
import { counterfactualCheck, type CounterfactualResult } from "./counterfactualCheck.js";
import { debtorColumns } from "./debtorColumns.js";
import { disparityStatus, type DisparityStatus } from "./disparityStatus.js";
import { AUDIT_ATTRIBUTES, PROTECTED_ATTRIBUTES, type FairnessConfig } from "./fairnessConfig.js";
import { COLUMN_COUNT, col, FAIRNESS_METRICS, MEDIAN_FIRST_PAYMENT, type FairnessMetric } from "./fairnessMetrics.js";
import { feesOverTime, type FeePoint } from "./feesOverTime.js";
import { bootstrapGroups, type SlotEstimates } from "./groupBootstrap.js";
import { medianFirstPayment } from "./medianFirstPayment.js";
import { normalInterval } from "./normalInterval.js";
import { percentileInterval } from "./percentileInterval.js";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { priceOfFairness, type TradeOff } from "./priceOfFairness.js";

export interface FairnessEntry {
  arm: string;
  /** Attribute, or "a×b" for an intersection. */
  attribute: string;
  group: string;
  metric: string;
  kind: FairnessMetric["kind"];
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Debtors in the group (payers, for the median time to first payment). */
  n: number;
  reference: string;
  /** Group ÷ reference for ratio metrics, group − reference for NPS. */
  disparity: number | null;
  disparityLow: number | null;
  disparityHigh: number | null;
  comparison: "ratio" | "difference";
  status: DisparityStatus;
}

export interface DisparityDriver {
  arm: string;
  attribute: string;
  group: string;
  metric: string;
  disparity: number | null;
  /** Intersections of the group with other attributes, by their share of the group's excess over the reference. */
  intersections: { attribute: string; group: string; n: number; value: number | null; disparity: number | null; shareOfExcess: number | null }[];
}

export interface FairnessReport {
  settings: FairnessConfig & { unpopularHours: string; medianDefinition: string };
  metrics: { id: string; kind: string; unit: string; comparison: string }[];
  strategies: { arm: string; strategy: string; reads: string[]; protectedReads: string[]; allowProtected: string[] }[];
  /** Verdict counts per arm, with the number of checks and the coverage of the disparity intervals. */
  summary: { arm: string; pass: number; fail: number; insufficient: number; checks: number; disparityLevel: number; intersectionLevel: number }[];
  entries: FairnessEntry[];
  intersections: FairnessEntry[];
  drivers: DisparityDriver[];
  counterfactual: { arm: string; strategy: string; results: CounterfactualResult[] }[];
  feesOverTime: FeePoint[];
  tradeOff: TradeOff | null;
}

export interface AuditOptions {
  /** Strategy factory per arm; default the registered strategy of each arm config. */
  factories?: StrategyFactory[];
}

/** Run the whole audit of a finished run. */
export function auditFairness(run: ExperimentRun, options: AuditOptions = {}): FairnessReport {
  const { config } = run;
  const settings = config.fairness;
  const hasEvents = config.recordEvents;
  const metrics = FAIRNESS_METRICS.filter((metric) => hasEvents || !metric.needsEvents);
  const attributes = AUDIT_ATTRIBUTES.map((attribute) => attributeGroups(run.population, attribute));
  const pairs: [number, number][] = [];
  for (let a = 0; a < attributes.length; a++) for (let b = a + 1; b < attributes.length; b++) pairs.push([a, b]);
  const factories = options.factories ?? config.arms.map((arm) => strategyFactory(arm.strategy));

  const entries: FairnessEntry[] = [];
  const intersections: FairnessEntry[] = [];
  const drivers: DisparityDriver[] = [];
  const counterfactual: FairnessReport["counterfactual"] = [];
  const fees: FeePoint[] = [];
  let tradeOff: TradeOff | null = null;
  const levels = new Map<string, { checks: number; disparityLevel: number; intersectionLevel: number }>();

  for (const arm of run.arms) {
    const armConfig = config.arms[arm.index];
    const seed = deriveSeed(config.seed, `fairness:${arm.id}`);
    const columns = debtorColumns({ population: run.population, state: run.state, log: arm.log, weekday: run.calendar.weekday }, arm.members);
    const slots = bootstrapGroups({ columns, attributes, pairs, metrics, resamples: settings.resamples, seed, label: arm.id });

    // one family of checks per arm for the single attributes, one for the intersections
    const single = slots.slice(0, attributes.length);
    const pairSlots = slots.slice(attributes.length);
    const comparisons = (list: SlotEstimates[], metricCount: number) =>
      metricCount * list.reduce((total, slot) => total + Math.max(0, slot.groups.filter((_group, g) => slot.n[g] > 0).length - 1), 0);
    const checks = comparisons(single, metrics.length + 1);
    const disparityZ = intervalZ(settings, checks);
    const intersectionZ = intervalZ(settings, comparisons(pairSlots, metrics.length));
    levels.set(arm.id, { checks, disparityLevel: coverage(disparityZ), intersectionLevel: coverage(intersectionZ) });

    single.forEach((slot, a) => {
      const reference = referenceGroup(slot, settings.reference[attributes[a].attribute]);
      entries.push(...slotEntries(arm.id, slot, reference, metrics, settings, disparityZ));
      entries.push(...medianEntries(arm.id, attributes[a], columns.members, columns.firstPaymentDay, config.horizonDays, seed, settings, disparityZ));
    });
    for (const slot of pairSlots) {
      intersections.push(...slotEntries(arm.id, slot, referenceGroup(slot, undefined), metrics, settings, intersectionZ).filter((entry) => entry.n > 0));
    }
    drivers.push(...disparityDrivers(arm.id, entries, slots, metrics));

    const rerun = {
      config,
      parameters: run.parameters,
      population: run.population,
      calendar: run.calendar,
      armId: arm.id,
      factory: factories[arm.index],
      options: armConfig.options,
      allowProtected: armConfig.allowProtected
    };
    if (settings.counterfactualSample > 0) {
      counterfactual.push({ arm: arm.id, strategy: armConfig.strategy, results: counterfactualCheck(rerun, arm.members, settings.counterfactualSample) });
    }
    if (hasEvents) fees.push(...feesOverTime(arm.id, arm.log, arm.members, run.population, config.horizonDays));
    if (tradeOff === null && armConfig.strategy === "adaptiveBandit" && settings.tradeOff.sample > 0) {
      tradeOff = priceOfFairness(rerun, arm.members, settings.tradeOff.sample, settings.tradeOff.attribute, settings.tradeOff.maxRatios);
    }
  }

  return {
    settings: {
      ...settings,
      unpopularHours: "delivered contacts in the evening slot (19:00) or on a Saturday",
      medianDefinition: "lower median day of the first payment among debtors who paid within the horizon"
    },
    metrics: [
      ...metrics.map((metric) => ({ id: metric.id, kind: metric.kind, unit: metric.unit, comparison: metric.comparison })),
      { id: MEDIAN_FIRST_PAYMENT, kind: "outcome", unit: "days", comparison: "ratio" }
    ],
    strategies: run.arms.map((arm) => ({
      arm: arm.id,
      strategy: config.arms[arm.index].strategy,
      reads: [...arm.strategyReads],
      protectedReads: arm.strategyReads.filter((field) => (PROTECTED_ATTRIBUTES as readonly string[]).includes(field)),
      allowProtected: [...config.arms[arm.index].allowProtected]
    })),
    summary: run.arms.map((arm) => {
      const own = entries.filter((entry) => entry.arm === arm.id);
      const count = (status: DisparityStatus) => own.filter((entry) => entry.status === status).length;
      return { arm: arm.id, pass: count("pass"), fail: count("fail"), insufficient: count("insufficient"), ...levels.get(arm.id)! };
    }),
    entries,
    intersections,
    drivers,
    counterfactual,
    feesOverTime: fees,
    tradeOff
  };
}

/** Index of the reference group: the configured one, else the largest. */
function referenceGroup(slot: SlotEstimates, name: string | undefined): number {
  if (name !== undefined) {
    const index = slot.groups.indexOf(name);
    if (index < 0) {
      throw new Error(`Invalid fairness reference "${name}" for ${slot.attribute}. Use one of: ${slot.groups.join(", ")}.`);
    }
    return index;
  }
  let largest = 0;
  for (let g = 1; g < slot.groups.length; g++) if (slot.n[g] > slot.n[largest]) largest = g;
  return largest;
}

function bandOf(metric: Pick<FairnessMetric, "comparison">, settings: FairnessConfig): [number, number] {
  return metric.comparison === "ratio" ? [settings.band[0], settings.band[1]] : [-settings.npsBand, settings.npsBand];
}

/** Entries of every group × metric of one slot. */
function slotEntries(arm: string, slot: SlotEstimates, reference: number, metrics: readonly FairnessMetric[], settings: FairnessConfig, z: number): FairnessEntry[] {
  const groupCount = slot.groups.length;
  const metricCount = metrics.length;
  const resamples = settings.resamples;
  const entries: FairnessEntry[] = [];
  const groupReplicates = new Float64Array(resamples);
  const comparisonReplicates = new Float64Array(resamples);
  for (let g = 0; g < groupCount; g++) {
    metrics.forEach((metric, m) => {
      for (let r = 0; r < resamples; r++) {
        const value = slot.replicates[(r * groupCount + g) * metricCount + m];
        const referenceValue = slot.replicates[(r * groupCount + reference) * metricCount + m];
        groupReplicates[r] = value;
        comparisonReplicates[r] = compare(metric.comparison, value, referenceValue);
      }
      entries.push(
        buildEntry(arm, slot.attribute, slot.groups[g], metric.id, metric.kind, metric.comparison, {
          value: slot.values[g * metricCount + m],
          referenceValue: slot.values[reference * metricCount + m],
          n: slot.n[g],
          referenceN: slot.n[reference],
          events: slot.events[g * COLUMN_COUNT + col(metric.numerator)],
          referenceEvents: slot.events[reference * COLUMN_COUNT + col(metric.numerator)],
          isReference: g === reference,
          reference: slot.groups[reference],
          groupReplicates,
          comparisonReplicates,
          band: bandOf(metric, settings),
          settings,
          z
        })
      );
    });
  }
  return entries;
}

function medianEntries(
  arm: string, attribute: AttributeGroups, members: Int32Array, firstPaymentDay: Int16Array, horizonDays: number, seed: number, settings: FairnessConfig, z: number
): FairnessEntry[] {
  const estimates = medianFirstPayment(members, firstPaymentDay, attribute, horizonDays, settings.resamples, seed, arm);
  const groupCount = attribute.groups.length;
  const configured = settings.reference[attribute.attribute];
  const reference = configured !== undefined ? attribute.groups.indexOf(configured) : estimates.payers.indexOf(Math.max(...estimates.payers));
  const resamples = settings.resamples;
  const groupReplicates = new Float64Array(resamples);
  const comparisonReplicates = new Float64Array(resamples);
  return attribute.groups.map((group, g) => {
    for (let r = 0; r < resamples; r++) {
      groupReplicates[r] = estimates.replicates[r * groupCount + g];
      comparisonReplicates[r] = compare("ratio", groupReplicates[r], estimates.replicates[r * groupCount + reference]);
    }
    return buildEntry(arm, attribute.attribute, group, MEDIAN_FIRST_PAYMENT, "outcome", "ratio", {
      value: estimates.values[g],
      referenceValue: estimates.values[reference],
      n: estimates.payers[g],
      referenceN: estimates.payers[reference],
      events: estimates.payers[g],
      referenceEvents: estimates.payers[reference],
      isReference: g === reference,
      reference: attribute.groups[reference],
      groupReplicates,
      comparisonReplicates,
      band: [settings.band[0], settings.band[1]],
      settings,
      z
    });
  });
}

function compare(comparison: "ratio" | "difference", value: number, referenceValue: number): number {
  if (comparison === "difference") return value - referenceValue;
  return referenceValue > 0 ? value / referenceValue : NaN;
}

interface EntryInput {
  value: number;
  referenceValue: number;
  n: number;
  referenceN: number;
  events: number;
  referenceEvents: number;
  isReference: boolean;
  reference: string;
  groupReplicates: Float64Array;
  comparisonReplicates: Float64Array;
  band: [number, number];
  settings: FairnessConfig;
  /** Standard-normal quantile of the disparity interval. */
  z: number;
}

function buildEntry(
  arm: string, attribute: string, group: string, metric: string, kind: FairnessMetric["kind"], comparison: "ratio" | "difference", input: EntryInput
): FairnessEntry {
  const { settings } = input;
  const [ciLow, ciHigh] = percentileInterval(input.groupReplicates, settings.intervalLevel);
  const identity = comparison === "ratio" ? 1 : 0;
  const disparity = input.isReference ? identity : compare(comparison, input.value, input.referenceValue);
  const [disparityLow, disparityHigh] = input.isReference
    ? [identity, identity]
    : normalInterval(disparity, input.comparisonReplicates, input.z, comparison === "ratio");
  const status = disparityStatus({
    n: input.n,
    referenceN: input.referenceN,
    minGroupSize: settings.minGroupSize,
    events: input.events,
    referenceEvents: input.referenceEvents,
    minEvents: settings.minEvents,
    ciLow: Number.isFinite(input.value) ? disparityLow : NaN,
    ciHigh: Number.isFinite(input.value) ? disparityHigh : NaN,
    band: input.band
  });
  return {
    arm,
    attribute,
    group,
    metric,
    kind,
    value: rounded(input.value),
    ciLow: rounded(ciLow),
    ciHigh: rounded(ciHigh),
    n: input.n,
    reference: input.reference,
    disparity: rounded(disparity),
    disparityLow: rounded(disparityLow),
    disparityHigh: rounded(disparityHigh),
    comparison,
    status
  };
}

/** Quantile z of a two-sided disparity interval over a family of `checks` comparisons. */
function intervalZ(settings: FairnessConfig, checks: number): number {
  const alpha = 1 - settings.intervalLevel;
  const perCheck = settings.multiplicity === "bonferroni" ? alpha / Math.max(1, checks) : alpha;
  return normalQuantile(1 - perCheck / 2, 0, 1);
}

/** Two-sided coverage of an interval with quantile z. */
function coverage(z: number): number {
  return Number((1 - 2 * (1 - normalCdf(z, 0, 1))).toPrecision(6));
}

/** Six significant digits keep fairness.json small; null for a value that could not be estimated. */
function rounded(value: number): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : null;
}

/**
 * Rank, for each failing group of a ratio metric, its intersections with the other
 * attributes by their share of the group's excess over the reference. With v_ref the
 * reference value, the excess of a set of debtors is Σ numerator − v_ref · Σ denominator.
 * The excesses of a group's intersections with one other attribute add up to the group's
 * excess, exactly so when that attribute's groups do not overlap.
 */
function disparityDrivers(arm: string, entries: FairnessEntry[], slots: SlotEstimates[], metrics: readonly FairnessMetric[]): DisparityDriver[] {
  const drivers: DisparityDriver[] = [];
  const failures = entries.filter((entry) => entry.arm === arm && entry.status === "fail" && entry.comparison === "ratio" && entry.metric !== MEDIAN_FIRST_PAYMENT);
  for (const failure of failures) {
    const metric = metrics.find((candidate) => candidate.id === failure.metric)!;
    const numerator = col(metric.numerator);
    const denominator = col(metric.denominator);
    const slot = slots.find((candidate) => candidate.attribute === failure.attribute)!;
    const g = slot.groups.indexOf(failure.group);
    const r = slot.groups.indexOf(failure.reference);
    const referenceRaw = slot.sums[r * COLUMN_COUNT + numerator] / slot.sums[r * COLUMN_COUNT + denominator];
    const excess = (sums: Float64Array, k: number) => sums[k * COLUMN_COUNT + numerator] - referenceRaw * sums[k * COLUMN_COUNT + denominator];
    const groupExcess = excess(slot.sums, g);

    const found: DisparityDriver["intersections"] = [];
    for (const pair of slots.filter((candidate) => candidate.attribute.includes("×"))) {
      const [first, second] = pair.attribute.split("×");
      if (first !== failure.attribute && second !== failure.attribute) continue;
      pair.groups.forEach((name, k) => {
        const [x, y] = name.split("×");
        if ((first === failure.attribute ? x : y) !== failure.group || pair.n[k] === 0) return;
        const value = pair.sums[k * COLUMN_COUNT + numerator] / pair.sums[k * COLUMN_COUNT + denominator];
        found.push({
          attribute: pair.attribute,
          group: name,
          n: pair.n[k],
          value: rounded(metric.scale * value),
          disparity: rounded(referenceRaw > 0 ? value / referenceRaw : NaN),
          shareOfExcess: rounded(groupExcess !== 0 ? excess(pair.sums, k) / groupExcess : NaN)
        });
      });
    }
    found.sort((a, b) => (b.shareOfExcess ?? -Infinity) - (a.shareOfExcess ?? -Infinity));
    drivers.push({ arm, attribute: failure.attribute, group: failure.group, metric: failure.metric, disparity: failure.disparity, intersections: found.slice(0, 5) });
  }
  return drivers;
}
