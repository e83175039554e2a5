import { describe, expect, it } from "vitest";
import { BayesianLinearRegression } from "../../../strategies/learning/bayesianLinearRegression.js";
import { createStream } from "../../../simulator/random/seededStream.js";

// R 4.2.2:
//   X <- cbind(1, c(0, 1, 0, 1, 1, 0), c(0.2, 0.4, 0.9, 0.1, 0.5, 0.7)); y <- c(0, 1, 0, 1, 1, 0)
//   mu <- solve(t(X) %*% X + diag(3), t(X) %*% y)   # 0.17746113990, 0.62823834197, -0.04533678756
//   x <- c(1, 1, 0.3); sum(x * mu)                   # 0.7920984456
//   t(x) %*% solve(t(X) %*% X + diag(3)) %*% x        # 0.2652202073
const rows = [[1, 0, 0.2], [1, 1, 0.4], [1, 0, 0.9], [1, 1, 0.1], [1, 1, 0.5], [1, 0, 0.7]];
const rewards = [0, 1, 0, 1, 1, 0];

function fitted(): BayesianLinearRegression {
  const model = new BayesianLinearRegression(2, 3, 1, 0.5);
  rows.forEach((row, k) => model.update(1, row, rewards[k]));
  model.refresh();
  return model;
}

describe("BayesianLinearRegression", () => {
  it("has the ridge solution as posterior mean", () => {
    const model = fitted();
    expect(model.coefficient(1, 0)).toBeCloseTo(0.1774611399, 9);
    expect(model.coefficient(1, 1)).toBeCloseTo(0.62823834197, 9);
    expect(model.coefficient(1, 2)).toBeCloseTo(-0.04533678756, 9);
    expect(model.mean(1, [1, 1, 0.3])).toBeCloseTo(0.7920984456, 9);
  });

  it("draws with the posterior spread", () => {
    const model = fitted();
    const random = createStream(1, "test");
    const draws = Array.from({ length: 20_000 }, () => model.sample(1, [1, 1, 0.3], random));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws.length - 1);
    // variance = scale² · xᵀA⁻¹x = 0.25 · 0.2652202073
    expect(mean).toBeCloseTo(0.7920984456, 2);
    expect(variance).toBeCloseTo(0.25 * 0.2652202073, 2);
  });

  it("leaves other actions at the prior", () => {
    expect(fitted().mean(0, [1, 1, 0.3])).toBe(0);
  });

  it("restores a saved model", () => {
    const restored = BayesianLinearRegression.fromJSON(fitted().toJSON(), 2, 3, "test");
    expect(restored.mean(1, [1, 1, 0.3])).toBeCloseTo(0.7920984456, 9);
    expect(() => BayesianLinearRegression.fromJSON(fitted().toJSON(), 3, 3, "test")).toThrow(/expected 3 × 3/);
  });
});
