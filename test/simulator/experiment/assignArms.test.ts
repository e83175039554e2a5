import { describe, expect, it } from "vitest";
import { armMembers, assignArms, assignArmsByDesign } from "../../../simulator/experiment/assignArms.js";
import { parseExperimentConfig, type AssignmentDesign } from "../../../simulator/experiment/config.js";
import { claimSizeBand, stratumCodes } from "../../../simulator/experiment/strata.js";
import { compileParameters, parameterDefinitions } from "../../../simulator/params/modelParameters.js";
import { resolveParameters } from "../../../simulator/params/parameter.js";
import { generatePopulation } from "../../../simulator/population/generatePopulation.js";

const population = generatePopulation(compileParameters(resolveParameters(parameterDefinitions)), {
  size: 5_003,
  seed: 11,
  horizonDays: 60
});

function counts(assignment: Uint8Array, armCount: number): number[] {
  return armMembers(assignment, armCount).map((members) => members.length);
}

function countsWhere(assignment: Uint8Array, armCount: number, keep: (i: number) => boolean): number[] {
  const result = new Array<number>(armCount).fill(0);
  for (let i = 0; i < assignment.length; i++) if (keep(i)) result[assignment[i]]++;
  return result;
}

const stratified: AssignmentDesign = { method: "stratified", strata: ["claimSizeBand", "hasEmail", "ageBand"] };

describe("assignArms", () => {
  it("splits 90/10 by the weights", () => {
    // 5,003 × 0.9 = 4,502.7 and 500.3: the larger remainder rounds up.
    expect(counts(assignArms(5_003, [90, 10], 1), 2)).toEqual([4_503, 500]);
  });

  it("splits four unequal arms", () => {
    // 1,000 × (1, 2, 3, 4)/10 exactly.
    expect(counts(assignArms(1_000, [1, 2, 3, 4], 7), 4)).toEqual([100, 200, 300, 400]);
  });

  it("repeats with the seed and changes with another", () => {
    const first = assignArms(2_000, [1, 1, 1], 5);
    expect(assignArms(2_000, [1, 1, 1], 5)).toEqual(first);
    expect(assignArms(2_000, [1, 1, 1], 6)).not.toEqual(first);
  });
});

describe("assignArmsByDesign", () => {
  it("keeps simple assignment unchanged", () => {
    const simple = assignArmsByDesign(population, [1, 1], 3, { method: "simple" });
    expect(simple).toEqual(assignArms(population.size, [1, 1], 3));
  });

  it("splits every stratum by the weights", () => {
    const assignment = assignArmsByDesign(population, [2, 1], 3, stratified);
    const codes = stratumCodes(population, stratified.strata ?? []);
    const strata = [...new Set(codes)];
    expect(strata.length).toBeGreaterThan(10);
    for (const code of strata) {
      const inStratum = countsWhere(assignment, 2, (i) => codes[i] === code);
      const size = inStratum[0] + inStratum[1];
      expect(Math.abs(inStratum[0] - (2 / 3) * size)).toBeLessThan(1);
      expect(Math.abs(inStratum[1] - (1 / 3) * size)).toBeLessThan(1);
    }
  });

  it("balances a stratum attribute better than chance allows", () => {
    const assignment = assignArmsByDesign(population, [1, 1, 1], 9, { method: "stratified", strata: ["hasEmail"] });
    const withEmail = countsWhere(assignment, 3, (i) => population.observable.hasEmail[i] === 1);
    expect(Math.max(...withEmail) - Math.min(...withEmail)).toBeLessThanOrEqual(1);
  });

  it("does not favour the first arm over many small strata", () => {
    const assignment = assignArmsByDesign(population, [1, 1, 1], 4, stratified);
    const total = counts(assignment, 3);
    expect(Math.max(...total) - Math.min(...total)).toBeLessThanOrEqual(stratumCount(stratified) / 2);
  });

  it("fills each permuted block by the weights", () => {
    const assignment = assignArmsByDesign(population, [9, 1], 2, { method: "blocked", blockSize: 10 });
    for (let start = 0; start + 10 <= population.size; start += 10) {
      const block = countsWhere(assignment, 2, (i) => i >= start && i < start + 10);
      expect(block).toEqual([9, 1]);
    }
    // the last block has 3 debtors: 2.7 and 0.3 round to 3 and 0
    expect(countsWhere(assignment, 2, (i) => i >= 5_000)).toEqual([3, 0]);
  });

  it("permutes blocks differently", () => {
    const assignment = assignArmsByDesign(population, [1, 1, 1], 2, { method: "blocked", blockSize: 6 });
    const patterns = new Set<string>();
    for (let start = 0; start + 6 <= 600; start += 6) patterns.add(Array.from(assignment.subarray(start, start + 6)).join(""));
    expect(patterns.size).toBeGreaterThan(20);
  });

  it.each([stratified, { method: "blocked", blockSize: 12 } as AssignmentDesign])("repeats $method from the seed", (design) => {
    const first = assignArmsByDesign(population, [1, 1], 8, design);
    expect(assignArmsByDesign(population, [1, 1], 8, design)).toEqual(first);
    expect(assignArmsByDesign(population, [1, 1], 9, design)).not.toEqual(first);
  });
});

describe("claimSizeBand", () => {
  it.each([[50, 0], [50.01, 1], [500, 1], [500.01, 2]])("puts %d € in band %d", (amount, band) => {
    expect(claimSizeBand(amount)).toBe(band);
  });
});

describe("assignment config", () => {
  const base = {
    name: "design",
    title: { de: "Versuch", en: "Trial" },
    seed: 1,
    population: 100,
    horizonDays: 30,
    startDate: "2026-03-02",
    arms: [
      { id: "a", label: { de: "A", en: "A" }, strategy: "classicDunning" },
      { id: "b", label: { de: "B", en: "B" }, strategy: "classicDunning" }
    ]
  };

  it("defaults to simple, Holm and 5 %", () => {
    const config = parseExperimentConfig(base);
    expect(config.assignment).toEqual({ method: "simple" });
    expect(config.multipleComparisons).toBe("holm");
    expect(config.discountRate).toBe(0.05);
  });

  it("requires strata for stratified", () => {
    expect(() => parseExperimentConfig({ ...base, assignment: { method: "stratified" } })).toThrow("assignment.strata");
  });

  it("requires a block size for blocked", () => {
    expect(() => parseExperimentConfig({ ...base, assignment: { method: "blocked" } })).toThrow("assignment.blockSize");
  });

  it("rejects an unknown stratum attribute", () => {
    expect(() => parseExperimentConfig({ ...base, assignment: { method: "stratified", strata: ["income"] } })).toThrow(
      "assignment.strata.0"
    );
  });
});

function stratumCount(design: AssignmentDesign): number {
  return new Set(stratumCodes(population, design.strata ?? [])).size;
}
