import { describe, expect, it } from "vitest";
import { attributeGroups } from "../../../simulator/fairness/auditGroups.js";
import { bootstrapGroups } from "../../../simulator/fairness/groupBootstrap.js";
import { COLUMN_COUNT, col, FAIRNESS_METRICS } from "../../../simulator/fairness/fairnessMetrics.js";
import type { Population } from "../../../simulator/population/population.js";

// six debtors: age band, vulnerability flags (1 health, 2 life event), claim and recovered €
const AGE = [0, 0, 1, 1, 1, 3];
const VULNERABILITY = [0, 1, 3, 0, 2, 1];
const CLAIM = [100, 200, 50, 400, 100, 150];
const RECOVERED = [100, 0, 25, 100, 50, 150];

const population = {
  size: AGE.length,
  observable: { ageBand: Uint8Array.from(AGE), state: new Uint8Array(AGE.length) },
  protected: { vulnerability: Uint8Array.from(VULNERABILITY) }
} as unknown as Population;

function columns() {
  const values = new Float64Array(AGE.length * COLUMN_COUNT);
  AGE.forEach((_age, k) => {
    values[k * COLUMN_COUNT + col("cases")] = 1;
    values[k * COLUMN_COUNT + col("claim")] = CLAIM[k];
    values[k * COLUMN_COUNT + col("recovered")] = RECOVERED[k];
  });
  return { members: Int32Array.from(AGE.keys()), values, firstPaymentDay: new Int16Array(AGE.length) };
}

const recovery = FAIRNESS_METRICS.findIndex((metric) => metric.id === "recoveryRate");

describe("bootstrapGroups", () => {
  const attributes = [attributeGroups(population, "ageBand"), attributeGroups(population, "vulnerability")];
  const slots = bootstrapGroups({ columns: columns(), attributes, pairs: [[0, 1]], metrics: FAIRNESS_METRICS, resamples: 50, seed: 7, label: "test" });
  const value = (slot: number, group: string) => slots[slot].values[slots[slot].groups.indexOf(group) * FAIRNESS_METRICS.length + recovery];

  it("computes group values on the original data", () => {
    expect(value(0, "30-44")).toBeCloseTo(175 / 550, 12);
    expect(slots[0].n[slots[0].groups.indexOf("45-64")]).toBe(0);
    expect(value(0, "45-64")).toBeNaN();
  });

  it("counts a debtor in every vulnerability driver it has", () => {
    // health: debtors 1, 2, 5; life event: debtors 2, 4; none: debtors 0, 3
    expect(value(1, "health")).toBeCloseTo(175 / 400, 12);
    expect(value(1, "lifeEvent")).toBeCloseTo(75 / 150, 12);
    expect(value(1, "none")).toBeCloseTo(200 / 500, 12);
  });

  it("computes intersections of two attributes", () => {
    expect(slots[2].attribute).toBe("ageBand×vulnerability");
    expect(value(2, "30-44×lifeEvent")).toBeCloseTo(75 / 150, 12);
    expect(slots[2].n[slots[2].groups.indexOf("18-29×health")]).toBe(1);
  });

  it("draws replicates around the value and repeats them for a seed", () => {
    const again = bootstrapGroups({ columns: columns(), attributes, pairs: [], metrics: FAIRNESS_METRICS, resamples: 50, seed: 7, label: "test" });
    expect(Array.from(again[0].replicates)).toEqual(Array.from(slots[0].replicates));
    const all = slots[0].groups.length;
    const group = slots[0].groups.indexOf("30-44");
    const draws = Array.from({ length: 50 }, (_r, r) => slots[0].replicates[(r * all + group) * FAIRNESS_METRICS.length + recovery]).filter(Number.isFinite);
    expect(Math.min(...draws)).toBeLessThan(Math.max(...draws));
  });
});
