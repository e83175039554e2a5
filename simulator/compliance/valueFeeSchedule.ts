/**
 * Value-based fee schedules of German cost law and the dates they are in force.
 *
 * § 13 Abs. 1 RVG (lawyers and, through § 13e RDG, Inkasso providers) and § 34 Abs. 1 GKG
 * (courts) state their fee tables the same way: a fee for values up to 500 €, then an
 * increase by a fixed amount "for each started further X €" up to the next bound. All
 * amounts here are integer cents, so the tables reproduce the published Anlage 2 exactly.
 */

/** One row of the increase table: up to `upTo` €, each started `every` € adds `addCents`. */
export interface FeeStep {
  /** Upper bound of the value range in €; `Infinity` for the open last row. */
  readonly upTo: number;
  /** Width in € of one started increment. */
  readonly every: number;
  /** Increase in cents per started increment. */
  readonly addCents: number;
}

/** A 1.0 fee as a function of the value, as stated in the law's first sentences. */
export interface ValueFeeSchedule {
  /** Values up to this amount in € pay the base fee. */
  readonly baseUpTo: number;
  /** 1.0 fee in cents for values up to `baseUpTo`. */
  readonly baseCents: number;
  /** Increase rows in ascending order of `upTo`; the last one has `upTo: Infinity`. */
  readonly steps: readonly FeeStep[];
}

/** A legal table together with the first day it applies (ISO date, inclusive). */
export interface InForce<T> {
  readonly from: string;
  readonly value: T;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Check that `date` is a real calendar date written YYYY-MM-DD and return it.
 * @throws Error naming the value when it is not.
 */
export function checkIsoDate(date: string, what: string): string {
  const match = ISO_DATE.exec(date);
  if (match) {
    const parsed = new Date(`${date}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date) return date;
  }
  throw new Error(`Invalid ${what} "${date}": expected a calendar date written YYYY-MM-DD, e.g. 2025-06-01.`);
}

/**
 * Return the entry of `periods` in force on `date`: the last one whose `from` is not after it.
 * ISO dates compare correctly as strings.
 * @throws Error when `date` lies before the first entry.
 */
export function inForceOn<T>(periods: readonly InForce<T>[], date: string, what: string): T {
  checkIsoDate(date, "date");
  let found: T | undefined;
  for (const period of periods) {
    if (period.from <= date) found = period.value;
  }
  if (found === undefined) {
    throw new Error(`No ${what} is stored for ${date}: the earliest supported date is ${periods[0]?.from}.`);
  }
  return found;
}

/**
 * Compute the 1.0 fee in cents for `value` € from a schedule.
 *
 * Each row adds `addCents` for every started `every` € above the previous bound, so
 * 500.01 € already counts one increment. The value is taken to the cent first.
 */
export function scheduleFeeCents(schedule: ValueFeeSchedule, value: number): number {
  const valueCents = Math.round(value * 100);
  let feeCents = schedule.baseCents;
  let lowerCents = schedule.baseUpTo * 100;

  for (const step of schedule.steps) {
    if (valueCents <= lowerCents) break;
    const upperCents = Math.min(valueCents, step.upTo * 100);
    const increments = Math.ceil((upperCents - lowerCents) / (step.every * 100));
    feeCents += increments * step.addCents;
    lowerCents = step.upTo * 100;
  }
  return feeCents;
}

/**
 * Multiply a fee in cents by a fee rate and round to the nearest cent, half a cent up.
 *
 * The rounding rule is § 2 Abs. 2 Satz 2 RVG and § 34 Abs. 2 GKG (as amended 2025). Rates are
 * taken to 0.05 steps as integer twentieths so that 0.9 × 88 € is exactly 79.20 €.
 */
export function applyRateCents(feeCents: number, rate: number): number {
  const twentieths = Math.round(rate * 20);
  return Math.floor((feeCents * twentieths + 10) / 20);
}

/** Take a percentage of an amount in cents, rounded to the nearest cent, half a cent up. */
export function percentOfCents(amountCents: number, percent: number): number {
  return Math.floor((amountCents * percent + 50) / 100);
}

/** Convert cents to euros for output. */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
