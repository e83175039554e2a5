/**
 * The files of a run folder and the shape of `summary.json`.
 *
 * A run folder holds everything one experiment run produced:
 *
 * | file               | content                                                              |
 * |--------------------|----------------------------------------------------------------------|
 * | `summary.json`     | headline figures per arm and per comparison ({@link RunSummary})     |
 * | `manifest.json`    | run id, config hash, seed, package version, file list                |
 * | `config.json`      | the resolved experiment config, overrides applied                    |
 * | `parameters.json`  | the behaviour parameters with unit, value, range and source          |
 * | `outcomes.parquet` | one row per debtor ({@link OUTCOME_COLUMNS})                         |
 * | `events.parquet`   | the contact and payment event log ({@link EVENT_COLUMNS})            |
 * | `cashflow.parquet` | € received per arm and day, with the cumulative sum                  |
 * | `report.duckdb`    | the same three tables for DuckDB-wasm in the report site             |
 *
 * Field names are camelCase. Later versions add fields but never rename these.
 */

export const RUN_FILES = {
  summary: "summary.json",
  manifest: "manifest.json",
  config: "config.json",
  parameters: "parameters.json",
  outcomes: "outcomes.parquet",
  events: "events.parquet",
  cashflow: "cashflow.parquet",
  database: "report.duckdb"
} as const;

/** Columns of `outcomes.parquet` and of the `outcomes` table in `report.duckdb`. */
export const OUTCOME_COLUMNS = [
  "debtor", "arm", "claimType", "claimAmount", "debtAgeDays", "ageBand", "incomeBand", "state",
  "urban", "gender", "language", "vulnerability", "hasEmail", "hasMobile", "segment", "status",
  "recovered", "feesCharged", "feesPaid", "courtCosts", "cost", "contacts", "firstPaymentDay",
  "fullyPaidDay", "planAgreed", "escalated", "complained", "disputed", "npsScore"
] as const;

/** Columns of `events.parquet` and of the `events` table in `report.duckdb`. */
export const EVENT_COLUMNS = [
  "debtor", "arm", "day", "date", "type", "channel", "tone", "slot", "offer", "rule", "amount", "cost"
] as const;

/** Columns of `cashflow.parquet` and of the `cashflow` table in `report.duckdb`. */
export const CASHFLOW_COLUMNS = ["arm", "day", "date", "received", "cumulative", "cost", "cumulativeCost"] as const;

export interface ArmSummary {
  id: string;
  label: { de: string; en: string };
  strategy: string;
  n: number;
  /** € of principal placed with the agency. */
  placed: number;
  /** € of principal recovered within the horizon. */
  recovered: number;
  /** € recovered ÷ € placed (Rückführungsquote). */
  recoveryRate: number;
  /** Share of cases whose principal and fees were paid in full. */
  cureRate: number;
  /** € of collection cost per case (contacts, court and bailiff fees advanced). */
  costPerCase: number;
  /** € cost ÷ € recovered; null when nothing was recovered. */
  costToCollect: number | null;
  /** € recovered minus € cost, per case. */
  netRecovery: number;
  /** Net Promoter Score in points (−100 to 100) among survey respondents; null without respondents. */
  nps: number | null;
  npsRespondents: number;
  /** Share of cases that agreed an instalment plan. */
  instalmentShare: number;
  /** Share of cases taken to the court dunning procedure. */
  legalEscalationRate: number;
  /** Share of cases with at least one complaint. */
  complaintRate: number;
  /** Delivered contacts per case. */
  contactsPerCase: number;
  disputeRate: number;
  /** € of agency fees and court costs charged to debtors, per case. */
  debtorFeesPerCase: number;
  /** Median day of the first payment among cases that paid; null when fewer than half paid. */
  medianDaysToFirstPayment: number | null;
}

/** Challenger against baseline on one metric. Statistics that cannot be computed (no variance, zero baseline) are null. */
export interface Comparison {
  arm: string;
  baseline: string;
  metric: string;
  difference: number | null;
  relativeUplift: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  /** The test behind the interval: "welch", "deltaMethod", "twoProportion" or "npsDifference". */
  method: string;
}

export interface RunSummary {
  runId: string;
  configHash: string;
  seed: number;
  version: string;
  experiment: {
    name: string;
    title: { de: string; en: string };
    population: number;
    horizonDays: number;
    startDate: string;
    confidenceLevel: number;
  };
  arms: ArmSummary[];
  comparisons: Comparison[];
}

export interface RunManifest {
  runId: string;
  configHash: string;
  seed: number;
  version: string;
  files: string[];
}
