import { describe, expect, it } from "vitest";
import { chargeCourtFee, chargeDemandFee } from "../../../simulator/behavior/fees.js";
import { applyPayment } from "../../../simulator/behavior/payment.js";
import { OPEN, PAID } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const DAY = 3;

/** Create a debtor who owes principal, the agency fee and the court fee of a Mahnbescheid. */
function debtorWithFees() {
  const sim = createTestSimulation({ size: 20, horizonDays: 90 });
  const debtor = 0;
  sim.state.hidden.buffer[debtor] = 1e6;
  chargeDemandFee(sim, debtor, DAY);
  chargeCourtFee(sim, debtor, DAY);
  return { sim, debtor, hidden: sim.state.hidden, view: sim.state.view };
}

describe("applyPayment", () => {
  it("pays court fees first, then agency fees, then principal", () => {
    // § 367 BGB: costs before principal
    const { sim, debtor, hidden } = debtorWithFees();
    const court = hidden.courtFeesOwed[debtor];
    const agency = hidden.agencyFeesOwed[debtor];
    const principal = hidden.principal[debtor];
    expect(court).toBeGreaterThan(0);
    expect(agency).toBeGreaterThan(0);

    applyPayment(sim, debtor, DAY, court / 2);
    expect(hidden.courtFeesOwed[debtor]).toBeCloseTo(court / 2, 9);
    expect(hidden.agencyFeesOwed[debtor]).toBe(agency);
    expect(hidden.principal[debtor]).toBe(principal);

    applyPayment(sim, debtor, DAY, court / 2 + agency + 1);
    expect(hidden.courtFeesOwed[debtor]).toBeCloseTo(0, 9);
    expect(hidden.agencyFeesOwed[debtor]).toBeCloseTo(0, 9);
    expect(hidden.principal[debtor]).toBeCloseTo(principal - 1, 9);
    expect(hidden.recovered[debtor]).toBeCloseTo(1, 9);
  });

  it("books no more than is owed and closes the case", () => {
    const { sim, debtor, hidden, view } = debtorWithFees();
    const owed = view.outstanding[debtor];
    applyPayment(sim, debtor, DAY, owed + 500);
    expect(view.paid[debtor]).toBeCloseTo(owed, 9);
    expect(view.outstanding[debtor]).toBe(0);
    expect(view.status[debtor]).toBe(PAID);
    expect(hidden.recovered[debtor]).toBeCloseTo(sim.population.observable.claimAmount[debtor], 9);
    expect(hidden.fullyPaidDay[debtor]).toBe(DAY);
  });

  it("a partial payment keeps the case open", () => {
    const { sim, debtor, view } = debtorWithFees();
    const owed = view.outstanding[debtor];
    applyPayment(sim, debtor, DAY, 10);
    expect(view.outstanding[debtor]).toBeCloseTo(owed - 10, 9);
    expect(view.status[debtor]).toBe(OPEN);
  });

  it("court fees paid back are no longer a creditor cost", () => {
    const { sim, debtor, hidden } = debtorWithFees();
    const court = hidden.courtCosts[debtor];
    expect(court).toBeGreaterThan(0);
    applyPayment(sim, debtor, DAY, court);
    expect(hidden.courtCosts[debtor]).toBeCloseTo(0, 9);
  });
});
