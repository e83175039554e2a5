import { describe, expect, it } from "vitest";
import { daysSalesOutstanding, meanCollectionDay, netPresentValue } from "../../../simulator/analysis/cashflowMetrics.js";

// € received per day since placement over a 184-day horizon (index = day).
const receipts = new Float64Array(184);
receipts[3] = 120.5;
receipts[10] = 89.9;
receipts[21] = 310;
receipts[82] = 44.25;
receipts[183] = 12;

describe("netPresentValue", () => {
  it("matches R for four days", () => {
    // R 4.2.2: cf <- c(0, 100, 0, 50); d <- seq_along(cf) - 1; sum(cf / 1.08^(d / 365))
    expect(netPresentValue([0, 100, 0, 50], 0.08)).toBeCloseTo(149.947299181986, 10);
  });

  it("matches R over a horizon", () => {
    // R: d2 <- seq_along(cf2) - 1 with cf2 the receipts above
    // sum(cf2 / 1.08^(d2 / 365)) -> 573.802118618758; sum(cf2 / 1.25^(d2 / 365)) -> 568.493045045591
    expect(netPresentValue(receipts, 0.08)).toBeCloseTo(573.802118618758, 9);
    expect(netPresentValue(receipts, 0.25)).toBeCloseTo(568.493045045591, 9);
  });

  it("zero rate gives the plain sum", () => {
    expect(netPresentValue(receipts, 0)).toBeCloseTo(576.65, 10);
  });

  it("rejects a rate of −1", () => {
    expect(() => netPresentValue(receipts, -1)).toThrow(/invalid annual rate -1/);
  });

  it("rejects a NaN cashflow", () => {
    expect(() => netPresentValue([1, NaN], 0.05)).toThrow(/invalid cashflow NaN on day 1/);
  });
});

describe("daysSalesOutstanding", () => {
  it("scales the outstanding share", () => {
    expect(daysSalesOutstanding(25_000, 100_000, 90)).toBeCloseTo(22.5, 12);
  });

  it("rejects nothing placed", () => {
    expect(() => daysSalesOutstanding(10, 0, 90)).toThrow(/invalid placed amount 0/);
  });
});

describe("meanCollectionDay", () => {
  it("matches R", () => {
    // R: sum(d2 * cf2) / sum(cf2) -> 23.5758258909217
    expect(meanCollectionDay(receipts)).toBeCloseTo(23.5758258909217, 10);
  });

  it("no receipts give NaN", () => {
    expect(meanCollectionDay([0, 0, 0])).toBeNaN();
  });
});
