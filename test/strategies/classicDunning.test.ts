import { beforeAll, describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../simulator/experiment/runExperiment.js";
import { CREDIT, EVENT_TYPES, FIRM, INSTALMENT_OFFER, LETTER, NEUTRAL, NO_OFFER, PLAN } from "../../simulator/population/codes.js";
import { classicDunning } from "../../strategies/classicDunning.js";
import { eventsByDebtor } from "../simulator/engine/fixtures/testSimulation.js";
import { createFakeContext, runDays } from "./fixtures/fakeContext.js";

const OPTIONS = { reminderDays: [14, 28], courtFromDay: 42, courtThreshold: 100 };

describe("classicDunning schedule", () => {
  it("sends the agency letter and the reminders on their days", () => {
    const fake = createFakeContext([{ claimAmount: 300 }], 90);
    runDays(classicDunning(OPTIONS), fake);
    expect(fake.contacts.map((c) => c.day)).toEqual([0, 14, 28]);
    expect(fake.contacts.every((c) => c.channel === LETTER)).toBe(true);
    expect(fake.contacts.map((c) => c.tone)).toEqual([NEUTRAL, FIRM, FIRM]);
    expect(fake.contacts.map((c) => c.offer)).toEqual([NO_OFFER, NO_OFFER, NO_OFFER]);
  });

  it("offers a plan in the last reminder for credit only", () => {
    const fake = createFakeContext([{ claimType: CREDIT }, { claimType: 0 }], 90);
    runDays(classicDunning(OPTIONS), fake);
    const offers = (debtor: number) => fake.contacts.filter((c) => c.debtor === debtor).map((c) => c.offer);
    expect(offers(0)).toEqual([NO_OFFER, NO_OFFER, INSTALMENT_OFFER]);
    expect(offers(1)).toEqual([NO_OFFER, NO_OFFER, NO_OFFER]);
  });

  it("escalates only claims above the threshold", () => {
    const amounts = [50, 100, 100.01, 5_000];
    const fake = createFakeContext(amounts.map((claimAmount) => ({ claimAmount })), 90);
    runDays(classicDunning(OPTIONS), fake);
    expect(fake.escalations).toEqual([
      { debtor: 2, day: 42 },
      { debtor: 3, day: 42 }
    ]);
  });

  it("waits while the debtor keeps a plan", () => {
    const fake = createFakeContext([{ claimAmount: 300 }], 90);
    const strategy = classicDunning(OPTIONS);
    runDays(strategy, fake, 0, 10);
    fake.view.status[0] = PLAN;
    runDays(strategy, fake, 10, 90);
    expect(fake.contacts.map((c) => c.day)).toEqual([0]);
    expect(fake.escalations).toEqual([]);
  });
});

describe("classicDunning in the engine", () => {
  // Day 6 is Sunday 8 March 2026 and day 32 Good Friday, so both reminders need deferral.
  const REMINDERS = [6, 32];
  const COURT_FROM = 42;
  const THRESHOLD = 150;
  const LETTER_DAYS = [0, ...REMINDERS];
  const CONTACT = EVENT_TYPES.indexOf("contact");
  const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
  const MAHNBESCHEID = EVENT_TYPES.indexOf("mahnbescheid");
  const INTERRUPTIONS = new Set(["promise", "planAgreed", "dispute", "objection"].map((type) => (EVENT_TYPES as readonly string[]).indexOf(type)));

  let run: ExperimentRun;
  beforeAll(async () => {
    run = await runExperiment(
      parseExperimentConfig({
        name: "classic-dunning",
        title: { de: "Klassisch", en: "Classic" },
        seed: 2718,
        population: 3_000,
        horizonDays: 100,
        startDate: "2026-03-02",
        arms: [
          { id: "classic", label: { de: "A", en: "A" }, strategy: "classicDunning", options: { reminderDays: REMINDERS, courtFromDay: COURT_FROM, courtThreshold: THRESHOLD } },
          { id: "default", label: { de: "B", en: "B" }, strategy: "classicDunning" }
        ]
      })
    );
  }, 60_000);

  it("letters go out on the configured days or the next open day", () => {
    const events = eventsByDebtor(run.arms[0].log);
    let fullSchedules = 0;
    for (const debtor of run.arms[0].members) {
      const list = events.get(debtor) ?? [];
      const state = run.population.observable.state[debtor];
      const interrupted = list.find((event) => INTERRUPTIONS.has(event.type))?.day ?? Infinity;
      const letters = list.filter((event) => (event.type === CONTACT || event.type === UNDELIVERED) && event.channel === LETTER);
      expect(letters.length, `debtor ${debtor}`).toBeLessThanOrEqual(LETTER_DAYS.length);
      letters.forEach((letter, k) => {
        if (interrupted <= LETTER_DAYS[k]) return;
        expect(letter.day, `debtor ${debtor}, letter ${k}`).toBe(run.calendar.nextOpenDay(state, LETTER_DAYS[k]));
      });
      const closedDay = run.state.hidden.closedDay[debtor];
      const lastLetterDay = run.calendar.nextOpenDay(state, LETTER_DAYS[LETTER_DAYS.length - 1]);
      if (interrupted > lastLetterDay && (closedDay < 0 || closedDay > lastLetterDay)) {
        expect(letters.length, `debtor ${debtor}`).toBe(LETTER_DAYS.length);
        fullSchedules++;
      }
    }
    expect(fullSchedules).toBeGreaterThan(500);
  });

  it("court only above the threshold from the court day", () => {
    const claims = run.population.observable.claimAmount;
    let escalations = 0;
    for (let k = 0; k < run.arms[0].log.size; k++) {
      if (run.arms[0].log.type[k] !== MAHNBESCHEID) continue;
      escalations++;
      const debtor = run.arms[0].log.debtor[k];
      expect(claims[debtor], `debtor ${debtor}`).toBeGreaterThan(THRESHOLD);
      expect(run.arms[0].log.day[k], `debtor ${debtor}`).toBeGreaterThanOrEqual(COURT_FROM);
    }
    expect(escalations).toBeGreaterThan(50);
  });
});
