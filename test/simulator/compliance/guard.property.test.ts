/**
 * Property tests over random sequences of proposals and debtor events. Every contact the guard
 * delivers must obey the active preset, which plain re-implementations of the rules check against
 * a list of delivered contacts. Every deferral or block must name its rule.
 */
import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createContactCalendar } from "../../../simulator/compliance/contactCalendar.js";
import { BLOCK, ComplianceGuard, createDecision, DEFER, DELIVER } from "../../../simulator/compliance/guard.js";
import { parseComplianceConfig, type ComplianceConfigInput } from "../../../simulator/compliance/presets.js";
import { CHANNELS, SLOT_HOURS, STATES } from "../../../simulator/population/codes.js";

const START = "2025-03-01";
const HORIZON = 90;
const DEBTORS = 4;
const DEBTOR_STATES = [STATES.indexOf("BY"), STATES.indexOf("NW"), STATES.indexOf("SN"), STATES.indexOf("BE")];
const calendar = createContactCalendar(START, HORIZON);

const LETTER = CHANNELS.indexOf("letter");
const EMAIL = CHANNELS.indexOf("email");
const SMS = CHANNELS.indexOf("sms");
const isCall = (channel: number) => channel === CHANNELS.indexOf("phoneAgent") || channel === CHANNELS.indexOf("voiceBot");

interface Delivered {
  debtor: number;
  day: number;
  channel: number;
  slot: number;
  conversation: boolean;
}

// Independent holiday lookup straight from date-holidays and the UTC weekday.
const holidayCache = new Map<string, Set<string>>();
function isSundayOrHoliday(stateCode: number, day: number): boolean {
  const date = new Date(Date.parse(`${START}T00:00:00Z`) + day * 86_400_000);
  if (date.getUTCDay() === 0) return true;
  const iso = date.toISOString().slice(0, 10);
  const key = `${STATES[stateCode]}-${iso.slice(0, 4)}`;
  let dates = holidayCache.get(key);
  if (dates === undefined) {
    const holidays = new Holidays("DE", STATES[stateCode]).getHolidays(Number(iso.slice(0, 4)));
    dates = new Set(holidays.filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10)));
    holidayCache.set(key, dates);
  }
  return dates.has(iso);
}

type Event =
  | { type: "propose"; debtor: number; day: number; channel: number; slot: number; tone: number; conversation: boolean }
  | { type: "dispute"; debtor: number; day: number; disputed: boolean }
  | { type: "optOut"; debtor: number; day: number; channel: number }
  | { type: "breathingSpace"; debtor: number; day: number; length: number }
  | { type: "vulnerable"; debtor: number; day: number; drivers: number };

const debtor = fc.integer({ min: 0, max: DEBTORS - 1 });
const day = fc.integer({ min: 0, max: HORIZON - 1 });
const eventArbitrary: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      type: fc.constant("propose" as const),
      debtor,
      day,
      channel: fc.integer({ min: 0, max: CHANNELS.length - 1 }),
      slot: fc.integer({ min: 0, max: SLOT_HOURS.length - 1 }),
      tone: fc.integer({ min: 0, max: 3 }),
      conversation: fc.boolean()
    })
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("dispute" as const), debtor, day, disputed: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("optOut" as const),
      debtor,
      day,
      channel: fc.integer({ min: 0, max: CHANNELS.length - 1 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("breathingSpace" as const),
      debtor,
      day,
      length: fc.integer({ min: 1, max: 30 })
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("vulnerable" as const), debtor, day, drivers: fc.integer({ min: 0, max: 15 }) })
  }
);

/** Debtor state as the test tracks it, independent of the guard. */
interface World {
  disputed: boolean[];
  optOuts: Set<number>[];
  breathing: [number, number][];
  vulnerable: number[];
  delivered: Delivered[];
}

/** A rule check returns a description of the violation, or undefined when the contact is fine. */
type Check = (world: World, contact: Delivered, tone: number) => string | undefined;

const hoursCheck = (startHour: number, endHour: number): Check => (_world, contact) => {
  const hour = SLOT_HOURS[contact.slot];
  return contact.channel !== LETTER && (hour < startHour || hour >= endHour) ? `hour ${hour}` : undefined;
};

const germanChecks: Check[] = [
  hoursCheck(8, 20),
  (_world, contact) => (isSundayOrHoliday(DEBTOR_STATES[contact.debtor], contact.day) ? "Sunday or holiday" : undefined),
  (world, contact) => (world.disputed[contact.debtor] ? "disputed" : undefined),
  (world, contact) => {
    if (contact.channel === LETTER || contact.channel === EMAIL) return undefined;
    const informed = world.delivered.some(
      (earlier) => earlier.debtor === contact.debtor && (earlier.channel === LETTER || earlier.channel === EMAIL)
    );
    return informed ? undefined : "first contact not in text form";
  }
];

const regulationFChecks: Check[] = [
  hoursCheck(8, 21),
  (world, contact) => {
    if (!isCall(contact.channel)) return undefined;
    const recent = world.delivered.filter(
      (earlier) => earlier.debtor === contact.debtor && isCall(earlier.channel) && contact.day - earlier.day < 7
    );
    return recent.length >= 7 ? "eighth call in seven days" : undefined;
  },
  (world, contact) => {
    if (!isCall(contact.channel)) return undefined;
    const talked = world.delivered.some(
      (earlier) =>
        earlier.debtor === contact.debtor && isCall(earlier.channel) && earlier.conversation && contact.day - earlier.day < 7
    );
    return talked ? "call within seven days of a conversation" : undefined;
  },
  (world, contact) =>
    (contact.channel === EMAIL || contact.channel === SMS) && world.optOuts[contact.debtor].has(contact.channel)
      ? "opted out"
      : undefined
];

