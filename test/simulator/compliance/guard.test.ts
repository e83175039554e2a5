import { describe, expect, it } from "vitest";
import { createContactCalendar } from "../../../simulator/compliance/contactCalendar.js";
import {
  BLOCK,
  ComplianceGuard,
  createDecision,
  DEFER,
  DELIVER,
  ruleIdOf,
  type ProposedContact
} from "../../../simulator/compliance/guard.js";
import { parseComplianceConfig, type ComplianceConfigInput } from "../../../simulator/compliance/presets.js";
import {
  CREDIT,
  DETERRENT,
  EMAIL,
  EMPATHETIC,
  LETTER,
  NEUTRAL,
  PHONE_AGENT,
  SMS,
  STATES,
  VOICE_BOT,
  VULNERABLE_HEALTH
} from "../../../simulator/population/codes.js";

// 2025-01-01 is a Wednesday; day 4 (5 January) a Sunday, day 5 (6 January) Epiphany in BY.
const START = "2025-01-01";
const HORIZON = 120;
const calendar = createContactCalendar(START, HORIZON);
const BY = STATES.indexOf("BY");
const NW = STATES.indexOf("NW");

function makeGuard(config: ComplianceConfigInput, states: number[] = [NW, BY, NW, NW]): ComplianceGuard {
  return new ComplianceGuard({
    preset: parseComplianceConfig(config),
    size: states.length,
    calendar,
    state: Uint8Array.from(states),
    horizonDays: HORIZON
  });
}

function contact(fields: Partial<ProposedContact>): ProposedContact {
  return { debtor: 0, day: 1, channel: LETTER, slot: 0, tone: NEUTRAL, offer: 0, ...fields };
}

describe("DE preset", () => {
  it("delivers a letter on a working day", () => {
    const decision = makeGuard({ preset: "DE" }).review(contact({}), createDecision());
    expect(decision).toEqual({ kind: DELIVER, day: 1, slot: 0, rule: -1 });
  });

  it("defers a Sunday contact to Monday", () => {
    const decision = makeGuard({ preset: "DE" }).review(contact({ day: 4 }), createDecision());
    expect(decision.kind).toBe(DEFER);
    expect(decision.day).toBe(5);
    expect(ruleIdOf(decision)).toBe("de.sundayHoliday");
  });

  it("uses the debtor's state for holidays", () => {
    // Debtor 1 lives in Bavaria, where 6 January is a holiday.
    const decision = makeGuard({ preset: "DE" }).review(contact({ debtor: 1, day: 4 }), createDecision());
    expect(decision.day).toBe(6);
  });

  it("defers outside contact hours", () => {
    // Contact hours 10:00 to 18:00 leave only the 13:00 slot for e-mail; letters are exempt.
    const guard = makeGuard({ preset: "DE", contactHours: { startHour: 10, endHour: 18 } });
    guard.recordDelivered(0, 0, LETTER, false);
    const evening = guard.review(contact({ channel: EMAIL, slot: 2 }), createDecision());
    expect(evening).toEqual({ kind: DEFER, day: 2, slot: 1, rule: evening.rule });
    expect(ruleIdOf(evening)).toBe("de.quietHours");
    const morning = guard.review(contact({ channel: EMAIL, slot: 0 }), createDecision());
    expect(morning.day).toBe(1);
    expect(morning.slot).toBe(1);
    expect(guard.review(contact({ slot: 2 }), createDecision()).kind).toBe(DELIVER);
  });

  it("blocks a first contact by phone", () => {
    const guard = makeGuard({ preset: "DE" });
    const call = guard.review(contact({ channel: PHONE_AGENT }), createDecision());
    expect(call.kind).toBe(BLOCK);
    expect(ruleIdOf(call)).toBe("de.firstContactInformation");
    guard.recordDelivered(0, 1, EMAIL, false);
    expect(guard.review(contact({ channel: PHONE_AGENT, day: 2 }), createDecision()).kind).toBe(DELIVER);
  });

  it("pauses a disputed claim", () => {
    const guard = makeGuard({ preset: "DE" });
    guard.setDisputed(0, true);
    const decision = guard.review(contact({}), createDecision());
    expect(decision.kind).toBe(BLOCK);
    expect(ruleIdOf(decision)).toBe("de.disputed");
    expect(guard.mayEscalate(0, 1, true, 0)).toBe(false);
    guard.setDisputed(0, false);
    expect(guard.review(contact({}), createDecision()).kind).toBe(DELIVER);
  });

  it("requires forbearance before court for credit", () => {
    const guard = makeGuard({ preset: "DE" });
    expect(guard.mayEscalate(0, 10, false, CREDIT)).toBe(false);
    expect(guard.mayEscalate(0, 10, true, CREDIT)).toBe(true);
    expect(guard.mayEscalate(0, 10, false, 0)).toBe(true);
    expect(guard.counts().byRule["de.forbearanceBeforeCourt"].escalationsBlocked).toBe(1);
  });
});

