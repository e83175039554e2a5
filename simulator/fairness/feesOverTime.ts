/**
 * Cumulative fees charged to debtors by income band over the horizon: the delayed
 * burden that one-shot group metrics miss (Liu et al. 2018, "Delayed impact of fair
 * machine learning"). Values are € per debtor of the band in the arm, so bands of
 * different size compare directly; points are weekly plus the last day.
 */

import type { EventLog } from "../engine/eventLog.js";
import { EVENT_TYPES, INCOME_BANDS } from "../population/codes.js";
import type { Population } from "../population/population.js";

const AGENCY_FEE = EVENT_TYPES.indexOf("agencyFee");
const INSTALMENT_FEE = EVENT_TYPES.indexOf("instalmentFee");
const COURT_FEE = EVENT_TYPES.indexOf("courtFee");
const BAILIFF_FEE = EVENT_TYPES.indexOf("bailiffFee");
const POINT_EVERY_DAYS = 7;

export interface FeePoint {
  arm: string;
  incomeBand: string;
  day: number;
  /** € of agency and instalment-agreement fees per debtor, cumulative. */
  agencyFeesPerDebtor: number;
  /** € of court and bailiff fees per debtor, cumulative. */
  courtFeesPerDebtor: number;
}

export function feesOverTime(arm: string, log: EventLog, members: Int32Array, population: Population, horizonDays: number): FeePoint[] {
  const bandCount = INCOME_BANDS.length;
  const band = population.protected.incomeBand;
  const debtors = new Float64Array(bandCount);
  for (const debtor of members) debtors[band[debtor]] += 1;

  // fees per band and day; the log holds only this arm's debtors
  const agency = new Float64Array(bandCount * horizonDays);
  const court = new Float64Array(bandCount * horizonDays);
  for (let e = 0; e < log.size; e++) {
    const type = log.type[e];
    const at = band[log.debtor[e]] * horizonDays + log.day[e];
    if (type === AGENCY_FEE || type === INSTALMENT_FEE) agency[at] += log.amount[e];
    else if (type === COURT_FEE || type === BAILIFF_FEE) court[at] += log.amount[e];
  }

  const points: FeePoint[] = [];
  for (let b = 0; b < bandCount; b++) {
    if (debtors[b] === 0) continue;
    let agencyTotal = 0;
    let courtTotal = 0;
    for (let day = 0; day < horizonDays; day++) {
      agencyTotal += agency[b * horizonDays + day];
      courtTotal += court[b * horizonDays + day];
      if (day % POINT_EVERY_DAYS === 0 || day === horizonDays - 1) {
        points.push({ arm, incomeBand: INCOME_BANDS[b], day, agencyFeesPerDebtor: agencyTotal / debtors[b], courtFeesPerDebtor: courtTotal / debtors[b] });
      }
    }
  }
  return points;
}
