/**
 * Which simulation days are Sundays or public holidays, per German federal state.
 *
 * The compliance guard looks this up for every proposed contact, so the result is precomputed into
 * one flat `Uint8Array` (state-major: index `state * horizonDays + day`) and a lookup is a single
 * array read. Day 0 is the start date; days are calendar days in UTC.
 *
 * Holidays come from the `date-holidays` package (entries of type "public" for `DE` and the
 * state). Holidays that apply only in some municipalities of a state, such as the Assumption
 * (15 August) in Bavaria or Corpus Christi in parts of Saxony and Thuringia, are not public at
 * state level there and therefore do not close the day.
 */

import Holidays from "date-holidays";
import { STATES } from "../population/codes.js";
import { checkIsoDate } from "./valueFeeSchedule.js";

/** Flag bits of a calendar day. */
export const SUNDAY = 1;
export const PUBLIC_HOLIDAY = 2;

const DAY_MS = 86_400_000;

export class ContactCalendar {
  /** First simulation day, YYYY-MM-DD. */
  readonly startDate: string;
  readonly horizonDays: number;
  /** Weekday per day index: 0 Monday … 6 Sunday (ISO order). */
  readonly weekday: Uint8Array;
  /** `SUNDAY | PUBLIC_HOLIDAY` flags at `state * horizonDays + day`; 0 means contact is allowed. */
  readonly dayFlags: Uint8Array;

  private readonly startMs: number;

  constructor(startDate: string, horizonDays: number) {
    checkIsoDate(startDate, "calendar start date");
    if (!Number.isInteger(horizonDays) || horizonDays < 1) {
      throw new Error(`Invalid calendar horizon ${horizonDays}: expected a whole number of days, at least 1.`);
    }
    this.startDate = startDate;
    this.horizonDays = horizonDays;
    this.startMs = Date.parse(`${startDate}T00:00:00Z`);
    this.weekday = new Uint8Array(horizonDays);
    this.dayFlags = new Uint8Array(STATES.length * horizonDays);

    // Weekdays and Sundays, the same in every state.
    for (let day = 0; day < horizonDays; day++) {
      const weekday = (new Date(this.startMs + day * DAY_MS).getUTCDay() + 6) % 7;
      this.weekday[day] = weekday;
      if (weekday === 6) {
        for (let state = 0; state < STATES.length; state++) this.dayFlags[state * horizonDays + day] |= SUNDAY;
      }
    }

    // Public holidays per state, year by year over the horizon.
    const firstYear = new Date(this.startMs).getUTCFullYear();
    const lastYear = new Date(this.startMs + (horizonDays - 1) * DAY_MS).getUTCFullYear();
    for (let state = 0; state < STATES.length; state++) {
      const holidays = new Holidays("DE", STATES[state]);
      for (let year = firstYear; year <= lastYear; year++) {
        for (const holiday of holidays.getHolidays(year)) {
          if (holiday.type !== "public") continue;
          const day = this.dayIndex(holiday.date.slice(0, 10));
          if (day >= 0 && day < horizonDays) this.dayFlags[state * horizonDays + day] |= PUBLIC_HOLIDAY;
        }
      }
    }
  }

  /** Return whether contact is forbidden on `day` in `state` (Sunday or public holiday). */
  isClosed(state: number, day: number): boolean {
    return this.dayFlags[state * this.horizonDays + day] !== 0;
  }

  /** Return the first day at or after `day` that is open in `state`, or `horizonDays` if none is left. */
  nextOpenDay(state: number, day: number): number {
    const offset = state * this.horizonDays;
    let candidate = day;
    while (candidate < this.horizonDays && this.dayFlags[offset + candidate] !== 0) candidate++;
    return candidate;
  }

  /** Return the day index of an ISO date (negative before the start). */
  dayIndex(isoDate: string): number {
    return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - this.startMs) / DAY_MS);
  }

  /** Return the ISO date of a day index. */
  dateOf(day: number): string {
    return new Date(this.startMs + day * DAY_MS).toISOString().slice(0, 10);
  }
}

/**
 * Build the contact calendar for a simulation that starts on `startDate` and runs `horizonDays` days.
 * @throws Error on an invalid date or a horizon below one day
 */
export function createContactCalendar(startDate: string, horizonDays: number): ContactCalendar {
  return new ContactCalendar(startDate, horizonDays);
}
