import { describe, expect, it } from "vitest";
import {
  DELIVERED_CONTACT,
  deliverContact,
  LETTER_DAYS,
  NOTICED_CONTACT,
  UNDELIVERED_CONTACT
} from "../../../simulator/behavior/contact.js";
import type { Simulation } from "../../../simulator/engine/simulation.js";
import { EMAIL, LETTER, NEUTRAL, NO_OFFER, OPEN } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

// Day 1 is Tuesday 3 March 2026, an open day everywhere.
const DAY = 1;

/** Create a simulation in which every delivered contact is noticed (chance 1) or none is (chance 0). */
function simulationWithNotice(chance: number): Simulation {
  const sim = createTestSimulation({ size: 400, horizonDays: 60 });
  sim.parameters.reach.notice.fill(chance);
  return sim;
}

function debtorWhere(sim: Simulation, accept: (debtor: number) => boolean): number {
  for (let i = 0; i < sim.population.size; i++) if (accept(i)) return i;
  throw new Error("no debtor in the test population fits");
}

const emailWorks = (sim: Simulation) => (i: number) =>
  sim.population.observable.hasEmail[i] === 1 && sim.population.latent.emailValid[i] === 1 && sim.population.latent.claimError[i] === 0;

describe("deliverContact", () => {
  it("a noticed contact raises attention", () => {
    const sim = simulationWithNotice(1);
    const debtor = debtorWhere(sim, emailWorks(sim));
    expect(sim.state.hidden.alert[debtor]).toBe(0);
    const outcome = deliverContact(sim, debtor, DAY, EMAIL, NEUTRAL, 1, NO_OFFER);
    expect(outcome).toBe(NOTICED_CONTACT);
    expect(sim.state.hidden.alert[debtor]).toBeGreaterThan(0);
    expect(sim.state.hidden.alertDay[debtor]).toBe(DAY);
  });

  it("an unnoticed contact leaves attention unchanged", () => {
    const sim = simulationWithNotice(0);
    const debtor = debtorWhere(sim, emailWorks(sim));
    const trust = sim.state.hidden.trust[debtor];
    const outcome = deliverContact(sim, debtor, DAY, EMAIL, NEUTRAL, 1, NO_OFFER);
    expect(outcome).toBe(DELIVERED_CONTACT);
    expect(sim.state.hidden.alert[debtor]).toBe(0);
    expect(sim.state.hidden.trust[debtor]).toBe(trust);
    expect(sim.state.view.status[debtor]).toBe(OPEN);
  });

  it("a delivered contact counts and adds pressure", () => {
    const sim = simulationWithNotice(0);
    const debtor = debtorWhere(sim, emailWorks(sim));
    deliverContact(sim, debtor, DAY, EMAIL, NEUTRAL, 1, NO_OFFER);
    expect(sim.state.view.contacts[debtor]).toBe(1);
    expect(sim.state.view.lastContactDay[debtor]).toBe(DAY);
    expect(sim.state.hidden.pressure[debtor]).toBeGreaterThan(0);
    // the first delivered demand triggers the agency's fee
    expect(sim.state.hidden.feesCharged[debtor]).toBeGreaterThan(0);
  });

  it("an unknown address is undelivered but costs", () => {
    const sim = simulationWithNotice(1);
    const debtor = debtorWhere(sim, (i) => sim.population.observable.hasEmail[i] === 0);
    const outcome = deliverContact(sim, debtor, DAY, EMAIL, NEUTRAL, 1, NO_OFFER);
    expect(outcome).toBe(UNDELIVERED_CONTACT);
    expect(sim.state.view.undeliverable[debtor] & (1 << EMAIL)).not.toBe(0);
    expect(sim.state.view.contacts[debtor]).toBe(0);
    expect(sim.state.hidden.alert[debtor]).toBe(0);
    expect(sim.state.hidden.feesCharged[debtor]).toBe(0);
    expect(sim.state.hidden.contactCost[debtor]).toBeCloseTo(sim.parameters.cost.contact[EMAIL], 9);
  });

  it("a letter is read only when it arrives", () => {
    const sim = simulationWithNotice(1);
    const debtor = debtorWhere(sim, (i) => sim.population.latent.addressValid[i] === 1);
    const outcome = deliverContact(sim, debtor, DAY, LETTER, NEUTRAL, 0, NO_OFFER);
    expect(outcome).toBe(DELIVERED_CONTACT);
    expect(sim.state.hidden.alert[debtor]).toBe(0);
    expect(sim.state.hidden.letterDay[debtor]).toBe(DAY + LETTER_DAYS);
  });
});
