import { describe, expect, it } from "vitest";
import { noticeContact } from "../../../simulator/behavior/contact.js";
import { DETERRENT, EMAIL, NEUTRAL, NO_OFFER, UNWILLING } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const DAY = 1;

/** Attention an unwilling debtor takes from one noticed contact at the given pressure. */
function attentionAfter(pressure: number, tone: number, reactance: number): number {
  const sim = createTestSimulation({ size: 400, horizonDays: 30 });
  sim.parameters.reach.notice.fill(1);
  sim.parameters.message.reactance = reactance;
  const debtor = [...Array(sim.population.size).keys()].find((i) => sim.population.latent.segment[i] === UNWILLING);
  if (debtor === undefined) throw new Error("no unwilling debtor in the test population");
  sim.state.hidden.pressure[debtor] = pressure;
  sim.state.hidden.pressureDay[debtor] = DAY;
  noticeContact(sim, debtor, DAY, EMAIL, tone, 1, NO_OFFER);
  return sim.state.hidden.alert[debtor];
}

describe("reactance", () => {
  it("pressure beyond the threshold weakens a deterrent contact", () => {
    const calm = attentionAfter(0, DETERRENT, 0.5);
    const pressed = attentionAfter(5, DETERRENT, 0.5);
    // the default threshold is 3 contacts, so 5 is 2 above it: factor 1 / (1 + 0.5 × 2)
    expect(pressed).toBeCloseTo(calm / 2, 5);
  });

  it("leaves neutral contacts alone", () => {
    expect(attentionAfter(5, NEUTRAL, 0.5)).toBeCloseTo(attentionAfter(0, NEUTRAL, 0.5), 5);
  });

  it("no reactance, no loss", () => {
    expect(attentionAfter(5, DETERRENT, 0)).toBeCloseTo(attentionAfter(0, DETERRENT, 0), 5);
  });
});
