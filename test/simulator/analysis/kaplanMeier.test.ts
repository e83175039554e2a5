import { describe, expect, it } from "vitest";
import { censorAtHorizon, kaplanMeier } from "../../../simulator/analysis/kaplanMeier.js";

// Days to first payment in one arm, censored at a 60-day horizon (event 0).
const times = [3, 7, 7, 12, 15, 15, 15, 21, 28, 30, 34, 41, 45, 60, 60, 60, 9, 18, 18, 25];
const events = [1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1];

// R 4.2.2, survival 3.5-3: f <- survfit(Surv(times, events) ~ 1)
// cbind(f$time, f$n.risk, f$n.event, f$n.censor, f$surv, f$std.err, f$lower, f$upper)
const expectedRows = [
  [3, 20, 1, 0, 0.95, 0.0512989176042577, 0.85912802773588, 1],
  [7, 19, 1, 1, 0.9, 0.074535599249993, 0.777674202195885, 1],
  [9, 17, 1, 0, 0.847058823529412, 0.0960834332431499, 0.701660783491364, 1],
  [12, 16, 1, 0, 0.794117647058823, 0.1157527226913368, 0.632930393221646, 0.996354171207266],
  [15, 15, 2, 1, 0.688235294117647, 0.1538021555988985, 0.509120176085161, 0.930365446742722],
  [18, 12, 1, 1, 0.630882352941176, 0.1767225527277867, 0.446192093021938, 0.892020610578202],
  [21, 10, 1, 0, 0.567794117647059, 0.2057716495383571, 0.379347951577559, 0.849853435859895],
  [25, 9, 1, 0, 0.504705882352941, 0.2371304717716079, 0.31709729913513, 0.803311880537681],
  [28, 8, 1, 0, 0.441617647058823, 0.2721911157620105, 0.259034089309975, 0.752897607852656],
  [30, 7, 0, 1, 0.441617647058823, 0.2721911157620105, 0.259034089309975, 0.752897607852656],
  [34, 6, 1, 0, 0.368014705882353, 0.327751944056937, 0.193589684869977, 0.699597314994537],
  [41, 5, 1, 0, 0.294411764705882, 0.3967635780072329, 0.135278690473124, 0.640738662490618],
  [45, 4, 1, 0, 0.220808823529412, 0.4906675760292653, 0.084403299787201, 0.57766149749321],
  [60, 3, 0, 3, 0.220808823529412, 0.4906675760292653, 0.084403299787201, 0.57766149749321]
];

describe("kaplanMeier", () => {
  const curve = kaplanMeier(times, events);

  it("matches the R risk table", () => {
    expect(curve.time).toEqual(expectedRows.map((row) => row[0]));
    expect(curve.nRisk).toEqual(expectedRows.map((row) => row[1]));
    expect(curve.nEvent).toEqual(expectedRows.map((row) => row[2]));
    expect(curve.nCensor).toEqual(expectedRows.map((row) => row[3]));
  });

  it("matches R survival and bands", () => {
    expectedRows.forEach(([, , , , survival, se, lower, upper], i) => {
      expect(curve.survival[i]).toBeCloseTo(survival, 14);
      expect(curve.logStandardError[i]).toBeCloseTo(se, 14);
      expect(curve.lower[i]).toBeCloseTo(lower, 12);
      expect(curve.upper[i]).toBeCloseTo(upper, 12);
    });
  });

  it("matches the R median", () => {
    // R: quantile(f, 0.5) -> quantile 28, lower 18, upper NA
    expect(curve.median).toBe(28);
    expect(curve.medianLow).toBe(18);
    expect(curve.medianHigh).toBeNaN();
  });

  it("matches the R median at 90 %", () => {
    // R: quantile(survfit(Surv(times, events) ~ 1, conf.int = 0.9), 0.5) -> 28, 18, 45
    const narrow = kaplanMeier(times, events, 0.9);

    expect(narrow.median).toBe(28);
    expect(narrow.medianLow).toBe(18);
    expect(narrow.medianHigh).toBe(45);
  });

  it("matches R for a second arm", () => {
    // R: quantile(survfit(Surv(t2, e2) ~ 1), 0.5) -> 52, lower 22, upper NA
    const t2 = [5, 10, 14, 14, 20, 22, 30, 35, 44, 52, 60, 60, 60, 60, 60, 60, 8, 26];
    const e2 = [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const second = kaplanMeier(t2, e2);

    expect(second.median).toBe(52);
    expect(second.medianLow).toBe(22);
    expect(second.medianHigh).toBeNaN();
  });

  it("median on a flat at 0.5", () => {
    // R: f3 <- survfit(Surv(1:6, rep(1, 6)) ~ 1); quantile(f3, 0.5) -> 3.5, lower 2, upper NA
    // f3$lower -> 0.5826547954771396 0.3786064608870951 0.2246303477692667 0.1075071391690886 0.0278491282992745 NA
    // f3$upper -> 1 1 1 1 0.997437962124704 NA
    const flat = kaplanMeier([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]);

    expect(flat.median).toBe(3.5);
    expect(flat.medianLow).toBe(2);
    expect(flat.medianHigh).toBeNaN();
    expect(flat.lower[1]).toBeCloseTo(0.3786064608870951, 12);
    expect(flat.upper[4]).toBeCloseTo(0.997437962124704, 12);
    expect(flat.survival[5]).toBe(0);
    expect(flat.lower[5]).toBeNaN();
    expect(flat.upper[5]).toBeNaN();
  });

  it("median not reached is NaN", () => {
    const early = kaplanMeier([2, 60, 60, 60], [1, 0, 0, 0]);

    expect(early.median).toBeNaN();
  });

  it("rejects an event flag of 2", () => {
    expect(() => kaplanMeier([1, 2], [1, 2])).toThrow(/invalid event flag 2 at index 1/);
  });

  it("rejects a negative time", () => {
    expect(() => kaplanMeier([-1, 2], [1, 0])).toThrow(/invalid time -1 at index 0/);
  });

  it("rejects different lengths", () => {
    expect(() => kaplanMeier([1, 2, 3], [1, 0])).toThrow(/got 3 times but 2 event flags/);
  });
});

describe("censorAtHorizon", () => {
  it("censors missing and late events", () => {
    const { times: censoredTimes, events: flags } = censorAtHorizon([4, NaN, 75, 60], 60);

    expect(Array.from(censoredTimes)).toEqual([4, 60, 60, 60]);
    expect(Array.from(flags)).toEqual([1, 0, 0, 1]);
  });

  it("rejects a zero horizon", () => {
    expect(() => censorAtHorizon([1], 0)).toThrow(/invalid horizon 0/);
  });
});
