import { describe, expect, it } from "vitest";
import { cumulativeOf, deriveSeed, normal, pickCumulative, uniform } from "../../../simulator/random/counterRandom.js";

const N = 100_000;

describe("uniform", () => {
  it("same coordinates give the same draw", () => {
    for (let debtor = 0; debtor < 1_000; debtor++) {
      expect(uniform(42, debtor, 17, 3)).toBe(uniform(42, debtor, 17, 3));
    }
  });

  it("draws do not depend on call order", () => {
    const forward = Array.from({ length: 200 }, (_, i) => uniform(9, i, 5, 40));
    const backward = Array.from({ length: 200 }, (_, k) => uniform(9, 199 - k, 5, 40)).reverse();
    expect(backward).toEqual(forward);
  });

  it("each coordinate changes the draw", () => {
    const base = uniform(42, 10, 20, 30);
    expect(uniform(43, 10, 20, 30)).not.toBe(base);
    expect(uniform(42, 11, 20, 30)).not.toBe(base);
    expect(uniform(42, 10, 21, 30)).not.toBe(base);
    expect(uniform(42, 10, 20, 31)).not.toBe(base);
  });

  it("draws lie in [0, 1)", () => {
    for (let i = 0; i < N; i++) {
      const u = uniform(7, i, 0, 1);
      if (!(u >= 0 && u < 1)) expect.fail(`draw ${u} at debtor ${i}`);
    }
  });

  it("deciles are equally likely", () => {
    // Chi-squared test with 9 degrees of freedom at the 0.1 % level. R: qchisq(0.999, 9) = 27.87716
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < N; i++) bins[Math.floor(uniform(123, i, 7, 50) * 10)]++;
    const expected = N / 10;
    const chiSquared = bins.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquared).toBeLessThan(27.87716);
  });

  it("neighbouring purposes are uncorrelated", () => {
    // r of independent uniforms has standard error 1/√N, and 5 SE are allowed.
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < N; i++) {
      const x = uniform(5, i, 3, 40);
      const y = uniform(5, i, 3, 41);
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
    const r = (sxy - (sx * sy) / N) / Math.sqrt((sxx - (sx * sx) / N) * (syy - (sy * sy) / N));
    expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(N));
  });
});

describe("normal", () => {
  it("same coordinates give the same draw", () => {
    expect(normal(1, 2, 3, 4)).toBe(normal(1, 2, 3, 4));
  });

  it("has mean 0 and variance 1", () => {
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < N; i++) {
      const z = normal(11, i, 0, 2);
      sum += z;
      sumSquares += z * z;
    }
    const mean = sum / N;
    const variance = sumSquares / N - mean * mean;
    // The SE of the mean is 1/√N, and the SE of the variance of a normal sample is √(2/N).
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
  });

  it("tail share matches the normal distribution", () => {
    // R: 2 * pnorm(-1.96) = 0.04999579
    let tail = 0;
    for (let i = 0; i < N; i++) if (Math.abs(normal(12, i, 0, 2)) > 1.96) tail++;
    const p = 0.04999579;
    expect(Math.abs(tail / N - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
  });
});

describe("cumulativeOf and pickCumulative", () => {
  it("normalises weights and ends in exactly 1", () => {
    const cumulative = cumulativeOf([2, 1, 1]);
    expect(Array.from(cumulative)).toEqual([0.5, 0.75, 1]);
  });

  it("picks the index whose interval holds the draw", () => {
    const cumulative = cumulativeOf([2, 1, 1]);
    expect(pickCumulative(cumulative, 0)).toBe(0);
    expect(pickCumulative(cumulative, 0.4999)).toBe(0);
    expect(pickCumulative(cumulative, 0.5)).toBe(1);
    expect(pickCumulative(cumulative, 0.75)).toBe(2);
    expect(pickCumulative(cumulative, 0.9999)).toBe(2);
  });

  it("rejects weights without a positive sum", () => {
    expect(() => cumulativeOf([0, 0])).toThrow(/positive sum, got 0, 0/);
  });
});

describe("deriveSeed", () => {
  it("depends on the seed and the label", () => {
    expect(deriveSeed(1, "champion")).toBe(deriveSeed(1, "champion"));
    expect(deriveSeed(1, "champion")).not.toBe(deriveSeed(2, "champion"));
    expect(deriveSeed(1, "champion")).not.toBe(deriveSeed(1, "challenger"));
  });
});
