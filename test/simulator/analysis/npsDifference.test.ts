import { describe, expect, it } from "vitest";
import { netPromoterScore, npsDifference } from "../../../simulator/analysis/npsDifference.js";

const challengerScores = [10, 9, 9, 8, 7, 7, 6, 5, 10, 3, 9, 8, 0, 10, 7, 9, 4, 10, 8, 9];
const baselineScores = [6, 5, 9, 8, 2, 7, 6, 10, 4, 3, 8, 6, 9, 1, 7, 5];

// Reference values from R 4.2.2 with this hand-written function:
//
// nps <- function(s) {
//   p <- mean(s >= 9); d <- mean(s <= 6); n <- length(s)
//   c(nps = 100 * (p - d), se = 100 * sqrt((p + d - (p - d)^2) / n))
// }
// a <- nps(s1); b <- nps(s0)                      # challenger, baseline
// d <- a[1] - b[1]; se <- sqrt(a[2]^2 + b[2]^2); z <- d / se
// c(d, se, z, 2 * pnorm(-abs(z)), d - qnorm(0.975) * se, d + qnorm(0.975) * se)

describe("netPromoterScore", () => {
  it("matches the R nps function", () => {
    const challenger = netPromoterScore(challengerScores);
    const baseline = netPromoterScore(Int8Array.from(baselineScores));

    expect(challenger.nps).toBeCloseTo(20, 12);
    expect(challenger.standardError).toBeCloseTo(18.1659021245849, 11);
    expect(challenger.respondents).toBe(20);
    expect(challenger.promoterShare).toBeCloseTo(0.45, 15);
    expect(challenger.detractorShare).toBeCloseTo(0.25, 15);
    expect(baseline.nps).toBeCloseTo(-37.5, 12);
    expect(baseline.standardError).toBeCloseTo(19.515618744995, 11);
  });

  it("rejects a score of 11", () => {
    expect(() => netPromoterScore([10, 11])).toThrow(/invalid score 11 at index 1/);
  });

  it("rejects a missing response code", () => {
    expect(() => netPromoterScore([-1, 5])).toThrow(/invalid score -1 at index 0/);
  });

  it("rejects no scores", () => {
    expect(() => netPromoterScore([])).toThrow(/no survey scores/);
  });
});

describe("npsDifference", () => {
  it("matches the R nps function", () => {
    const result = npsDifference(challengerScores, baselineScores);

    expect(result.difference).toBeCloseTo(57.5, 12);
    expect(result.standardError).toBeCloseTo(26.6619461967801605, 11);
    expect(result.statistic).toBeCloseTo(2.1566317618232991, 11);
    expect(result.pValue).toBeCloseTo(0.0310343677193802, 12);
    expect(result.ciLow).toBeCloseTo(5.2435456965662297, 10);
    expect(result.ciHigh).toBeCloseTo(109.7564543034337703, 10);
  });

  it("matches R at a 90 % level", () => {
    // R: c(d - qnorm(0.95) * se, d + qnorm(0.95) * se)
    const result = npsDifference(challengerScores, baselineScores, 0.9);

    expect(result.ciLow).toBeCloseTo(13.6450010966412, 10);
    expect(result.ciHigh).toBeCloseTo(101.3549989033588, 10);
  });

  it("agrees with an R bootstrap", () => {
    // R: e1 <- (s1 >= 9) - (s1 <= 6); e0 <- (s0 >= 9) - (s0 <= 6); set.seed(7)
    // sd(replicate(200000, 100 * (mean(sample(e1, replace = TRUE)) - mean(sample(e0, replace = TRUE)))))
    // -> 26.6447541217442
    const result = npsDifference(challengerScores, baselineScores);

    expect(Math.abs(result.standardError / 26.6447541217442 - 1)).toBeLessThan(0.01);
  });

  it("all promoters give NaN p-value", () => {
    const result = npsDifference([9, 10, 10], [10, 9]);

    expect(result.difference).toBe(0);
    expect(result.pValue).toBeNaN();
    expect(result.ciLow).toBeNaN();
  });
});
