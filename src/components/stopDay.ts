// The sentence that says on which day a sequential test of a pilot could have stopped.

import { formatDate, formatMoney, formatNumber, type Language } from "./locale.js";
import type { Translate } from "./messages.js";
import { signed } from "./metrics.js";

/** First day a confidence sequence excluded zero (null if none), with the € difference per case on that day. */
export interface StopDay {
  day: number | null;
  difference: number | null;
}

/** Returns the ISO date `days` calendar days after `isoDate` (YYYY-MM-DD), counted in UTC. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Writes whether a pilot could have stopped: on `stop.day` (day 0 is `startDate`) with the
 * difference of that day, or not within `horizonDays` when the sequence never excluded zero.
 */
export function stopDaySentence(
  arm: string,
  stop: StopDay,
  horizonDays: number,
  startDate: string,
  language: Language,
  t: Translate
): string {
  if (stop.day === null) {
    return t("report.experiment.noStop", { arm, horizon: formatNumber(horizonDays, language, 0) });
  }
  const difference =
    stop.difference === null ? t("report.value.missing") : signed(stop.difference, (absolute) => formatMoney(absolute, language, 2));
  return t("report.experiment.stopDay", {
    arm,
    day: formatNumber(stop.day, language, 0),
    date: formatDate(addDays(startDate, stop.day), language),
    difference
  });
}
