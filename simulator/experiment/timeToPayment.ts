/**
 * Time to the first payment per arm: Kaplan–Meier curves censored at the horizon, their
 * medians, and the log-rank test of each challenger against the baseline.
 */

import { censorAtHorizon, kaplanMeier } from "../analysis/kaplanMeier.js";
import { logRankTest } from "../analysis/logRankTest.js";
import type { TimeToPaymentArm, TimeToPaymentSummary } from "../io/runFormat.js";
import type { ArmOutcomeArrays } from "./armOutcomeArrays.js";

/** Points kept per curve in summary.json. */
export const MAX_CURVE_POINTS = 200;

/** Estimate the curves and tests; `firstPaymentDay` is −1 for cases that never paid. */
export function timeToPayment(outcomes: readonly ArmOutcomeArrays[], baseline: string, horizonDays: number, confidenceLevel: number): TimeToPaymentSummary {
  const survival = outcomes.map((arm) => ({ id: arm.id, ...censorAtHorizon(eventDays(arm.firstPaymentDay), horizonDays) }));
  const arms = survival.map((arm): TimeToPaymentArm => {
    const curve = kaplanMeier(arm.times, arm.events, confidenceLevel);
    let paid = 0;
    for (const event of arm.events) paid += event;
    const points = curve.time.map((day, k) => ({ day, survival: curve.survival[k], lower: curve.lower[k], upper: curve.upper[k] }));
    return {
      arm: arm.id,
      median: finiteOrNull(curve.median),
      medianLow: finiteOrNull(curve.medianLow),
      medianHigh: finiteOrNull(curve.medianHigh),
      paidShare: paid / arm.events.length,
      curve: thinCurve(points.filter((point, k) => k === 0 || point.survival !== points[k - 1].survival))
    };
  });

  const reference = survival.find((arm) => arm.id === baseline);
  const logRank = survival
    .filter((arm) => arm.id !== baseline && reference !== undefined)
    .map((arm) => {
      const test = safeLogRank(arm, reference as (typeof survival)[number]);
      return { arm: arm.id, baseline, statistic: test.statistic, pValue: test.pValue };
    });
  return { arms, logRank };
}

function eventDays(firstPaymentDay: Int16Array): Float64Array {
  const days = new Float64Array(firstPaymentDay.length);
  for (let k = 0; k < days.length; k++) days[k] = firstPaymentDay[k] < 0 ? NaN : firstPaymentDay[k];
  return days;
}

/** The log-rank statistic is undefined when no case in either arm paid; that is a result, so it becomes null. */
function safeLogRank(
  first: { times: Float64Array; events: Uint8Array },
  second: { times: Float64Array; events: Uint8Array }
): { statistic: number | null; pValue: number | null } {
  const events = first.events.some((e) => e === 1) || second.events.some((e) => e === 1);
  if (!events) return { statistic: null, pValue: null };
  const test = logRankTest([first, second]);
  return { statistic: finiteOrNull(test.statistic), pValue: finiteOrNull(test.pValue) };
}

/** Keep at most MAX_CURVE_POINTS points, evenly spaced, always with the first and the last. */
function thinCurve<T>(points: T[]): T[] {
  if (points.length <= MAX_CURVE_POINTS) return points;
  const kept: T[] = [];
  for (let k = 0; k < MAX_CURVE_POINTS; k++) kept.push(points[Math.round((k * (points.length - 1)) / (MAX_CURVE_POINTS - 1))]);
  return kept;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
