/**
 * Kaplan–Meier estimate of the share of debtors who have not yet paid, by day.
 *
 * At each distinct time tᵢ with nᵢ debtors at risk and dᵢ events (first payments), the
 * curve steps to S(tᵢ) = Π (1 − dⱼ/nⱼ) over tⱼ ≤ tᵢ (E. L. Kaplan, P. Meier 1958, JASA 53:
 * 457–481). Greenwood's formula gives the standard error of log S, √Σ dⱼ/(nⱼ(nⱼ − dⱼ)).
 * The pointwise interval is exp(log S ± z·se), cut at 1, which is the default "log"
 * interval of R's `survival::survfit`. The median and its interval are the first times
 * at which the curve and its two bands reach 0.5, as in Brookmeyer and Crowley 1982
 * (Biometrics 38: 29–41) and R's `quantile.survfit`.
 */

import { checkConfidenceLevel, normalCriticalValue, type Sample } from "./inputChecks.js";

export interface KaplanMeierCurve {
  /** Distinct observed times (events and censorings), ascending, in days. */
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  /** Share still without an event just after each time. */
  survival: number[];
  /** Greenwood standard error of log survival; Infinity once survival is 0. */
  logStandardError: number[];
  /** Pointwise interval; NaN once survival is 0, as in R. */
  lower: number[];
  upper: number[];
  /** Median time to event; NaN when the curve stays above 0.5. */
  median: number;
  /** Interval for the median; NaN where a band stays above 0.5. */
  medianLow: number;
  medianHigh: number;
  confidenceLevel: number;
}

/**
 * Turn days of first payment into survival data censored at the experiment's horizon.
 *
 * @param eventDays day of the event per debtor, NaN when it never happened
 * @param horizonDays last observed day; later events count as censored at the horizon
 * @returns times (event day or horizon) and events (1 = observed, 0 = censored)
 * @throws {RangeError} if the horizon is not positive or an event day is negative
 */
export function censorAtHorizon(eventDays: Sample, horizonDays: number): { times: Float64Array; events: Uint8Array } {
  if (!(horizonDays > 0 && Number.isFinite(horizonDays))) {
    throw new RangeError(`censorAtHorizon: invalid horizon ${horizonDays}. Use a positive number of days.`);
  }

  const times = new Float64Array(eventDays.length);
  const events = new Uint8Array(eventDays.length);
  for (let i = 0; i < eventDays.length; i++) {
    const day = eventDays[i];
    if (day < 0) {
      throw new RangeError(`censorAtHorizon: invalid event day ${day} at index ${i}. Use a day of at least 0, or NaN for no event.`);
    }
    const observed = day <= horizonDays;
    times[i] = observed ? day : horizonDays;
    events[i] = observed ? 1 : 0;
  }
  return { times, events };
}

/**
 * Estimate the Kaplan–Meier curve with pointwise log intervals and the median.
 *
 * @param times time of event or censoring per debtor, in days, at least 0
 * @param events 1 if the event was observed at that time, 0 if censored
 * @param confidenceLevel level of the two-sided intervals, between 0 and 1
 * @throws {RangeError} if the lengths differ, there is no debtor, a time is negative or not
 *   finite, or an event flag is not 0 or 1
 * @example
 * kaplanMeier([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1]).median; // => 3.5
 */
export function kaplanMeier(times: Sample, events: Sample, confidenceLevel = 0.95): KaplanMeierCurve {
  checkConfidenceLevel(confidenceLevel, "kaplanMeier");
  checkSurvivalData(times, events, "kaplanMeier");

  const table = riskTable(times, events);
  const z = normalCriticalValue(confidenceLevel);
  const survival: number[] = [];
  const logStandardError: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];

  let current = 1;
  let greenwoodSum = 0;
  for (let i = 0; i < table.time.length; i++) {
    const atRisk = table.nRisk[i];
    const died = table.nEvent[i];
    current *= 1 - died / atRisk;
    greenwoodSum += died === atRisk ? Infinity : died / (atRisk * (atRisk - died));

    const se = Math.sqrt(greenwoodSum);
    survival.push(current);
    logStandardError.push(se);
    // A curve at 0 has no log interval; R reports NA there.
    lower.push(current > 0 ? Math.exp(Math.log(current) - z * se) : NaN);
    upper.push(current > 0 ? Math.min(1, Math.exp(Math.log(current) + z * se)) : NaN);
  }

  return {
    ...table,
    survival,
    logStandardError,
    lower,
    upper,
    median: survivalQuantileTime(table.time, survival, 0.5),
    medianLow: survivalQuantileTime(table.time, lower, 0.5),
    medianHigh: survivalQuantileTime(table.time, upper, 0.5),
    confidenceLevel
  };
}

