/**
 * The German court dunning procedure and enforcement.
 *
 * Mahnbescheid applied for (court fee advanced by the creditor) → served after
 * `legal.serviceDays` → two weeks to object (§ 692 ZPO) → Vollstreckungsbescheid
 * (`legal.titleDays` later) → bailiff enforcement attempts every
 * `legal.enforcementInterval` days, each with bailiff fees. An objection moves the case
 * to ordinary court proceedings, which outlast the horizon: collection stops.
 * The served court letter raises attention sharply and costs trust and experience.
 */

import type { Simulation } from "../engine/simulation.js";
import { P } from "../random/purposes.js";
import { uniform } from "../random/counterRandom.js";
import { DISPUTED, EVENT_TYPES, LEGAL, OPEN, PROMISED, TITLED, UNWILLING } from "../population/codes.js";
import { chargeBailiffFee, chargeCourtFee } from "./fees.js";
import { applyPayment } from "./payment.js";

const MAHNBESCHEID = EVENT_TYPES.indexOf("mahnbescheid");
const OBJECTION = EVENT_TYPES.indexOf("objection");
const VOLLSTRECKUNGSBESCHEID = EVENT_TYPES.indexOf("vollstreckungsbescheid");
const ENFORCEMENT = EVENT_TYPES.indexOf("enforcement");

/**
 * Monthly net income exempt from seizure for a single debtor without dependants
 * (§ 850c ZPO, Pfändungsfreigrenzenbekanntmachung 2025: 1,555.00 € from 1 July 2025).
 */
export const SEIZURE_EXEMPT_INCOME = 1555;
/** Share of income above the exemption that a seizure takes (simplified § 850c table; assumption). */
const SEIZABLE_SHARE = 0.7;

export const LEGAL_APPLIED = 1;
export const LEGAL_SERVED = 2;
export const LEGAL_OBJECTED = 3;
export const LEGAL_TITLED = 4;
/** The Mahnbescheid could not be served; the case is open again and cannot be escalated twice. */
export const LEGAL_UNSERVED = 5;

/** Apply for a Mahnbescheid today; returns false when the case cannot be escalated. */
export function startCourtProcedure(sim: Simulation, debtor: number, day: number): boolean {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  const status = view.status[debtor];
  if ((status !== OPEN && status !== PROMISED) || hidden.legalStage[debtor] !== 0) return false;
  view.escalated[debtor] = 1;
  view.status[debtor] = LEGAL;
  hidden.promiseDay[debtor] = -1;
  hidden.legalStage[debtor] = LEGAL_APPLIED;
  hidden.legalNextDay[debtor] = day + sim.parameters.legal.serviceDays;
  sim.log.add(debtor, day, MAHNBESCHEID, -1, -1, -1, -1, 0, 0);
  chargeCourtFee(sim, debtor, day);
  return true;
}

/** Take the next step of the court procedure, due today. */
export function processLegalStep(sim: Simulation, debtor: number, day: number): void {
  const hidden = sim.state.hidden;
  const view = sim.state.view;
  const legal = sim.parameters.legal;
  const stage = hidden.legalStage[debtor];

  if (stage === LEGAL_APPLIED) {
    if (sim.population.latent.addressValid[debtor] === 0) {
      // the court cannot serve the Mahnbescheid at a wrong address: the procedure stalls
      hidden.legalStage[debtor] = LEGAL_UNSERVED;
      hidden.legalNextDay[debtor] = -1;
      view.status[debtor] = OPEN;
      return;
    }
    // served: the official letter is noticed, trust and experience suffer
    const decayed = hidden.alert[debtor] * sim.alertDecay[day - hidden.alertDay[debtor]];
    hidden.alert[debtor] = decayed + legal.alert;
    hidden.alertDay[debtor] = day;
    hidden.trust[debtor] = Math.max(0, hidden.trust[debtor] - legal.trustLoss);
    hidden.experience[debtor] += sim.parameters.nps.legal;
    const objectionChance = sim.population.latent.segment[debtor] === UNWILLING || sim.population.latent.claimError[debtor] === 1
      ? legal.objectionUnwilling
      : legal.objectionOther;
    const draw = uniform(sim.seed, debtor, day, P.objection);
    if (draw < objectionChance) {
      hidden.legalStage[debtor] = LEGAL_OBJECTED;
      // the objection arrives within the two-week period
      hidden.legalNextDay[debtor] = day + 1 + Math.floor((draw / objectionChance) * (legal.objectionDays - 1));
    } else {
      hidden.legalStage[debtor] = LEGAL_SERVED;
      hidden.legalNextDay[debtor] = day + legal.objectionDays + legal.titleDays;
    }
    return;
  }

  if (stage === LEGAL_OBJECTED) {
    view.status[debtor] = DISPUTED;
    hidden.legalNextDay[debtor] = -1;
    sim.guard.setDisputed(debtor, true);
    sim.log.add(debtor, day, OBJECTION, -1, -1, -1, -1, 0, 0);
    sim.strategy.onEvent?.(debtor, day, "dispute", 0);
    return;
  }

  if (stage === LEGAL_SERVED) {
    hidden.legalStage[debtor] = LEGAL_TITLED;
    view.status[debtor] = TITLED;
    hidden.legalNextDay[debtor] = day + legal.enforcementInterval;
    sim.log.add(debtor, day, VOLLSTRECKUNGSBESCHEID, -1, -1, -1, -1, 0, 0);
    return;
  }

  if (stage === LEGAL_TITLED) {
    chargeBailiffFee(sim, debtor, day);
    hidden.legalNextDay[debtor] = day + legal.enforcementInterval;
    hidden.experience[debtor] -= 1;
    if (uniform(sim.seed, debtor, day, P.enforcement) < legal.enforcementSuccess) {
      const income = sim.population.latent.monthlyIncome[debtor];
      const savings = Math.max(0, hidden.buffer[debtor]);
      const seizable = Math.max(0, income - SEIZURE_EXEMPT_INCOME) * SEIZABLE_SHARE + savings;
      const amount = Math.min(view.outstanding[debtor], Math.floor(seizable * 100) / 100);
      if (amount > 0) {
        sim.log.add(debtor, day, ENFORCEMENT, -1, -1, -1, -1, amount, 0);
        applyPayment(sim, debtor, day, amount);
      }
    }
  }
}

