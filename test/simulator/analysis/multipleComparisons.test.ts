import { describe, expect, it } from "vitest";
import { benjaminiHochbergAdjust, holmAdjust } from "../../../simulator/analysis/multipleComparisons.js";

// Ten p-values with a tie (0.045 twice), as from ten metrics of one challenger.
const pValues = [0.0021, 0.045, 0.31, 0.0008, 0.012, 0.045, 0.92, 0.0199, 0.6, 0.049];

function expectAllClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => {
    if (Number.isNaN(expected[index])) expect(value).toBeNaN();
    else expect(value).toBeCloseTo(expected[index], 14);
  });
}

describe("holmAdjust", () => {
  it("matches R for ten p-values", () => {
    // R: p.adjust(p, "holm")
    expectAllClose(holmAdjust(pValues), [0.0189, 0.27, 0.93, 0.008, 0.096, 0.27, 1, 0.1393, 1, 0.27]);
  });

  it("matches R for three p-values", () => {
    // R: p.adjust(c(0.01, 0.04, 0.03), "holm")
    expectAllClose(holmAdjust([0.01, 0.04, 0.03]), [0.03, 0.06, 0.06]);
  });

  it("keeps NaN out of the family", () => {
    // R: p.adjust(c(0.02, NA, 0.5, 0.001), "holm")
    expectAllClose(holmAdjust([0.02, NaN, 0.5, 0.001]), [0.04, NaN, 0.5, 0.003]);
  });

  it("rejects a p-value above 1", () => {
    expect(() => holmAdjust([0.2, 1.5])).toThrow(/invalid p-value 1.5 at index 1/);
  });

  it("returns nothing for no p-values", () => {
    expect(holmAdjust([])).toEqual([]);
  });
});

describe("benjaminiHochbergAdjust", () => {
  it("matches R for ten p-values", () => {
    // R: p.adjust(p, "BH")
    expectAllClose(benjaminiHochbergAdjust(pValues), [
      0.0105, 0.07, 0.3875, 0.008, 0.04, 0.07, 0.92, 0.04975, 0.666666666666667, 0.07
    ]);
  });

  it("matches R for three p-values", () => {
    // R: p.adjust(c(0.01, 0.04, 0.03), "BH")
    expectAllClose(benjaminiHochbergAdjust([0.01, 0.04, 0.03]), [0.03, 0.04, 0.04]);
  });

  it("keeps NaN out of the family", () => {
    // R: p.adjust(c(0.02, NA, 0.5, 0.001), "BH")
    expectAllClose(benjaminiHochbergAdjust([0.02, NaN, 0.5, 0.001]), [0.03, NaN, 0.5, 0.003]);
  });

  it("rejects a negative p-value", () => {
    expect(() => benjaminiHochbergAdjust([-0.1])).toThrow(/invalid p-value -0.1 at index 0/);
  });
});
