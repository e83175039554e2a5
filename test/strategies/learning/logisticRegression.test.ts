import { describe, expect, it } from "vitest";
import { fitLogisticRegression, linearPredictor, logistic } from "../../../strategies/learning/logisticRegression.js";

const x = [0.5, 1.2, 1.9, 2.4, 3.1, 3.6, 4.2, 4.8, 5.5, 6.1];
const y = [0, 0, 1, 0, 0, 1, 1, 0, 1, 1];
const rows = x.map((value) => [1, value]);

describe("fitLogisticRegression", () => {
  it("matches R glm without a penalty", () => {
    // R 4.2.2: coef(glm(y ~ x, family = binomial)) → (Intercept) -2.4909016817, x 0.7475498885
    const fit = fitLogisticRegression(rows, y);
    expect(fit.coefficients[0]).toBeCloseTo(-2.4909016817, 7);
    expect(fit.coefficients[1]).toBeCloseTo(0.7475498885, 7);
  });

  it("shrinks the slope under a ridge penalty", () => {
    const plain = fitLogisticRegression(rows, y).coefficients[1];
    const ridged = fitLogisticRegression(rows, y, { ridge: 5 }).coefficients[1];
    expect(Math.abs(ridged)).toBeLessThan(Math.abs(plain));
    expect(ridged).toBeGreaterThan(0);
  });

  it("stays finite on separable data with a ridge", () => {
    const fit = fitLogisticRegression([[1, 0], [1, 0], [1, 1], [1, 1]], [0, 0, 1, 1], { ridge: 1 });
    expect(fit.coefficients.every(Number.isFinite)).toBe(true);
    expect(logistic(linearPredictor(fit.coefficients, [1, 1]))).toBeGreaterThan(0.5);
  });

  it("rejects mismatched labels", () => {
    expect(() => fitLogisticRegression(rows, [0, 1])).toThrow(/10 feature rows but 2 labels/);
  });
});
