import { describe, expect, it } from "vitest";
import { rvgFeeUnit } from "../../../simulator/compliance/rvgFeeTable.js";

// Rows of Anlage 2 RVG (fee table for values up to 500,000 €), old and new version side by side
// as published at buzer.de/gesetz/6775/al211830-0.htm: "a.F." in force until 31 May 2025,
// "n.F." since 1 June 2025 (Art. 11 KostBRÄG 2025, BGBl. 2025 I Nr. 109).
const ANLAGE_2: [value: number, before: number, since: number][] = [
  [500, 49, 51.5],
  [1_000, 88, 93],
  [1_500, 127, 134.5],
  [2_000, 166, 176],
  [3_000, 222, 235.5],
  [5_000, 334, 354.5],
  [10_000, 614, 652],
  [13_000, 666, 707],
  [25_000, 874, 927],
  [30_000, 955, 1013],
  [50_000, 1279, 1357],
  [65_000, 1373, 1456.5],
  [200_000, 2219, 2352],
  [230_000, 2351, 2492]
];

describe("rvgFeeUnit", () => {
  it.each(ANLAGE_2)("value %d € matches Anlage 2 before and since June 2025", (value, before, since) => {
    expect(rvgFeeUnit(value, "2025-05-31")).toBe(before);
    expect(rvgFeeUnit(value, "2025-06-01")).toBe(since);
  });

  it("counts a started increment above a bound", () => {
    // 500.01 € lies in the 1,000 € row: "für jeden angefangenen Betrag von weiteren 500 Euro".
    expect(rvgFeeUnit(500.01, "2024-01-01")).toBe(88);
    expect(rvgFeeUnit(1_000, "2024-01-01")).toBe(88);
    expect(rvgFeeUnit(1_000.01, "2024-01-01")).toBe(127);
  });

  it("applies the same value to small claims", () => {
    // § 13 Abs. 1 RVG: every value up to 500 € pays the base fee.
    expect(rvgFeeUnit(12.5, "2024-01-01")).toBe(49);
  });

  it("continues beyond 500,000 €", () => {
    // By hand from § 13 Abs. 1 RVG 2025: 2,352 € at 200,000 € (Anlage 2) plus 10 × 140 € gives
    // 3,752 € at 500,000 €; each started 50,000 € above adds 175 € (165 € before June 2025).
    expect(rvgFeeUnit(500_000, "2025-06-01")).toBe(3752);
    expect(rvgFeeUnit(550_000, "2025-06-01")).toBe(3927);
    expect(rvgFeeUnit(550_000, "2025-05-31")).toBe(3539 + 165);
  });

  it("rejects invalid values and dates", () => {
    expect(() => rvgFeeUnit(0, "2025-06-01")).toThrow(/claim value 0/);
    expect(() => rvgFeeUnit(Number.NaN, "2025-06-01")).toThrow(/claim value/);
    expect(() => rvgFeeUnit(100, "2025-02-30")).toThrow(/2025-02-30/);
    expect(() => rvgFeeUnit(100, "2021-09-30")).toThrow(/earliest supported date is 2021-10-01/);
  });
});
