import { beforeAll, describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../simulator/experiment/runExperiment.js";
import { EMAIL, EMPATHETIC, EVENT_TYPES, INSTALMENT_OFFER, LETTER, NEUTRAL, SMS } from "../../simulator/population/codes.js";
import { digitalFirst } from "../../strategies/digitalFirst.js";
import { eventsByDebtor } from "../simulator/engine/fixtures/testSimulation.js";
import { createFakeContext, runDays } from "./fixtures/fakeContext.js";

const OPTIONS = { reminderDays: [0, 4, 10, 18], finalNoticeDay: 30, courtFromDay: 40, courtThreshold: 100 };

describe("digitalFirst schedule", () => {
  it("e-mail debtors get digital reminders, then a last letter", () => {
    const fake = createFakeContext([{ claimAmount: 300, hasEmail: 1, hasMobile: 1 }], 60);
    runDays(digitalFirst(OPTIONS), fake);
    expect(fake.contacts.map((c) => [c.day, c.channel])).toEqual([
      [0, EMAIL],
      [4, SMS],
      [10, EMAIL],
      [18, SMS],
      [30, LETTER]
    ]);
    expect(fake.contacts.slice(0, 4).every((c) => c.tone === EMPATHETIC && c.offer === INSTALMENT_OFFER)).toBe(true);
    expect(fake.contacts[4].tone).toBe(NEUTRAL);
    expect(fake.escalations).toEqual([{ debtor: 0, day: 40 }]);
  });

  it("a mobile-only debtor gets a letter first", () => {
    const fake = createFakeContext([{ claimAmount: 300, hasEmail: 0, hasMobile: 1 }], 60);
    runDays(digitalFirst(OPTIONS), fake);
    expect(fake.contacts.map((c) => c.channel)).toEqual([LETTER, SMS, SMS, SMS, LETTER]);
  });

  it("small claims get no last letter and no court", () => {
    const fake = createFakeContext([{ claimAmount: 80, hasEmail: 1, hasMobile: 0 }], 60);
    runDays(digitalFirst(OPTIONS), fake);
    expect(fake.contacts.map((c) => c.channel)).toEqual([EMAIL, EMAIL, EMAIL, EMAIL]);
    expect(fake.escalations).toEqual([]);
  });

  it("a bounced e-mail address falls back to SMS", () => {
    const fake = createFakeContext([{ claimAmount: 300, hasEmail: 1, hasMobile: 1 }], 60);
    const strategy = digitalFirst(OPTIONS);
    runDays(strategy, fake, 0, 1);
    fake.view.undeliverable[0] |= 1 << EMAIL;
    runDays(strategy, fake, 1, 20);
    expect(fake.contacts.map((c) => c.channel)).toEqual([EMAIL, SMS, SMS, SMS]);
  });
});

describe("digitalFirst in the engine", () => {
  const CONTACT = EVENT_TYPES.indexOf("contact");
  const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
  const FINAL_NOTICE_DAY = 60;

  let run: ExperimentRun;
  beforeAll(async () => {
    run = await runExperiment(
      parseExperimentConfig({
        name: "digital-first",
        title: { de: "Digital", en: "Digital" },
        seed: 1618,
        population: 3_000,
        horizonDays: 90,
        startDate: "2026-03-02",
        arms: [
          { id: "digital", label: { de: "A", en: "A" }, strategy: "digitalFirst", options: { finalNoticeDay: FINAL_NOTICE_DAY } },
          { id: "classic", label: { de: "B", en: "B" }, strategy: "classicDunning" }
        ]
      })
    );
  }, 60_000);

  it("working e-mail means letters only as the last notice", () => {
    const events = eventsByDebtor(run.arms[0].log);
    const { observable, latent } = run.population;
    let emailDebtors = 0;
    let lastNotices = 0;
    for (const debtor of run.arms[0].members) {
      if (observable.hasEmail[debtor] !== 1 || latent.emailValid[debtor] !== 1) continue;
      emailDebtors++;
      const letters = (events.get(debtor) ?? []).filter(
        (event) => (event.type === CONTACT || event.type === UNDELIVERED) && event.channel === LETTER
      );
      expect(letters.length, `debtor ${debtor}`).toBeLessThanOrEqual(1);
      for (const letter of letters) {
        lastNotices++;
        expect(letter.day, `debtor ${debtor}`).toBeGreaterThanOrEqual(FINAL_NOTICE_DAY);
        expect(letter.tone, `debtor ${debtor}`).toBe(NEUTRAL);
      }
    }
    expect(emailDebtors).toBeGreaterThan(500);
    expect(lastNotices).toBeGreaterThan(50);
  });
});