describe("US-RegF preset", () => {
  it("allows seven calls in seven days", () => {
    const guard = makeGuard({ preset: "US-RegF" });
    const decision = createDecision();
    for (let i = 0; i < 7; i++) {
      expect(guard.review(contact({ channel: i % 2 === 0 ? PHONE_AGENT : VOICE_BOT, day: 1 + i }), decision).kind).toBe(
        DELIVER
      );
      guard.recordDelivered(0, 1 + i, i % 2 === 0 ? PHONE_AGENT : VOICE_BOT, false);
    }
    // Calls on days 1 to 7; the eighth within 7 days waits until day 8 drops day 1 out.
    const eighth = guard.review(contact({ channel: PHONE_AGENT, day: 7 }), decision);
    expect(eighth.kind).toBe(DEFER);
    expect(eighth.day).toBe(8);
    expect(ruleIdOf(eighth)).toBe("regf.sevenInSeven");
  });

  it("waits seven days after a conversation", () => {
    // 12 CFR 1006.14(b)(2)(i)(B): the conversation day is the first of the seven days.
    const guard = makeGuard({ preset: "US-RegF" });
    guard.recordDelivered(0, 10, PHONE_AGENT, true);
    const next = guard.review(contact({ channel: VOICE_BOT, day: 12 }), createDecision());
    expect(next).toMatchObject({ kind: DEFER, day: 17 });
    expect(ruleIdOf(next)).toBe("regf.conversationCooldown");
    expect(guard.review(contact({ channel: SMS, day: 12 }), createDecision()).kind).toBe(DELIVER);
  });

  it("honours SMS opt-out but not for letters", () => {
    const guard = makeGuard({ preset: "US-RegF" });
    guard.setOptOut(0, SMS);
    const sms = guard.review(contact({ channel: SMS }), createDecision());
    expect(sms.kind).toBe(BLOCK);
    expect(ruleIdOf(sms)).toBe("regf.optOut");
    expect(guard.review(contact({ channel: LETTER }), createDecision()).kind).toBe(DELIVER);
  });

  it("defers calls before 8:00", () => {
    const guard = makeGuard({ preset: "US-RegF", callHours: { startHour: 10, endHour: 21 } });
    const early = guard.review(contact({ channel: PHONE_AGENT, slot: 0 }), createDecision());
    expect(early).toMatchObject({ kind: DEFER, day: 1, slot: 1 });
    expect(ruleIdOf(early)).toBe("regf.inconvenientTime");
  });

  it("ignores German holidays", () => {
    expect(makeGuard({ preset: "US-RegF" }).review(contact({ day: 4 }), createDecision()).kind).toBe(DELIVER);
  });
});

describe("UK preset", () => {
  it("blocks contact and fees in Breathing Space", () => {
    const guard = makeGuard({ preset: "UK" });
    guard.startBreathingSpace(0, 10);
    const inside = guard.review(contact({ day: 69 }), createDecision());
    expect(inside.kind).toBe(BLOCK);
    expect(ruleIdOf(inside)).toBe("uk.breathingSpace");
    expect(guard.mayChargeFee(0, 30)).toBe(false);
    expect(guard.mayEscalate(0, 30, true, 0)).toBe(false);
    expect(guard.review(contact({ day: 70 }), createDecision()).kind).toBe(DELIVER);
    expect(guard.mayChargeFee(0, 70)).toBe(true);
  });

  it("defers into the end of a later Breathing Space", () => {
    const guard = makeGuard({ preset: "UK" });
    guard.startBreathingSpace(0, 20, 40);
    // Crisis moratorium: treatment ends on day 40, plus 30 days, so contact resumes on day 71.
    guard.recordDelivered(0, 1, LETTER, false);
    expect(guard.review(contact({ day: 19 }), createDecision()).kind).toBe(DELIVER);
    expect(guard.review(contact({ day: 70 }), createDecision()).kind).toBe(BLOCK);
    expect(guard.review(contact({ day: 71 }), createDecision()).kind).toBe(DELIVER);
  });

  it("sends vulnerable debtors to the separate path", () => {
    const guard = makeGuard({ preset: "UK" });
    guard.setVulnerable(0, VULNERABLE_HEALTH);
    const bot = guard.review(contact({ channel: VOICE_BOT, tone: EMPATHETIC }), createDecision());
    expect(bot.kind).toBe(BLOCK);
    expect(ruleIdOf(bot)).toBe("uk.vulnerable");
    expect(guard.review(contact({ channel: LETTER, tone: DETERRENT }), createDecision()).kind).toBe(BLOCK);
    expect(guard.review(contact({ channel: PHONE_AGENT, tone: EMPATHETIC }), createDecision()).kind).toBe(DELIVER);
  });

  it("requires the UK preset for Breathing Space lengths", () => {
    expect(() => makeGuard({ preset: "DE" }).startBreathingSpace(0, 1)).toThrow(/active preset is DE/);
  });
});