/** Throw unless times and events pair up as survival data. */
export function checkSurvivalData(times: Sample, events: Sample, statistic: string): void {
  if (times.length !== events.length) {
    throw new RangeError(`${statistic}: got ${times.length} times but ${events.length} event flags. Pass one of each per debtor.`);
  }
  if (times.length === 0) {
    throw new RangeError(`${statistic}: no debtors. Pass at least one time and event flag.`);
  }
  for (let i = 0; i < times.length; i++) {
    if (!(times[i] >= 0 && Number.isFinite(times[i]))) {
      throw new RangeError(`${statistic}: invalid time ${times[i]} at index ${i}. Use a finite number of days of at least 0.`);
    }
    if (events[i] !== 0 && events[i] !== 1) {
      throw new RangeError(`${statistic}: invalid event flag ${events[i]} at index ${i}. Use 1 for an event and 0 for censored.`);
    }
  }
}

/** Count debtors at risk, events and censorings at each distinct time. */
function riskTable(times: Sample, events: Sample): Pick<KaplanMeierCurve, "time" | "nRisk" | "nEvent" | "nCensor"> {
  const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => times[a] - times[b]);
  const time: number[] = [];
  const nRisk: number[] = [];
  const nEvent: number[] = [];
  const nCensor: number[] = [];

  let atRisk = times.length;
  let position = 0;
  while (position < order.length) {
    const t = times[order[position]];
    let died = 0;
    let censored = 0;
    while (position < order.length && times[order[position]] === t) {
      if (events[order[position]] === 1) died++;
      else censored++;
      position++;
    }
    time.push(t);
    nRisk.push(atRisk);
    nEvent.push(died);
    nCensor.push(censored);
    atRisk -= died + censored;
  }
  return { time, nRisk, nEvent, nCensor };
}

/**
 * Find the first time at which a survival step curve reaches 1 − p, the rule of R's
 * `quantile.survfit` (survival 3.5-3). When the curve lies on 1 − p over a flat stretch,
 * within a tolerance of √ε, the result is the midpoint of that stretch. A last flat
 * stretch ends at the last observed time. Points where the curve is NaN are skipped.
 *
 * NOTE: a band that is not monotone (the upper band can rise where se grows faster than
 * S falls) is searched for its smallest value at or below 1 − p, as R's interpolation does.
 */
function survivalQuantileTime(times: readonly number[], curve: readonly number[], p: number): number {
  const tolerance = Math.sqrt(Number.EPSILON);

  // Cumulative distribution points (0, 0), (tᵢ, 1 − Sᵢ), keeping the first of repeated values.
  // A Set compares NaN equal to NaN, as R's `duplicated` does with NA.
  const x = [0];
  const y = [0];
  const seen = new Set<number>(y);
  for (let i = 0; i < times.length; i++) {
    const value = 1 - curve[i];
    if (seen.has(value)) continue;
    seen.add(value);
    x.push(times[i]);
    y.push(value);
  }

  const defined = y.filter((value) => !Number.isNaN(value));
  if (Math.max(...defined) < p) return NaN;

  const first = indexOfSmallestAtLeast(y, p - tolerance);
  const second = indexOfSmallestAtLeast(y, p + tolerance);
  const last = y[y.length - 1];
  if (!Number.isNaN(last) && Math.abs(p - last) < tolerance) {
    return (x[first] + times[times.length - 1]) / 2;
  }
  if (first < 0 || second < 0) return NaN;
  return (x[first] + x[second]) / 2;
}

/** Return the index of the smallest value that is at least `threshold`, or −1 if none is. */
function indexOfSmallestAtLeast(values: readonly number[], threshold: number): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= threshold && (best < 0 || values[i] < values[best])) best = i;
  }
  return best;
}
