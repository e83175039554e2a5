/**
 * Bootstrap of every fairness metric for every group and every pair of attributes at
 * once (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 6: percentile
 * intervals).
 *
 * Each resample draws the arm's debtors with replacement. Instead of summing into every
 * group of every attribute per drawn debtor, the draws are summed into the finest cells
 * (one per combination of all attribute levels, at most 4 × 3 × 2 × 2 × 2 × 3 × 16 = 4,608)
 * and the cells are then rolled up into the groups. That keeps a resample at 16 additions
 * per debtor plus one roll-up per attribute and pair.
 *
 * NOTE: the roll-up of the 21 pairs dominates the run time (about 2 s per arm of 25,000
 * debtors on a 2-core machine under load); rolling the pairs up from a table without the
 * vulnerability levels would cut it several-fold.
 */

import { createStream } from "../random/seededStream.js";
import type { AttributeGroups } from "./auditGroups.js";
import type { DebtorColumns } from "./debtorColumns.js";
import { COLUMN_COUNT, col, type FairnessMetric } from "./fairnessMetrics.js";

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

interface Slot {
  attribute: string;
  groups: string[];
  /** Compressed lists of the slot's groups per dense cell: groups of cell d in `list[offset[d]] … list[offset[d + 1] − 1]`. */
  offset: Int32Array;
  list: Int32Array;
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

  const slots = buildSlots(attributes, input.pairs, cellLevels);

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

  const estimates: SlotEstimates[] = slots.map((slot) => {
    const sums = new Float64Array(slot.groups.length * COLUMN_COUNT);
    rollUp(slot, cellSums, cellCount, sums);
    const events = new Float64Array(slot.groups.length * COLUMN_COUNT);
    rollUp(slot, cellEvents, cellCount, events);
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
    for (let s = 0; s < slots.length; s++) {
      const sums = slotSums[s];
      rollUp(slots[s], cellSums, cellCount, sums);
      const groupCount = slots[s].groups.length;
      metricValues(sums, groupCount, estimates[s].replicates, r * groupCount * metrics.length);
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

function buildSlots(attributes: readonly AttributeGroups[], pairs: BootstrapInput["pairs"], cellLevels: number[][]): Slot[] {
  const slots: Slot[] = [];
  const compress = (attribute: string, groups: string[], groupsOfCell: (levels: number[]) => number[]): Slot => {
    const offset = new Int32Array(cellLevels.length + 1);
    const list: number[] = [];
    cellLevels.forEach((levels, d) => {
      list.push(...groupsOfCell(levels));
      offset[d + 1] = list.length;
    });
    return { attribute, groups, offset, list: Int32Array.from(list) };
  };
  attributes.forEach((attribute, a) => {
    slots.push(compress(attribute.attribute, [...attribute.groups], (levels) => [...attribute.groupsOfLevel[levels[a]]]));
  });
  for (const [a, b] of pairs) {
    const first = attributes[a];
    const second = attributes[b];
    const groups = first.groups.flatMap((x) => second.groups.map((y) => `${x}×${y}`));
    slots.push(
      compress(`${first.attribute}×${second.attribute}`, groups, (levels) =>
        first.groupsOfLevel[levels[a]].flatMap((x) => second.groupsOfLevel[levels[b]].map((y) => x * second.groups.length + y))
      )
    );
  }
  return slots;
}

/** Sum the cells into the slot's groups, overwriting `sums`. */
function rollUp(slot: Slot, cellSums: Float64Array, cellCount: number, sums: Float64Array): void {
  sums.fill(0);
  for (let d = 0; d < cellCount; d++) {
    const cellBase = d * COLUMN_COUNT;
    for (let j = slot.offset[d]; j < slot.offset[d + 1]; j++) {
      const groupBase = slot.list[j] * COLUMN_COUNT;
      for (let c = 0; c < COLUMN_COUNT; c++) sums[groupBase + c] += cellSums[cellBase + c];
    }
  }
}
