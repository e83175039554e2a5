/**
 * Fees charged to the debtor during collection, computed by the German fee engine in
 * `simulator/compliance`: the agency's business fee (0.5 after the first demand, raised
 * to 0.9 once further demands were needed), the instalment-agreement fee, the court fee
 * of the Mahnbescheid and bailiff fees. Court and bailiff fees are advanced by the
 * creditor and count as its cost until the debtor pays them back.
 */

import type { Simulation } from "../engine/simulation.js";
import { computeAgencyFees, type CollectionStage } from "../compliance/agencyFees.js";
import { bailiffFees, mahnbescheidCourtFee } from "../compliance/courtFees.js";
import { EVENT_TYPES } from "../population/codes.js";

const AGENCY_FEE = EVENT_TYPES.indexOf("agencyFee");
const INSTALMENT_FEE = EVENT_TYPES.indexOf("instalmentFee");
const COURT_FEE = EVENT_TYPES.indexOf("courtFee");
const BAILIFF_FEE = EVENT_TYPES.indexOf("bailiffFee");

// Fee tables step at whole euros, so fees computed for the claim rounded up to a whole
// euro are exact; the cache keeps the engine fast at a million debtors (`npm run bench`).
const agencyFeeCache = new Map<string, { total: number; instalmentFee: number }>();

function agencyFeesFor(claim: number, stage: CollectionStage, date: string): { total: number; instalmentFee: number } {
  const wholeEuros = Math.ceil(claim);
  const key = `${stage}|${date}|${wholeEuros}`;
  let fees = agencyFeeCache.get(key);
  if (fees === undefined) {
    const full = computeAgencyFees({ claim: wholeEuros, stage, date, instalmentAgreement: true });
    const plain = computeAgencyFees({ claim: wholeEuros, stage, date });
    fees = { total: plain.total, instalmentFee: full.total - plain.total };
    agencyFeeCache.set(key, fees);
  }
  return fees;
}

function charge(sim: Simulation, debtor: number, day: number, amount: number, eventType: number, court: boolean): void {
  if (amount <= 0) return;
  const hidden = sim.state.hidden;
  if (court) {
    hidden.courtFeesOwed[debtor] += amount;
    hidden.courtCosts[debtor] += amount;
    sim.costByDay[day] += amount;
  } else {
    hidden.agencyFeesOwed[debtor] += amount;
  }
  hidden.feesCharged[debtor] += amount;
  sim.state.view.outstanding[debtor] += amount;
  sim.log.add(debtor, day, eventType, -1, -1, -1, -1, amount, court ? amount : 0);
}

/** Charge the business fee after a delivered demand: 0.5 for the first, 0.9 once more were needed. */
export function chargeDemandFee(sim: Simulation, debtor: number, day: number): void {
  const hidden = sim.state.hidden;
  const claim = sim.population.observable.claimAmount[debtor];
  if (hidden.feeRate[debtor] === 0) {
    hidden.feeRate[debtor] = 0.5;
    charge(sim, debtor, day, agencyFeesFor(claim, "first-demand", sim.startDate).total, AGENCY_FEE, false);
  } else if (hidden.feeRate[debtor] === 0.5) {
    hidden.feeRate[debtor] = 0.9;
    const raise = agencyFeesFor(claim, "undisputed", sim.startDate).total - agencyFeesFor(claim, "first-demand", sim.startDate).total;
    charge(sim, debtor, day, raise, AGENCY_FEE, false);
  }
}

/** Charge the instalment-agreement fee (Nr. 1000 VV RVG on half the claim). */
export function chargeInstalmentFee(sim: Simulation, debtor: number, day: number): void {
  const claim = sim.population.observable.claimAmount[debtor];
  const stage: CollectionStage = sim.state.hidden.feeRate[debtor] >= 0.9 ? "undisputed" : "first-demand";
  charge(sim, debtor, day, agencyFeesFor(claim, stage, sim.startDate).instalmentFee, INSTALMENT_FEE, false);
}

/** Charge the court fee of the Mahnbescheid (GKG KV 1100), advanced by the creditor. */
export function chargeCourtFee(sim: Simulation, debtor: number, day: number): void {
  const claim = sim.population.observable.claimAmount[debtor];
  charge(sim, debtor, day, mahnbescheidCourtFee(Math.ceil(claim), sim.calendar.dateOf(day)), COURT_FEE, true);
}

/** Charge the bailiff's fees for an enforcement attempt (GvKostG), advanced by the creditor. */
export function chargeBailiffFee(sim: Simulation, debtor: number, day: number): void {
  charge(sim, debtor, day, bailiffFees("seizure", sim.calendar.dateOf(day)), BAILIFF_FEE, true);
}

/** Cancel fees still owed after a justified dispute: the debtor owes nothing for a wrong claim. */
export function cancelOpenFees(sim: Simulation, debtor: number): void {
  const hidden = sim.state.hidden;
  hidden.feesCharged[debtor] -= hidden.agencyFeesOwed[debtor] + hidden.courtFeesOwed[debtor];
  hidden.agencyFeesOwed[debtor] = 0;
  hidden.courtFeesOwed[debtor] = 0;
}
