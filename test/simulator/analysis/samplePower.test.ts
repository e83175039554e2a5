import { describe, expect, it } from "vitest";
import { meanSampleSize, proportionSampleSize } from "../../../simulator/analysis/samplePower.js";

// R's power functions stop at uniroot's tolerance, so the references below were run with
// tol = 1e-12 where the default would leave the fourth decimal uncertain.

describe("proportionSampleSize", () => {
  it("matches R power.prop.test", () => {
    // R 4.2.2: power.prop.test(p1 = .30, p2 = .32, power = .8)$n -> 8393.19784268075
    // with tol = 1e-12 -> 8393.19784266307
    const size = proportionSampleSize(0.3, 0.32);

    expect(size.n1).toBeCloseTo(8393.19784266307, 6);
    expect(size.n2).toBe(size.n1);
  });

  it("matches R at α = 0.01 and 90 % power", () => {
    // R: power.prop.test(p1 = .05, p2 = .03, power = .9, sig.level = 0.01, tol = 1e-12)$n
    const size = proportionSampleSize(0.05, 0.03, { significanceLevel: 0.01, power: 0.9 });

    expect(size.n1).toBeCloseTo(2854.36954428524, 6);
  });

  it("matches R for a 10/90 split", () => {
    // R: pbar <- (p1 + k * p2) / (1 + k)
    // propPower <- function(n1, p1, p2, k, a = 0.05) pnorm((abs(p1 - p2) - qnorm(1 - a / 2) *
    //   sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / (k * n1)))) / sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / (k * n1)))
    // uniroot(function(n) propPower(n, .30, .32, 9) - .8, c(2, 1e7), tol = 1e-12)$root -> 4688.1687205095
    const size = proportionSampleSize(0.3, 0.32, { allocationRatio: 9 });

    expect(size.n1).toBeCloseTo(4688.1687205095, 5);
    expect(size.n2).toBeCloseTo(9 * 4688.1687205095, 4);
  });

  it("rejects equal rates", () => {
    expect(() => proportionSampleSize(0.3, 0.3)).toThrow(/p1 equals p2/);
  });

  it("rejects a rate of 30", () => {
    expect(() => proportionSampleSize(30, 0.32)).toThrow(/invalid p1 30/);
  });

  it("rejects a power of 80", () => {
    expect(() => proportionSampleSize(0.3, 0.32, { power: 80 })).toThrow(/invalid power 80/);
  });
});

describe("meanSampleSize", () => {
  it("matches R power.t.test", () => {
    // R: power.t.test(delta = 1, sd = 4, power = .8, tol = 1e-12)$n -> 252.128116356971
    const size = meanSampleSize(1, 4);

    expect(size.n1).toBeCloseTo(252.128116356971, 5);
    expect(size.n2).toBe(size.n1);
  });

  it("matches R at α = 0.01 and 90 % power", () => {
    // R: power.t.test(delta = 25, sd = 120, power = .9, sig.level = 0.01, tol = 1e-12)$n
    const size = meanSampleSize(25, 120, { significanceLevel: 0.01, power: 0.9 });

    expect(size.n1).toBeCloseTo(687.302930196254, 5);
  });

  it("matches R for a 1:3 split", () => {
    // R: meanPower <- function(n1, d, s, k, a = 0.05) { nu <- n1 * (1 + k) - 2
    //   pt(qt(1 - a / 2, nu), nu, ncp = d / (s * sqrt(1 / n1 + 1 / (k * n1))), lower.tail = FALSE) }
    // uniroot(function(n) meanPower(n, 1, 4, 3) - .8, c(2, 1e7), tol = 1e-12)$root -> 167.924300364665
    const size = meanSampleSize(-1, 4, { allocationRatio: 3 });

    expect(size.n1).toBeCloseTo(167.924300364665, 5);
    expect(size.n2).toBeCloseTo(3 * 167.924300364665, 4);
  });

  it("rejects a zero difference", () => {
    expect(() => meanSampleSize(0, 4)).toThrow(/invalid difference 0/);
  });

  it("rejects a negative standard deviation", () => {
    expect(() => meanSampleSize(1, -4)).toThrow(/invalid standard deviation -4/);
  });
});
