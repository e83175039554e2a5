/**
 * Court and bailiff costs of the legal path: the court dunning procedure (Mahnbescheid) and
 * enforcement by the bailiff (Gerichtsvollzieher).
 *
 * The creditor advances these costs and the debtor must reimburse them (§ 91 ZPO, § 788 ZPO), so
 * they count as fees borne by the debtor in the fairness analysis. Amounts are in cents.
 */

import { checkClaimValue, FEE_RULES_FROM } from "./rvgFeeTable.js";
import {
  applyRateCents,
  centsToEuros,
  checkIsoDate,
  inForceOn,
  percentOfCents,
  scheduleFeeCents,
  type InForce,
  type ValueFeeSchedule
} from "./valueFeeSchedule.js";

/**
 * § 34 Abs. 1 GKG as amended by the Kostenrechtsänderungsgesetz 2021, in force 1 January 2021 to
 * 31 May 2025 (text at dejure.org, "Fassung aufgrund des KostRÄG 2021"). Stored from 2021-10-01,
 * the first supported date.
 */
const GKG_2021: ValueFeeSchedule = {
  baseUpTo: 500,
  baseCents: 3800,
  steps: [
    { upTo: 2_000, every: 500, addCents: 2000 },
    { upTo: 10_000, every: 1_000, addCents: 2100 },
    { upTo: 25_000, every: 3_000, addCents: 2900 },
    { upTo: 50_000, every: 5_000, addCents: 3800 },
    { upTo: 200_000, every: 15_000, addCents: 13_200 },
    { upTo: 500_000, every: 30_000, addCents: 19_800 },
    { upTo: Infinity, every: 50_000, addCents: 19_800 }
  ]
};

/**
 * § 34 Abs. 1 GKG as amended by Art. 5 KostBRÄG 2025 (BGBl. 2025 I Nr. 109), in force since
 * 1 June 2025 (consolidated text at gesetzklar.de; the Mahnbescheid fees derived from it match
 * the table "ab dem 01.06.2025" published by confidentia-inkasso.de).
 */
const GKG_2025: ValueFeeSchedule = {
  baseUpTo: 500,
  baseCents: 4000,
  steps: [
    { upTo: 2_000, every: 500, addCents: 2100 },
    { upTo: 10_000, every: 1_000, addCents: 2250 },
    { upTo: 25_000, every: 3_000, addCents: 3050 },
    { upTo: 50_000, every: 5_000, addCents: 4050 },
    { upTo: 200_000, every: 15_000, addCents: 14_000 },
    { upTo: 500_000, every: 30_000, addCents: 21_000 },
    { upTo: Infinity, every: 50_000, addCents: 21_000 }
  ]
};

export const GKG_SCHEDULES: readonly InForce<ValueFeeSchedule>[] = [
  { from: FEE_RULES_FROM, value: GKG_2021 },
  { from: "2025-06-01", value: GKG_2025 }
];

/** Rate of the court fee for the Mahnbescheid procedure, GKG KV Nr. 1100. */
export const MAHNBESCHEID_FEE_RATE = 0.5;

/**
 * Minimum court fee for the Mahnbescheid procedure (GKG KV Nr. 1100) in cents: 36 € since
 * 1 January 2021 (court information page of the Amtsgericht Uelzen), 38 € since 1 June 2025.
 */
// NOTE: the 38 € minimum comes from published 2025 fee tables of collection agencies, not from the KV text itself.
export const MAHNBESCHEID_MINIMUM_FEES: readonly InForce<number>[] = [
  { from: FEE_RULES_FROM, value: 3600 },
  { from: "2025-06-01", value: 3800 }
];

/** Compute the 1.0 court fee of § 34 GKG in € for a value in dispute on a date. */
export function gkgFeeUnit(claimValue: number, date: string): number {
  checkClaimValue(claimValue);
  return centsToEuros(scheduleFeeCents(inForceOn(GKG_SCHEDULES, date, "GKG fee table"), claimValue));
}

/**
 * Compute the court fee for a Mahnbescheid in €: a 0.5 fee of § 34 GKG on the main claim, at
 * least the minimum of GKG KV Nr. 1100. The fee covers the whole dunning procedure.
 *
 * @param claim main claim in € (interest and costs do not count, § 43 GKG)
 * @param date date the application reaches the court, YYYY-MM-DD
 * @example mahnbescheidCourtFee(1800, "2025-06-01") // 51.5
 */
