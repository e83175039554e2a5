import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/runCli.js";

describe("fees command", () => {
  it("prints the fee breakdown as JSON", async () => {
    const result = await runCli(["fees", "--claim", "400", "--stage", "first-demand", "--date", "2025-06-01", "--json"], "de_DE.UTF-8");
    expect(result.code, result.stderr).toBe(0);
    const fees = JSON.parse(result.stdout);
    // § 13 RVG from 1 June 2025: 51.50 € for a claim up to 500 €. After the first demand
    // the rate is 0.5 (§ 13e RDG), so 25.75 €. Expenses are 20 %, at most 20 € (Nr. 7002 VV RVG), so 5.15 €.
    expect(fees.agencyFee).toBe(25.75);
    expect(fees.expenses).toBe(5.15);
    expect(fees.total).toBe(30.9);
  });

  it("rejects a claim that is no amount", async () => {
    const result = await runCli(["fees", "--claim", "vierhundert", "--json"], "de_DE.UTF-8");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("vierhundert");
    expect(result.stdout).toBe("");
  });
});
