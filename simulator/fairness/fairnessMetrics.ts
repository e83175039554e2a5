/**
 * The metrics of the fairness audit. Each is a ratio of two per-debtor sums, so that one
 * bootstrap pass over the debtors yields every metric of every group:
 * value = scale × Σ numerator ÷ Σ denominator over the group's debtors.
 *
 * "Unpopular hours" are contacts delivered in the evening slot (19:00) or on a Saturday:
 * both are legal in Germany but intrude on leisure time (assumption of this audit; the
 * slot hours are SLOT_HOURS in simulator/population/codes.ts).
 */

/** Per-debtor columns the metrics are built from. */
export const COLUMNS = [
  "cases", "claim", "recovered", "cured", "contacts", "contactEvents", "firmContacts", "unpopularContacts",
  "instalmentOffered", "escalated", "agencyFees", "courtFees", "feesToIncome", "npsPoints", "npsRespondent", "complained"
] as const;
export type Column = (typeof COLUMNS)[number];
export const COLUMN_COUNT = COLUMNS.length;
export const col = (name: Column): number => COLUMNS.indexOf(name);

export type MetricKind = "outcome" | "treatment" | "burden" | "experience";

export interface FairnessMetric {
  id: string;
  kind: MetricKind;
  numerator: Column;
  denominator: Column;
  scale: number;
  /** Unit of the value, for the report. */
  unit: "share" | "count" | "euroPerEuro" | "points" | "days";
  /** How a group is compared with the reference: ratio (default) or difference (NPS, which can be negative). */
  comparison: "ratio" | "difference";
  /** True when the metric needs the event log. */
  needsEvents: boolean;
}

const metric = (
  id: string, kind: MetricKind, numerator: Column, denominator: Column, unit: FairnessMetric["unit"],
  extra: Partial<Pick<FairnessMetric, "scale" | "comparison" | "needsEvents">> = {}
): FairnessMetric => ({ id, kind, numerator, denominator, unit, scale: 1, comparison: "ratio", needsEvents: false, ...extra });

/** The ratio metrics; `medianDaysToFirstPayment` is computed apart because a median is not a ratio of sums. */
export const FAIRNESS_METRICS: readonly FairnessMetric[] = [
  // outcome
  metric("recoveryRate", "outcome", "recovered", "claim", "share"),
  metric("cureRate", "outcome", "cured", "cases", "share"),
  // treatment
  metric("contactsPerCase", "treatment", "contacts", "cases", "count"),
  metric("firmToneShare", "treatment", "firmContacts", "contactEvents", "share", { needsEvents: true }),
  metric("unpopularHourShare", "treatment", "unpopularContacts", "contactEvents", "share", { needsEvents: true }),
  metric("instalmentOfferRate", "treatment", "instalmentOffered", "cases", "share"),
  metric("legalEscalationRate", "treatment", "escalated", "cases", "share"),
  // burden: fees charged to the debtor
  metric("agencyFeesPerClaimEuro", "burden", "agencyFees", "claim", "euroPerEuro", { needsEvents: true }),
  metric("courtFeesPerClaimEuro", "burden", "courtFees", "claim", "euroPerEuro", { needsEvents: true }),
  metric("feesToMonthlyIncome", "burden", "feesToIncome", "cases", "share"),
  // experience
  metric("nps", "experience", "npsPoints", "npsRespondent", "points", { scale: 100, comparison: "difference" }),
  metric("complaintRate", "experience", "complained", "cases", "share")
];

/** Id of the median metric, listed with the outcome metrics. */
export const MEDIAN_FIRST_PAYMENT = "medianDaysToFirstPayment";
