import { describe, expect, it } from "vitest";
import { regressionAdjustment } from "../../../simulator/analysis/regressionAdjustment.js";
import { welchTTest } from "../../../simulator/analysis/welchTTest.js";

// 40 debtors, even ones in the challenger arm, built the same way in R:
// i <- 1:40; claim <- 60 + ((i * 7919) %% 613); age <- 90 + ((i * 37) %% 200)
// arm <- as.integer(i %% 2 == 0)
// recovered <- 0.35 * claim - 0.2 * age + 25 * arm + ((i * 53) %% 41) - 20
const claim: number[] = [];
const age: number[] = [];
const arm: number[] = [];
const recovered: number[] = [];
for (let i = 1; i <= 40; i++) {
  claim.push(60 + ((i * 7919) % 613));
  age.push(90 + ((i * 37) % 200));
  arm.push(i % 2 === 0 ? 1 : 0);
  recovered.push(0.35 * claim[i - 1] - 0.2 * age[i - 1] + 25 * arm[i - 1] + ((i * 53) % 41) - 20);
}

describe("regressionAdjustment", () => {
  it("matches R lm with two covariates", () => {
    // R 4.2.2: m <- lm(recovered ~ arm + claim + age); coef(summary(m)); confint(m, "arm")
    // arm: 24.905871456790418, se 3.8547903473423082, t 6.461018424507007, p 1.68964662936124e-07
    // claim 0.352742683635262, age -0.177087574990891; confint 17.0879942783081 32.7237486352727
    const result = regressionAdjustment(recovered, arm, [claim, age]);

    expect(result.effect).toBeCloseTo(24.905871456790418, 10);
    expect(result.standardError).toBeCloseTo(3.8547903473423082, 10);
    expect(result.degreesOfFreedom).toBe(36);
    expect(result.statistic).toBeCloseTo(6.461018424507007, 9);
    expect(result.pValue / 1.68964662936124e-7).toBeCloseTo(1, 8);
    expect(result.ciLow).toBeCloseTo(17.0879942783081, 9);
    expect(result.ciHigh).toBeCloseTo(32.7237486352727, 9);
    expect(result.covariateCoefficients[0]).toBeCloseTo(0.352742683635262, 12);
    expect(result.covariateCoefficients[1]).toBeCloseTo(-0.177087574990891, 12);
  });

  it("matches R at a 90 % level", () => {
    // R: confint(m, "arm", level = 0.9) -> 18.3978377249728 31.413905188608
    const result = regressionAdjustment(recovered, Float64Array.from(arm), [claim, age], 0.9);

    expect(result.ciLow).toBeCloseTo(18.3978377249728, 9);
    expect(result.ciHigh).toBeCloseTo(31.413905188608, 9);
  });

  it("matches R lm with one covariate", () => {
    // R: m1 <- lm(recovered ~ arm + claim); coef(summary(m1))["arm", ]; confint(m1, "arm")
    // 25.0310585468924, se 5.04912352359084, p 1.60843723552215e-05; 14.8005625184897 35.2615545752951
    const result = regressionAdjustment(recovered, arm, [claim]);

    expect(result.effect).toBeCloseTo(25.0310585468924, 10);
    expect(result.standardError).toBeCloseTo(5.04912352359084, 10);
    expect(result.pValue / 1.60843723552215e-5).toBeCloseTo(1, 8);
    expect(result.ciLow).toBeCloseTo(14.8005625184897, 9);
    expect(result.ciHigh).toBeCloseTo(35.2615545752951, 9);
  });

  it("adjustment shrinks the standard error", () => {
    const challenger = recovered.filter((_, i) => arm[i] === 1);
    const baseline = recovered.filter((_, i) => arm[i] === 0);
    const unadjusted = welchTTest(challenger, baseline);
    const adjusted = regressionAdjustment(recovered, arm, [claim, age]);

    expect(adjusted.standardError).toBeLessThan(unadjusted.standardError / 2);
  });

  it("rejects a constant covariate", () => {
    expect(() => regressionAdjustment(recovered, arm, [new Array(40).fill(1)])).toThrow(/singular/);
  });

  it("rejects a treatment of 2", () => {
    const broken = [2, ...arm.slice(1)];
    expect(() => regressionAdjustment(recovered, broken, [claim])).toThrow(/invalid treatment 2 at index 0/);
  });

  it("rejects too few debtors", () => {
    expect(() => regressionAdjustment([1, 2, 3], [0, 1, 0], [[4, 5, 6]])).toThrow(/3 debtors for 3 coefficients/);
  });
});
