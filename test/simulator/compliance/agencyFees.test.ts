import { describe, expect, it } from "vitest";
import { computeAgencyFees } from "../../../simulator/compliance/agencyFees.js";

// Worked examples computed by hand from § 13 RVG, Anlage 2 RVG (versions before and since
// 1 June 2025, buzer.de), Nr. 2300, 1000, 7002 and 7008 VV RVG and § 31b RVG.

describe("computeAgencyFees for a claim up to 50 €", () => {
  it("matches the published example before June 2025", () => {
    // P. Mock, "KostBRÄG 2025 tritt am 1.6.25 in Kraft", IWW Vollstreckung effektiv 04/2025,
    // Beispiel 1, old law: claim 50 €, paid on the first demand: 0.5 × 30 € = 15.00 €,
    // flat rate 3.00 €, VAT 3.42 €, total 21.42 €.
    const fees = computeAgencyFees({ claim: 50, stage: "first-demand", date: "2025-05-31", creditorDeductsVat: false });
    expect(fees.feeUnit).toBe(30);
    expect(fees.agencyFee).toBe(15);
    expect(fees.expenses).toBe(3);
    expect(fees.vat).toBe(3.42);
    expect(fees.total).toBe(21.42);
  });

  it("uses 30.50 € as unit since June 2025", () => {
    // § 13 Abs. 2 RVG n.F.: 30.50 €; 0.5 × 30.50 € = 15.25 €, 20 % = 3.05 €.
    const fees = computeAgencyFees({ claim: 40, stage: "first-demand", date: "2025-06-01" });
    expect(fees.feeUnit).toBe(30.5);
    expect(fees.agencyFee).toBe(15.25);
    expect(fees.expenses).toBe(3.05);
    expect(fees.vat).toBe(0);
    expect(fees.total).toBe(18.3);
  });

  it("charges 0.9 of the small-claim unit when undisputed", () => {
    // 0.9 × 30 € = 27.00 €, 20 % = 5.40 €.
    const fees = computeAgencyFees({ claim: 49.99, stage: "undisputed", date: "2024-03-01" });
    expect(fees.agencyFee).toBe(27);
    expect(fees.expenses).toBe(5.4);
    expect(fees.total).toBe(32.4);
  });

  it("uses the general table when disputed", () => {
    // § 13 Abs. 2 RVG covers undisputed claims only: 1.3 × 51.50 € = 66.95 €, 20 % = 13.39 €.
    const fees = computeAgencyFees({ claim: 40, stage: "disputed", date: "2025-06-01" });
    expect(fees.feeUnit).toBe(51.5);
    expect(fees.agencyFee).toBe(66.95);
    expect(fees.expenses).toBe(13.39);
    expect(fees.total).toBe(80.34);
  });

  it("uses the general table for the instalment fee", () => {
    // Nr. 1000 VV RVG: 0.7 on half of 40 € = 20 €, unit 49 € (before June 2025): 34.30 €.
    // Flat rate: 20 % of (15.00 € + 34.30 €) = 9.86 €.
    const fees = computeAgencyFees({
      claim: 40,
      stage: "first-demand",
      date: "2025-05-31",
      instalmentAgreement: true
    });
    expect(fees.instalmentFeeUnit).toBe(49);
    expect(fees.instalmentFee).toBe(34.3);
    expect(fees.expenses).toBe(9.86);
    expect(fees.total).toBe(59.16);
  });
});

describe("computeAgencyFees for a claim of 400 €", () => {
  // Unit 49 € before June 2025 and 51.50 € since (Anlage 2, row 500 €).
  it.each([
    ["first-demand", "2025-05-31", 24.5, 4.9, 29.4],
    ["undisputed", "2025-05-31", 44.1, 8.82, 52.92],
    ["disputed", "2025-05-31", 63.7, 12.74, 76.44],
    ["first-demand", "2025-06-01", 25.75, 5.15, 30.9],
    ["undisputed", "2025-06-01", 46.35, 9.27, 55.62],
    ["disputed", "2025-06-01", 66.95, 13.39, 80.34]
  ] as const)("%s on %s", (stage, date, agencyFee, expenses, total) => {
    const fees = computeAgencyFees({ claim: 400, stage, date });
    expect(fees.agencyFee).toBe(agencyFee);
    expect(fees.expenses).toBe(expenses);
    expect(fees.total).toBe(total);
  });

  it("accepts a lower rate within the stage", () => {
    // 0.7 × 51.50 € = 36.05 €, 20 % = 7.21 €.
    const fees = computeAgencyFees({ claim: 400, stage: "undisputed", date: "2025-06-01", rate: 0.7 });
    expect(fees.rate).toBe(0.7);
    expect(fees.agencyFee).toBe(36.05);
    expect(fees.total).toBe(43.26);
  });
});

describe("computeAgencyFees above 1,000 €", () => {
  it("caps the flat rate at 20 €", () => {
    // Claim 1,200 € lies in the 1,500 € row: 127 € before, 134.50 € since June 2025.
    // 0.9 × 127 € = 114.30 €, 20 % = 22.86 € → capped at 20 €.
    const before = computeAgencyFees({ claim: 1200, stage: "undisputed", date: "2025-05-31" });
    expect(before.feeUnit).toBe(127);
    expect(before.agencyFee).toBe(114.3);
    expect(before.expenses).toBe(20);
    expect(before.total).toBe(134.3);

    // 0.9 × 134.50 € = 121.05 €.
    const since = computeAgencyFees({ claim: 1200, stage: "undisputed", date: "2025-06-01" });
    expect(since.agencyFee).toBe(121.05);
    expect(since.expenses).toBe(20);
    expect(since.total).toBe(141.05);
  });

  it("adds instalment fee and VAT", () => {
    // § 31b RVG: value 600 €, unit 93 € (row 1,000 €, since June 2025), 0.7 × 93 € = 65.10 €.
    // Fees 121.05 € + 65.10 € = 186.15 €, flat rate 20 €, VAT 19 % of 206.15 € = 39.17 €.
    const fees = computeAgencyFees({
      claim: 1200,
      stage: "undisputed",
      date: "2025-06-01",
      instalmentAgreement: true,
      creditorDeductsVat: false
    });
    expect(fees.instalmentFeeUnit).toBe(93);
    expect(fees.instalmentFee).toBe(65.1);
    expect(fees.expenses).toBe(20);
    expect(fees.vat).toBe(39.17);
    expect(fees.total).toBe(245.32);
  });
});

describe("computeAgencyFees input checks", () => {
  it("rejects a rate above the stage maximum", () => {
    expect(() => computeAgencyFees({ claim: 400, stage: "undisputed", date: "2025-06-01", rate: 1.0 })).toThrow(
      /rate 1 for stage "undisputed"/
    );
    expect(() => computeAgencyFees({ claim: 400, stage: "first-demand", date: "2025-06-01", rate: 0.9 })).toThrow(
      /0.5 to 0.5/
    );
  });

  it("rejects an unknown stage and a bad claim", () => {
    expect(() => computeAgencyFees({ claim: 400, stage: "late" as never, date: "2025-06-01" })).toThrow(/"late"/);
    expect(() => computeAgencyFees({ claim: -1, stage: "disputed", date: "2025-06-01" })).toThrow(/-1/);
  });
});
