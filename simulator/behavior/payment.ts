/**
 * Payments and the decision to pay.
 *
 * A payment settles court and bailiff costs first, then the agency's fees, then the
 * principal (§ 367 BGB: costs, interest, principal). Only principal counts as recovered.
 *
 * When a debtor acts on the claim, the choice follows ability and willingness: pay in
 * full if the money is there. Otherwise the debtor takes an offered settlement (a
 * discount on the principal) when the discounted amount is there, takes an offered
 * instalment plan (or asks for one), promises to pay at the next payday, or makes a
 * partial payment.
 */

import type { Simulation } from "../engine/simulation.js";
import { P } from "../random/purposes.js";
import { uniform } from "../random/counterRandom.js";
import { CLOSED_DISPUTE, EVENT_TYPES, PAID, PROMISED } from "../population/codes.js";
import { availableCash, cashAtNextPayday, spendCash } from "./liquidity.js";
import { agreeInstalmentPlan, planInstalmentFor } from "./commitments.js";
import { recordSurvey } from "./survey.js";

const PAYMENT = EVENT_TYPES.indexOf("payment");
const PROMISE = EVENT_TYPES.indexOf("promise");
/** Amounts below one cent count as settled. */
const SETTLED_BELOW = 0.005;
/** Days after an instalment offer during which it counts as on the table (assumption). */
export const OFFER_VALID_DAYS = 30;

/** Book a payment of `amount` € and close the case when everything is paid. */
export function applyPayment(sim: Simulation, debtor: number, day: number, amount: number): void {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  let rest = Math.min(amount, view.outstanding[debtor]);
  if (rest <= 0) return;
  spendCash(sim, debtor, day, rest);
  const total = rest;

  const toCourt = Math.min(rest, hidden.courtFeesOwed[debtor]);
  hidden.courtFeesOwed[debtor] -= toCourt;
  rest -= toCourt;
  const toAgency = Math.min(rest, hidden.agencyFeesOwed[debtor]);
  hidden.agencyFeesOwed[debtor] -= toAgency;
  rest -= toAgency;
  const toPrincipal = Math.min(rest, hidden.principal[debtor]);
  hidden.principal[debtor] -= toPrincipal;

  hidden.feesPaid[debtor] += toCourt + toAgency;
  // court costs paid back by the debtor are no longer a cost of the creditor
  hidden.courtCosts[debtor] -= toCourt;
  sim.costByDay[day] -= toCourt;
  hidden.recovered[debtor] += toPrincipal;
  sim.receivedByDay[day] += toPrincipal;
  view.paid[debtor] += total;
  view.outstanding[debtor] = hidden.principal[debtor] + hidden.agencyFeesOwed[debtor] + hidden.courtFeesOwed[debtor];
  view.lastResponseDay[debtor] = day;
  view.lastResponse[debtor] = PAYMENT;
  if (hidden.firstPaymentDay[debtor] < 0) hidden.firstPaymentDay[debtor] = day;
  sim.log.add(debtor, day, PAYMENT, -1, -1, -1, -1, total, 0);
  sim.strategy.onEvent?.(debtor, day, "payment", total);

  if (view.outstanding[debtor] < SETTLED_BELOW) {
    view.outstanding[debtor] = 0;
    closeCase(sim, debtor, day, PAID);
  }
}

/** Close a case (paid in full or closed after a justified dispute) and survey the debtor. */
export function closeCase(sim: Simulation, debtor: number, day: number, status: number): void {
  const hidden = sim.state.hidden;
  sim.state.view.status[debtor] = status;
  hidden.closedDay[debtor] = day;
  hidden.wakeDay[debtor] = -1;
  hidden.planNextDue[debtor] = -1;
  hidden.promiseDay[debtor] = -1;
  hidden.legalNextDay[debtor] = -1;
  hidden.deferredDay[debtor] = -1;
  hidden.letterDay[debtor] = -1;
  if (status === PAID) {
    hidden.fullyPaidDay[debtor] = day;
    hidden.experience[debtor] += sim.parameters.nps.paidInFull;
  }
  if (status === PAID || status === CLOSED_DISPUTE) recordSurvey(sim, debtor, day);
  sim.strategy.onEvent?.(debtor, day, "closed", 0);
}

/** The debtor acts on the claim today: pay, agree a plan, promise, or pay a part. */
export function actOnClaim(sim: Simulation, debtor: number, day: number): void {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  const commitment = sim.parameters.commitment;
  const owed = view.outstanding[debtor];
  const cash = availableCash(sim, debtor, day);

  if (cash >= owed) {
    applyPayment(sim, debtor, day, owed);
    return;
  }

  // a settlement: the agency waives part of the principal, the debtor pays the rest at once
  // NOTE: a settled case closes as PAID; the waived principal shows only as lower recovery.
  const settlementDay = hidden.settlementOfferedDay[debtor];
  if (settlementDay >= 0 && day - settlementDay <= OFFER_VALID_DAYS) {
    const waiver = hidden.principal[debtor] * sim.parameters.message.settlementDiscount;
    if (cash >= owed - waiver && uniform(sim.seed, debtor, day, P.settlement) < sim.parameters.message.settlementAccept) {
      hidden.principal[debtor] -= waiver;
      view.outstanding[debtor] -= waiver;
      applyPayment(sim, debtor, day, view.outstanding[debtor]);
      return;
    }
  }

  // an instalment plan: offered recently, or asked for
  const offered = view.planOfferedDay[debtor] >= 0 && day - view.planOfferedDay[debtor] <= OFFER_VALID_DAYS;
  const planChance = offered ? commitment.planAcceptOffered : commitment.planAskUnoffered;
  if (uniform(sim.seed, debtor, day, P.plan) < planChance) {
    const instalment = planInstalmentFor(sim, debtor, owed);
    if (instalment > 0) {
      agreeInstalmentPlan(sim, debtor, day, instalment, !offered);
      return;
    }
  }

  // a promise to pay at the next payday, when the money will be there then
  if (hidden.promiseDay[debtor] < 0 && uniform(sim.seed, debtor, day, P.promise) < commitment.promiseChance) {
    const payday = sim.nextPayday[day];
    if (payday < sim.horizonDays && cashAtNextPayday(sim, debtor) >= owed) {
      hidden.promiseDay[debtor] = payday + 1;
      hidden.promiseAmount[debtor] = owed;
      view.status[debtor] = PROMISED;
      view.lastResponseDay[debtor] = day;
      view.lastResponse[debtor] = PROMISE;
      sim.log.add(debtor, day, PROMISE, -1, -1, -1, -1, owed, 0);
      sim.strategy.onEvent?.(debtor, day, "promise", 0);
      return;
    }
  }

  // a partial payment out of what is there
  if (cash >= 10 && uniform(sim.seed, debtor, day, P.partial) < commitment.partialChance) {
    applyPayment(sim, debtor, day, Math.floor(cash * commitment.partialShare));
  }
}

