import { describe, expect, it } from "vitest";
import { chargeDemandFee } from "../../../simulator/behavior/fees.js";
import { resolveDispute, startDispute } from "../../../simulator/behavior/disputes.js";
import { createDecision, BLOCK } from "../../../simulator/compliance/guard.js";
import { CLOSED_DISPUTE, DISPUTED, LETTER, NEUTRAL, OPEN } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const DAY = 1;

/** Create a debtor with the agency fee charged and a dispute under review. `claimError` decides whether the dispute is justified. */
function disputedDebtor(claimError: 0 | 1) {
  const sim = createTestSimulation({ size: 20, horizonDays: 90 });
  const debtor = 0;
  sim.population.latent.claimError[debtor] = claimError;
  chargeDemandFee(sim, debtor, DAY);
  startDispute(sim, debtor, DAY);
  return { sim, debtor };
}

describe("startDispute", () => {
  it("pauses collection until the review ends", () => {
    const { sim, debtor } = disputedDebtor(0);
    expect(sim.state.view.status[debtor]).toBe(DISPUTED);
    expect(sim.state.hidden.disputeUntil[debtor]).toBe(DAY + sim.parameters.response.disputeReviewDays);
    const decision = sim.guard.review({ debtor, day: DAY + 1, channel: LETTER, slot: 0, tone: NEUTRAL, offer: 0 }, createDecision());
    expect(decision.kind).toBe(BLOCK);
  });
});

describe("resolveDispute", () => {
  it("a justified dispute closes with no fees owed", () => {
    const { sim, debtor } = disputedDebtor(1);
    const hidden = sim.state.hidden;
    const feeBefore = hidden.agencyFeesOwed[debtor];
    expect(feeBefore).toBeGreaterThan(0);
    resolveDispute(sim, debtor, DAY + 21);
    expect(sim.state.view.status[debtor]).toBe(CLOSED_DISPUTE);
    expect(sim.state.view.outstanding[debtor]).toBe(0);
    expect(hidden.principal[debtor]).toBe(0);
    expect(hidden.agencyFeesOwed[debtor]).toBe(0);
    expect(hidden.courtFeesOwed[debtor]).toBe(0);
    expect(hidden.feesCharged[debtor]).toBeCloseTo(0, 9);
    expect(hidden.closedDay[debtor]).toBe(DAY + 21);
  });

  it("an unjustified dispute returns to collection", () => {
    const { sim, debtor } = disputedDebtor(0);
    const owed = sim.state.view.outstanding[debtor];
    const fees = sim.state.hidden.agencyFeesOwed[debtor];
    resolveDispute(sim, debtor, DAY + 21);
    expect(sim.state.view.status[debtor]).toBe(OPEN);
    expect(sim.state.view.outstanding[debtor]).toBe(owed);
    expect(sim.state.hidden.agencyFeesOwed[debtor]).toBe(fees);
    const decision = sim.guard.review({ debtor, day: DAY + 22, channel: LETTER, slot: 0, tone: NEUTRAL, offer: 0 }, createDecision());
    expect(decision.kind).not.toBe(BLOCK);
  });
});
