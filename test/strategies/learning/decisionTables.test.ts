import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { runExperiment } from "../../../simulator/experiment/runExperiment.js";
import { writeRun } from "../../../simulator/experiment/writeRun.js";
import { decisionTables } from "../../../strategies/learning/decisionTables.js";

function config(options: Record<string, unknown> = {}) {
  return parseExperimentConfig({
    name: "learning-test",
    title: { de: "Test", en: "Test" },
    seed: 11,
    population: 1200,
    horizonDays: 40,
    startDate: "2026-03-02",
    recordEvents: false,
    arms: [
      { id: "champion", label: { de: "C", en: "C" }, strategy: "classicDunning" },
      { id: "bandit", label: { de: "B", en: "B" }, strategy: "contextualBandit", options },
      { id: "planner", label: { de: "P", en: "P" }, strategy: "nextBestAction" }
    ]
  });
}

describe("decisionTables", () => {
  it("stacks the learning arms' decisions with an arm column", async () => {
    const run = await runExperiment(config());
    const [table] = decisionTables(run);
    const arm = table.columns[0];
    expect(arm.name).toBe("arm");
    const rowsPerArm = [0, 1, 2].map((index) => Array.from(arm.values).filter((value) => value === index).length);
    expect(rowsPerArm[0]).toBe(0);
    expect(rowsPerArm[1]).toBe(run.arms[1].decisions?.rowCount);
    expect(rowsPerArm[2]).toBe(run.arms[2].decisions?.rowCount);
    expect(table.rowCount).toBe(rowsPerArm[1] + rowsPerArm[2]);
  });

  it("writes decisions.parquet and warm-starts from the run", async () => {
    const first = await runExperiment(config());
    const folder = mkdtempSync(path.join(tmpdir(), "inkasso-learning-"));
    await writeRun(first, folder, { language: "en" });
    expect(existsSync(path.join(folder, "decisions.parquet"))).toBe(true);

    const learning = JSON.parse(readFileSync(path.join(folder, "learning.json"), "utf8")) as { arm: string; learned: { model: { precision: number[] } } }[];
    const saved = learning.find((entry) => entry.arm === "bandit")!.learned.model.precision;
    const second = await runExperiment(config({ warmStart: folder, warmStartArm: "bandit" }));
    const continued = (second.arms[1].learned as { model: { precision: number[] } }).model.precision;
    // the warm-started precision starts from the saved one, so every diagonal entry grows
    expect(continued[0]).toBeGreaterThan(saved[0]);
  });
});
