import { describe, expect, it } from "vitest";
import { logRankTest } from "../../../simulator/analysis/logRankTest.js";

// Days to first payment per arm, censored at a 60-day horizon (event 0).
const t1 = [3, 7, 7, 12, 15, 15, 15, 21, 28, 30, 34, 41, 45, 60, 60, 60, 9, 18, 18, 25];
const e1 = [1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1];
const t2 = [5, 10, 14, 14, 20, 22, 30, 35, 44, 52, 60, 60, 60, 60, 60, 60, 8, 26];
const e2 = [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0];
const t3 = [2, 4, 4, 9, 11, 60, 60, 13, 6];
const e3 = [1, 1, 1, 1, 0, 0, 0, 1, 1];

describe("logRankTest", () => {
  it("matches R for two arms", () => {
    // R 4.2.2, survival 3.5-3:
    // d <- survdiff(Surv(c(t1, t2), c(e1, e2)) ~ rep(1:2, c(20, 18)))
    // d$obs 13 9; d$exp 10.0560099233275 11.9439900766725; d$chisq 1.62243793387716;
    // d$var[1, 1] 5.3420087083603; 1 - pchisq(d$chisq, 1) 0.20275218731627
    const result = logRankTest([{ times: t1, events: e1 }, { times: t2, events: e2 }]);

    expect(result.observed).toEqual([13, 9]);
    expect(result.expected[0]).toBeCloseTo(10.0560099233275, 12);
    expect(result.expected[1]).toBeCloseTo(11.9439900766725, 12);
    expect(result.variance[0][0]).toBeCloseTo(5.3420087083603, 12);
    expect(result.variance[0][1]).toBeCloseTo(-5.3420087083603, 12);
    expect(result.statistic).toBeCloseTo(1.62243793387716, 12);
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.pValue).toBeCloseTo(0.20275218731627, 12);
  });

  it("matches R for three arms", () => {
    // R: d3 <- survdiff(Surv(c(t1, t2, t3), c(e1, e2, e3)) ~ rep(1:3, c(20, 18, 9)))
    // d3$obs 13 9 6; d3$exp 11.5909859558342 13.07137445144924 3.33763959271656;
    // d3$chisq 3.62731360825397; 1 - pchisq(d3$chisq, 2) 0.163056778556562
    const result = logRankTest([
      { times: t1, events: e1 },
      { times: Float64Array.from(t2), events: Uint8Array.from(e2) },
      { times: t3, events: e3 }
    ]);

    expect(result.observed).toEqual([13, 9, 6]);
    expect(result.expected[0]).toBeCloseTo(11.5909859558342, 11);
    expect(result.expected[1]).toBeCloseTo(13.07137445144924, 11);
    expect(result.expected[2]).toBeCloseTo(3.33763959271656, 11);
    expect(result.statistic).toBeCloseTo(3.62731360825397, 11);
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.pValue).toBeCloseTo(0.163056778556562, 11);
  });

  it("order of arms keeps the statistic", () => {
    const forward = logRankTest([{ times: t1, events: e1 }, { times: t2, events: e2 }]);
    const backward = logRankTest([{ times: t2, events: e2 }, { times: t1, events: e1 }]);

    expect(backward.statistic).toBeCloseTo(forward.statistic, 12);
  });

  it("rejects a single arm", () => {
    expect(() => logRankTest([{ times: t1, events: e1 }])).toThrow(/got 1 arms/);
  });

  it("rejects arms without events", () => {
    expect(() => logRankTest([{ times: [60, 60], events: [0, 0] }, { times: [60], events: [0] }])).toThrow(/singular/);
  });
});