describe("custom limits", () => {
  it("caps a channel in a rolling window", () => {
    const guard = makeGuard({
      preset: "US-RegF",
      custom: { channelCaps: [{ channels: ["letter", "email"], maxContacts: 2, windowDays: 10 }] }
    });
    guard.recordDelivered(0, 1, LETTER, false);
    guard.recordDelivered(0, 3, EMAIL, false);
    const third = guard.review(contact({ day: 5 }), createDecision());
    expect(third).toMatchObject({ kind: DEFER, day: 11 });
    expect(ruleIdOf(third)).toBe("custom.channelCap");
    expect(guard.review(contact({ channel: SMS, day: 5 }), createDecision()).kind).toBe(DELIVER);
  });

  it("stops at the contact budget", () => {
    const guard = makeGuard({ preset: "US-RegF", custom: { contactBudget: 1 } });
    guard.recordDelivered(0, 1, LETTER, false);
    const decision = guard.review(contact({ day: 2 }), createDecision());
    expect(decision.kind).toBe(BLOCK);
    expect(ruleIdOf(decision)).toBe("custom.contactBudget");
  });

  it("applies quiet hours across midnight", () => {
    // Quiet from 18:00 to 10:00 leaves the 13:00 slot.
    const guard = makeGuard({ preset: "UK", custom: { quietHours: { fromHour: 18, toHour: 10 } } });
    const evening = guard.review(contact({ channel: SMS, slot: 2 }), createDecision());
    expect(evening).toMatchObject({ kind: DEFER, day: 2, slot: 1 });
    expect(ruleIdOf(evening)).toBe("custom.quietHours");
  });

  it("blocks a channel whose hours allow no slot", () => {
    const guard = makeGuard({ preset: "UK", custom: { quietHours: { fromHour: 8, toHour: 20 } } });
    const decision = guard.review(contact({ channel: SMS, slot: 1 }), createDecision());
    expect(decision.kind).toBe(BLOCK);
    expect(ruleIdOf(decision)).toBe("custom.quietHours");
  });

  it("honours opt-outs on listed channels", () => {
    const guard = makeGuard({ preset: "DE", custom: { optOutChannels: ["letter"] } });
    guard.setOptOut(0, LETTER);
    expect(ruleIdOf(guard.review(contact({}), createDecision()))).toBe("custom.optOut");
  });
});

describe("ComplianceGuard bookkeeping", () => {
  it("counts decisions by rule", () => {
    const guard = makeGuard({ preset: "DE" });
    const decision = createDecision();
    guard.review(contact({}), decision);
    guard.review(contact({ day: 4 }), decision);
    guard.review(contact({ channel: SMS }), decision);
    guard.recordDelivered(0, 1, LETTER, false);
    const counts = guard.counts();
    expect(counts.proposed).toBe(3);
    expect(counts.delivered).toBe(1);
    expect(counts.deferred).toBe(1);
    expect(counts.blocked).toBe(1);
    expect(counts.recorded).toBe(1);
    expect(counts.byRule["de.sundayHoliday"].deferred).toBe(1);
    expect(counts.byRule["de.firstContactInformation"].blocked).toBe(1);
  });

  it("blocks when no allowed day is left in the horizon", () => {
    const guard = makeGuard({ preset: "US-RegF" });
    guard.recordDelivered(0, HORIZON - 2, PHONE_AGENT, true);
    const decision = guard.review(contact({ channel: PHONE_AGENT, day: HORIZON - 1 }), createDecision());
    expect(decision.kind).toBe(BLOCK);
    expect(ruleIdOf(decision)).toBe("regf.conversationCooldown");
  });

  it("rejects a day outside the horizon", () => {
    expect(() => makeGuard({ preset: "DE" }).review(contact({ day: HORIZON }), createDecision())).toThrow(
      /outside the horizon/
    );
  });

  it("rejects a configuration with unknown fields", () => {
    expect(() => parseComplianceConfig({ preset: "DE", quietHourz: 1 })).toThrow(/quietHourz/);
    expect(() => parseComplianceConfig({ preset: "FR" })).toThrow(/Invalid compliance configuration/);
  });
});
