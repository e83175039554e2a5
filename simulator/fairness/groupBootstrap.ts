/**
 * Bootstrap of every fairness metric for every group and every pair of attributes at
 * once (Efron & Tibshirani 1993, "An Introduction to the Bootstrap"); the intervals are
 * drawn from the replicates in auditFairness.ts.
 *
 * Each resample draws the arm's debtors with replacement. Instead of summing into every
 * group of every attribute per drawn debtor, the draws are summed into the finest cells
 * (one per combination of all attribute levels, at most 4 × 3 × 2 × 2 × 2 × 3 × 16 = 4,608)
 * and the cells are then rolled up into the groups (see rollUpPlan.ts). That keeps a
 * resample at 16 additions per debtor plus one roll-up.
 */

import { createStream } from "../random/seededStream.js";
import type { AttributeGroups } from "./auditGroups.js";
import type { DebtorColumns } from "./debtorColumns.js";
import { COLUMN_COUNT, col, type FairnessMetric } from "./fairnessMetrics.js";
import { planRollUp, type RowMap } from "./rollUpPlan.js";

/** Groups of one attribute or of a pair of attributes, with the sums behind each metric. */
export interface SlotEstimates {
  /** Attribute name, or "a×b" for a pair. */
  attribute: string;
  groups: string[];
  /** Debtors per group. */
  n: Float64Array;
  /** Column sums per group on the original data: group g, column c at `g * COLUMN_COUNT + c`. */
  sums: Float64Array;
  /** Debtors with a non-zero value per group and column, laid out like `sums`: the events behind a rate. */
  events: Float64Array;
  /** Metric value per group on the original data: group g, metric m at `g * metrics + m`. */
  values: Float64Array;
  /** Metric value per resample: resample r, group g, metric m at `(r * groups + g) * metrics + m`. */
  replicates: Float64Array;
}

export interface BootstrapInput {
  columns: DebtorColumns;
  attributes: readonly AttributeGroups[];
  /** Pairs of indexes into `attributes` whose intersections are estimated too. */
  pairs: readonly (readonly [number, number])[];
  metrics: readonly FairnessMetric[];
  resamples: number;
  /** Seed of the resampling stream. */
  seed: number;
  label: string;
}

