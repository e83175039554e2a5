// Descriptions of the run summary's metrics (kind of value, better direction) and the
// formatting of their values and differences.
//
// Shares (recovery rate, cure rate, …) are stored as fractions, and a comparison's difference
// of a share is a difference of fractions, written in percentage points. A metric this table
// does not list is written as a plain number under its own id, so a new metric in
// summary.json still shows up.

import { formatMoney, formatNumber, formatPercent, type Language } from "./locale.js";
import type { Translate } from "./messages.js";

export type MetricKind = "share" | "money" | "points" | "count" | "days" | "number";

export interface Metric {
  id: string;
  kind: MetricKind;
  /** true when a higher value is better for the creditor and the debtor, false when lower is better, null when neither. */
  higherIsBetter: boolean | null;
}

const KNOWN_METRICS: Metric[] = [
  { id: "recoveryRate", kind: "share", higherIsBetter: true },
  { id: "cureRate", kind: "share", higherIsBetter: true },
  { id: "costPerCase", kind: "money", higherIsBetter: false },
  { id: "costToCollect", kind: "share", higherIsBetter: false },
  { id: "netRecovery", kind: "money", higherIsBetter: true },
  { id: "nps", kind: "points", higherIsBetter: true },
  { id: "instalmentShare", kind: "share", higherIsBetter: null },
  { id: "legalEscalationRate", kind: "share", higherIsBetter: false },
  { id: "complaintRate", kind: "share", higherIsBetter: false },
  { id: "disputeRate", kind: "share", higherIsBetter: false },
  { id: "contactsPerCase", kind: "count", higherIsBetter: null },
  { id: "debtorFeesPerCase", kind: "money", higherIsBetter: false },
  { id: "medianDaysToFirstPayment", kind: "days", higherIsBetter: false }
];

const METRICS_BY_ID = new Map(KNOWN_METRICS.map((metric) => [metric.id, metric]));

/** Metrics in the order the report lists them; unknown ids sort after the known ones. */
export const METRIC_ORDER = KNOWN_METRICS.map((metric) => metric.id);

/** Returns the description of a metric, or a neutral plain-number description for an unknown id. */
export function metricOf(id: string): Metric {
  return METRICS_BY_ID.get(id) ?? { id, kind: "number", higherIsBetter: null };
}

/** Sorts metric ids into report order. */
export function compareMetricIds(a: string, b: string): number {
  const rank = (id: string) => (METRICS_BY_ID.has(id) ? METRIC_ORDER.indexOf(id) : METRIC_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Returns the name of a metric in the page's language, e.g. "Rückführungsquote". */
export function metricName(id: string, t: Translate): string {
  return METRICS_BY_ID.has(id) ? t(`report.metric.${id}`) : id;
}

/** Writes a value of a metric, e.g. 61,2 % or 4,35 € in German. */
export function formatMetricValue(id: string, value: number | null, language: Language, t: Translate): string {
  if (value === null || !Number.isFinite(value)) return t("report.value.missing");
  switch (metricOf(id).kind) {
    case "share":
      return formatPercent(value, language, 1);
    case "money":
      return formatMoney(value, language, 2);
    case "points":
      return formatNumber(value, language, 1);
    case "count":
      return formatNumber(value, language, 2);
    case "days":
      return t("report.unit.days", { value: formatNumber(value, language, 0) });
    case "number":
      return formatNumber(value, language, 3);
  }
}

/** Returns the fraction digits that show a number to at most 4 significant digits, without trailing zeros. */
export function fractionDigitsFor(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const maximum = Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value)))));
  for (let digits = 0; digits < maximum; digits++) {
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
    if (Math.abs(rounded - value) <= 1e-9 * Math.max(1, Math.abs(value))) return digits;
  }
  return maximum;
}

/** Scales a difference of a metric to the unit it is written in: percentage points for shares, else the metric's own unit. */
export function differenceInDisplayUnit(id: string, difference: number): number {
  return metricOf(id).kind === "share" ? difference * 100 : difference;
}

/** Returns the unit a difference of the metric is written in, e.g. "Prozentpunkte" or "€". */
export function differenceUnit(id: string, t: Translate): string {
  return t(`report.unit.difference.${metricOf(id).kind}`);
}

function formatDifferenceNumber(id: string, value: number, language: Language): string {
  const kind = metricOf(id).kind;
  if (kind === "money") return formatMoney(value, language, 2);
  if (kind === "days") return formatNumber(value, language, 0);
  if (kind === "number") return formatNumber(value, language, 3);
  return formatNumber(differenceInDisplayUnit(id, value), language, kind === "count" ? 2 : 1);
}

/** Writes a signed number with a true minus sign (U+2212) or a plus sign, using `format` for the absolute value. */
export function signed(value: number, format: (absolute: number) => string): string {
  if (value > 0) return "+" + format(value);
  if (value < 0) return "\u2212" + format(-value);
  return format(0);
}

/** Writes a difference with its sign and unit, e.g. "+7,1 Prozentpunkte" or "−0,85 €". */
export function formatDifference(id: string, difference: number, language: Language, t: Translate): string {
  const text = signed(difference, (absolute) => formatDifferenceNumber(id, absolute, language));
  return metricOf(id).kind === "money" ? text : `${text} ${differenceUnit(id, t)}`.trimEnd();
}

/** Writes an interval of differences, e.g. "−1,2 bis +3,4 Prozentpunkte". */
export function formatInterval(id: string, low: number, high: number, language: Language, t: Translate): string {
  const bound = (value: number) => signed(value, (absolute) => formatDifferenceNumber(id, absolute, language));
  const range = t("report.interval.range", { low: bound(low), high: bound(high) });
  return metricOf(id).kind === "money" ? range : `${range} ${differenceUnit(id, t)}`.trimEnd();
}

/** Writes a p-value, e.g. "p = 0,031" or "p < 0,001". */
export function formatPValue(pValue: number | null, language: Language, t: Translate): string {
  if (pValue === null) return t("report.pValue.missing");
  if (pValue < 0.001) return t("report.pValue.below", { value: formatNumber(0.001, language, 3) });
  return t("report.pValue.equal", { value: formatNumber(pValue, language, 3) });
}
