import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWarmStartModel } from "../../../strategies/learning/warmStart.js";

function learningFile(entries: unknown): string {
  const folder = mkdtempSync(path.join(tmpdir(), "inkasso-warm-"));
  writeFileSync(path.join(folder, "learning.json"), JSON.stringify(entries));
  return folder;
}

describe("readWarmStartModel", () => {
  const folder = learningFile([
    { arm: "a", learned: { strategy: "contextualBandit", model: { id: 1 } } },
    { arm: "b", learned: { strategy: "debtorTypes", model: { id: 2 } } }
  ]);

  it("finds the model of the strategy in a run folder", () => {
    expect(readWarmStartModel(folder, "debtorTypes")).toEqual({ id: 2 });
  });

  it("selects an arm by id", () => {
    expect(readWarmStartModel(path.join(folder, "learning.json"), "contextualBandit", "a")).toEqual({ id: 1 });
  });

  it("rejects an arm of another strategy", () => {
    expect(() => readWarmStartModel(folder, "contextualBandit", "b")).toThrow(/run with debtorTypes, not contextualBandit/);
  });

  it("names the arms found when none matches", () => {
    expect(() => readWarmStartModel(folder, "propensityScore")).toThrow(/Arms found: a \(contextualBandit\), b \(debtorTypes\)/);
  });

  it("reports a missing file", () => {
    expect(() => readWarmStartModel(path.join(folder, "missing.json"), "debtorTypes")).toThrow(/Cannot read the warm-start model file/);
  });
});
