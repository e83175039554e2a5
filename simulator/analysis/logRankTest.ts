/**
 * Log-rank test: do two or more arms share one curve of time to first payment?
 *
 * At each distinct event time t with n debtors at risk and d events in all arms, arm g with
 * n_g at risk expects E_g = d·n_g/n events. Summed over times, the observed minus expected
 * counts O − E have the hypergeometric covariance
 * V_gh = Σ d·(n − d)/(n − 1) · (n_g/n)·(δ_gh − n_h/n), and the statistic
 * (O − E)ᵀ V⁻¹ (O − E) over all arms but the last is chi-squared with k − 1 degrees of
 * freedom (N. Mantel 1966, Cancer Chemotherapy Reports 50: 163–170; R. Peto, J. Peto
 * 1972, JRSS A 135: 185–207). This is R's `survival::survdiff` with its default rho = 0.
 */

import gammainc from "@stdlib/math-base-special-gammainc";
import { checkSurvivalData } from "./kaplanMeier.js";
import type { Sample } from "./inputChecks.js";
import { invertMatrix, multiplyMatrixVector } from "./linearAlgebra.js";

export interface SurvivalSample {
  /** Time of event or censoring per debtor, in days. */
  times: Sample;
  /** 1 if the event was observed, 0 if censored. */
  events: Sample;
}

export interface LogRankTestResult {
  /** Observed events per arm. */
  observed: number[];
  /** Expected events per arm if all arms shared one curve. */
  expected: number[];
  /** Covariance matrix of observed minus expected, k × k. */
  variance: number[][];
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
}

/**
 * Compare the time-to-event curves of two or more arms.
 *
 * @param groups survival data of each arm
 * @throws {RangeError} if there are fewer than two arms, an arm's data are invalid, or the
 *   covariance matrix is singular (for example when no arm has an event)
 * @example
 * logRankTest([{ times: t1, events: e1 }, { times: t2, events: e2 }]).pValue;
 */
export function logRankTest(groups: readonly SurvivalSample[]): LogRankTestResult {
  if (groups.length < 2) {
    throw new RangeError(`logRankTest: got ${groups.length} arms. Pass at least two.`);
  }
  groups.forEach((group) => checkSurvivalData(group.times, group.events, "logRankTest"));

  const k = groups.length;
  const records = pooledRecords(groups);
  const atRisk = groups.map((group) => group.times.length);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));

  let position = 0;
  while (position < records.length) {
    // Gather everyone whose time equals this one, counting events by arm.
    const time = records[position].time;
    const eventsByGroup = new Array<number>(k).fill(0);
    const leavingByGroup = new Array<number>(k).fill(0);
    while (position < records.length && records[position].time === time) {
      const { group, event } = records[position];
      eventsByGroup[group] += event;
      leavingByGroup[group]++;
      position++;
    }

    const total = atRisk.reduce((sum, n) => sum + n, 0);
    const died = eventsByGroup.reduce((sum, d) => sum + d, 0);
    if (died > 0) {
      const spread = total > 1 ? (died * (total - died)) / (total - 1) : 0;
      for (let g = 0; g < k; g++) {
        const share = atRisk[g] / total;
        observed[g] += eventsByGroup[g];
        expected[g] += died * share;
        for (let h = 0; h < k; h++) {
          variance[g][h] += spread * share * ((g === h ? 1 : 0) - atRisk[h] / total);
        }
      }
    }

    for (let g = 0; g < k; g++) atRisk[g] -= leavingByGroup[g];
  }

  // Quadratic form over the first k − 1 arms, the last being determined by the others.
  const difference = observed.slice(0, k - 1).map((o, g) => o - expected[g]);
  const reduced = variance.slice(0, k - 1).map((row) => row.slice(0, k - 1));
  const statistic = dot(difference, multiplyMatrixVector(invertMatrix(reduced, "logRankTest"), difference));
  const degreesOfFreedom = k - 1;
  const pValue = gammainc(statistic / 2, degreesOfFreedom / 2, true, true);

  return { observed, expected, variance, statistic, degreesOfFreedom, pValue };
}

/** Pool all arms into one list of (time, event, arm) records sorted by time. */
function pooledRecords(groups: readonly SurvivalSample[]): { time: number; event: number; group: number }[] {
  const records: { time: number; event: number; group: number }[] = [];
  groups.forEach((sample, group) => {
    for (let i = 0; i < sample.times.length; i++) {
      records.push({ time: sample.times[i], event: sample.events[i], group });
    }
  });
  return records.sort((a, b) => a.time - b.time);
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, i) => sum + value * b[i], 0);
}
