/**
 * Assignment of debtors to arms, by one of three designs:
 *
 * - simple: complete randomisation. The debtors are shuffled with a seeded stream
 *   (Fisher–Yates) and cut into blocks whose sizes follow the arm weights, rounded so
 *   that the sizes add up to the population (largest remainders).
 * - stratified: the same complete randomisation inside each stratum (a combination of
 *   pre-placement attributes), so every stratum is split by the weights.
 * - blocked: permuted blocks. Consecutive debtors in debtor order form blocks of
 *   `blockSize`, and each block is split by the weights and shuffled. The last block may
 *   be shorter.
 *
 * Inside a stratum or a block, seats left over after rounding go to the arms with the
 * largest remainders, with ties broken in a seeded random order, so that many small
 * strata or blocks do not favour the first arm. Weights that the block size cannot split
 * exactly (for example 90/10 in blocks of 4) are met only approximately per block.
 */

import type { Population } from "../population/population.js";
import { createStream, type RandomStream } from "../random/seededStream.js";
import type { AssignmentDesign } from "./config.js";
import { stratumCodes } from "./strata.js";

/** Return each debtor's arm index under complete randomisation. */
export function assignArms(size: number, weights: readonly number[], seed: number): Uint8Array {
  const counts = armCounts(size, weights);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  const random = createStream(seed, "assignment");
  shuffle(order, random);

  const arm = new Uint8Array(size);
  let position = 0;
  counts.forEach((count, k) => {
    for (let c = 0; c < count; c++) arm[order[position++]] = k;
  });
  return arm;
}

/** Return each debtor's arm index under the config's assignment design. */
export function assignArmsByDesign(population: Population, weights: readonly number[], seed: number, design: AssignmentDesign): Uint8Array {
  switch (design.method) {
    case "simple":
      return assignArms(population.size, weights, seed);
    case "stratified":
      return assignWithinGroups(groupByStratum(stratumCodes(population, design.strata ?? [])), population.size, weights, seed);
    case "blocked":
      return assignWithinGroups(consecutiveBlocks(population.size, design.blockSize ?? population.size), population.size, weights, seed);
  }
}

/** Randomise completely inside each group of debtor indices. */
function assignWithinGroups(groups: Int32Array[], size: number, weights: readonly number[], seed: number): Uint8Array {
  const random = createStream(seed, "assignment");
  const arm = new Uint8Array(size);
  for (const members of groups) {
    const counts = armCounts(members.length, weights, random);
    shuffle(members, random);
    let position = 0;
    counts.forEach((count, k) => {
      for (let c = 0; c < count; c++) arm[members[position++]] = k;
    });
  }
  return arm;
}

/** Debtor indices per stratum, strata in ascending code order, debtors in debtor order. */
function groupByStratum(codes: Int32Array): Int32Array[] {
  const byCode = new Map<number, number[]>();
  for (let i = 0; i < codes.length; i++) {
    const list = byCode.get(codes[i]);
    if (list) list.push(i);
    else byCode.set(codes[i], [i]);
  }
  return [...byCode.keys()].sort((a, b) => a - b).map((code) => Int32Array.from(byCode.get(code) as number[]));
}

function consecutiveBlocks(size: number, blockSize: number): Int32Array[] {
  const blocks: Int32Array[] = [];
  for (let start = 0; start < size; start += blockSize) {
    const block = new Int32Array(Math.min(blockSize, size - start));
    for (let k = 0; k < block.length; k++) block[k] = start + k;
    blocks.push(block);
  }
  return blocks;
}

/**
 * Split `size` seats by the weights with largest remainders. Without a random stream,
 * ties go to the lower arm index; with one, ties are broken in a random order.
 */
function armCounts(size: number, weights: readonly number[], random?: RandomStream): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (w / total) * size);
  const counts = exact.map(Math.floor);
  let remaining = size - counts.reduce((sum, c) => sum + c, 0);
  const tieBreak = weights.map(() => (random ? random() : 0));
  const byRemainder = exact
    .map((x, k) => ({ k, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || tieBreak[a.k] - tieBreak[b.k] || a.k - b.k);
  for (const { k } of byRemainder) {
    if (remaining-- <= 0) break;
    counts[k]++;
  }
  return counts;
}

function shuffle(values: Int32Array, random: RandomStream): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}

/** Return the sorted member list of each arm. */
export function armMembers(assignment: Uint8Array, armCount: number): Int32Array[] {
  const counts = new Int32Array(armCount);
  for (const arm of assignment) counts[arm]++;
  const members = Array.from(counts, (count) => new Int32Array(count));
  const fill = new Int32Array(armCount);
  for (let i = 0; i < assignment.length; i++) {
    const arm = assignment[i];
    members[arm][fill[arm]++] = i;
  }
  return members;
}
