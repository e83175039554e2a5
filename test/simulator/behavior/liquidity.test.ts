import { describe, expect, it } from "vitest";
import { applyIncomeShock, availableCash, cashAtNextPayday, spendCash } from "../../../simulator/behavior/liquidity.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

// Day 0 is Monday 2 March 2026: day 29 is 31 March, day 30 is payday 1 April, day 60 is payday 1 May.
const LAST_OF_MARCH = 29;
const FIRST_OF_APRIL = 30;
const FIRST_OF_MAY = 60;

function debtorWithoutSavings(freeCash: number) {
  const sim = createTestSimulation({ size: 5, horizonDays: 120 });
  sim.state.hidden.buffer[0] = 0;
  sim.state.hidden.freeCash[0] = freeCash;
  return sim;
}

describe("availableCash", () => {
  it("paydays fall on the first of the month", () => {
    const sim = debtorWithoutSavings(300);
    expect(sim.dayOfMonth[FIRST_OF_APRIL]).toBe(1);
    expect(sim.dayOfMonth[FIRST_OF_MAY]).toBe(1);
    expect(sim.nextPayday[LAST_OF_MARCH]).toBe(FIRST_OF_APRIL);
  });

  it("is higher after payday than before", () => {
    const sim = debtorWithoutSavings(300);
    expect(availableCash(sim, 0, FIRST_OF_APRIL)).toBeGreaterThan(availableCash(sim, 0, LAST_OF_MARCH));
  });

  it("is the month's free cash right after payday", () => {
    const sim = debtorWithoutSavings(300);
    expect(availableCash(sim, 0, FIRST_OF_APRIL)).toBeCloseTo(300, 9);
  });

  it("keeps the end-of-month share before payday", () => {
    const sim = debtorWithoutSavings(300);
    const endShare = sim.parameters.liquidity.endOfMonthCash;
    const before = availableCash(sim, 0, LAST_OF_MARCH);
    expect(before).toBeGreaterThanOrEqual(300 * endShare);
    expect(before).toBeLessThan(300);
  });

  it("falls during the month", () => {
    const sim = debtorWithoutSavings(300);
    for (let day = FIRST_OF_APRIL; day < FIRST_OF_MAY - 1; day++) {
      expect(availableCash(sim, 0, day + 1), `day ${day + 1}`).toBeLessThan(availableCash(sim, 0, day));
    }
  });

  it("adds savings to free cash", () => {
    const sim = debtorWithoutSavings(300);
    const without = availableCash(sim, 0, 10);
    sim.state.hidden.buffer[0] = 250;
    expect(availableCash(sim, 0, 10)).toBeCloseTo(without + 250, 4);
    expect(cashAtNextPayday(sim, 0)).toBeCloseTo(550, 4);
  });
});

describe("spendCash", () => {
  it("a payment lowers cash until the next payday", () => {
    const sim = debtorWithoutSavings(300);
    spendCash(sim, 0, FIRST_OF_APRIL, 200);
    expect(availableCash(sim, 0, FIRST_OF_APRIL)).toBeCloseTo(100, 4);
    expect(availableCash(sim, 0, FIRST_OF_MAY)).toBeCloseTo(300, 4);
  });

  it("available cash never goes negative", () => {
    const sim = debtorWithoutSavings(300);
    spendCash(sim, 0, FIRST_OF_APRIL, 290);
    expect(availableCash(sim, 0, FIRST_OF_MAY - 1)).toBe(0);
  });
});

describe("applyIncomeShock", () => {
  it("cuts free cash by the configured loss", () => {
    const sim = debtorWithoutSavings(300);
    sim.state.hidden.buffer[0] = 100;
    applyIncomeShock(sim, 0);
    const loss = sim.parameters.liquidity.shockIncomeLoss;
    expect(sim.state.hidden.freeCash[0]).toBeCloseTo(300 * (1 - loss), 4);
    expect(sim.state.hidden.buffer[0]).toBeLessThan(100);
  });
});
