/**
 * Disputes: a debtor contests the claim. The agency pauses collection while it checks
 * the claim. A justified dispute (wrong amount, already paid, wrong person) ends the
 * claim with no fees owed; an unjustified one returns the case to collection.
 */

import type { Simulation } from "../engine/simulation.js";
import { CLOSED_DISPUTE, DISPUTED, EVENT_TYPES, LEGAL, OPEN, TITLED } from "../population/codes.js";
import { closeCase } from "./payment.js";
import { cancelOpenFees } from "./fees.js";

const DISPUTE = EVENT_TYPES.indexOf("dispute");
const DISPUTE_RESOLVED = EVENT_TYPES.indexOf("disputeResolved");
/** Trust lost when a dispute is rejected (assumption). */
const REJECTED_TRUST_LOSS = 0.05;

export function startDispute(sim: Simulation, debtor: number, day: number): void {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  view.status[debtor] = DISPUTED;
  view.lastResponseDay[debtor] = day;
  view.lastResponse[debtor] = DISPUTE;
  hidden.disputed[debtor] = 1;
  hidden.promiseDay[debtor] = -1;
  hidden.disputeUntil[debtor] = Math.min(day + sim.parameters.response.disputeReviewDays, 32767);
  sim.guard.setDisputed(debtor, true);
  sim.log.add(debtor, day, DISPUTE, -1, -1, -1, -1, 0, 0);
  sim.strategy.onEvent?.(debtor, day, "dispute", 0);
}

/** Resolve a disputed claim once the agency has checked it: close a wrong claim, resume a right one. */
export function resolveDispute(sim: Simulation, debtor: number, day: number): void {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  hidden.disputeUntil[debtor] = -1;
  sim.guard.setDisputed(debtor, false);
  if (sim.population.latent.claimError[debtor] === 1) {
    cancelOpenFees(sim, debtor);
    hidden.principal[debtor] = 0;
    view.outstanding[debtor] = 0;
    sim.log.add(debtor, day, DISPUTE_RESOLVED, -1, -1, -1, -1, 1, 0);
    closeCase(sim, debtor, day, CLOSED_DISPUTE);
    return;
  }
  const stage = hidden.legalStage[debtor];
  // the case returns to the court stage it was in, or to collection
  if (stage === 4) view.status[debtor] = TITLED;
  else if (stage === 1 || stage === 2) view.status[debtor] = LEGAL;
  else view.status[debtor] = OPEN;
  hidden.trust[debtor] = Math.max(0, hidden.trust[debtor] - REJECTED_TRUST_LOSS);
  sim.log.add(debtor, day, DISPUTE_RESOLVED, -1, -1, -1, -1, 0, 0);
}
