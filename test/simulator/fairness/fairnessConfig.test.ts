import { describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";

describe("arm config allowProtected", () => {
  const config = (allowProtected?: unknown) => ({
    name: "x",
    title: { de: "x", en: "x" },
    seed: 1,
    population: 100,
    horizonDays: 30,
    startDate: "2026-03-02",
    arms: [
      { id: "a", label: { de: "a", en: "a" }, strategy: "classicDunning", ...(allowProtected === undefined ? {} : { allowProtected }) },
      { id: "b", label: { de: "b", en: "b" }, strategy: "classicDunning" }
    ]
  });

  it("allows nothing by default", () => {
    expect(parseExperimentConfig(config()).arms[0].allowProtected).toEqual([]);
  });

  it("rejects an unknown attribute", () => {
    expect(() => parseExperimentConfig(config(["religion"]))).toThrow(/arms\.0\.allowProtected/);
  });
});

describe("fairness config reference", () => {
  const withReference = (reference: Record<string, string>) => ({
    name: "x",
    title: { de: "x", en: "x" },
    seed: 1,
    population: 100,
    horizonDays: 30,
    startDate: "2026-03-02",
    fairness: { reference },
    arms: [
      { id: "a", label: { de: "a", en: "a" }, strategy: "classicDunning" },
      { id: "b", label: { de: "b", en: "b" }, strategy: "classicDunning" }
    ]
  });

  it("accepts a group of the attribute", () => {
    expect(parseExperimentConfig(withReference({ region: "east" })).fairness.reference.region).toBe("east");
  });

  it("rejects an unknown group", () => {
    expect(() => parseExperimentConfig(withReference({ ageBand: "99+" }))).toThrow(/fairness\.reference\.ageBand.*18-29, 30-44, 45-64, 65\+/);
  });
});
