import { describe, expect, it } from "vitest";
import { deliverContact, NOTICED_CONTACT } from "../../../simulator/behavior/contact.js";
import {
  CONTENT_AMOUNT,
  CONTENT_FLAGS,
  CONTENT_NAME,
  CONTENT_PLEASANT_CALLER,
  contentFactor,
  contentOf
} from "../../../simulator/behavior/messageContent.js";
import { EMAIL, NEUTRAL, NO_OFFER, PHONE_AGENT, SEGMENTS, SMS } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

// effects[flag * 5 + segment]: name 2, amount 3, every other flag 5, for every segment
const EFFECTS = CONTENT_FLAGS.flatMap((flag) => SEGMENTS.map(() => (flag === "name" ? 2 : flag === "amount" ? 3 : 5)));

describe("contentFactor", () => {
  it("no content leaves attention unchanged", () => {
    expect(contentFactor(EFFECTS, 0, SMS, 0)).toBe(1);
  });

  it("multiplies the effects of all flags set", () => {
    expect(contentFactor(EFFECTS, 0, SMS, CONTENT_NAME)).toBe(2);
    expect(contentFactor(EFFECTS, 0, SMS, CONTENT_NAME | CONTENT_AMOUNT)).toBe(6);
  });

  it("applies the caller manner to agent calls only", () => {
    expect(contentFactor(EFFECTS, 0, SMS, CONTENT_PLEASANT_CALLER)).toBe(1);
    expect(contentFactor(EFFECTS, 0, PHONE_AGENT, CONTENT_PLEASANT_CALLER)).toBe(5);
  });
});

describe("contentOf", () => {
  it("sets one bit per flag name", () => {
    expect(contentOf(["name", "amount"])).toBe(CONTENT_NAME | CONTENT_AMOUNT);
    expect(contentOf([])).toBe(0);
  });

  it("rejects an unknown name", () => {
    expect(() => contentOf(["flattery"])).toThrow(/Unknown message content "flattery"/);
  });
});

describe("content in a noticed contact", () => {
  it("a named message creates more attention", () => {
    const plain = createTestSimulation({ size: 300, horizonDays: 30 });
    const named = createTestSimulation({ size: 300, horizonDays: 30, population: plain.population });
    for (const sim of [plain, named]) sim.parameters.reach.notice.fill(1);
    const observable = plain.population.observable;
    const latent = plain.population.latent;
    const debtor = [...Array(plain.population.size).keys()].find(
      (i) => observable.hasEmail[i] === 1 && latent.emailValid[i] === 1 && latent.claimError[i] === 0
    );
    expect(debtor).toBeDefined();
    const i = debtor as number;

    expect(deliverContact(plain, i, 1, EMAIL, NEUTRAL, 1, NO_OFFER, 0)).toBe(NOTICED_CONTACT);
    expect(deliverContact(named, i, 1, EMAIL, NEUTRAL, 1, NO_OFFER, CONTENT_NAME)).toBe(NOTICED_CONTACT);
    const nameEffect = named.parameters.message.contentEffect[0 * SEGMENTS.length + latent.segment[i]];
    expect(named.state.hidden.alert[i]).toBeCloseTo(plain.state.hidden.alert[i] * nameEffect, 5);
  });
});
