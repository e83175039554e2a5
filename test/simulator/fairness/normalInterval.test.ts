import { describe, expect, it } from "vitest";
import { normalInterval } from "../../../simulator/fairness/normalInterval.js";

describe("normalInterval", () => {
  it("works on the log scale for ratios", () => {
    // R: y <- c(1.2, 0.9, 1.5, 1.1, 0.7, 1.3); exp(log(1.05) + c(-1, 1) * qnorm(0.975) * sd(log(y)))
    //    → 0.6139032521 1.7958855834
    const [low, high] = normalInterval(1.05, [1.2, 0.9, 1.5, 1.1, 0.7, 1.3], 1.959963985, true);
    expect(low).toBeCloseTo(0.6139032521, 8);
    expect(high).toBeCloseTo(1.7958855834, 8);
  });

  it("works on the raw scale for differences", () => {
    // R: 10 + c(-1, 1) * qnorm(0.995) * sd(c(2, 5, -1, 7, 3)) → 2.18712289 17.81287711
    const [low, high] = normalInterval(10, [2, 5, -1, 7, 3], 2.575829304, false);
    expect(low).toBeCloseTo(2.18712289, 7);
    expect(high).toBeCloseTo(17.81287711, 7);
  });

  it("has no interval for a ratio of 0", () => {
    const [low, high] = normalInterval(0, [0, 0.1, 0.2], 1.96, true);
    expect(low).toBeNaN();
    expect(high).toBeNaN();
  });
});
