/**
 * Per-debtor columns of one arm for the fairness metrics, gathered from the case state,
 * the latent income (the auditor may read it, a strategy may not) and the event log.
 */

import {
  DETERRENT,
  EVENT_TYPES,
  FIRM,
  PAID,
  SLOTS
} from "../population/codes.js";
import type { CaseState } from "../engine/caseState.js";
import type { EventLog } from "../engine/eventLog.js";
import type { Population } from "../population/population.js";
import { COLUMN_COUNT, col } from "./fairnessMetrics.js";

const CONTACT = EVENT_TYPES.indexOf("contact");
const AGENCY_FEE = EVENT_TYPES.indexOf("agencyFee");
const INSTALMENT_FEE = EVENT_TYPES.indexOf("instalmentFee");
const COURT_FEE = EVENT_TYPES.indexOf("courtFee");
const BAILIFF_FEE = EVENT_TYPES.indexOf("bailiffFee");
const EVENING = SLOTS.indexOf("evening");
const SATURDAY = 5;
/** NPS survey: 9–10 promoter, 0–6 detractor (Reichheld 2003). */
const PROMOTER_FROM = 9;
const DETRACTOR_TO = 6;
const CONTACT_EVENTS_COLUMN = col("contactEvents");
const FIRM_COLUMN = col("firmContacts");
const UNPOPULAR_COLUMN = col("unpopularContacts");
const AGENCY_FEES_COLUMN = col("agencyFees");
const COURT_FEES_COLUMN = col("courtFees");

export interface DebtorColumns {
  /** Debtors of the arm, ascending. */
  members: Int32Array;
  /** Row-major values: column c of member k at `k * COLUMN_COUNT + c`, so a resampled debtor is one cache line. */
  values: Float64Array;
  /** Day of the first payment per member, or -1. */
  firstPaymentDay: Int16Array;
}

export interface ColumnSource {
  population: Population;
  state: CaseState;
  /** The arm's event log; a disabled log leaves the event columns at 0. */
  log: EventLog;
  /** Weekday per day index, 0 Monday … 6 Sunday. */
  weekday: ArrayLike<number>;
}

/** Gather the metric columns of the members of one arm. */
export function debtorColumns(source: ColumnSource, members: Int32Array): DebtorColumns {
  const { population, state, log, weekday } = source;
  const n = members.length;
  const values = new Float64Array(COLUMN_COUNT * n);
  const firstPaymentDay = new Int16Array(n);
  const hidden = state.hidden;
  const view = state.view;
  const income = population.latent.monthlyIncome;
  const set = (column: number, k: number, value: number): void => {
    values[k * COLUMN_COUNT + column] = value;
  };

  // position of each debtor in the member list, for the event pass
  const position = new Int32Array(population.size).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = members[k];
    position[i] = k;
    set(col("cases"), k, 1);
    set(col("claim"), k, population.observable.claimAmount[i]);
    set(col("recovered"), k, hidden.recovered[i]);
    set(col("cured"), k, view.status[i] === PAID ? 1 : 0);
    set(col("contacts"), k, view.contacts[i]);
    set(col("instalmentOffered"), k, view.planOfferedDay[i] >= 0 ? 1 : 0);
    set(col("escalated"), k, view.escalated[i]);
    set(col("feesToIncome"), k, income[i] > 0 ? hidden.feesCharged[i] / income[i] : 0);
    const score = hidden.npsScore[i];
    if (score >= 0) {
      set(col("npsRespondent"), k, 1);
      set(col("npsPoints"), k, score >= PROMOTER_FROM ? 1 : score <= DETRACTOR_TO ? -1 : 0);
    }
    set(col("complained"), k, hidden.complaints[i] > 0 ? 1 : 0);
    firstPaymentDay[k] = hidden.firstPaymentDay[i];
  }

  // delivered contacts by tone and time, and fees by kind, from the event log
  for (let e = 0; e < log.size; e++) {
    const k = position[log.debtor[e]];
    if (k < 0) continue;
    const row = k * COLUMN_COUNT;
    const type = log.type[e];
    if (type === CONTACT) {
      values[row + CONTACT_EVENTS_COLUMN] += 1;
      const tone = log.tone[e];
      if (tone === FIRM || tone === DETERRENT) values[row + FIRM_COLUMN] += 1;
      if (log.slot[e] === EVENING || weekday[log.day[e]] === SATURDAY) values[row + UNPOPULAR_COLUMN] += 1;
    } else if (type === AGENCY_FEE || type === INSTALMENT_FEE) {
      values[row + AGENCY_FEES_COLUMN] += log.amount[e];
    } else if (type === COURT_FEE || type === BAILIFF_FEE) {
      values[row + COURT_FEES_COLUMN] += log.amount[e];
    }
  }
  return { members, values, firstPaymentDay };
}
