/**
 * Liquidity: what a debtor can pay on a given day.
 *
 * Income arrives at the month's turn. Of each month's free cash (income minus fixed
 * spending) the share still available falls from all of it just after payday to
 * `liquidity.endOfMonthCash` just before the next one. Savings (`buffer`) add to it.
 * A payment first uses savings, then this month's free cash; money spent this month
 * comes back at the next payday. An income shock cuts the free cash for good.
 */

import type { Simulation } from "../engine/simulation.js";

/** Return the € a debtor can pay today. */
export function availableCash(sim: Simulation, debtor: number, day: number): number {
  const hidden = sim.state.hidden;
  let buffer = hidden.buffer[debtor];
  if (buffer < 0 && hidden.spentMonth[debtor] !== sim.monthIndex[day]) {
    // a new month: last month's overdraft of free cash is gone with the new income
    buffer = 0;
    hidden.buffer[debtor] = 0;
  }
  const cash = buffer + hidden.freeCash[debtor] * sim.cashCurve[day];
  return cash > 0 ? cash : 0;
}

/** Return the € a debtor can pay just after the next payday. */
export function cashAtNextPayday(sim: Simulation, debtor: number): number {
  const hidden = sim.state.hidden;
  const savings = hidden.buffer[debtor] > 0 ? hidden.buffer[debtor] : 0;
  return savings + hidden.freeCash[debtor];
}

/** Take a payment out of the debtor's money. */
export function spendCash(sim: Simulation, debtor: number, day: number, amount: number): void {
  const hidden = sim.state.hidden;
  hidden.buffer[debtor] -= amount;
  if (hidden.buffer[debtor] < 0) hidden.spentMonth[debtor] = sim.monthIndex[day];
}

/** Apply an income shock (job loss, illness, separation) on its day. */
export function applyIncomeShock(sim: Simulation, debtor: number): void {
  const hidden = sim.state.hidden;
  hidden.freeCash[debtor] *= 1 - sim.parameters.liquidity.shockIncomeLoss;
  // assumption: half of any savings go to bridging the lost income
  if (hidden.buffer[debtor] > 0) hidden.buffer[debtor] *= 0.5;
}
