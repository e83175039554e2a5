/**
 * The dynamic state of every case during a run, as struct-of-arrays.
 *
 * Fields that the agency can see are grouped in `view` and handed to strategies as an
 * ObservableView; the rest is the debtor's hidden state.
 */

import type { Population } from "../population/population.js";

export interface VisibleCaseState {
  status: Uint8Array;
  outstanding: Float64Array;
  paid: Float64Array;
  contacts: Uint16Array;
  lastContactDay: Int16Array;
  undeliverable: Uint8Array;
  lastResponseDay: Int16Array;
  lastResponse: Uint8Array;
  planOfferedDay: Int16Array;
  escalated: Uint8Array;
}

export interface HiddenCaseState {
  /** € principal still owed. */
  principal: Float64Array;
  /** € of agency fees charged and not yet paid. */
  agencyFeesOwed: Float64Array;
  /** € of court and bailiff fees charged and not yet paid (advanced by the creditor). */
  courtFeesOwed: Float64Array;
  /** Agency fee rate charged so far (0, 0.5 or 0.9). */
  feeRate: Float32Array;
  /** € principal recovered. */
  recovered: Float64Array;
  /** € of fees charged to the debtor (agency, court, bailiff). */
  feesCharged: Float64Array;
  /** € of fees the debtor paid. */
  feesPaid: Float64Array;
  /** € of court and bailiff fees the creditor advanced. */
  courtCosts: Float64Array;
  /** € of contact costs. */
  contactCost: Float64Array;

  /** Attention level at `alertDay`, decaying with the alert half-life. */
  alert: Float32Array;
  alertDay: Int16Array;
  /** Contact pressure at `pressureDay`, decaying over the pressure window. */
  pressure: Float32Array;
  pressureDay: Int16Array;
  trust: Float32Array;
  /** Sum of experience points for the NPS survey. */
  experience: Float32Array;
  /** € free cash per month now (lower after a shock). */
  freeCash: Float32Array;
  /** € savings; negative while this month's free cash is spent. */
  buffer: Float32Array;
  /** Month index in which the buffer went negative. */
  spentMonth: Int16Array;

  /** Day a letter in the post reaches the debtor, or -1, with its content. */
  letterDay: Int16Array;
  letterTone: Uint8Array;
  letterOffer: Uint8Array;
  /** Content flags of the letter in the post (see messageContent.ts). */
  letterContent: Uint8Array;
  /** Day a deferred contact is due, or -1, with its content. */
  deferredDay: Int16Array;
  deferredAction: Uint32Array;
  /** Day a settlement was last offered, or -1. */
  settlementOfferedDay: Int16Array;
  /** Day the strategy asked to decide again, or -1. */
  wakeDay: Int16Array;

  promiseDay: Int16Array;
  promiseAmount: Float32Array;
  planInstalment: Float32Array;
  planNextDue: Int16Array;
  planMissed: Uint8Array;
  planAgreed: Uint8Array;
  disputeUntil: Int16Array;
  disputed: Uint8Array;
  complaints: Uint8Array;
  /** Court procedure stage: 0 none, 1 applied, 2 served, 3 objected, 4 titled, 5 not servable. */
  legalStage: Uint8Array;
  legalNextDay: Int16Array;

  firstPaymentDay: Int16Array;
  fullyPaidDay: Int16Array;
  closedDay: Int16Array;
  npsScore: Int8Array;
}

export interface CaseState {
  view: VisibleCaseState;
  hidden: HiddenCaseState;
}

/** Allocate the state of every debtor of the population at placement. */
export function createCaseState(population: Population): CaseState {
  const n = population.size;
  const filled = <T extends { fill(value: number): T }>(array: T, value: number): T => array.fill(value);
  const view: VisibleCaseState = {
    status: new Uint8Array(n),
    outstanding: Float64Array.from(population.observable.claimAmount),
    paid: new Float64Array(n),
    contacts: new Uint16Array(n),
    lastContactDay: filled(new Int16Array(n), -1),
    undeliverable: new Uint8Array(n),
    lastResponseDay: filled(new Int16Array(n), -1),
    lastResponse: filled(new Uint8Array(n), 255),
    planOfferedDay: filled(new Int16Array(n), -1),
    escalated: new Uint8Array(n)
  };
  const latent = population.latent;
  const hidden: HiddenCaseState = {
    principal: Float64Array.from(population.observable.claimAmount),
    agencyFeesOwed: new Float64Array(n),
    courtFeesOwed: new Float64Array(n),
    feeRate: new Float32Array(n),
    recovered: new Float64Array(n),
    feesCharged: new Float64Array(n),
    feesPaid: new Float64Array(n),
    courtCosts: new Float64Array(n),
    contactCost: new Float64Array(n),
    alert: new Float32Array(n),
    alertDay: new Int16Array(n),
    pressure: new Float32Array(n),
    pressureDay: new Int16Array(n),
    trust: Float32Array.from(latent.initialTrust),
    experience: new Float32Array(n),
    freeCash: Float32Array.from(latent.monthlyFreeCash),
    buffer: Float32Array.from(latent.buffer),
    spentMonth: filled(new Int16Array(n), -1),
    letterDay: filled(new Int16Array(n), -1),
    letterTone: new Uint8Array(n),
    letterOffer: new Uint8Array(n),
    letterContent: new Uint8Array(n),
    deferredDay: filled(new Int16Array(n), -1),
    deferredAction: new Uint32Array(n),
    settlementOfferedDay: filled(new Int16Array(n), -1),
    wakeDay: filled(new Int16Array(n), -1),
    promiseDay: filled(new Int16Array(n), -1),
    promiseAmount: new Float32Array(n),
    planInstalment: new Float32Array(n),
    planNextDue: filled(new Int16Array(n), -1),
    planMissed: new Uint8Array(n),
    planAgreed: new Uint8Array(n),
    disputeUntil: filled(new Int16Array(n), -1),
    disputed: new Uint8Array(n),
    complaints: new Uint8Array(n),
    legalStage: new Uint8Array(n),
    legalNextDay: filled(new Int16Array(n), -1),
    firstPaymentDay: filled(new Int16Array(n), -1),
    fullyPaidDay: filled(new Int16Array(n), -1),
    closedDay: filled(new Int16Array(n), -1),
    npsScore: filled(new Int8Array(n), -1)
  };
  return { view, hidden };
}

/** Pack a contact action into 24 bits: channel, tone, slot, offer (4 bits each), then 8 bits of content flags. */
export function packAction(channel: number, tone: number, slot: number, offer: number, content = 0): number {
  return (channel & 15) | ((tone & 15) << 4) | ((slot & 15) << 8) | ((offer & 15) << 12) | ((content & 255) << 16);
}