/** Estimate every metric per group with its bootstrap replicates. */
export function bootstrapGroups(input: BootstrapInput): SlotEstimates[] {
  const { columns, attributes, metrics, resamples } = input;
  const n = columns.members.length;

  // finest cell of each member, then a dense numbering of the cells that occur
  const cellOfMember = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = columns.members[k];
    let cell = 0;
    for (const attribute of attributes) cell = cell * attribute.levelCount + attribute.level[i];
    cellOfMember[k] = cell;
  }
  const denseOf = new Map<number, number>();
  const cellLevels: number[][] = [];
  const denseCell = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let dense = denseOf.get(cellOfMember[k]);
    if (dense === undefined) {
      dense = denseOf.size;
      denseOf.set(cellOfMember[k], dense);
      cellLevels.push(levelsOfCell(cellOfMember[k], attributes));
    }
    denseCell[k] = dense;
  }
  const cellCount = denseOf.size;

  const plan = planRollUp(attributes, input.pairs, cellLevels);
  const slots = plan.slots;
  const tableA = new Float64Array(plan.cellsToA.targetRows * COLUMN_COUNT);
  const tableB = new Float64Array(plan.cellsToB.targetRows * COLUMN_COUNT);
  // sum cell sums into every slot's groups, through the two tables of the plan
  const rollUpAll = (cells: Float64Array, out: Float64Array[]): void => {
    rollUp(plan.cellsToA, cells, tableA);
    rollUp(plan.cellsToB, cells, tableB);
    slots.forEach((slot, s) => rollUp(slot.map, slot.source === "A" ? tableA : tableB, out[s]));
  };

  // sums on the original data
  const cellSums = new Float64Array(cellCount * COLUMN_COUNT);
  const cellEvents = new Float64Array(cellCount * COLUMN_COUNT);
  for (let k = 0; k < n; k++) {
    const cellBase = denseCell[k] * COLUMN_COUNT;
    const row = k * COLUMN_COUNT;
    for (let c = 0; c < COLUMN_COUNT; c++) {
      cellSums[cellBase + c] += columns.values[row + c];
      if (columns.values[row + c] !== 0) cellEvents[cellBase + c] += 1;
    }
  }
  const numerators = Int32Array.from(metrics, (metric) => col(metric.numerator));
  const denominators = Int32Array.from(metrics, (metric) => col(metric.denominator));
  const scales = Float64Array.from(metrics, (metric) => metric.scale);
  const metricValues = (sums: Float64Array, groupCount: number, out: Float64Array, at: number): void => {
    const metricCount = numerators.length;
    for (let g = 0; g < groupCount; g++) {
      const base = g * COLUMN_COUNT;
      for (let m = 0; m < metricCount; m++) {
        const denominator = sums[base + denominators[m]];
        out[at + g * metricCount + m] = denominator > 0 ? (scales[m] * sums[base + numerators[m]]) / denominator : NaN;
      }
    }
  };

  const pointSums = slots.map((slot) => new Float64Array(slot.groups.length * COLUMN_COUNT));
  const pointEvents = slots.map((slot) => new Float64Array(slot.groups.length * COLUMN_COUNT));
  rollUpAll(cellSums, pointSums);
  rollUpAll(cellEvents, pointEvents);
  const estimates: SlotEstimates[] = slots.map((slot, s) => {
    const sums = pointSums[s];
    const events = pointEvents[s];
    const values = new Float64Array(slot.groups.length * metrics.length);
    metricValues(sums, slot.groups.length, values, 0);
    const casesColumn = col("cases");
    const groupN = new Float64Array(slot.groups.length);
    for (let g = 0; g < slot.groups.length; g++) groupN[g] = sums[g * COLUMN_COUNT + casesColumn];
    return {
      attribute: slot.attribute,
      groups: slot.groups,
      n: groupN,
      sums,
      events,
      values,
      replicates: new Float64Array(resamples * slot.groups.length * metrics.length)
    };
  });

  // resamples: hot loop over n draws, kept to typed arrays (about 16 additions per draw)
  const random = createStream(input.seed, `fairness-bootstrap:${input.label}`);
  const values = columns.values;
  const slotSums = slots.map((slot) => new Float64Array(slot.groups.length * COLUMN_COUNT));
  for (let r = 0; r < resamples; r++) {
    cellSums.fill(0);
    for (let draw = 0; draw < n; draw++) {
      const k = Math.floor(random() * n);
      const cellBase = denseCell[k] * COLUMN_COUNT;
      const row = k * COLUMN_COUNT;
      for (let c = 0; c < COLUMN_COUNT; c++) cellSums[cellBase + c] += values[row + c];
    }
    rollUpAll(cellSums, slotSums);
    for (let s = 0; s < slots.length; s++) {
      const groupCount = slots[s].groups.length;
      metricValues(slotSums[s], groupCount, estimates[s].replicates, r * groupCount * metrics.length);
    }
  }
  return estimates;
}

function levelsOfCell(cell: number, attributes: readonly AttributeGroups[]): number[] {
  const levels = new Array<number>(attributes.length);
  for (let a = attributes.length - 1; a >= 0; a--) {
    levels[a] = cell % attributes[a].levelCount;
    cell = Math.floor(cell / attributes[a].levelCount);
  }
  return levels;
}

/** Sum the source rows into the target rows of `map`, overwriting `target`. */
function rollUp(map: RowMap, source: Float64Array, target: Float64Array): void {
  target.fill(0);
  for (let d = 0; d < map.sourceRows; d++) {
    const sourceBase = d * COLUMN_COUNT;
    for (let j = map.offset[d]; j < map.offset[d + 1]; j++) {
      const targetBase = map.list[j] * COLUMN_COUNT;
      for (let c = 0; c < COLUMN_COUNT; c++) target[targetBase + c] += source[sourceBase + c];
    }
  }
}
