import { describe, expect, it } from "vitest";
import { bailiffCost, bailiffFees, gkgFeeUnit, mahnbescheidCourtFee } from "../../../simulator/compliance/courtFees.js";

describe("mahnbescheidCourtFee since June 2025", () => {
  // Court fee table for the Mahnbescheid "ab dem 01.06.2025", confidentia-inkasso.de
  // (Gerichtskostentabelle): value up to … € → fee €.
  it.each([
    [500, 38],
    [1_000, 38],
    [1_500, 41],
    [2_000, 51.5],
    [3_000, 62.75],
    [5_000, 85.25],
    [10_000, 141.5],
    [13_000, 156.75],
    [25_000, 217.75],
    [50_000, 319],
    [95_000, 529]
  ])("claim %d € costs %d €", (claim, fee) => {
    expect(mahnbescheidCourtFee(claim, "2025-06-01")).toBe(fee);
  });
});

describe("mahnbescheidCourtFee before June 2025", () => {
  // By hand from § 34 GKG (KostRÄG 2021): 38 € up to 500 €, +20 € per 500 € to 2,000 €,
  // +21 € per 1,000 € to 10,000 €; GKG KV 1100: 0.5 fee, at least 36 €.
  it("applies the 36 € minimum", () => {
    expect(mahnbescheidCourtFee(900, "2025-05-31")).toBe(36);
  });

  it("halves the table fee above the minimum", () => {
    expect(gkgFeeUnit(2_000, "2025-05-31")).toBe(98);
    expect(mahnbescheidCourtFee(2_000, "2025-05-31")).toBe(49);
    expect(gkgFeeUnit(10_000, "2025-05-31")).toBe(266);
    expect(mahnbescheidCourtFee(10_000, "2025-05-31")).toBe(133);
  });
});

describe("bailiffFees", () => {
  it("charges a seizure by date", () => {
    // GvKostG KV 205: 28.60 € until May 2025, 31.20 € since (Art. 8 KostBRÄG 2025); KV 716:
    // 20 % of the fee, so 5.72 € and 6.24 €.
    expect(bailiffFees("seizure", "2024-01-01")).toBe(34.32);
    expect(bailiffFees("seizure", "2025-06-01")).toBe(37.44);
  });

  it("charges the asset statement", () => {
    // KV 260: 36.30 € since November 2021; 20 % = 7.26 €.
    expect(bailiffCost("assetStatement", "2024-01-01")).toEqual({ fee: 36.3, expenses: 7.26, total: 43.56 });
  });

  it("applies the expense minimum to service", () => {
    // KV 100: 12 € since June 2025; 20 % = 2.40 € is below the 3 € minimum of KV 716.
    expect(bailiffCost("service", "2025-06-01")).toEqual({ fee: 12, expenses: 3, total: 15 });
  });

  it("uses the 2013 tariff in October 2021", () => {
    // KV 205: 26 € until 31 October 2021.
    expect(bailiffCost("seizure", "2021-10-15").fee).toBe(26);
    expect(bailiffCost("seizure", "2021-11-01").fee).toBe(28.6);
  });

  it("rejects an unknown step", () => {
    expect(() => bailiffFees("eviction" as never, "2025-06-01")).toThrow(/"eviction"/);
  });
});
