/**
 * Assignment of debtors to arms by complete randomisation: the debtors are shuffled
 * with a seeded stream (Fisher–Yates) and cut into blocks whose sizes follow the arm
 * weights, rounded so that the sizes add up to the population (largest remainders).
 */

import { createStream } from "../random/seededStream.js";

/** Return each debtor's arm index. */
export function assignArms(size: number, weights: readonly number[], seed: number): Uint8Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (w / total) * size);
  const counts = exact.map(Math.floor);
  let remaining = size - counts.reduce((sum, c) => sum + c, 0);
  const byRemainder = exact.map((x, k) => ({ k, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.k - b.k);
  for (const { k } of byRemainder) {
    if (remaining-- <= 0) break;
    counts[k]++;
  }

  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  const random = createStream(seed, "assignment");
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }

  const arm = new Uint8Array(size);
  let position = 0;
  counts.forEach((count, k) => {
    for (let c = 0; c < count; c++) arm[order[position++]] = k;
  });
  return arm;
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
