import { describe, expect, it } from "vitest";
import { answerFactor, botAcceptance, resolveInCall, shameOf } from "../../../simulator/behavior/conversation.js";
import { CONTENT_PLEASANT_CALLER } from "../../../simulator/behavior/messageContent.js";
import { EMAIL, OPEN, PHONE_AGENT, VOICE_BOT } from "../../../simulator/population/codes.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const DAY = 1;

describe("shameOf", () => {
  it("lies in [0, 1] and repeats for the same debtor", () => {
    const sim = createTestSimulation({ size: 500, horizonDays: 30 });
    for (let i = 0; i < sim.population.size; i++) {
      const shame = shameOf(sim, i);
      expect(shame).toBeGreaterThanOrEqual(0);
      expect(shame).toBeLessThanOrEqual(1);
      expect(shameOf(sim, i)).toBe(shame);
    }
  });
});

describe("answerFactor", () => {
  it("shame lowers the answer rate of agent calls", () => {
    const sim = createTestSimulation({ size: 50, horizonDays: 30 });
    sim.parameters.message.shame.fill(1);
    sim.parameters.message.shameCallAvoidance = 0.4;
    const debtor = 0;
    expect(answerFactor(sim, debtor, PHONE_AGENT)).toBeCloseTo(1 - 0.4 * shameOf(sim, debtor), 9);
    sim.parameters.message.shameCallAvoidance = 0;
    expect(answerFactor(sim, debtor, PHONE_AGENT)).toBe(1);
  });

  it("shame raises the acceptance of a voice bot", () => {
    const sim = createTestSimulation({ size: 50, horizonDays: 30 });
    sim.parameters.message.shame.fill(0.8);
    sim.parameters.message.shameBotPreference = 0;
    const without = botAcceptance(sim, 0);
    sim.parameters.message.shameBotPreference = 0.5;
    expect(botAcceptance(sim, 0)).toBeGreaterThan(without);
    expect(answerFactor(sim, 0, VOICE_BOT)).toBeCloseTo(1 - sim.parameters.reach.aiAcceptanceWeight * (1 - botAcceptance(sim, 0)), 9);
  });

  it("leaves other channels alone", () => {
    const sim = createTestSimulation({ size: 50, horizonDays: 30 });
    expect(answerFactor(sim, 0, EMAIL)).toBe(1);
  });
});

describe("resolveInCall", () => {
  it("a certain resolution makes the debtor act in the call", () => {
    const sim = createTestSimulation({ size: 200, horizonDays: 60 });
    sim.parameters.message.resolveAgent = 1;
    let acted = 0;
    for (let i = 0; i < sim.population.size; i++) {
      sim.state.hidden.buffer[i] = 1e6;
      expect(resolveInCall(sim, i, DAY, PHONE_AGENT, 0)).toBe(true);
      if (sim.state.view.status[i] !== OPEN) acted++;
    }
    // with ample savings every debtor pays in full at once
    expect(acted).toBe(sim.population.size);
  });

  it("no resolution chance leaves the case untouched", () => {
    const sim = createTestSimulation({ size: 200, horizonDays: 60 });
    sim.parameters.message.resolveAgent = 0;
    for (let i = 0; i < sim.population.size; i++) {
      expect(resolveInCall(sim, i, DAY, PHONE_AGENT, CONTENT_PLEASANT_CALLER)).toBe(false);
      expect(sim.state.view.status[i]).toBe(OPEN);
    }
  });

  it("a pleasant manner resolves more calls", () => {
    const count = (content: number) => {
      const sim = createTestSimulation({ size: 2000, horizonDays: 60 });
      sim.parameters.message.resolveAgent = 0.3;
      sim.parameters.message.pleasantResolveFactor = 2;
      let resolved = 0;
      for (let i = 0; i < sim.population.size; i++) if (resolveInCall(sim, i, DAY, PHONE_AGENT, content)) resolved++;
      return resolved;
    };
    const plain = count(0);
    const pleasant = count(CONTENT_PLEASANT_CALLER);
    // the same draws decide both runs, so every plain resolution is also a pleasant one
    expect(pleasant).toBeGreaterThan(plain);
    expect(plain / 2000).toBeGreaterThan(0.25);
    expect(plain / 2000).toBeLessThan(0.35);
  });
});
