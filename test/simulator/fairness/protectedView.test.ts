import { describe, expect, it } from "vitest";
import { buildProtectedView } from "../../../simulator/fairness/protectedView.js";
import type { Population } from "../../../simulator/population/population.js";

const population = {
  size: 2,
  protected: {
    gender: Uint8Array.of(0, 1),
    language: Uint8Array.of(1, 0),
    incomeBand: Uint8Array.of(2, 0),
    urban: Uint8Array.of(1, 1),
    vulnerability: Uint8Array.of(0, 5)
  }
} as unknown as Population;

describe("buildProtectedView", () => {
  it("is undefined when nothing is allowed", () => {
    expect(buildProtectedView(population, [], "arm")).toBeUndefined();
  });

  it("reads the allowed attributes", () => {
    const view = buildProtectedView(population, ["vulnerability"], "arm")!;
    expect(view.vulnerability[1]).toBe(5);
    expect(Object.keys(view)).toEqual(["vulnerability"]);
  });

  it("throws on an attribute the arm may not read", () => {
    const view = buildProtectedView(population, ["vulnerability"], "challenger")!;
    expect(() => view.incomeBand[0]).toThrow(/arm "challenger".*"incomeBand".*allowProtected/);
  });
});
