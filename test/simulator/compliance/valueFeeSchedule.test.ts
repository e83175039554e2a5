import { describe, expect, it } from "vitest";
import { applyRateCents, checkIsoDate, inForceOn, percentOfCents } from "../../../simulator/compliance/valueFeeSchedule.js";

describe("cent rounding", () => {
  it("rounds half a cent up", () => {
    // § 2 Abs. 2 Satz 2 RVG: "0,5 Cent werden aufgerundet".
    expect(applyRateCents(1001, 0.5)).toBe(501);
    expect(percentOfCents(1850, 19)).toBe(352);
  });

  it("rounds to the nearest cent", () => {
    // 19 % of 18.30 € is 3.477 €, of 18.29 € 3.4751 €, of 18.27 € 3.4713 €.
    expect(percentOfCents(1830, 19)).toBe(348);
    expect(percentOfCents(1829, 19)).toBe(348);
    expect(percentOfCents(1827, 19)).toBe(347);
  });

  it("multiplies rates without float error", () => {
    // 0.9 × 88 € = 79.20 €, 0.7 × 93 € = 65.10 €, 1.3 × 51.50 € = 66.95 €.
    expect(applyRateCents(8800, 0.9)).toBe(7920);
    expect(applyRateCents(9300, 0.7)).toBe(6510);
    expect(applyRateCents(5150, 1.3)).toBe(6695);
  });
});

describe("inForceOn", () => {
  const periods = [
    { from: "2021-10-01", value: "old" },
    { from: "2025-06-01", value: "new" }
  ];

  it("switches on the first day in force", () => {
    expect(inForceOn(periods, "2025-05-31", "table")).toBe("old");
    expect(inForceOn(periods, "2025-06-01", "table")).toBe("new");
  });

  it("rejects dates before the first period", () => {
    expect(() => inForceOn(periods, "2021-09-30", "table")).toThrow(/No table is stored for 2021-09-30/);
  });
});

describe("checkIsoDate", () => {
  it("accepts real dates only", () => {
    expect(checkIsoDate("2024-02-29", "date")).toBe("2024-02-29");
    expect(() => checkIsoDate("2025-02-29", "date")).toThrow(/Invalid date "2025-02-29"/);
    expect(() => checkIsoDate("1.6.2025", "date")).toThrow(/YYYY-MM-DD/);
  });
});
