import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { describe, expect, it } from "vitest";
import { channelWorks } from "../../../simulator/behavior/contact.js";
import { compileParameters, parameterDefinitions } from "../../../simulator/params/modelParameters.js";
import { resolveParameters } from "../../../simulator/params/parameter.js";
import { generatePopulation } from "../../../simulator/population/generatePopulation.js";
import { CHANNELS, RENT, UNREACHABLE } from "../../../simulator/population/codes.js";
import type { Population } from "../../../simulator/population/population.js";
import { createTestSimulation } from "../engine/fixtures/testSimulation.js";

const parameters = compileParameters(resolveParameters(parameterDefinitions));
const SIZE = 20_000;
const SEED = 20260302;
const population = generatePopulation(parameters, { size: SIZE, seed: SEED, horizonDays: 180 });

/** Allowed distance of an observed share from its expected value, in binomial standard errors. */
const Z = 4.5;

function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

function counts(codes: ArrayLike<number>, categories: number): number[] {
  const result = new Array<number>(categories).fill(0);
  for (let i = 0; i < codes.length; i++) result[codes[i]]++;
  return result;
}

/** Check every category share against its expected probability within Z binomial standard errors. */
function expectShares(codes: ArrayLike<number>, weights: readonly number[]): void {
  const expected = normalise(weights);
  const observed = counts(codes, expected.length);
  expected.forEach((p, k) => {
    const se = Math.sqrt((p * (1 - p)) / codes.length);
    expect(Math.abs(observed[k] / codes.length - p), `category ${k}: expected share ${p}`).toBeLessThanOrEqual(Z * se);
  });
}

/** P(amount ≤ limit) of a mixture of log-normals with medians `medians` and log-sd `sigma`. */
function mixtureShareBelow(limit: number, weights: readonly number[], medians: readonly number[], sigma: number): number {
  const w = normalise(weights);
  return w.reduce((sum, wk, k) => sum + wk * normalCdf(Math.log(limit), Math.log(medians[k]), sigma), 0);
}

/**
 * Mean of min(high, max(low, X)) for the same mixture: the truncated log-normal mean
 * E[X; a < X < b] = exp(μ + σ²/2)·(Φ((ln b − μ − σ²)/σ) − Φ((ln a − μ − σ²)/σ)), plus the clipped tails.
 */
function mixtureClippedMean(weights: readonly number[], medians: readonly number[], sigma: number, low: number, high: number): number {
  const w = normalise(weights);
  return w.reduce((sum, wk, k) => {
    const mu = Math.log(medians[k]);
    const below = normalCdf(Math.log(low), mu, sigma);
    const above = 1 - normalCdf(Math.log(high), mu, sigma);
    const shifted = (x: number) => normalCdf((Math.log(x) - mu - sigma * sigma) / sigma, 0, 1);
    const middle = Math.exp(mu + (sigma * sigma) / 2) * (shifted(high) - shifted(low));
    return sum + wk * (low * below + high * above + middle);
  }, 0);
}

function columnsEqual(a: Population, b: Population, size: number): void {
  for (const group of ["observable", "protected", "latent"] as const) {
    const left = a[group] as unknown as Record<string, ArrayLike<number>>;
    const right = b[group] as unknown as Record<string, ArrayLike<number>>;
    for (const name of Object.keys(left)) {
      expect(Array.from(left[name]).slice(0, size), `${group}.${name}`).toEqual(Array.from(right[name]).slice(0, size));
    }
  }
}

describe("mixture helpers", () => {
  // Fixed inputs, independent of the calibrated values. R 4.2.2:
  //   w <- c(0.5, 0.3, 0.2); m <- c(40, 200, 2000); s <- 0.8
  //   sum(w * plnorm(50, log(m), s))                                    # 0.317393527904
  //   sum(w * (plnorm(500, log(m), s) - plnorm(50, log(m), s)))         # 0.452711305583
  //   sum(w * sapply(m, function(mk) integrate(function(x) pmin(10000, pmax(5, x)) *
  //     dlnorm(x, log(mk), s), 0, Inf, rel.tol = 1e-10)$value))         # 643.131493898
  const w = [0.5, 0.3, 0.2];
  const m = [40, 200, 2000];

  it("shares match R's plnorm", () => {
    expect(mixtureShareBelow(50, w, m, 0.8)).toBeCloseTo(0.317393527904, 9);
    expect(mixtureShareBelow(500, w, m, 0.8) - mixtureShareBelow(50, w, m, 0.8)).toBeCloseTo(0.452711305583, 9);
  });

  it("clipped mean matches R's integrate", () => {
    expect(mixtureClippedMean(w, m, 0.8, 5, 10_000)).toBeCloseTo(643.131493898, 5);
  });
});