const ukChecks: Check[] = [
  (world, contact) => {
    const [from, to] = world.breathing[contact.debtor];
    return contact.day >= from && contact.day <= to ? "in Breathing Space" : undefined;
  },
  (world, contact, tone) =>
    world.vulnerable[contact.debtor] !== 0 && (contact.channel === CHANNELS.indexOf("voiceBot") || tone >= 2)
      ? "vulnerable debtor outside the separate path"
      : undefined
];

const customChecks: Check[] = [
  (world, contact) => {
    if (contact.channel !== LETTER && contact.channel !== EMAIL) return undefined;
    const recent = world.delivered.filter(
      (earlier) =>
        earlier.debtor === contact.debtor &&
        (earlier.channel === LETTER || earlier.channel === EMAIL) &&
        contact.day - earlier.day < 14
    );
    return recent.length >= 2 ? "third written contact in 14 days" : undefined;
  },
  (world, contact) =>
    world.delivered.filter((earlier) => earlier.debtor === contact.debtor).length >= 6 ? "over budget" : undefined,
  (_world, contact) => {
    const hour = SLOT_HOURS[contact.slot];
    return contact.channel !== LETTER && hour >= 18 ? "quiet hours" : undefined;
  }
];

const CUSTOM_CONFIG: ComplianceConfigInput = {
  preset: "US-RegF",
  custom: {
    channelCaps: [{ channels: ["letter", "email"], maxContacts: 2, windowDays: 14 }],
    contactBudget: 6,
    quietHours: { fromHour: 18, toHour: 7 }
  }
};

function runScenario(config: ComplianceConfigInput, checks: Check[], events: Event[]): void {
  const guard = new ComplianceGuard({
    preset: parseComplianceConfig(config),
    size: DEBTORS,
    calendar,
    state: Uint8Array.from(DEBTOR_STATES),
    horizonDays: HORIZON
  });
  const world: World = {
    disputed: Array(DEBTORS).fill(false),
    optOuts: Array.from({ length: DEBTORS }, () => new Set<number>()),
    breathing: Array.from({ length: DEBTORS }, () => [-1, -2] as [number, number]),
    vulnerable: Array(DEBTORS).fill(0),
    delivered: []
  };
  const decision = createDecision();
  const recheck = createDecision();

  // Events in day order, as the engine produces them.
  const ordered = [...events].sort((a, b) => a.day - b.day);
  for (const event of ordered) {
    if (event.type === "dispute") {
      guard.setDisputed(event.debtor, event.disputed);
      world.disputed[event.debtor] = event.disputed;
    } else if (event.type === "optOut") {
      guard.setOptOut(event.debtor, event.channel);
      world.optOuts[event.debtor].add(event.channel);
    } else if (event.type === "breathingSpace") {
      guard.setBreathingSpace(event.debtor, event.day, event.day + event.length - 1);
      world.breathing[event.debtor] = [event.day, event.day + event.length - 1];
    } else if (event.type === "vulnerable") {
      guard.setVulnerable(event.debtor, event.drivers);
      world.vulnerable[event.debtor] = event.drivers;
    } else {
      const proposal = { ...event, offer: 0 };
      guard.review(proposal, decision);

      if (decision.kind === DELIVER) {
        const contact: Delivered = {
          debtor: event.debtor,
          day: event.day,
          channel: event.channel,
          slot: event.slot,
          conversation: event.conversation && isCall(event.channel)
        };
        for (const check of checks) expect(check(world, contact, event.tone)).toBeUndefined();
        guard.recordDelivered(contact.debtor, contact.day, contact.channel, contact.conversation);
        world.delivered.push(contact);
      } else {
        expect(decision.rule).toBeGreaterThanOrEqual(0);
      }

      if (decision.kind === DEFER) {
        // The new time is later, and proposing it again delivers.
        expect(decision.day * 10 + decision.slot).toBeGreaterThan(event.day * 10 + event.slot);
        guard.review({ ...proposal, day: decision.day, slot: decision.slot }, recheck);
        expect(recheck.kind).toBe(DELIVER);
      }
      expect([DELIVER, DEFER, BLOCK]).toContain(decision.kind);
    }
  }
}

const events = fc.array(eventArbitrary, { minLength: 1, maxLength: 150 });

describe("ComplianceGuard properties", () => {
  it("DE deliveries obey the German rules", () => {
    fc.assert(fc.property(events, (list) => runScenario({ preset: "DE" }, germanChecks, list)), { numRuns: 200 });
  });

  it("US-RegF deliveries obey Regulation F", () => {
    fc.assert(fc.property(events, (list) => runScenario({ preset: "US-RegF" }, regulationFChecks, list)), {
      numRuns: 200
    });
  });

  it("UK deliveries obey Breathing Space and vulnerability", () => {
    fc.assert(fc.property(events, (list) => runScenario({ preset: "UK" }, ukChecks, list)), { numRuns: 200 });
  });

  it("custom limits combine with a preset", () => {
    fc.assert(
      fc.property(events, (list) =>
        runScenario(CUSTOM_CONFIG, [...regulationFChecks, ...customChecks], list)
      ),
      { numRuns: 200 }
    );
  });
});
