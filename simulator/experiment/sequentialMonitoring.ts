/**
 * Sequential monitoring of each challenger: the asymptotic confidence sequence
 * (simulator/analysis/confidenceSequence.ts) of the difference in cumulative € recovered
 * per case, looked at once a day over the horizon, and the first day it excludes 0.
 *
 * The engine stores only each debtor's final € of principal recovered; the event log
 * stores payments including fees. A payment pays court fees, then agency fees, then
 * principal, so the principal a debtor had paid by day d is at least
 * final principal − payments after day d. That lower bound is the value used for day d.
 * It is exact on the last day and whenever no fees are paid after day d.
 *
 * NOTE: the sequence's guarantee is for debtors that arrive one by one; here all debtors
 * are present from day 0 and their outcomes grow, so the daily looks are a monitoring
 * aid rather than a formal sequential test.
 */

import { confidenceSequence } from "../analysis/confidenceSequence.js";
import type { SequentialSummary } from "../io/runFormat.js";
import { EVENT_TYPES } from "../population/codes.js";
import type { ArmOutcomeArrays } from "./armOutcomeArrays.js";
import type { ExperimentRun } from "./runExperiment.js";

const PAYMENT = EVENT_TYPES.indexOf("payment");

/** Return one sequence per challenger, or null when the run kept no event log. */
export function sequentialMonitoring(run: ExperimentRun, outcomes: readonly ArmOutcomeArrays[], baseline: string): SequentialSummary[] | null {
  if (!run.config.recordEvents) return null;
  const horizon = run.config.horizonDays;
  const baselineIndex = run.arms.findIndex((arm) => arm.id === baseline);

  return run.arms
    .filter((arm) => arm.id !== baseline)
    .map((arm) => {
      // each reader walks the days forward once, so every challenger gets a fresh baseline reader
      const challengerDays = recoveredByDay(run, arm.index, outcomes[arm.index].recovered);
      const baselineDays = recoveredByDay(run, baselineIndex, outcomes[baselineIndex].recovered);
      const plannedSize = arm.members.length + run.arms[baselineIndex].members.length;
      const days: SequentialSummary["days"] = [];
      let firstDayExcludingZero: number | null = null;
      for (let day = 0; day < horizon; day++) {
        const sequence = confidenceSequence(challengerDays(day), baselineDays(day), plannedSize, run.config.confidenceLevel);
        const point = { day, difference: finiteOrNull(sequence.difference), ciLow: finiteOrNull(sequence.ciLow), ciHigh: finiteOrNull(sequence.ciHigh) };
        days.push(point);
        const excludesZero = sequence.ciLow > 0 || sequence.ciHigh < 0;
        if (firstDayExcludingZero === null && excludesZero) firstDayExcludingZero = day;
      }
      return { arm: arm.id, baseline, metric: "recoveredPerCase", days, firstDayExcludingZero };
    });
}

/**
 * Return a function of the day that gives each member's € of principal recovered by the
 * end of that day (the lower bound described above). Days must be asked in ascending order.
 */
function recoveredByDay(run: ExperimentRun, armIndex: number, finalRecovered: Float64Array): (day: number) => Float64Array {
  const arm = run.arms[armIndex];
  const position = new Int32Array(run.population.size).fill(-1);
  arm.members.forEach((debtor, k) => (position[debtor] = k));

  // payments of this arm bucketed by day (counting sort), so each day is one pass over its payments
  const log = arm.log;
  const horizon = run.config.horizonDays;
  const perDay = new Int32Array(horizon + 1);
  for (let e = 0; e < log.size; e++) if (log.type[e] === PAYMENT) perDay[log.day[e] + 1]++;
  for (let d = 0; d < horizon; d++) perDay[d + 1] += perDay[d];
  const order = new Int32Array(perDay[horizon]);
  const fill = perDay.slice(0, horizon);
  const paidAfter = new Float64Array(arm.members.length);
  for (let e = 0; e < log.size; e++) {
    if (log.type[e] !== PAYMENT) continue;
    order[fill[log.day[e]]++] = e;
    paidAfter[position[log.debtor[e]]] += log.amount[e];
  }

  let nextDay = 0;
  const values = new Float64Array(arm.members.length);
  return (day) => {
    for (; nextDay <= day; nextDay++) {
      for (let k = perDay[nextDay]; k < perDay[nextDay + 1]; k++) {
        const e = order[k];
        paidAfter[position[log.debtor[e]]] -= log.amount[e];
      }
    }
    for (let k = 0; k < values.length; k++) values[k] = Math.max(0, finalRecovered[k] - Math.max(0, paidAfter[k]));
    return values;
  };
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
