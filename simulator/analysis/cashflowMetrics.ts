/**
 * Cashflow figures of a collection portfolio: the net present value of daily receipts and
 * how long money stays outstanding.
 *
 * Net present value discounts the € received on day d (day 0 = placement) at an effective
 * annual rate r with an Actual/365 day count: NPV = Σ c_d / (1 + r)^(d/365).
 * Days sales outstanding is the accounting ratio DSO = receivables ÷ credit sales × days in
 * the period, here € still outstanding at the end of the period ÷ € placed × period days.
 * The cash-weighted mean collection day Σ d·c_d / Σ c_d measures how soon the collected €
 * arrived.
 */

import type { Sample } from "./inputChecks.js";

/** Days per year in the Actual/365 day count used for discounting. */
export const DAYS_PER_YEAR = 365;

/**
 * Discount daily receipts to the day of placement.
 *
 * @param dailyCashflows € received on day 0, 1, 2, … (index = day since placement)
 * @param annualRate effective annual discount rate, e.g. 0.08 for 8 % a year
 * @throws {RangeError} if the rate is −1 or less, or a cashflow is not finite
 * @example
 * netPresentValue([0, 100, 0, 50], 0.08); // => 149.947
 */
export function netPresentValue(dailyCashflows: Sample, annualRate: number): number {
  if (!(annualRate > -1 && Number.isFinite(annualRate))) {
    throw new RangeError(`netPresentValue: invalid annual rate ${annualRate}. Use a rate above −1, e.g. 0.08 for 8 %.`);
  }
  checkCashflows(dailyCashflows, "netPresentValue");

  // Daily discount factor (1 + r)^(1/365), applied by repeated division to avoid pow per day.
  const dailyFactor = Math.pow(1 + annualRate, 1 / DAYS_PER_YEAR);
  let discount = 1;
  let total = 0;
  for (let day = 0; day < dailyCashflows.length; day++) {
    total += dailyCashflows[day] * discount;
    discount /= dailyFactor;
  }
  return total;
}

/**
 * Compute days sales outstanding: € outstanding ÷ € placed × days in the period.
 *
 * @param outstanding € still outstanding at the end of the period
 * @param placed € placed with the agency during the period
 * @param periodDays length of the period in days
 * @throws {RangeError} if `placed` or `periodDays` is not positive or `outstanding` is negative
 * @example
 * daysSalesOutstanding(25_000, 100_000, 90); // => 22.5
 */
export function daysSalesOutstanding(outstanding: number, placed: number, periodDays: number): number {
  if (!(outstanding >= 0 && Number.isFinite(outstanding))) {
    throw new RangeError(`daysSalesOutstanding: invalid outstanding amount ${outstanding}. Use € of at least 0.`);
  }
  if (!(placed > 0 && Number.isFinite(placed))) {
    throw new RangeError(`daysSalesOutstanding: invalid placed amount ${placed}. Use a positive € amount.`);
  }
  if (!(periodDays > 0 && Number.isFinite(periodDays))) {
    throw new RangeError(`daysSalesOutstanding: invalid period ${periodDays}. Use a positive number of days.`);
  }
  return (outstanding / placed) * periodDays;
}

/**
 * Compute the cash-weighted mean day of collection, Σ d·c_d / Σ c_d.
 *
 * @param dailyCashflows € received on day 0, 1, 2, … (index = day since placement)
 * @returns the mean day, or NaN when nothing was received
 * @throws {RangeError} if a cashflow is not finite
 * @example
 * meanCollectionDay([0, 100, 0, 50]); // => 1.667
 */
export function meanCollectionDay(dailyCashflows: Sample): number {
  checkCashflows(dailyCashflows, "meanCollectionDay");

  let weighted = 0;
  let total = 0;
  for (let day = 0; day < dailyCashflows.length; day++) {
    weighted += day * dailyCashflows[day];
    total += dailyCashflows[day];
  }
  return total === 0 ? NaN : weighted / total;
}

function checkCashflows(dailyCashflows: Sample, method: string): void {
  for (let day = 0; day < dailyCashflows.length; day++) {
    if (!Number.isFinite(dailyCashflows[day])) {
      throw new RangeError(`${method}: invalid cashflow ${dailyCashflows[day]} on day ${day}. Use finite € amounts.`);
    }
  }
}
