/**
 * The result tables of a run in columnar form: per-debtor outcomes, the event log and
 * the daily cashflow per arm (file layout in simulator/io/runFormat.ts).
 */

import type { Table } from "../io/table.js";
import {
  AGE_BANDS,
  CHANNELS,
  CLAIM_TYPES,
  EVENT_TYPES,
  GENDERS,
  INCOME_BANDS,
  LANGUAGES,
  OFFERS,
  SEGMENTS,
  SLOTS,
  STATES,
  STATUSES,
  TONES
} from "../population/codes.js";
import { RULES } from "../compliance/presets.js";
import type { ExperimentRun } from "./runExperiment.js";

/** Per-debtor outcomes, in debtor order. */
export function outcomesTable(run: ExperimentRun): Table {
  const n = run.population.size;
  const o = run.population.observable;
  const pr = run.population.protected;
  const hidden = run.state.hidden;
  const view = run.state.view;
  const arms = run.config.arms.map((arm) => arm.id);
  const debtor = new Int32Array(n);
  const cost = new Float64Array(n);
  const complained = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    debtor[i] = i;
    cost[i] = hidden.contactCost[i] + hidden.courtCosts[i];
    complained[i] = hidden.complaints[i] > 0 ? 1 : 0;
  }
  return {
    name: "outcomes",
    rowCount: n,
    columns: [
      { name: "debtor", type: "int32", values: debtor },
      { name: "arm", type: "category", values: run.assignment, categories: arms },
      { name: "claimType", type: "category", values: o.claimType, categories: CLAIM_TYPES },
      { name: "claimAmount", type: "float64", values: o.claimAmount },
      { name: "debtAgeDays", type: "int32", values: o.debtAgeDays },
      { name: "ageBand", type: "category", values: o.ageBand, categories: AGE_BANDS },
      { name: "incomeBand", type: "category", values: pr.incomeBand, categories: INCOME_BANDS },
      { name: "state", type: "category", values: o.state, categories: STATES },
      { name: "urban", type: "bool", values: pr.urban },
      { name: "gender", type: "category", values: pr.gender, categories: GENDERS },
      { name: "language", type: "category", values: pr.language, categories: LANGUAGES },
      { name: "vulnerability", type: "int32", values: pr.vulnerability },
      { name: "hasEmail", type: "bool", values: o.hasEmail },
      { name: "hasMobile", type: "bool", values: o.hasMobile },
      { name: "segment", type: "category", values: run.population.latent.segment, categories: SEGMENTS },
      { name: "status", type: "category", values: view.status, categories: STATUSES },
      { name: "recovered", type: "float64", values: hidden.recovered },
      { name: "feesCharged", type: "float64", values: hidden.feesCharged },
      { name: "feesPaid", type: "float64", values: hidden.feesPaid },
      { name: "courtCosts", type: "float64", values: hidden.courtCosts },
      { name: "cost", type: "float64", values: cost },
      { name: "contacts", type: "int32", values: view.contacts },
      { name: "firstPaymentDay", type: "int32", values: hidden.firstPaymentDay, nullValue: -1 },
      { name: "fullyPaidDay", type: "int32", values: hidden.fullyPaidDay, nullValue: -1 },
      { name: "planAgreed", type: "bool", values: hidden.planAgreed },
      { name: "escalated", type: "bool", values: view.escalated },
      { name: "complained", type: "bool", values: complained },
      { name: "disputed", type: "bool", values: hidden.disputed },
      { name: "npsScore", type: "int32", values: hidden.npsScore, nullValue: -1 }
    ]
  };
}

/** Build the contact and payment event log of all arms, arm by arm in time order. */
export function eventsTable(run: ExperimentRun): Table {
  const rowCount = run.arms.reduce((total, arm) => total + arm.log.size, 0);
  const debtor = new Int32Array(rowCount);
  const arm = new Uint8Array(rowCount);
  const day = new Int32Array(rowCount);
  const type = new Uint8Array(rowCount);
  const channel = new Int8Array(rowCount);
  const tone = new Int8Array(rowCount);
  const slot = new Int8Array(rowCount);
  const offer = new Int8Array(rowCount);
  const rule = new Int8Array(rowCount);
  const amount = new Float64Array(rowCount);
  const cost = new Float64Array(rowCount);
  let row = 0;
  for (const armRun of run.arms) {
    const log = armRun.log;
    debtor.set(log.debtor.subarray(0, log.size), row);
    arm.fill(armRun.index, row, row + log.size);
    day.set(log.day.subarray(0, log.size), row);
    type.set(log.type.subarray(0, log.size), row);
    channel.set(log.channel.subarray(0, log.size), row);
    tone.set(log.tone.subarray(0, log.size), row);
    slot.set(log.slot.subarray(0, log.size), row);
    offer.set(log.offer.subarray(0, log.size), row);
    rule.set(log.rule.subarray(0, log.size), row);
    amount.set(log.amount.subarray(0, log.size), row);
    cost.set(log.cost.subarray(0, log.size), row);
    row += log.size;
  }
  return {
    name: "events",
    rowCount,
    columns: [
      { name: "debtor", type: "int32", values: debtor },
      { name: "arm", type: "category", values: arm, categories: run.config.arms.map((a) => a.id) },
      { name: "day", type: "int32", values: day },
      { name: "date", type: "date", values: day },
      { name: "type", type: "category", values: type, categories: EVENT_TYPES },
      { name: "channel", type: "category", values: channel, categories: CHANNELS, nullValue: -1 },
      { name: "tone", type: "category", values: tone, categories: TONES, nullValue: -1 },
      { name: "slot", type: "category", values: slot, categories: SLOTS, nullValue: -1 },
      { name: "offer", type: "category", values: offer, categories: OFFERS, nullValue: -1 },
      { name: "rule", type: "category", values: rule, categories: RULES, nullValue: -1 },
      { name: "amount", type: "float64", values: amount },
      { name: "cost", type: "float64", values: cost }
    ]
  };
}

/** € of principal received and € of cost per arm and day, with running totals. */
export function cashflowTable(run: ExperimentRun): Table {
  const horizon = run.config.horizonDays;
  const rowCount = run.arms.length * horizon;
  const arm = new Uint8Array(rowCount);
  const day = new Int32Array(rowCount);
  const received = new Float64Array(rowCount);
  const cumulative = new Float64Array(rowCount);
  const cost = new Float64Array(rowCount);
  const cumulativeCost = new Float64Array(rowCount);
  let row = 0;
  for (const armRun of run.arms) {
    let runningReceived = 0;
    let runningCost = 0;
    for (let d = 0; d < horizon; d++) {
      runningReceived += armRun.receivedByDay[d];
      runningCost += armRun.costByDay[d];
      arm[row] = armRun.index;
      day[row] = d;
      received[row] = armRun.receivedByDay[d];
      cumulative[row] = runningReceived;
      cost[row] = armRun.costByDay[d];
      cumulativeCost[row] = runningCost;
      row++;
    }
  }
  return {
    name: "cashflow",
    rowCount,
    columns: [
      { name: "arm", type: "category", values: arm, categories: run.config.arms.map((a) => a.id) },
      { name: "day", type: "int32", values: day },
      { name: "date", type: "date", values: day },
      { name: "received", type: "float64", values: received },
      { name: "cumulative", type: "float64", values: cumulative },
      { name: "cost", type: "float64", values: cost },
      { name: "cumulativeCost", type: "float64", values: cumulativeCost }
    ]
  };
}
