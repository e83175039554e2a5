/**
 * Commitments: promises to pay and instalment plans.
 *
 * A promise falls due the day after the next payday and is kept with the keep rate when
 * the money is there. A plan has a monthly instalment the debtor can afford. Each
 * instalment is paid when the money is there, except with a small chance of a lapse,
 * and a plan breaks after `planMissesToBreak` missed instalments.
 */

import type { Simulation } from "../engine/simulation.js";
import { P } from "../random/purposes.js";
import { uniform } from "../random/counterRandom.js";
import { EVENT_TYPES, OPEN, PLAN, PROMISED } from "../population/codes.js";
import { availableCash } from "./liquidity.js";
import { applyPayment } from "./payment.js";
import { chargeInstalmentFee } from "./fees.js";

const PLAN_AGREED = EVENT_TYPES.indexOf("planAgreed");
const PLAN_BROKEN = EVENT_TYPES.indexOf("planBroken");
const PROMISE_BROKEN = EVENT_TYPES.indexOf("promiseBroken");
/** Trust lost when a commitment fails (assumption). */
const BROKEN_TRUST_LOSS = 0.05;

/**
 * Return the monthly instalment the agency and the debtor can agree on for `owed` €,
 * or 0 when no plan within the longest term is affordable.
 */
export function planInstalmentFor(sim: Simulation, debtor: number, owed: number): number {
  const commitment = sim.parameters.commitment;
  const affordable = sim.state.hidden.freeCash[debtor] * commitment.planAffordableShare;
  const shortest = Math.max(commitment.planMinInstalment, affordable);
  const months = Math.min(commitment.planMaxMonths, Math.max(1, Math.ceil(owed / shortest)));
  const instalment = Math.max(commitment.planMinInstalment, Math.ceil((owed / months) * 100) / 100);
  return instalment <= affordable ? instalment : 0;
}

/** Agree a plan today; the first instalment is due after the next payday. */
export function agreeInstalmentPlan(sim: Simulation, debtor: number, day: number, instalment: number, requestedByDebtor: boolean): void {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  chargeInstalmentFee(sim, debtor, day);
  hidden.planInstalment[debtor] = instalment;
  hidden.planNextDue[debtor] = sim.nextPayday[day] + 1;
  hidden.planMissed[debtor] = 0;
  hidden.planAgreed[debtor] = 1;
  hidden.promiseDay[debtor] = -1;
  hidden.experience[debtor] += sim.parameters.nps.planAgreed;
  view.status[debtor] = PLAN;
  view.lastResponseDay[debtor] = day;
  view.lastResponse[debtor] = PLAN_AGREED;
  sim.log.add(debtor, day, PLAN_AGREED, -1, -1, -1, requestedByDebtor ? 0 : 1, instalment, 0);
  sim.strategy.onEvent?.(debtor, day, "planAgreed", 0);
}

/** Collect an instalment due today, or count it as missed and break the plan after too many misses. */
export function processInstalment(sim: Simulation, debtor: number, day: number): void {
  const hidden = sim.state.hidden;
  const commitment = sim.parameters.commitment;
  const due = Math.min(hidden.planInstalment[debtor], sim.state.view.outstanding[debtor]);
  const lapse = uniform(sim.seed, debtor, day, P.instalment) < commitment.planBreakBase;
  if (!lapse && availableCash(sim, debtor, day) >= due) {
    hidden.planMissed[debtor] = 0;
    applyPayment(sim, debtor, day, due);
  } else {
    hidden.planMissed[debtor]++;
  }
  if (sim.state.view.status[debtor] !== PLAN) return;
  if (hidden.planMissed[debtor] >= commitment.planMissesToBreak) {
    hidden.planNextDue[debtor] = -1;
    sim.state.view.status[debtor] = OPEN;
    hidden.trust[debtor] = Math.max(0, hidden.trust[debtor] - 2 * BROKEN_TRUST_LOSS);
    sim.log.add(debtor, day, PLAN_BROKEN, -1, -1, -1, -1, 0, 0);
  } else {
    hidden.planNextDue[debtor] = sim.nextPayday[day + 1] + 1;
  }
}

/** Settle a promise to pay due today: kept when the debtor keeps it and has the money, else broken. */
export function processPromise(sim: Simulation, debtor: number, day: number): void {
  const hidden = sim.state.hidden;
  hidden.promiseDay[debtor] = -1;
  const amount = Math.min(hidden.promiseAmount[debtor], sim.state.view.outstanding[debtor]);
  const keeps = uniform(sim.seed, debtor, day, P.promiseKeep) < sim.parameters.commitment.promiseKeep;
  if (keeps && availableCash(sim, debtor, day) >= amount) {
    applyPayment(sim, debtor, day, amount);
    if (sim.state.view.status[debtor] === PROMISED) sim.state.view.status[debtor] = OPEN;
    return;
  }
  sim.state.view.status[debtor] = OPEN;
  hidden.trust[debtor] = Math.max(0, hidden.trust[debtor] - BROKEN_TRUST_LOSS);
  sim.log.add(debtor, day, PROMISE_BROKEN, -1, -1, -1, -1, amount, 0);
}
