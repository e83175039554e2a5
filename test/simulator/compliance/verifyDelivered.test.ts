import { beforeAll, describe, expect, it } from "vitest";
import { createContactCalendar } from "../../../simulator/compliance/contactCalendar.js";
import { parseComplianceConfig, type ComplianceConfigInput } from "../../../simulator/compliance/presets.js";
import { verifyDelivered } from "../../../simulator/compliance/verifyDelivered.js";
import { EventLog } from "../../../simulator/engine/eventLog.js";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../../simulator/experiment/runExperiment.js";
import { EMAIL, EVENT_TYPES, LETTER, PHONE_AGENT, SMS, STATES, VOICE_BOT } from "../../../simulator/population/codes.js";

// Day 0 is Monday 2 March 2026, so day 6 is Sunday 8 March and day 32 is Good Friday, 3 April 2026,
// a public holiday in every German state. Slots 0, 1, 2 are 9:00, 13:00 and 19:00.
const START = "2026-03-02";
const SUNDAY = 6;
const GOOD_FRIDAY = 32;
const calendar = createContactCalendar(START, 60);
const BERLIN = STATES.indexOf("BE");

const type = (name: (typeof EVENT_TYPES)[number]) => EVENT_TYPES.indexOf(name);

/** Builds a log for debtors 0 and 1 from `[debtor, day, event type, channel, slot]` rows. */
function eventLog(rows: [number, number, string, number, number][]): EventLog {
  const log = new EventLog(true, 16);
  for (const [debtor, day, name, channel, slot] of rows) {
    log.add(debtor, day, type(name as (typeof EVENT_TYPES)[number]), channel, 0, slot, 0, 0, 0);
  }
  return log;
}

function verify(config: ComplianceConfigInput, rows: [number, number, string, number, number][]) {
  return verifyDelivered({
    config: parseComplianceConfig(config),
    calendar,
    state: Uint8Array.of(BERLIN, BERLIN),
    events: eventLog(rows)
  });
}

describe("verifyDelivered under DE", () => {
  it("accepts a lawful contact history", () => {
    const result = verify({ preset: "DE" }, [
      [0, 0, "contact", LETTER, 0],
      [0, 1, "contact", SMS, 2],
      [0, 2, "contactUndelivered", PHONE_AGENT, 1]
    ]);
    expect(result.checkedContacts).toBe(3);
    expect(result.violations).toBe(0);
    expect(result.examples).toEqual([]);
  });

  it("catches a contact on a Sunday", () => {
    const result = verify({ preset: "DE" }, [[0, SUNDAY, "contact", LETTER, 0]]);
    expect(result.violations).toBe(1);
    expect(result.byRule["de.sundayHoliday"]).toBe(1);
    expect(result.examples[0]).toEqual({ rule: "de.sundayHoliday", debtor: 0, day: SUNDAY, date: "2026-03-08", channel: "letter", hour: 9 });
  });

  it("catches a contact on a public holiday", () => {
    const result = verify({ preset: "DE" }, [[1, GOOD_FRIDAY, "contact", EMAIL, 1]]);
    expect(result.byRule["de.sundayHoliday"]).toBe(1);
    expect(result.examples[0].date).toBe("2026-04-03");
  });

  it("checks the configured contact hours but exempts letters", () => {
    const result = verify({ preset: "DE", contactHours: { startHour: 8, endHour: 18 } }, [
      [0, 0, "contact", LETTER, 2],
      [0, 1, "contact", EMAIL, 2]
    ]);
    expect(result.checkedContacts).toBe(2);
    expect(result.violations).toBe(1);
    expect(result.byRule["de.quietHours"]).toBe(1);
    expect(result.examples[0]).toMatchObject({ channel: "email", hour: 19 });
  });

  it("catches contact during a dispute only", () => {
    const result = verify({ preset: "DE" }, [
      [0, 0, "contact", LETTER, 0],
      [0, 1, "dispute", -1, -1],
      [0, 2, "contact", EMAIL, 0],
      [0, 3, "disputeResolved", -1, -1],
      [0, 4, "contact", EMAIL, 0]
    ]);
    expect(result.violations).toBe(1);
    expect(result.byRule["de.disputed"]).toBe(1);
    expect(result.examples[0].day).toBe(2);
  });

  it("ignores the dispute rule when switched off", () => {
    const result = verify({ preset: "DE", pauseDisputed: false }, [
      [0, 1, "dispute", -1, -1],
      [0, 2, "contact", LETTER, 0]
    ]);
    expect(result.violations).toBe(0);
    expect(result.byRule["de.disputed"]).toBeUndefined();
  });

  it("catches SMS and calls before the first written contact", () => {
    const result = verify({ preset: "DE" }, [
      [0, 0, "contact", SMS, 0],
      [1, 0, "contactUndelivered", VOICE_BOT, 0],
      [1, 1, "contact", LETTER, 0],
      [1, 2, "contact", VOICE_BOT, 0]
    ]);
    expect(result.violations).toBe(2);
    expect(result.byRule["de.firstContactInformation"]).toBe(2);
    expect(result.examples.map((example) => example.debtor)).toEqual([0, 1]);
  });

  it("lists the forbearance rule as unchecked", () => {
    const result = verify({ preset: "DE" }, []);
    expect(result.unchecked).toEqual(["de.forbearanceBeforeCourt"]);
    expect(Object.keys(result.byRule)).toEqual(["de.quietHours", "de.sundayHoliday", "de.disputed", "de.firstContactInformation"]);
  });

  it("keeps at most five examples", () => {
    const rows: [number, number, string, number, number][] = [];
    for (let week = 0; week < 7; week++) rows.push([0, SUNDAY + 7 * week, "contact", LETTER, 0]);
    const result = verify({ preset: "DE" }, rows);
    expect(result.violations).toBe(7);
    expect(result.examples).toHaveLength(5);
  });
});

