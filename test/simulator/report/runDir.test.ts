import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  checkRunDir,
  readRunParameters,
  readRunSummary,
  REPOSITORY_ROOT,
  resolveRunDir
} from "../../../simulator/report/runDir.js";

const SUMMARY = {
  runId: "test-run",
  configHash: "0123abcd",
  seed: 7,
  version: "0.1.0",
  experiment: {
    name: "test",
    title: { de: "Test", en: "Test" },
    population: 100,
    horizonDays: 30,
    startDate: "2026-01-05",
    confidenceLevel: 0.95
  },
  arms: [{ id: "champion", label: { de: "Champion", en: "Champion" }, strategy: "classicDunning", n: 100 }],
  comparisons: [
    { arm: "digital", baseline: "champion", metric: "nps", difference: null, ciLow: null, ciHigh: null, pValue: null }
  ]
};

const PARAMETER = {
  id: "cost.contact.letter",
  group: "cost",
  value: 0.95,
  unit: "€",
  source: "Deutsche Post tariff 2025",
  description: { de: "Brief", en: "Letter" }
};

let runDir: string;

function writeRun(files: Record<string, unknown>): void {
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(runDir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
}

beforeEach(() => {
  runDir = mkdtempSync(join(tmpdir(), "inkasso-run-"));
});

afterEach(() => {
  rmSync(runDir, { recursive: true, force: true });
});

describe("resolveRunDir", () => {
  it("resolves a relative folder against the repository root", () => {
    expect(resolveRunDir("data/runs/x")).toBe(join(REPOSITORY_ROOT, "data/runs/x"));
  });

  it("keeps an absolute folder", () => {
    expect(resolveRunDir("/tmp/some-run")).toBe("/tmp/some-run");
  });

  it("falls back to data/runs/default", () => {
    expect(resolveRunDir("")).toBe(join(REPOSITORY_ROOT, "data/runs/default"));
  });
});

describe("checkRunDir", () => {
  it("accepts a folder with every file the site reads", () => {
    writeRun({ "summary.json": SUMMARY, "parameters.json": [PARAMETER], "report.duckdb": "" });
    expect(() => checkRunDir(runDir)).not.toThrow();
  });

  it("names the missing files and the folder", () => {
    writeRun({ "summary.json": SUMMARY });
    expect(() => checkRunDir(runDir)).toThrow(`${runDir} is incomplete: parameters.json, report.duckdb not found`);
  });

  it("names a folder that does not exist", () => {
    const missing = join(runDir, "nothing");
    expect(() => checkRunDir(missing)).toThrow(`${missing} is incomplete`);
  });
});

describe("readRunSummary", () => {
  it("returns the summary with null statistics kept", () => {
    writeRun({ "summary.json": SUMMARY });
    const summary = readRunSummary(runDir);
    expect(summary.runId).toBe("test-run");
    expect(summary.comparisons[0].difference).toBeNull();
  });

  it("names the invalid field", () => {
    writeRun({ "summary.json": { ...SUMMARY, experiment: { ...SUMMARY.experiment, startDate: "5.1.2026" } } });
    expect(() => readRunSummary(runDir)).toThrow("invalid at field experiment.startDate");
  });

  it("rejects a summary without arms", () => {
    writeRun({ "summary.json": { ...SUMMARY, arms: [] } });
    expect(() => readRunSummary(runDir)).toThrow("invalid at field arms");
  });

  it("reports a file that is not JSON", () => {
    writeRun({ "summary.json": "{ not json" });
    expect(() => readRunSummary(runDir)).toThrow(`${join(runDir, "summary.json")} is not valid JSON`);
  });
});

describe("readRunParameters", () => {
  it("returns the entries unchanged", () => {
    writeRun({ "parameters.json": [PARAMETER] });
    expect(readRunParameters(runDir)).toEqual([PARAMETER]);
  });

  it("names an entry without a source", () => {
    const { source, ...withoutSource } = PARAMETER;
    expect(source).toBeDefined();
    writeRun({ "parameters.json": [PARAMETER, withoutSource] });
    expect(() => readRunParameters(runDir)).toThrow("invalid at field 1.source");
  });

  it("reports a missing file", () => {
    mkdirSync(join(runDir, "empty"));
    expect(() => readRunParameters(join(runDir, "empty"))).toThrow("parameters.json not found");
  });
});
