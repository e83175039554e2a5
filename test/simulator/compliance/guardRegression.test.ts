import { describe, expect, it } from "vitest";
import { createContactCalendar } from "../../../simulator/compliance/contactCalendar.js";
import { parseComplianceConfig, ruleIndex } from "../../../simulator/compliance/presets.js";
import { createCaseState } from "../../../simulator/engine/caseState.js";
import type { Strategy, StrategyContext } from "../../../simulator/engine/strategyApi.js";
import { runArm } from "../../../simulator/experiment/runExperiment.js";
import { compileParameters, parameterDefinitions } from "../../../simulator/params/modelParameters.js";
import { resolveParameters } from "../../../simulator/params/parameter.js";
import { EVENT_TYPES, LETTER, PHONE_AGENT, SLOT_HOURS, SMS, FIRM, NO_OFFER } from "../../../simulator/population/codes.js";
import { generatePopulation } from "../../../simulator/population/generatePopulation.js";
import { classicDunning } from "../../../strategies/classicDunning.js";

const START = "2026-03-30"; // day 0 is Monday 30 March 2026; day 4 is Good Friday, day 7 Easter Monday
const HORIZON = 60;
const SIZE = 3000;
const CONTACT = EVENT_TYPES.indexOf("contact");
const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
const BLOCKED = EVENT_TYPES.indexOf("blocked");
const DEFERRED = EVENT_TYPES.indexOf("deferred");

/** A test strategy that ignores every courtesy: a firm call and an SMS to every debtor every day. */
function aggressiveCaller(): Strategy {
  let context: StrategyContext;
  return {
    name: "aggressiveCaller",
    reads: [],
    start(ctx) {
      context = ctx;
      for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
    },
    decide(debtor, day) {
      context.contact(debtor, day, { channel: day === 0 ? LETTER : PHONE_AGENT, tone: FIRM, slot: 2, offer: NO_OFFER });
      if (day > 0) context.contact(debtor, day, { channel: SMS, tone: FIRM, slot: 2, offer: NO_OFFER });
      context.wakeAt(debtor, day + 1);
    }
  };
}

function simulate(strategy: Strategy, compliance: unknown) {
  const parameters = compileParameters(resolveParameters(parameterDefinitions));
  const population = generatePopulation(parameters, { size: SIZE, seed: 11, horizonDays: HORIZON });
  const state = createCaseState(population);
  const calendar = createContactCalendar(START, HORIZON);
  const members = Int32Array.from({ length: SIZE }, (_, i) => i);
  const config = { seed: 11, horizonDays: HORIZON, startDate: START, compliance: parseComplianceConfig(compliance) };
  const result = runArm({ config, parameters, population, state, calendar, members, strategy, armId: "test", recordEvents: true });
  return { ...result, population, calendar };
}

describe("compliance guard in the engine", () => {
  it("classic dunning under DE has no delivered violation", () => {
    const { log, population, calendar } = simulate(classicDunning({}), { preset: "DE" });
    let delivered = 0;
    for (let k = 0; k < log.size; k++) {
      if (log.type[k] !== CONTACT && log.type[k] !== UNDELIVERED) continue;
      delivered++;
      const debtor = log.debtor[k];
      const day = log.day[k];
      // independent check with the calendar: no Sundays, no public holidays of the debtor's state
      const weekday = calendar.weekday[day];
      expect(weekday).not.toBe(6);
      expect(calendar.isClosed(population.observable.state[debtor], day)).toBe(false);
      const hour = SLOT_HOURS[log.slot[k]];
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(20);
    }
    expect(delivered).toBeGreaterThan(SIZE);
  });

  it("classic dunning under DE defers letters on Good Friday", () => {
    const { log } = simulate(classicDunning({ reminderDays: [4, 28] }), { preset: "DE" });
    // Good Friday (3 April 2026) is a public holiday in every state
    let deferredOnGoodFriday = 0;
    let deliveredOnGoodFriday = 0;
    for (let k = 0; k < log.size; k++) {
      if (log.day[k] !== 4) continue;
      if (log.type[k] === DEFERRED) {
        expect(log.rule[k]).toBe(ruleIndex("de.sundayHoliday"));
        deferredOnGoodFriday++;
      }
      if (log.type[k] === CONTACT || log.type[k] === UNDELIVERED) deliveredOnGoodFriday++;
    }
    expect(deferredOnGoodFriday).toBeGreaterThan(0);
    expect(deliveredOnGoodFriday).toBe(0);
  });

  it("aggressive caller under Regulation F is capped", () => {
    const { log, guardCounts } = simulate(aggressiveCaller(), { preset: "US-RegF" });
    const callDays = new Map<number, number[]>();
    let blockedOrDeferredCalls = 0;
    for (let k = 0; k < log.size; k++) {
      const isCall = log.channel[k] === PHONE_AGENT;
      if (isCall && (log.type[k] === CONTACT || log.type[k] === UNDELIVERED)) {
        const days = callDays.get(log.debtor[k]) ?? [];
        days.push(log.day[k]);
        callDays.set(log.debtor[k], days);
      }
      if (isCall && (log.type[k] === BLOCKED || log.type[k] === DEFERRED)) {
        blockedOrDeferredCalls++;
        expect(log.rule[k]).toBeGreaterThanOrEqual(0);
      }
    }
    // independent check of § 1006.14(b)(2): at most 7 call attempts in any 7 consecutive days
    for (const days of callDays.values()) {
      for (let a = 0; a < days.length; a++) {
        let inWindow = 0;
        for (let b = a; b < days.length && days[b] < days[a] + 7; b++) inWindow++;
        expect(inWindow).toBeLessThanOrEqual(7);
      }
    }
    expect(callDays.size).toBeGreaterThan(0);
    expect(blockedOrDeferredCalls).toBeGreaterThan(0);
    expect(guardCounts.blocked + guardCounts.deferred).toBeGreaterThan(0);
  });
});