describe("verifyDelivered under US-RegF", () => {
  // Eight call attempts in the seven days 0 to 6, agent and voice bot alike, Sunday included
  // because Regulation F has no Sunday rule.
  const eightCalls: [number, number, string, number, number][] = [0, 0, 1, 2, 3, 4, 5, 6].map((day, k) => [
    0,
    day,
    k % 2 === 0 ? "contact" : "contactUndelivered",
    k % 2 === 0 ? PHONE_AGENT : VOICE_BOT,
    0
  ]);

  it("catches the eighth call attempt in seven days", () => {
    const result = verify({ preset: "US-RegF" }, eightCalls);
    expect(result.checkedContacts).toBe(8);
    expect(result.violations).toBe(1);
    expect(result.byRule["regf.sevenInSeven"]).toBe(1);
    expect(result.examples[0].day).toBe(6);
  });

  it("accepts eight calls spread over eight days", () => {
    const spread = eightCalls.map(([debtor, , name, channel, slot], k): [number, number, string, number, number] => [debtor, k, name, channel, slot]);
    const result = verify({ preset: "US-RegF" }, spread);
    expect(result.violations).toBe(0);
  });

  it("does not count letters as calls", () => {
    const withLetter = eightCalls.map((row, k): [number, number, string, number, number] => (k === 3 ? [0, row[1], "contact", LETTER, 0] : row));
    const result = verify({ preset: "US-RegF" }, withLetter);
    expect(result.violations).toBe(0);
  });

  it("checks the call hours", () => {
    const result = verify({ preset: "US-RegF", callHours: { startHour: 10, endHour: 21 } }, [[0, 0, "contact", SMS, 0]]);
    expect(result.byRule["regf.inconvenientTime"]).toBe(1);
    expect(result.unchecked).toEqual(["regf.conversationCooldown", "regf.optOut"]);
  });
});

describe("verifyDelivered custom limits", () => {
  it("catches a custom channel cap and contact budget", () => {
    const result = verify(
      { preset: "UK", custom: { channelCaps: [{ channels: ["sms"], maxContacts: 1, windowDays: 3 }], contactBudget: 2 } },
      [
        [0, 0, "contact", SMS, 0],
        [0, 2, "contact", SMS, 0],
        [0, 3, "contact", EMAIL, 0]
      ]
    );
    expect(result.violations).toBe(2);
    expect(result.byRule["custom.channelCap"]).toBe(1);
    expect(result.byRule["custom.contactBudget"]).toBe(1);
    expect(result.unchecked).toEqual(["uk.breathingSpace", "uk.vulnerable"]);
  });

  it("catches a contact in quiet hours that wrap midnight", () => {
    const result = verify({ preset: "UK", custom: { quietHours: { fromHour: 18, toHour: 10 } } }, [
      [0, 0, "contact", EMAIL, 0],
      [0, 0, "contact", EMAIL, 1],
      [0, 0, "contact", EMAIL, 2]
    ]);
    expect(result.violations).toBe(2);
    expect(result.byRule["custom.quietHours"]).toBe(2);
  });
});

describe("verifyDelivered on a simulated run", () => {
  const runs: Record<string, ExperimentRun> = {};

  beforeAll(async () => {
    for (const preset of ["DE", "US-RegF"] as const) {
      runs[preset] = await runExperiment(
        parseExperimentConfig({
          name: "verify-test",
          title: { de: "Test", en: "Test" },
          seed: 7,
          population: 2_000,
          horizonDays: 90,
          startDate: START,
          compliance: { preset },
          arms: [
            { id: "champion", label: { de: "A", en: "A" }, strategy: "classicDunning", weight: 1 },
            { id: "digital", label: { de: "B", en: "B" }, strategy: "digitalFirst", weight: 1 },
            { id: "adaptive", label: { de: "C", en: "C" }, strategy: "adaptiveBandit", weight: 1 }
          ]
        })
      );
    }
  });

  for (const preset of ["DE", "US-RegF"] as const) {
    it(`finds no violation under ${preset}`, () => {
      const run = runs[preset];
      for (const arm of run.arms) {
        const result = verifyDelivered({ config: run.config.compliance, calendar: run.calendar, state: run.population.observable.state, events: arm.log });
        expect(result.checkedContacts).toBe(arm.guardCounts.recorded);
        expect(result.checkedContacts).toBeGreaterThan(0);
        expect(result.violations).toBe(0);
      }
    });
  }
});
