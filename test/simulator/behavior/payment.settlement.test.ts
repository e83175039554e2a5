import { describe, expect, it } from "vitest";
import { actOnClaim } from "../../../simulator/behavior/payment.js";
import { PAID } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const DAY = 3;

/** A debtor who owes 1,000 € principal and has exactly `cash` € available today. */
function debtorWithCash(cash: number, offered: boolean) {
  const sim = createTestSimulation({ size: 20, horizonDays: 60 });
  const debtor = 0;
  const hidden = sim.state.hidden;
  hidden.principal[debtor] = 1000;
  sim.state.view.outstanding[debtor] = 1000;
  hidden.freeCash[debtor] = 0;
  hidden.buffer[debtor] = cash;
  if (offered) hidden.settlementOfferedDay[debtor] = DAY - 1;
  sim.parameters.message.settlementDiscount = 0.3;
  sim.parameters.message.settlementAccept = 1;
  // no plan, promise or partial payment, so only the settlement can happen
  sim.parameters.commitment.planAskUnoffered = 0;
  sim.parameters.commitment.promiseChance = 0;
  sim.parameters.commitment.partialChance = 0;
  return { sim, debtor, hidden };
}

describe("settlement offer", () => {
  it("a debtor who can pay the discounted amount settles", () => {
    const { sim, debtor, hidden } = debtorWithCash(750, true);
    actOnClaim(sim, debtor, DAY);
    expect(sim.state.view.status[debtor]).toBe(PAID);
    expect(hidden.recovered[debtor]).toBeCloseTo(700, 6);
    expect(sim.state.view.paid[debtor]).toBeCloseTo(700, 6);
  });

  it("without an offer the same debtor does not pay", () => {
    const { sim, debtor, hidden } = debtorWithCash(750, false);
    actOnClaim(sim, debtor, DAY);
    expect(sim.state.view.status[debtor]).not.toBe(PAID);
    expect(hidden.recovered[debtor]).toBe(0);
  });

  it("a debtor short of the discounted amount does not settle", () => {
    const { sim, debtor, hidden } = debtorWithCash(650, true);
    actOnClaim(sim, debtor, DAY);
    expect(hidden.recovered[debtor]).toBe(0);
    expect(hidden.principal[debtor]).toBe(1000);
  });
});
