import { describe, expect, it } from "vitest";
import { pilotSize } from "../../../src/components/pilotSize.js";

const OPTIONS = { significanceLevel: 0.05, power: 0.8, allocationRatio: 1, responseRate: 1, accountsPerWeek: 1000 };

describe("pilotSize", () => {
  it("rounds a proportion size up per arm", () => {
    // R: power.prop.test(p1 = .30, p2 = .32, power = .8)$n is 8393.198
    const size = pilotSize({ kind: "proportion", baseline: 0.3, effect: 0.02 }, OPTIONS);
    expect(size.champion).toBe(8394);
    expect(size.challenger).toBe(8394);
    expect(size.total).toBe(16788);
  });

  it("counts whole weeks of placements", () => {
    const size = pilotSize({ kind: "proportion", baseline: 0.3, effect: 0.02 }, OPTIONS);
    expect(size.enrolmentWeeks).toBe(17);
  });

  it("rounds a mean size up per arm", () => {
    // R: power.t.test(delta = 1, sd = 4, power = .8)$n is 252.1
    const size = pilotSize({ kind: "mean", effect: 1, standardDeviation: 4 }, OPTIONS);
    expect(size.champion).toBe(253);
    expect(size.total).toBe(506);
  });

  it("divides by the response rate", () => {
    const size = pilotSize({ kind: "mean", effect: 1, standardDeviation: 4 }, { ...OPTIONS, responseRate: 0.25 });
    // 252.1 survey responses per arm need 252.1 / 0.25 = 1008.4 accounts.
    expect(size.champion).toBe(1009);
  });

  it("scales the challenger by the allocation ratio", () => {
    const size = pilotSize({ kind: "proportion", baseline: 0.3, effect: 0.02 }, { ...OPTIONS, allocationRatio: 2 });
    expect(size.challenger / size.champion).toBeCloseTo(2, 3);
  });

  it("rejects zero accounts per week", () => {
    expect(() => pilotSize({ kind: "mean", effect: 1, standardDeviation: 4 }, { ...OPTIONS, accountsPerWeek: 0 })).toThrow(/accounts per week/);
  });
});
