import { beforeAll, describe, expect, it } from "vitest";
import { ruleIndex } from "../../../simulator/compliance/presets.js";
import { simulateArm } from "../../../simulator/engine/simulateArm.js";
import type { Strategy, StrategyContext } from "../../../simulator/engine/strategyApi.js";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { runExperiment, type ExperimentRun } from "../../../simulator/experiment/runExperiment.js";
import { CLOSED_DISPUTE, EMAIL, EVENT_TYPES, NEUTRAL, PAID } from "../../../simulator/population/codes.js";
import { createStream } from "../../../simulator/random/seededStream.js";
import { classicDunning } from "../../../strategies/classicDunning.js";
import { createTestSimulation, eventsByDebtor, type LoggedEvent } from "./fixtures/testSimulation.js";

const CONTACT = EVENT_TYPES.indexOf("contact");
const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
const PAYMENT = EVENT_TYPES.indexOf("payment");
const DEFERRED = EVENT_TYPES.indexOf("deferred");
const DISPUTE = EVENT_TYPES.indexOf("dispute");
const DISPUTE_RESOLVED = EVENT_TYPES.indexOf("disputeResolved");
const HOLIDAY_RULE = ruleIndex("de.sundayHoliday");
/** Float tolerance for sums of € amounts. */
const CENT = 0.005;

const isContact = (event: LoggedEvent) => event.type === CONTACT || event.type === UNDELIVERED;

// 2026-03-02 is a Monday. The horizon covers Easter (3 and 6 April), 1 May, Ascension and Whit Monday.
const config = parseExperimentConfig({
  name: "engine-invariants",
  title: { de: "Invarianten", en: "Invariants" },
  seed: 314159,
  population: 6_000,
  horizonDays: 150,
  startDate: "2026-03-02",
  compliance: { preset: "DE" },
  arms: [
    { id: "champion", label: { de: "A", en: "A" }, strategy: "classicDunning" },
    { id: "digital", label: { de: "B", en: "B" }, strategy: "digitalFirst" },
    { id: "adaptive", label: { de: "C", en: "C" }, strategy: "adaptiveBandit" }
  ]
});

let run: ExperimentRun;
let byArm: Map<number, LoggedEvent[]>[];
beforeAll(async () => {
  run = await runExperiment(config);
  byArm = run.arms.map((arm) => eventsByDebtor(arm.log));
}, 60_000);

/** Call `check` for every debtor of every arm with that debtor's events. */
function forEachDebtor(check: (debtor: number, events: LoggedEvent[], arm: string) => void): void {
  run.arms.forEach((arm, a) => {
    for (const debtor of arm.members) check(debtor, byArm[a].get(debtor) ?? [], arm.id);
  });
}

describe("simulateArm money", () => {
  it("no contact after the closing payment", () => {
    let paidCases = 0;
    forEachDebtor((debtor, events, arm) => {
      if (run.state.view.status[debtor] !== PAID) return;
      paidCases++;
      const payments = events.filter((event) => event.type === PAYMENT);
      const closing = payments[payments.length - 1];
      expect(closing.day, `${arm} debtor ${debtor}`).toBe(run.state.hidden.fullyPaidDay[debtor]);
      const later = events.filter((event) => event.index > closing.index && isContact(event));
      expect(later, `${arm} debtor ${debtor}`).toEqual([]);
    });
    expect(paidCases).toBeGreaterThan(100);
  });

  it("payments never exceed claim plus fees", () => {
    const { hidden, view } = run.state;
    forEachDebtor((debtor, events, arm) => {
      const paid = events.filter((event) => event.type === PAYMENT).reduce((sum, event) => sum + event.amount, 0);
      const claim = run.population.observable.claimAmount[debtor];
      const where = `${arm} debtor ${debtor}`;
      expect(paid, where).toBeLessThanOrEqual(claim + hidden.feesCharged[debtor] + CENT);
      expect(hidden.recovered[debtor], where).toBeLessThanOrEqual(claim + CENT);
      expect(Math.abs(view.paid[debtor] - paid), where).toBeLessThan(CENT);
      expect(Math.abs(hidden.recovered[debtor] + hidden.feesPaid[debtor] - paid), where).toBeLessThan(CENT);
    });
  });

  it("outstanding is never negative", () => {
    const { hidden, view } = run.state;
    forEachDebtor((debtor, _events, arm) => {
      const where = `${arm} debtor ${debtor}`;
      expect(view.outstanding[debtor], where).toBeGreaterThanOrEqual(0);
      expect(hidden.principal[debtor], where).toBeGreaterThanOrEqual(0);
      expect(hidden.agencyFeesOwed[debtor], where).toBeGreaterThanOrEqual(-CENT);
      expect(hidden.courtFeesOwed[debtor], where).toBeGreaterThanOrEqual(-CENT);
    });
  });

  it("status paid exactly when nothing is owed", () => {
    const { hidden, view } = run.state;
    forEachDebtor((debtor, _events, arm) => {
      const where = `${arm} debtor ${debtor}`;
      const status = view.status[debtor];
      const closed = status === PAID || status === CLOSED_DISPUTE;
      expect(view.outstanding[debtor] === 0, where).toBe(closed);
      expect(hidden.fullyPaidDay[debtor] >= 0, where).toBe(status === PAID);
      if (!closed) {
        const owed = hidden.principal[debtor] + hidden.agencyFeesOwed[debtor] + hidden.courtFeesOwed[debtor];
        expect(Math.abs(view.outstanding[debtor] - owed), where).toBeLessThan(CENT);
      }
    });
  });
});

