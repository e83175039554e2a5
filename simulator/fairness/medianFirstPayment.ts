/**
 * Median day of the first payment among the debtors of a group who paid within the
 * horizon, with bootstrap replicates. The median is the lower median (the smallest day
 * by which at least half of the payers had paid). Payers are resampled within their
 * group, so the interval is conditional on the number of payers.
 *
 * Days are small integers, so each resample counts days in a histogram instead of sorting.
 */

import { createStream } from "../random/seededStream.js";
import type { AttributeGroups } from "./auditGroups.js";

export interface MedianEstimates {
  /** Median per group; NaN for a group without payers. */
  values: Float64Array;
  /** Payers per group. */
  payers: Float64Array;
  /** Replicate r of group g at `r * groups + g`. */
  replicates: Float64Array;
}

export function medianFirstPayment(
  members: Int32Array,
  firstPaymentDay: Int16Array,
  attribute: AttributeGroups,
  horizonDays: number,
  resamples: number,
  seed: number,
  label: string
): MedianEstimates {
  const groupCount = attribute.groups.length;
  const daysByGroup: number[][] = attribute.groups.map(() => []);
  for (let k = 0; k < members.length; k++) {
    const day = firstPaymentDay[k];
    if (day < 0) continue;
    for (const g of attribute.groupsOfLevel[attribute.level[members[k]]]) daysByGroup[g].push(day);
  }

  const values = new Float64Array(groupCount);
  const payers = new Float64Array(groupCount);
  const replicates = new Float64Array(resamples * groupCount);
  const histogram = new Int32Array(horizonDays + 1);
  const random = createStream(seed, `fairness-median:${label}:${attribute.attribute}`);
  for (let g = 0; g < groupCount; g++) {
    const days = Int32Array.from(daysByGroup[g]);
    payers[g] = days.length;
    values[g] = lowerMedian(days, (k) => k, histogram);
    for (let r = 0; r < resamples; r++) {
      replicates[r * groupCount + g] = days.length === 0 ? NaN : lowerMedian(days, () => Math.floor(random() * days.length), histogram);
    }
  }
  return { values, payers, replicates };
}

/** Lower median of `days.length` days picked by `pick(k)`, counted in `histogram` (cleared here). */
function lowerMedian(days: Int32Array, pick: (k: number) => number, histogram: Int32Array): number {
  const m = days.length;
  if (m === 0) return NaN;
  histogram.fill(0);
  for (let k = 0; k < m; k++) histogram[days[pick(k)]]++;
  const half = Math.ceil(m / 2);
  let cumulative = 0;
  for (let day = 0; day < histogram.length; day++) {
    cumulative += histogram[day];
    if (cumulative >= half) return day;
  }
  return NaN;
}
