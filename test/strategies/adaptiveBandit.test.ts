import { beforeAll, describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../simulator/experiment/runExperiment.js";
import { CHANNELS, EMAIL, EVENT_TYPES, LETTER, PAID, SLOTS, TONES } from "../../simulator/population/codes.js";
import { createStream } from "../../simulator/random/seededStream.js";
import { adaptiveBandit, claimBand } from "../../strategies/adaptiveBandit.js";
import { createFakeContext, runDays, sendEvent } from "./fixtures/fakeContext.js";

interface PosteriorRow {
  context: number;
  channel: string;
  tone: string;
  slot: string;
  successes: number;
  failures: number;
  mean: number;
}

describe("adaptiveBandit budget", () => {
  it("never proposes more than the budget", () => {
    const fake = createFakeContext(Array.from({ length: 50 }, () => ({ claimAmount: 80 })), 200);
    runDays(adaptiveBandit({ contactBudget: 3, gapDays: 5 }), fake);
    for (let debtor = 0; debtor < 50; debtor++) {
      const sent = fake.contacts.filter((c) => c.debtor === debtor);
      expect(sent.length, `debtor ${debtor}`).toBe(3);
      const gaps = sent.slice(1).map((c, k) => c.day - sent[k].day);
      expect(gaps.every((gap) => gap >= 5), `debtor ${debtor}`).toBe(true);
    }
  });

  it("first contact is a letter or an e-mail", () => {
    const fake = createFakeContext(Array.from({ length: 100 }, () => ({})), 30);
    runDays(adaptiveBandit({ channels: ["letter", "email", "sms", "voiceBot"] }), fake, 0, 1);
    expect(fake.contacts).toHaveLength(100);
    expect(fake.contacts.every((c) => c.channel === LETTER || c.channel === EMAIL)).toBe(true);
  });

  it("skips channels the agency knows have failed", () => {
    const fake = createFakeContext(Array.from({ length: 40 }, () => ({ hasEmail: 1 })), 30);
    for (let debtor = 0; debtor < 40; debtor++) fake.view.undeliverable[debtor] = 1 << LETTER;
    runDays(adaptiveBandit({ channels: ["letter", "email"] }), fake, 0, 1);
    expect(fake.contacts.every((c) => c.channel === EMAIL)).toBe(true);
  });
});

describe("adaptiveBandit learning", () => {
  it("posterior favours the action that pays most often", () => {
    // Four actions in one context (claim 300 €, age band 0) with known response chances.
    const truth: Record<string, number> = { "letter/neutral": 0.1, "letter/firm": 0.15, "email/neutral": 0.6, "email/firm": 0.25 };
    const debtors = 1_500;
    const windowDays = 5;
    const fake = createFakeContext(Array.from({ length: debtors }, () => ({ claimAmount: 300, ageBand: 0 })), 2 * debtors + 20);
    const strategy = adaptiveBandit({
      channels: ["letter", "email"],
      tones: ["neutral", "firm"],
      slots: ["morning"],
      contactBudget: 1,
      rewardWindowDays: windowDays,
      gapDays: windowDays
    });
    const outcomes = createStream(99, "responses");
    const chosen: string[] = [];
    strategy.start(fake.context);

    // debtors arrive one after another, so each decision can use what earlier ones taught
    for (let debtor = 0; debtor < debtors; debtor++) {
      const day = 2 * debtor;
      fake.wakeDay[debtor] = -1;
      strategy.decide(debtor, day);
      const contact = fake.contacts[fake.contacts.length - 1];
      expect(contact.debtor).toBe(debtor);
      const action = `${CHANNELS[contact.channel]}/${TONES[contact.tone]}`;
      chosen.push(action);
      if (outcomes() < truth[action]) {
        sendEvent(strategy, debtor, day + 1, "payment", 300);
        fake.view.status[debtor] = PAID;
      } else {
        // the reward window passes without a response
        strategy.decide(debtor, day + windowDays);
      }
    }

    const learned = strategy.finish?.() as { posterior: PosteriorRow[] };
    const context = claimBand(300) * 4 + 0;
    const rows = learned.posterior.filter((row) => row.context === context);
    expect(rows).toHaveLength(4);
    const best = rows.reduce((a, b) => (b.mean > a.mean ? b : a));
    expect(`${best.channel}/${best.tone}`).toBe("email/neutral");
    expect(rows.reduce((sum, row) => sum + row.successes + row.failures, 0)).toBe(debtors);

    // Thompson sampling exploits: most of the later debtors get the best action
    const late = chosen.slice(debtors / 2);
    expect(late.filter((action) => action === "email/neutral").length / late.length).toBeGreaterThan(0.8);
  });

  it("posterior counts follow the events", () => {
    const fake = createFakeContext([{ claimAmount: 300 }, { claimAmount: 300 }], 40);
    const strategy = adaptiveBandit({ channels: ["email"], tones: ["neutral"], slots: ["evening"], contactBudget: 1, rewardWindowDays: 8 });
    strategy.start(fake.context);
    strategy.decide(0, 0);
    strategy.decide(1, 0);
    sendEvent(strategy, 0, 3, "promise");
    // a response after the window does not count as a success
    sendEvent(strategy, 1, 9, "payment", 300);
    strategy.decide(1, 9);
    const rows = (strategy.finish?.() as { posterior: PosteriorRow[] }).posterior.filter((row) => row.context === claimBand(300) * 4);
    expect(rows).toHaveLength(1);
    expect(rows[0].successes).toBe(1);
    expect(rows[0].failures).toBe(1);
    expect(rows[0].slot).toBe(SLOTS[2]);
  });

  it("an undelivered contact is retried the next day", () => {
    // the engine reports an undelivered contact while the proposal is still being made
    const fake = createFakeContext([{ claimAmount: 300, hasEmail: 1 }], 40);
    const strategy = adaptiveBandit({ channels: ["letter", "email"], contactBudget: 2 });
    fake.onContact = (record) => {
      if (record.day === 0) {
        fake.view.undeliverable[record.debtor] |= 1 << record.channel;
        sendEvent(strategy, record.debtor, record.day, "undelivered");
      }
    };
    runDays(strategy, fake, 0, 1);
    expect(fake.wakeDay[0]).toBe(1);
    runDays(strategy, fake, 1, 40);
    expect(fake.contacts.map((c) => c.day).slice(0, 2)).toEqual([0, 1]);
    // the failed contact does not use up the budget
    expect(fake.contacts).toHaveLength(3);
  });
});

describe("adaptiveBandit in the engine", () => {
  const CONTACT = EVENT_TYPES.indexOf("contact");
  const BUDGET = 3;

  let run: ExperimentRun;
  beforeAll(async () => {
    run = await runExperiment(
      parseExperimentConfig({
        name: "adaptive-bandit",
        title: { de: "Adaptiv", en: "Adaptive" },
        seed: 1414,
        population: 3_000,
        horizonDays: 120,
        startDate: "2026-03-02",
        arms: [
          { id: "adaptive", label: { de: "A", en: "A" }, strategy: "adaptiveBandit", options: { contactBudget: BUDGET, gapDays: 4 } },
          { id: "classic", label: { de: "B", en: "B" }, strategy: "classicDunning" }
        ]
      })
    );
  }, 60_000);

  it("delivered contacts stay within the budget", () => {
    const perDebtor = new Map<number, number>();
    const log = run.arms[0].log;
    for (let k = 0; k < log.size; k++) {
      if (log.type[k] === CONTACT) perDebtor.set(log.debtor[k], (perDebtor.get(log.debtor[k]) ?? 0) + 1);
    }
    let atBudget = 0;
    for (const debtor of run.arms[0].members) {
      const delivered = perDebtor.get(debtor) ?? 0;
      expect(delivered, `debtor ${debtor}`).toBeLessThanOrEqual(BUDGET);
      expect(run.state.view.contacts[debtor], `debtor ${debtor}`).toBe(delivered);
      if (delivered === BUDGET) atBudget++;
    }
    expect(atBudget).toBeGreaterThan(100);
  });
});