describe("simulateArm disputes", () => {
  it("justified disputes close with no fees owed", () => {
    const { hidden, view } = run.state;
    let closedByDispute = 0;
    forEachDebtor((debtor, events, arm) => {
      const where = `${arm} debtor ${debtor}`;
      const justified = events.some((event) => event.type === DISPUTE_RESOLVED && event.amount === 1);
      expect(view.status[debtor] === CLOSED_DISPUTE, where).toBe(justified);
      if (!justified) return;
      closedByDispute++;
      expect(run.population.latent.claimError[debtor], where).toBe(1);
      expect(view.outstanding[debtor], where).toBe(0);
      expect(hidden.agencyFeesOwed[debtor], where).toBe(0);
      expect(hidden.courtFeesOwed[debtor], where).toBe(0);
    });
    expect(closedByDispute).toBeGreaterThan(10);
  });

  it("no contact while a dispute is checked", () => {
    let disputes = 0;
    forEachDebtor((debtor, events, arm) => {
      let open = false;
      for (const event of events) {
        if (event.type === DISPUTE) {
          open = true;
          disputes++;
        } else if (event.type === DISPUTE_RESOLVED) {
          open = false;
        } else if (open && isContact(event)) {
          expect.fail(`${arm} debtor ${debtor} was contacted on day ${event.day} during a dispute`);
        }
      }
    });
    expect(disputes).toBeGreaterThan(10);
  });
});

describe("simulateArm contact calendar", () => {
  it("no contact on Sundays or state holidays", () => {
    forEachDebtor((debtor, events, arm) => {
      const state = run.population.observable.state[debtor];
      for (const event of events.filter(isContact)) {
        expect(run.calendar.isClosed(state, event.day), `${arm} debtor ${debtor} day ${event.day}`).toBe(false);
      }
    });
  });

  it("holiday deferrals move to the next open day", () => {
    let deferrals = 0;
    forEachDebtor((debtor, events, arm) => {
      const state = run.population.observable.state[debtor];
      for (const event of events) {
        if (event.type !== DEFERRED || event.rule !== HOLIDAY_RULE) continue;
        deferrals++;
        expect(run.calendar.isClosed(state, event.day), `${arm} debtor ${debtor}`).toBe(true);
        expect(event.amount, `${arm} debtor ${debtor}`).toBe(run.calendar.nextOpenDay(state, event.day));
      }
    });
    expect(deferrals).toBeGreaterThan(0);
  });

  it("daily proposals reach debtors only on open days", () => {
    // a strategy that proposes an e-mail to every member every day
    let context: StrategyContext;
    const everyDay: Strategy = {
      name: "everyDay",
      reads: [],
      start(ctx) {
        context = ctx;
        for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
      },
      decide(debtor, day) {
        context.contact(debtor, day, { channel: EMAIL, tone: NEUTRAL, slot: 1, offer: 0 });
        context.wakeAt(debtor, day + 1);
      }
    };
    const sim = createTestSimulation({ size: 300, horizonDays: 70, strategy: everyDay });
    const members = Int32Array.from({ length: 300 }, (_, i) => i);
    simulateArm(sim, { members, random: createStream(1, "test") });

    let contacts = 0;
    let deferred = 0;
    for (let k = 0; k < sim.log.size; k++) {
      const state = sim.population.observable.state[sim.log.debtor[k]];
      const day = sim.log.day[k];
      if (sim.log.type[k] === CONTACT || sim.log.type[k] === UNDELIVERED) {
        contacts++;
        expect(sim.calendar.isClosed(state, day), `debtor ${sim.log.debtor[k]} day ${day}`).toBe(false);
      } else if (sim.log.type[k] === DEFERRED) {
        deferred++;
      }
    }
    expect(contacts).toBeGreaterThan(1_000);
    expect(deferred).toBeGreaterThan(100);
  });
});

describe("simulateArm order independence", () => {
  it("a debtor's outcome ignores the other members", () => {
    // classicDunning does not learn, so debtor i must fare the same in the full arm and in a subset
    const full = createTestSimulation({ size: 1_500, seed: 77, horizonDays: 120, strategy: classicDunning({}) });
    const subset = createTestSimulation({ population: full.population, seed: 77, horizonDays: 120, strategy: classicDunning({}) });
    const allMembers = Int32Array.from({ length: 1_500 }, (_, i) => i);
    const someMembers = allMembers.filter((i) => i % 3 === 1);
    simulateArm(full, { members: allMembers, random: createStream(77, "a") });
    simulateArm(subset, { members: someMembers, random: createStream(77, "b") });

    const fullEvents = eventsByDebtor(full.log);
    const subsetEvents = eventsByDebtor(subset.log);
    const strip = (events: LoggedEvent[] | undefined) => (events ?? []).map(({ index: _index, ...rest }) => rest);
    for (const debtor of someMembers) {
      const where = `debtor ${debtor}`;
      expect(subset.state.view.status[debtor], where).toBe(full.state.view.status[debtor]);
      expect(subset.state.hidden.recovered[debtor], where).toBe(full.state.hidden.recovered[debtor]);
      expect(subset.state.hidden.feesCharged[debtor], where).toBe(full.state.hidden.feesCharged[debtor]);
      expect(subset.state.hidden.contactCost[debtor], where).toBe(full.state.hidden.contactCost[debtor]);
      expect(subset.state.hidden.npsScore[debtor], where).toBe(full.state.hidden.npsScore[debtor]);
      expect(strip(subsetEvents.get(debtor)), where).toEqual(strip(fullEvents.get(debtor)));
    }
    // debtors outside the subset were never touched
    const outside = allMembers.filter((i) => i % 3 !== 1);
    expect(outside.every((i) => subset.state.view.contacts[i] === 0)).toBe(true);
    expect(someMembers.some((i) => subset.state.view.status[i] === PAID)).toBe(true);
  });
});
