/**
 * The plan for summing the finest cells of the bootstrap into the groups of every
 * attribute and pair of attributes, in two stages.
 *
 * Summing all cells (up to 4,608) into each of the 28 attributes and pairs costs most of
 * a resample. The first stage therefore sums the cells into two small tables. Table A has
 * a row per combination of the levels of the attributes whose groups do not overlap (up
 * to 288 rows). Table B splits each of those rows by the groups of the one overlapping
 * attribute, vulnerability (up to 288 × 5 rows). Every attribute and pair is then summed
 * from A, or from B when it involves the overlapping attribute.
 */

import type { AttributeGroups } from "./auditGroups.js";

/** Compressed lists of target rows per source row: the targets of row d are `list[offset[d]] … list[offset[d + 1] − 1]`. */
export interface RowMap {
  sourceRows: number;
  targetRows: number;
  offset: Int32Array;
  list: Int32Array;
}

export interface PlannedSlot {
  attribute: string;
  groups: string[];
  /** Table the slot is summed from. */
  source: "A" | "B";
  map: RowMap;
}

export interface RollUpPlan {
  cellsToA: RowMap;
  cellsToB: RowMap;
  slots: PlannedSlot[];
}

function rowMap(sourceLevels: number[][], targetsOf: (levels: number[], row: number) => readonly number[], targetRows: number): RowMap {
  const offset = new Int32Array(sourceLevels.length + 1);
  const list: number[] = [];
  sourceLevels.forEach((levels, d) => {
    list.push(...targetsOf(levels, d));
    offset[d + 1] = list.length;
  });
  return { sourceRows: sourceLevels.length, targetRows, offset, list: Int32Array.from(list) };
}

/** Plan the roll-up of the cells, given each cell's attribute levels. */
export function planRollUp(attributes: readonly AttributeGroups[], pairs: readonly (readonly [number, number])[], cellLevels: number[][]): RollUpPlan {
  const overlapping = attributes.flatMap((attribute, a) => (attribute.groupsOfLevel.some((groups) => groups.length !== 1) ? [a] : []));
  if (overlapping.length > 1) {
    throw new Error(`planRollUp supports one attribute with overlapping groups, got ${overlapping.map((a) => attributes[a].attribute).join(", ")}.`);
  }
  const v = overlapping.length === 1 ? overlapping[0] : -1;
  const overlapGroups = v >= 0 ? attributes[v].groups.length : 1;

  // table A: one row per combination of the non-overlapping levels that occurs
  const rowOfKey = new Map<string, number>();
  const rowLevels: number[][] = [];
  const rowOfCell = cellLevels.map((levels) => {
    const simple = levels.map((level, a) => (a === v ? -1 : level));
    const key = simple.join(",");
    let row = rowOfKey.get(key);
    if (row === undefined) {
      row = rowLevels.length;
      rowOfKey.set(key, row);
      rowLevels.push(simple);
    }
    return row;
  });
  const rowsA = rowLevels.length;
  const cellsToA = rowMap(cellLevels, (_levels, d) => [rowOfCell[d]], rowsA);

  // table B: row r × group g of the overlapping attribute at r * overlapGroups + g
  const cellsToB = rowMap(
    cellLevels,
    (levels, d) => (v >= 0 ? attributes[v].groupsOfLevel[levels[v]].map((g) => rowOfCell[d] * overlapGroups + g) : []),
    rowsA * overlapGroups
  );
  const rowLevelsB = rowLevels.flatMap((levels) => Array.from({ length: overlapGroups }, (_value, g) => levels.map((level, a) => (a === v ? g : level))));

  // groups of one attribute for a row's entry; the overlapping attribute's entry is already its group
  const groupsOf = (a: number, entry: number): readonly number[] => (a === v ? [entry] : attributes[a].groupsOfLevel[entry]);
  const slots: PlannedSlot[] = [];
  attributes.forEach((attribute, a) => {
    const source = a === v ? "B" : "A";
    const levels = source === "A" ? rowLevels : rowLevelsB;
    slots.push({ attribute: attribute.attribute, groups: [...attribute.groups], source, map: rowMap(levels, (row) => groupsOf(a, row[a]), attribute.groups.length) });
  });
  for (const [a, b] of pairs) {
    const first = attributes[a];
    const second = attributes[b];
    const source = a === v || b === v ? "B" : "A";
    const levels = source === "A" ? rowLevels : rowLevelsB;
    const groups = first.groups.flatMap((x) => second.groups.map((y) => `${x}×${y}`));
    const targets = (row: number[]) => groupsOf(a, row[a]).flatMap((x) => groupsOf(b, row[b]).map((y) => x * second.groups.length + y));
    slots.push({ attribute: `${first.attribute}×${second.attribute}`, groups, source, map: rowMap(levels, targets, groups.length) });
  }
  return { cellsToA, cellsToB, slots };
}
