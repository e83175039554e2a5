import { describe, expect, it } from "vitest";
import { simulateArm } from "../../simulator/engine/simulateArm.js";
import { EVENT_TYPES, SMS } from "../../simulator/population/codes.js";
import { createStream } from "../../simulator/random/seededStream.js";
import { scriptedContacts } from "../../strategies/scriptedContacts.js";
import { createTestSimulation } from "../simulator/engine/fixtures/testSimulation.js";

const CONTACT = EVENT_TYPES.indexOf("contact");
const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");

function runScript(contacts: unknown[]) {
  const strategy = scriptedContacts({ contacts });
  // trial participants already had the creditor's information, so an SMS may come first
  const sim = createTestSimulation({ size: 300, horizonDays: 20, strategy, compliance: { preset: "DE", firstContactInformation: false } });
  const members = Int32Array.from({ length: sim.population.size }, (_, i) => i);
  simulateArm(sim, { members, random: createStream(1, "test") });
  return sim;
}

describe("scriptedContacts", () => {
  it("sends the listed contacts on the listed days only", () => {
    // day 1 is Tuesday 3 March 2026 and day 8 the Tuesday after: open days everywhere
    const sim = runScript([{ day: 1, channel: "sms" }, { day: 8, channel: "sms", content: ["name"] }]);
    const days = new Set<number>();
    let attempts = 0;
    for (let k = 0; k < sim.log.size; k++) {
      const type = sim.log.type[k];
      if (type !== CONTACT && type !== UNDELIVERED) continue;
      attempts++;
      days.add(sim.log.day[k]);
      expect(sim.log.channel[k]).toBe(SMS);
    }
    expect([...days].sort((a, b) => a - b)).toEqual([1, 8]);
    expect(attempts).toBeGreaterThan(sim.population.size);
  });

  it("an empty script contacts nobody", () => {
    const sim = runScript([]);
    for (let k = 0; k < sim.log.size; k++) expect(sim.log.type[k]).not.toBe(CONTACT);
  });

  it("rejects unknown content", () => {
    expect(() => scriptedContacts({ contacts: [{ day: 0, channel: "sms", content: ["flattery"] }] })).toThrow();
  });
});
