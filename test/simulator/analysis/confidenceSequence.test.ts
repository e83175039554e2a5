import { describe, expect, it } from "vitest";
import { confidenceSequence, confidenceSequenceTuning } from "../../../simulator/analysis/confidenceSequence.js";
import { welchTTest } from "../../../simulator/analysis/welchTTest.js";

const challenger = [12.5, 0, 30.2, 7.8, 0, 55.1, 21.4, 3.3, 0, 18.9, 44.0, 9.6];
const baseline = [5.1, 0, 0, 12.2, 8.7, 0, 2.5, 16.4, 0, 7.0];

// Reference: this R function writes out the boundary of Waudby-Smith et al. 2023 with
// the tuning rule, and was run in R 4.2.2 for the cases below.
//
// cs <- function(x, y, tstar, level = 0.95) {
//   a <- 1 - level
//   rho <- sqrt((-2 * log(a) + log(-2 * log(a) + 1)) / tstar)
//   t <- length(x) + length(y)
//   v <- var(x) / length(x) + var(y) / length(y)
//   s <- sqrt(t * v)
//   h <- s * sqrt(2 * (t * rho^2 + 1) / (t^2 * rho^2) * log(sqrt(t * rho^2 + 1) / a))
//   c(rho, h, mean(x) - mean(y) - h, mean(x) - mean(y) + h)
// }

describe("confidenceSequence", () => {
  it("matches R tuned at the current size", () => {
    // R: cs(x, y, 22) -> 0.600611605015238 16.791492497257224 -5.081492497257225 28.501492497257225
    const result = confidenceSequence(challenger, baseline, 22);

    expect(result.tuning).toBeCloseTo(0.600611605015238, 14);
    expect(result.halfWidth).toBeCloseTo(16.791492497257224, 11);
    expect(result.ciLow).toBeCloseTo(-5.081492497257225, 11);
    expect(result.ciHigh).toBeCloseTo(28.501492497257225, 11);
  });

  it("matches R tuned for a later size", () => {
    // R: cs(x, y, 1000) -> 0.0890850975289221 35.5918298318305588
    const result = confidenceSequence(challenger, baseline, 1000);

    expect(result.tuning).toBeCloseTo(0.0890850975289221, 14);
    expect(result.halfWidth).toBeCloseTo(35.5918298318305588, 10);
  });

  it("matches R at a 90 % level", () => {
    // R: cs(x, y, 22, 0.9) -> 0.536353835265839 15.290760521370423
    const result = confidenceSequence(challenger, baseline, 22, 0.9);

    expect(result.tuning).toBeCloseTo(0.536353835265839, 14);
    expect(result.halfWidth).toBeCloseTo(15.290760521370423, 11);
  });

  it("is wider than the fixed-size interval", () => {
    const sequence = confidenceSequence(challenger, baseline, 22);
    const fixed = welchTTest(challenger, baseline);

    expect(sequence.ciLow).toBeLessThan(fixed.ciLow);
    expect(sequence.ciHigh).toBeGreaterThan(fixed.ciHigh);
  });

  it("tuning is narrowest at the planned size", () => {
    const atPlanned = confidenceSequence(challenger, baseline, 22).halfWidth;

    expect(confidenceSequence(challenger, baseline, 11).halfWidth).toBeGreaterThan(atPlanned);
    expect(confidenceSequence(challenger, baseline, 44).halfWidth).toBeGreaterThan(atPlanned);
  });

  it("rejects a planned size of zero", () => {
    expect(() => confidenceSequenceTuning(0)).toThrow(/invalid planned size 0/);
  });
});
