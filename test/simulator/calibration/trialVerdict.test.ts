import { describe, expect, it } from "vitest";
import { replicates, toleranceRange } from "../../../simulator/calibration/trialVerdict.js";

describe("toleranceRange", () => {
  it("uses the published interval where there is one", () => {
    expect(toleranceRange({ kind: "effect", effect: 0.08, ciLow: 0.07, ciHigh: 0.09 })).toEqual([0.07, 0.09]);
  });

  it("allows a third of the effect without an interval", () => {
    const [low, high] = toleranceRange({ kind: "effect", effect: 0.18 });
    expect(low).toBeCloseTo(0.12, 12);
    expect(high).toBeCloseTo(0.24, 12);
  });

  it("centres a null result on zero", () => {
    expect(toleranceRange({ kind: "none", effect: 0, noEffectBand: 0.02 })).toEqual([-0.02, 0.02]);
  });
});

describe("replicates", () => {
  it("needs the published direction", () => {
    expect(replicates({ kind: "effect", effect: -0.044 }, -0.04)).toBe(true);
    expect(replicates({ kind: "effect", effect: -0.044 }, 0.04)).toBe(false);
  });

  it("needs the size within tolerance", () => {
    expect(replicates({ kind: "effect", effect: 0.18 }, 0.25)).toBe(false);
    expect(replicates({ kind: "effect", effect: 0.18 }, 0.11)).toBe(false);
  });

  it("a direction-only effect needs the sign alone", () => {
    expect(replicates({ kind: "direction", effect: 1 }, 0.001)).toBe(true);
    expect(replicates({ kind: "direction", effect: 1 }, -0.001)).toBe(false);
  });

  it("a null result needs a small simulated effect", () => {
    expect(replicates({ kind: "none", effect: 0, noEffectBand: 0.02 }, -0.015)).toBe(true);
    expect(replicates({ kind: "none", effect: 0, noEffectBand: 0.02 }, 0.03)).toBe(false);
  });
});
