/**
 * Calibration of the experiment tests on real simulated money data, by re-randomisation:
 * one simulated A/A population (two arms with the same strategy) is pooled and split at
 * random into two arms many times. Every split is an A/A experiment, so about 5 % of
 * splits must reach p < 0.05 and the p-values must be uniform. Planting a known € effect
 * in one half checks that 95 % intervals cover it about 95 % of the time.
 *
 * Re-randomisation replaces re-running the simulator with new seeds, which would take
 * minutes for thousands of experiments, and it keeps the heavy right tail of € recovered.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { ratioDifferenceTest, ratioEstimate } from "../../../simulator/analysis/ratioDeltaMethod.js";
import { welchTTest } from "../../../simulator/analysis/welchTTest.js";
import { armOutcomeArrays } from "../../../simulator/experiment/armOutcomeArrays.js";
import { parseExperimentConfig } from "../../../simulator/experiment/config.js";
import { runExperiment } from "../../../simulator/experiment/runExperiment.js";
import { createStream, type RandomStream } from "../../../simulator/random/seededStream.js";

const SPLITS = 4_000;
const PLANTED_EFFECT = 10; // € added to every recovered value of one half

let recovered: Float64Array;
let claimAmount: Float64Array;

beforeAll(async () => {
  const run = await runExperiment(
    parseExperimentConfig({
      name: "aa-calibration",
      title: { de: "A/A", en: "A/A" },
      seed: 7,
      population: 6_000,
      horizonDays: 60,
      startDate: "2026-03-02",
      recordEvents: false,
      arms: [
        { id: "a", label: { de: "A", en: "A" }, strategy: "classicDunning" },
        { id: "b", label: { de: "B", en: "B" }, strategy: "classicDunning" }
      ]
    })
  );
  const arms = run.arms.map((_, index) => armOutcomeArrays(run, index));
  recovered = Float64Array.from([...arms[0].recovered, ...arms[1].recovered]);
  claimAmount = Float64Array.from([...arms[0].claimAmount, ...arms[1].claimAmount]);
});

/** Split the pooled debtors at random into two halves; returns the index order, first half first. */
function randomSplit(random: RandomStream): Int32Array {
  const order = Int32Array.from({ length: recovered.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

function pick(values: Float64Array, indices: Int32Array, shift = 0): Float64Array {
  return Float64Array.from(indices, (i) => values[i] + shift);
}

/** Kolmogorov–Smirnov distance of p-values from the uniform distribution on (0, 1). */
function uniformDistance(pValues: number[]): number {
  const sorted = [...pValues].sort((a, b) => a - b);
  let distance = 0;
  sorted.forEach((p, k) => {
    distance = Math.max(distance, (k + 1) / sorted.length - p, p - k / sorted.length);
  });
  return distance;
}

// Asymptotic 1 % critical value of √n·D, from R:
// f <- function(x) { k <- 1:100; 1 - 2*sum((-1)^(k-1)*exp(-2*k^2*x^2)) - 0.99 }; uniroot(f, c(1, 2))$root
// = 1.627624
const KS_CRITICAL_1_PERCENT = 1.627624;

describe("A/A re-randomisation", () => {
  it("keeps the false-positive rate near 5 %", () => {
    const random = createStream(101, "calibration");
    const half = recovered.length / 2;
    const welchP: number[] = [];
    const ratioP: number[] = [];
    for (let s = 0; s < SPLITS; s++) {
      const order = randomSplit(random);
      const first = order.subarray(0, half);
      const second = order.subarray(half);
      welchP.push(welchTTest(pick(recovered, first), pick(recovered, second)).pValue);
      const ratio = ratioDifferenceTest(
        ratioEstimate(pick(recovered, first), pick(claimAmount, first)),
        ratioEstimate(pick(recovered, second), pick(claimAmount, second))
      );
      ratioP.push(ratio.pValue);
    }

    const welchRate = welchP.filter((p) => p < 0.05).length / SPLITS;
    const ratioRate = ratioP.filter((p) => p < 0.05).length / SPLITS;
    console.info(`A/A false-positive rate at α = 0.05: Welch (€ recovered per case) ${welchRate}, delta method (recovery rate) ${ratioRate}`);
    expect(welchRate).toBeGreaterThanOrEqual(0.04);
    expect(welchRate).toBeLessThanOrEqual(0.06);
    expect(ratioRate).toBeGreaterThanOrEqual(0.04);
    expect(ratioRate).toBeLessThanOrEqual(0.06);

    const welchKs = uniformDistance(welchP) * Math.sqrt(SPLITS);
    const ratioKs = uniformDistance(ratioP) * Math.sqrt(SPLITS);
    console.info(`A/A Kolmogorov–Smirnov √n·D against U(0,1): Welch ${welchKs.toFixed(3)}, delta method ${ratioKs.toFixed(3)}`);
    expect(welchKs).toBeLessThan(KS_CRITICAL_1_PERCENT);
    expect(ratioKs).toBeLessThan(KS_CRITICAL_1_PERCENT);
  });

  it("detects a non-uniform p-value distribution", () => {
    // the check itself must be able to fail: p-values squeezed towards 0 are rejected
    const skewed = Array.from({ length: SPLITS }, (_, k) => ((k + 0.5) / SPLITS) ** 1.2);
    expect(uniformDistance(skewed) * Math.sqrt(SPLITS)).toBeGreaterThan(KS_CRITICAL_1_PERCENT);
  });
});

describe("coverage with a planted effect", () => {
  it("covers a known € difference in about 95 % of splits", () => {
    const random = createStream(202, "coverage");
    const half = recovered.length / 2;
    let covered = 0;
    for (let s = 0; s < SPLITS; s++) {
      const order = randomSplit(random);
      const test = welchTTest(pick(recovered, order.subarray(0, half), PLANTED_EFFECT), pick(recovered, order.subarray(half)));
      if (test.ciLow <= PLANTED_EFFECT && PLANTED_EFFECT <= test.ciHigh) covered++;
    }
    const coverage = covered / SPLITS;
    console.info(`Coverage of a planted ${PLANTED_EFFECT} € effect by 95 % Welch intervals: ${coverage}`);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });
});
