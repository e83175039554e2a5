import { describe, expect, it } from "vitest";
import { deskConfigSchema } from "../../../simulator/desk/deskConfig.js";
import { InboundDesk, type DeskSummary } from "../../../simulator/desk/inboundDesk.js";
import { simulateArm } from "../../../simulator/engine/simulateArm.js";
import type { Strategy } from "../../../simulator/engine/strategyApi.js";
import { createStream } from "../../../simulator/random/seededStream.js";
import { classicDunning } from "../../../strategies/classicDunning.js";
import { createTestSimulation, idleStrategy } from "../engine/fixtures/testSimulation.js";

function runDesk(deskOptions: Record<string, unknown>, strategy: Strategy = classicDunning({}), size = 3000): DeskSummary {
  const sim = createTestSimulation({ size, seed: 5, horizonDays: 60, strategy });
  const desk = new InboundDesk(deskConfigSchema.parse(deskOptions), sim.seed, "arm");
  const members = Int32Array.from({ length: sim.population.size }, (_, i) => i);
  simulateArm(sim, { members, random: createStream(5, "strategy"), desk });
  return desk.summary();
}

describe("InboundDesk", () => {
  it("accounts for every request", () => {
    const summary = runDesk({});
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.answered + summary.abandoned).toBe(summary.humanRequests);
    expect(summary.botResolved + summary.humanRequests).toBe(summary.requests);
    expect(Object.values(summary.requestsByType).reduce((sum, count) => sum + count, 0)).toBe(summary.requests);
  });

  it("gets more requests after outreach", () => {
    const withOutreach = runDesk({});
    const withoutOutreach = runDesk({}, idleStrategy);
    expect(withOutreach.requests).toBeGreaterThan(withoutOutreach.requests);
  });

  it("resolves the configured share of bot conversations", () => {
    const summary = runDesk({ botResolution: 0.85 }, classicDunning({}), 20_000);
    expect(Math.abs(summary.botResolved / summary.botConversations - 0.85)).toBeLessThan(0.03);
  });

  it("routes disputes and hardship to humans", () => {
    const summary = runDesk({ requestMix: [0, 0, 1, 1, 0], botAcceptanceByType: [1, 1, 1, 1, 1] });
    expect(summary.botConversations).toBe(0);
    expect(summary.humanRequests).toBe(summary.requests);
  });

  it("loses every human request without agents", () => {
    const summary = runDesk({ agents: 0 });
    expect(summary.answered).toBe(0);
    expect(summary.abandonmentRate).toBe(1);
  });

  it("abandons less with more agents", () => {
    const few = runDesk({ agents: 1, contactLift: 0.2 });
    const many = runDesk({ agents: 20, contactLift: 0.2 });
    expect(many.abandonmentRate).toBeLessThan(few.abandonmentRate);
    expect(many.agentsNeededAtPeak).toBeGreaterThanOrEqual(many.agentsNeeded);
  });

  it("gives the same figures under the same seed", () => {
    expect(runDesk({})).toEqual(runDesk({}));
  });
});