describe("generatePopulation marginals", () => {
  const p = parameters.population;

  it("claim types follow the configured shares", () => {
    expectShares(population.observable.claimType, p.claimTypeShare);
  });

  it("age bands follow the configured shares", () => {
    expectShares(population.observable.ageBand, p.ageShare);
  });

  it("income bands follow the configured shares", () => {
    const bands = Array.from(population.protected.incomeBand).filter((_, i) => population.observable.claimType[i] < RENT);
    expectShares(bands, p.incomeShare);
  });

  it("rent and credit claims tilt towards higher incomes", () => {
    // weights low ÷ t, middle × 1, high × t, as the parameter description states
    const tilted = p.incomeShare.map((share, band) => share * Math.pow(p.largeClaimIncomeTilt, band - 1));
    const bands = Array.from(population.protected.incomeBand).filter((_, i) => population.observable.claimType[i] >= RENT);
    expect(bands.length).toBeGreaterThan(1_000);
    expectShares(bands, tilted);
  });

  it("federal states follow the configured shares", () => {
    expectShares(population.observable.state, p.stateShare);
  });

  it("claim-size mix follows the log-normal mixture", () => {
    const amounts = population.observable.claimAmount;
    let upTo50 = 0;
    let from50to500 = 0;
    for (const amount of amounts) {
      if (amount <= 50) upTo50++;
      else if (amount <= 500) from50to500++;
    }
    const expectedUpTo50 = mixtureShareBelow(50, p.claimTypeShare, p.claimMedian, p.claimSpread);
    const expectedMiddle = mixtureShareBelow(500, p.claimTypeShare, p.claimMedian, p.claimSpread) - expectedUpTo50;
    const se = (q: number) => Math.sqrt((q * (1 - q)) / SIZE);
    expect(Math.abs(upTo50 / SIZE - expectedUpTo50)).toBeLessThanOrEqual(Z * se(expectedUpTo50));
    expect(Math.abs(from50to500 / SIZE - expectedMiddle)).toBeLessThanOrEqual(Z * se(expectedMiddle));
  });

  it("mean claim follows the clipped mixture", () => {
    const amounts = Array.from(population.observable.claimAmount);
    const mean = amounts.reduce((sum, x) => sum + x, 0) / SIZE;
    const variance = amounts.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (SIZE - 1);
    const expected = mixtureClippedMean(p.claimTypeShare, p.claimMedian, p.claimSpread, 5, p.claimMax);
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(5 * Math.sqrt(variance / SIZE));
  });

  it("claims stay within 5 € and the cap", () => {
    const amounts = Array.from(population.observable.claimAmount);
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(p.claimMax);
  });

  it("debt age stays within the configured days", () => {
    const ages = Array.from(population.observable.debtAgeDays);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(p.debtAgeMin);
    expect(Math.max(...ages)).toBeLessThanOrEqual(p.debtAgeMax);
  });
});

describe("generatePopulation identity", () => {
  it("debtor i does not depend on the population size", () => {
    const small = generatePopulation(parameters, { size: 500, seed: SEED, horizonDays: 180 });
    columnsEqual(small, population, 500);
  });

  it("same seed gives the same population", () => {
    const again = generatePopulation(parameters, { size: 2_000, seed: SEED, horizonDays: 180 });
    columnsEqual(again, population, 2_000);
  });

  it("another seed gives other debtors", () => {
    const other = generatePopulation(parameters, { size: 2_000, seed: SEED + 1, horizonDays: 180 });
    const first = Array.from(population.observable.claimAmount.subarray(0, 2_000));
    const second = Array.from(other.observable.claimAmount);
    const same = first.filter((amount, i) => amount === second[i]).length;
    expect(same).toBeLessThan(20);
  });
});

describe("generatePopulation segments", () => {
  it("unreachable debtors have no working channel", () => {
    const sim = createTestSimulation({ population });
    let unreachable = 0;
    for (let i = 0; i < SIZE; i++) {
      if (population.latent.segment[i] !== UNREACHABLE) continue;
      unreachable++;
      for (let channel = 0; channel < CHANNELS.length; channel++) {
        expect(channelWorks(sim, i, channel), `debtor ${i}, ${CHANNELS[channel]}`).toBe(false);
      }
    }
    expect(unreachable).toBeGreaterThan(0);
  });

  it("other segments keep some working channels", () => {
    const sim = createTestSimulation({ population });
    let reachable = 0;
    for (let i = 0; i < SIZE; i++) {
      if (population.latent.segment[i] !== UNREACHABLE && channelWorks(sim, i, 0)) reachable++;
    }
    expect(reachable).toBeGreaterThan(SIZE / 2);
  });
});

describe("generatePopulation input checks", () => {
  it.each([0, -1, 1.5, Number.NaN, 20_000_001])("rejects size %s", (size) => {
    expect(() => generatePopulation(parameters, { size, seed: 1, horizonDays: 30 })).toThrow(
      new RegExp(`Population size must be a whole number .* got ${String(size).replace(".", "\\.")}`)
    );
  });
});
