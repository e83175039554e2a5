import { describe, expect, it } from "vitest";
import { runFeesCommand } from "../../../simulator/compliance/feesCommand.js";

describe("runFeesCommand", () => {
  it("returns JSON with the fee breakdown", () => {
    // 563.20 € undisputed since June 2025: 0.9 × 93 € = 83.70 €, 20 % = 16.74 €.
    const output = JSON.parse(
      runFeesCommand({ claim: "563.20", stage: "undisputed", date: "2025-06-01", json: true, language: "en" })
    );
    expect(output.claim).toBe(563.2);
    expect(output.agencyFee).toBe(83.7);
    expect(output.expenses).toBe(16.74);
    expect(output.total).toBe(100.44);
    expect(output.mahnbescheidCourtFee).toBe(38);
  });

  it("accepts a decimal comma", () => {
    const output = JSON.parse(runFeesCommand({ claim: "563,20", date: "2025-06-01", json: true, language: "de" }));
    expect(output.claim).toBe(563.2);
    expect(output.stage).toBe("undisputed");
  });

  it("writes a German breakdown", () => {
    // Intl writes a no-break space before the euro sign.
    const text = runFeesCommand({ claim: "400", stage: "first-demand", date: "2025-06-01", language: "de" }).replace(
      /\u00a0/g,
      " "
    );
    expect(text).toContain("Geschäftsgebühr Nr. 2300 VV RVG (0,5 × 51,50 €)");
    expect(text).toContain("25,75 €");
    expect(text).toContain("30,90 €");
    expect(text).toContain("Zahlung auf die erste Zahlungsaufforderung");
  });

  it("writes an English breakdown with VAT", () => {
    const text = runFeesCommand({
      claim: "400",
      stage: "first-demand",
      date: "2025-06-01",
      creditorDeductsVat: false,
      language: "en"
    });
    // VAT 19 % of 30.90 € = 5.87 €, total 36.77 €.
    expect(text).toContain("€5.87");
    expect(text).toContain("€36.77");
  });

  it.each(["abc", "0", "-5", "1.234,56", ""])("rejects claim %j", (claim) => {
    expect(() => runFeesCommand({ claim, date: "2025-06-01", language: "en" })).toThrow(/Invalid claim/);
  });

  it("rejects an unknown stage in German", () => {
    expect(() => runFeesCommand({ claim: "100", stage: "late", date: "2025-06-01", language: "de" })).toThrow(
      /Ungültige Stufe „late“/
    );
  });

  it("rejects invalid and early dates", () => {
    expect(() => runFeesCommand({ claim: "100", date: "2025-13-01", language: "en" })).toThrow(
      /Invalid date "2025-13-01"/
    );
    expect(() => runFeesCommand({ claim: "100", date: "2020-01-01", language: "en" })).toThrow(/before 2021-10-01/);
  });
});
