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
 * | `compliance.json`  | per arm: attributes the strategy read, guard decisions per rule       |
 * | `fairness.json`    | the fairness audit: group metrics, disparities, counterfactuals      |
 * | `learning.json`    | what learning strategies learned (models, regret, actions over time) |
 * | `decisions.parquet`| one row per decision of a learning strategy, with its explanation    |
 * | `report.duckdb`    | the tables above for DuckDB-wasm in the report site                  |
 *
 * Field names are camelCase. Later versions add fields but never rename these.
 */

import type { DeskSummary } from "../desk/inboundDesk.js";

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
/**
 * Columns of `cashflow.parquet`: € of principal received and € of cost per arm and day.
 * Cost is net of court and bailiff fees that debtors paid back, so a day can show a negative cost.
 */
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
  /**
   * p-value corrected across all challengers × metrics by `experiment.multipleComparisons`
   * (Holm or Benjamini–Hochberg); null where `pValue` is null.
   */
  pValueAdjusted?: number | null;
  /**
   * Interval at the corrected level `experiment.adjustedConfidenceLevel`: 1 − α/m for Holm
   * (Bonferroni), 1 − R·α/m for Benjamini–Hochberg (Benjamini–Yekutieli false coverage
   * rate), with m comparisons with a p-value and R of them rejected at α after correction.
   */
  ciLowAdjusted?: number | null;
  ciHighAdjusted?: number | null;
}

/** Chi-squared test of the arm sizes against the configured weights. */
export interface SampleRatioMismatchSummary {
  /** Debtors per arm, in config order. */
  counts: number[];
  /** Debtors expected per arm from the weights. */
  expected: number[];
  statistic: number;
  pValue: number;
  /** True when pValue < 0.001. */
  mismatch: boolean;
}

/** Percentile bootstrap of the recovery rate difference beside the delta-method interval. */
export interface BootstrapSummary {
  arm: string;
  baseline: string;
  metric: "recoveryRate";
  difference: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Delta-method interval of the same comparison. */
  deltaCiLow: number | null;
  deltaCiHigh: number | null;
  resamples: number;
  seed: number;
}

/** Regression-adjusted (ANCOVA/CUPED) effect of a challenger on a per-case € metric. */
export interface AdjustedSummary {
  arm: string;
  baseline: string;
  /** "recoveredPerCase" (€ recovered per case) or "netRecovery" (€ recovered − cost per case). */
  metric: "recoveredPerCase" | "netRecovery";
  /** Unadjusted difference of means (Welch) with its interval. */
  difference: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Adjusted effect with its interval and p-value. */
  adjustedDifference: number | null;
  adjustedCiLow: number | null;
  adjustedCiHigh: number | null;
  adjustedPValue: number | null;
  /** Covariates measured before placement, in the order of the coefficients. */
  covariates: string[];
  /** Adjusted standard error ÷ unadjusted standard error; below 1 means the adjustment narrowed the interval. */
  standardErrorRatio: number | null;
}

/** Kaplan–Meier curve of the first payment day of one arm, censored at the horizon. */
export interface TimeToPaymentArm {
  arm: string;
  /** Median day of the first payment with its interval; null where the curve does not reach 0.5 or the bound. */
  median: number | null;
  medianLow: number | null;
  medianHigh: number | null;
  /** Share of cases with a first payment within the horizon. */
  paidShare: number;
  /** Points where the curve changes (at most 200, evenly thinned): day and share not yet paid. */
  curve: { day: number; survival: number; lower: number; upper: number }[];
}

export interface TimeToPaymentSummary {
  arms: TimeToPaymentArm[];
  /** Log-rank test of each challenger against the baseline. */
  logRank: { arm: string; baseline: string; statistic: number | null; pValue: number | null }[];
}

/** Cashflow of one arm over the horizon. */
export interface CashflowSummary {
  arm: string;
  /** € net present value at day 0 of the principal received, discounted at `experiment.discountRate`. */
  netPresentValue: number;
  /** € net present value per case. */
  netPresentValuePerCase: number;
  /** Days sales outstanding at the horizon: € outstanding ÷ € placed × horizon days. */
  daysSalesOutstanding: number | null;
}

/** Day-by-day asymptotic confidence sequence of one challenger's difference in € recovered per case. */
export interface SequentialSummary {
  arm: string;
  baseline: string;
  metric: "recoveredPerCase";
  /** One point per day 0 … horizon − 1: cumulative € recovered per case, challenger minus baseline. */
  days: { day: number; difference: number | null; ciLow: number | null; ciHigh: number | null }[];
  /** First day whose sequence excludes 0, or null. */
  firstDayExcludingZero: number | null;
}

/** Spread of each comparison's difference over replicated seeds. */
export interface ReplicationSummary {
  count: number;
  seeds: number[];
  comparisons: {
    arm: string;
    metric: string;
    /** Mean of the difference over the replications. */
    meanDifference: number | null;
    /** Standard deviation of the difference between replications. */
    sdDifference: number | null;
    /** Mean within-run standard error, from the interval width ÷ (2 z). */
    meanStandardError: number | null;
  }[];
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
    /** Assignment design of the config. */
    assignment?: { method: string; strata?: string[]; blockSize?: number };
    /** "holm" or "benjamini-hochberg". */
    multipleComparisons?: string;
    /** Level of the adjusted intervals (see {@link Comparison}). */
    adjustedConfidenceLevel?: number;
    /** Effective annual discount rate of the NPV. */
    discountRate?: number;
  };
  arms: ArmSummary[];
  comparisons: Comparison[];
  sampleRatioMismatch?: SampleRatioMismatchSummary;
  bootstrap?: BootstrapSummary[];
  adjusted?: AdjustedSummary[];
  timeToPayment?: TimeToPaymentSummary;
  cashflow?: CashflowSummary[];
  /** Null when the run recorded no event log. */
  sequential?: SequentialSummary[] | null;
  replications?: ReplicationSummary;
  /** Inbound service desk per arm (simulator/desk/inboundDesk.ts); absent when the config has no desk. */
  desk?: DeskSummary[];
}

export interface RunManifest {
  runId: string;
  configHash: string;
  seed: number;
  version: string;
  files: string[];
}
