/**
 * Net Promoter Score of an arm and the difference of two arms' scores.
 *
 * Respondents who score 9 or 10 are promoters, 0 to 6 detractors. With shares p_P and
 * p_D among n respondents, NPS = 100·(p_P − p_D) in points. The shares come from one
 * multinomial sample, so Var(p_P) = p_P(1 − p_P)/n and Cov(p_P, p_D) = −p_P·p_D/n, which
 * give Var(NPS) = 100²·(p_P + p_D − (p_P − p_D)²)/n (derived this way by A. Engelhardt
 * 2016, "Net Promoter Score confidence intervals 2: maths and stats", CYBAEA). The
 * interval is the normal (Wald) one. Arms are independent, so the variance of a
 * difference is the sum of the two variances.
 */

import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { checkConfidenceLevel, normalCriticalValue, type Sample } from "./inputChecks.js";

export interface NetPromoterScore {
  /** NPS in points, −100 to 100. */
  nps: number;
  /** Standard error of the NPS in points. */
  standardError: number;
  respondents: number;
  promoterShare: number;
  detractorShare: number;
}

export interface NpsDifferenceResult {
  /** NPS of the first arm minus NPS of the second, in points. */
  difference: number;
  standardError: number;
  /** z statistic, difference ÷ standard error. */
  statistic: number;
  /** Two-sided p-value for equal scores. */
  pValue: number;
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
  first: NetPromoterScore;
  second: NetPromoterScore;
}

/**
 * Compute the NPS and its standard error from survey scores.
 *
 * @param scores survey answers, whole numbers from 0 to 10, one per respondent
 * @throws {RangeError} if there is no score or a score is not a whole number from 0 to 10
 * @example
 * netPromoterScore([10, 9, 8, 7, 3]).nps; // => 20
 */
export function netPromoterScore(scores: Sample): NetPromoterScore {
  if (scores.length === 0) {
    throw new RangeError("netPromoterScore: no survey scores. Pass at least one score from 0 to 10.");
  }

  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (!Number.isInteger(score) || score < 0 || score > 10) {
      throw new RangeError(`netPromoterScore: invalid score ${score} at index ${i}. Use whole numbers from 0 to 10.`);
    }
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }

  const respondents = scores.length;
  const promoterShare = promoters / respondents;
  const detractorShare = detractors / respondents;
  const net = promoterShare - detractorShare;
  const variance = Math.max(0, promoterShare + detractorShare - net * net) / respondents;

  return {
    nps: 100 * net,
    standardError: 100 * Math.sqrt(variance),
    respondents,
    promoterShare,
    detractorShare
  };
}

/**
 * Compare the NPS of two independent arms with a z-test.
 *
 * When both arms' scores have zero variance (for example everyone a promoter), the
 * statistic, p-value and interval are NaN.
 *
 * @param scores1 survey scores of the first arm, e.g. the challenger
 * @param scores2 survey scores of the second arm, e.g. the baseline
 * @param confidenceLevel level of the two-sided interval, between 0 and 1
 * @throws {RangeError} if an arm has no score or a score is outside 0 to 10
 */
export function npsDifference(scores1: Sample, scores2: Sample, confidenceLevel = 0.95): NpsDifferenceResult {
  checkConfidenceLevel(confidenceLevel, "npsDifference");
  const first = netPromoterScore(scores1);
  const second = netPromoterScore(scores2);

  const difference = first.nps - second.nps;
  const standardError = Math.hypot(first.standardError, second.standardError);
  if (standardError === 0) {
    return {
      difference, standardError, statistic: NaN, pValue: NaN, ciLow: NaN, ciHigh: NaN, confidenceLevel, first, second
    };
  }

  const statistic = difference / standardError;
  const pValue = 2 * normalCdf(-Math.abs(statistic), 0, 1);
  const margin = normalCriticalValue(confidenceLevel) * standardError;

  return {
    difference, standardError, statistic, pValue,
    ciLow: difference - margin, ciHigh: difference + margin,
    confidenceLevel, first, second
  };
}