export function mahnbescheidCourtFee(claim: number, date: string): number {
  checkClaimValue(claim);
  checkIsoDate(date, "application date");
  const unitCents = scheduleFeeCents(inForceOn(GKG_SCHEDULES, date, "GKG fee table"), claim);
  const minimumCents = inForceOn(MAHNBESCHEID_MINIMUM_FEES, date, "Mahnbescheid minimum fee");
  return centsToEuros(Math.max(applyRateCents(unitCents, MAHNBESCHEID_FEE_RATE), minimumCents));
}

export const BAILIFF_STEPS = ["service", "seizure", "assetStatement"] as const;
export type BailiffStep = (typeof BAILIFF_STEPS)[number];

/** Fixed bailiff fees in cents, GvKostG Kostenverzeichnis (KV), by step. */
type BailiffTariff = Readonly<Record<BailiffStep, number>>;

/**
 * GvKostG KV fees: Nr. 100 personal service, Nr. 205 seizure (Pfändung), Nr. 260 taking the
 * asset statement (Vermögensauskunft).
 * - From 1 August 2013 (2. KostRMoG): 10 €, 26 €, 33 € (haufe.de, 21.05.2013); stored only for
 *   October 2021, the first supported month.
 * - From 1 November 2021 (act of 5 October 2021 on electronic legal transactions): 11 €, 28.60 €,
 *   36.30 € (deubner-recht.de, "Stand 01.11.2021"; Art. 8 KostBRÄG 2025 replaces 11,00 € and 28,60 €).
 * - From 1 June 2025 (Art. 8 KostBRÄG 2025, text at buzer.de): 12 €, 31.20 €, 39.60 €.
 */
// NOTE: the 2025 value of KV Nr. 260 (39.60 €) was not found in a source; it applies the 9 % raise and 10-cent rounding seen in Nr. 100, 102, 200 and 205.
export const BAILIFF_TARIFFS: readonly InForce<BailiffTariff>[] = [
  { from: FEE_RULES_FROM, value: { service: 1000, seizure: 2600, assetStatement: 3300 } },
  { from: "2021-11-01", value: { service: 1100, seizure: 2860, assetStatement: 3630 } },
  { from: "2025-06-01", value: { service: 1200, seizure: 3120, assetStatement: 3960 } }
];

/**
 * Flat rate for other cash expenses per order, GvKostG KV Nr. 716: 20 % of the fees, at most 10 €
 * (KG Berlin, 30.11.2021, 5 W 71/21), at least 3 €. Travel money (KV Nr. 711) depends on the
 * distance and is left out.
 */
// NOTE: the 3 € minimum is not confirmed by a source opened for this table, and the 2025 version of Nr. 716 was not checked.
export const BAILIFF_EXPENSES_PERCENT = 20;
export const BAILIFF_EXPENSES_MIN_CENTS = 300;
export const BAILIFF_EXPENSES_MAX_CENTS = 1000;

/** Bailiff cost of an order with a single step, in €. */
export interface BailiffCost {
  fee: number;
  expenses: number;
  total: number;
}

/** Compute fee and expense flat rate of a bailiff order with one step; see `bailiffFees`. */
export function bailiffCost(step: BailiffStep, date: string): BailiffCost {
  const tariff = inForceOn(BAILIFF_TARIFFS, checkIsoDate(date, "order date"), "bailiff tariff");
  const feeCents = tariff[step];
  if (feeCents === undefined) {
    throw new Error(`Unknown bailiff step "${step}". Allowed values: ${BAILIFF_STEPS.join(", ")}.`);
  }
  const expensesCents = Math.min(
    Math.max(percentOfCents(feeCents, BAILIFF_EXPENSES_PERCENT), BAILIFF_EXPENSES_MIN_CENTS),
    BAILIFF_EXPENSES_MAX_CENTS
  );
  return {
    fee: centsToEuros(feeCents),
    expenses: centsToEuros(expensesCents),
    total: centsToEuros(feeCents + expensesCents)
  };
}

/**
 * Compute what the bailiff charges in € for an order with one step: the KV fee plus the flat rate
 * of KV Nr. 716.
 * @example bailiffFees("seizure", "2025-06-01") // 37.44
 */
export function bailiffFees(step: BailiffStep, date: string): number {
  return bailiffCost(step, date).total;
}
