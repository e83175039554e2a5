/**
 * The value-based fee of § 13 RVG (Rechtsanwaltsvergütungsgesetz), which Anlage 2 RVG tabulates.
 *
 * Inkasso providers may charge the debtor no more than a lawyer would (§ 13e RDG), so this 1.0
 * fee is the unit behind every agency fee in the simulator. Amounts are in cents.
 *
 * Which version applies depends on the day the creditor gave the unconditional collection mandate
 * (§ 60 Abs. 1 RVG), so callers pass that date.
 */

import {
  centsToEuros,
  checkIsoDate,
  inForceOn,
  scheduleFeeCents,
  type InForce,
  type ValueFeeSchedule
} from "./valueFeeSchedule.js";

/** Supported mandates start on the day the Inkasso reform of 2021 took effect. */
export const FEE_RULES_FROM = "2021-10-01";

/**
 * § 13 Abs. 1 RVG as amended by the Kostenrechtsänderungsgesetz 2021 (BGBl. I 2020 S. 3229),
 * in force 1 January 2021 to 31 May 2025. Source: text of § 13 RVG at buzer.de and Anlage 2
 * "a.F." at buzer.de/gesetz/6775/al211830-0.htm (500 € → 49 €, 1,000 € → 88 €, 50,000 € → 1,279 €).
 */
const RVG_2021: ValueFeeSchedule = {
  baseUpTo: 500,
  baseCents: 4900,
  steps: [
    { upTo: 2_000, every: 500, addCents: 3900 },
    { upTo: 10_000, every: 1_000, addCents: 5600 },
    { upTo: 25_000, every: 3_000, addCents: 5200 },
    { upTo: 50_000, every: 5_000, addCents: 8100 },
    { upTo: 200_000, every: 15_000, addCents: 9400 },
    { upTo: 500_000, every: 30_000, addCents: 13_200 },
    { upTo: Infinity, every: 50_000, addCents: 16_500 }
  ]
};

/**
 * § 13 Abs. 1 RVG as amended by Art. 11 KostBRÄG 2025 of 7 April 2025 (BGBl. 2025 I Nr. 109), in
 * force since 1 June 2025. Source: consolidated § 13 RVG, version 01.06.2025, in the rvRecht portal
 * of the Deutsche Rentenversicherung, and Anlage 2 "n.F." at buzer.de (500 € → 51.50 €,
 * 1,000 € → 93 €, 50,000 € → 1,357 €).
 */
const RVG_2025: ValueFeeSchedule = {
  baseUpTo: 500,
  baseCents: 5150,
  steps: [
    { upTo: 2_000, every: 500, addCents: 4150 },
    { upTo: 10_000, every: 1_000, addCents: 5950 },
    { upTo: 25_000, every: 3_000, addCents: 5500 },
    { upTo: 50_000, every: 5_000, addCents: 8600 },
    { upTo: 200_000, every: 15_000, addCents: 9950 },
    { upTo: 500_000, every: 30_000, addCents: 14_000 },
    { upTo: Infinity, every: 50_000, addCents: 17_500 }
  ]
};

/** The § 13 Abs. 1 RVG schedules by first day in force. */
export const RVG_SCHEDULES: readonly InForce<ValueFeeSchedule>[] = [
  { from: FEE_RULES_FROM, value: RVG_2021 },
  { from: "2025-06-01", value: RVG_2025 }
];

/**
 * § 13 Abs. 2 RVG (since 1 October 2021): the 1.0 business fee for collecting an undisputed claim
 * of at most 50 €, in cents. 30 € from Art. 2 of the Inkasso reform act of 22 December 2020
 * (BGBl. I S. 3320); 30.50 € since 1 June 2025 per the consolidated text in rvRecht.
 */
// NOTE: two secondary sources (iww.de, anwaltspraxis-magazin.de) give 31.50 € for 2025; the statute text shows 30.50 €.
export const SMALL_CLAIM_FEE_UNITS: readonly InForce<number>[] = [
  { from: FEE_RULES_FROM, value: 3000 },
  { from: "2025-06-01", value: 3050 }
];

/** Claims up to this value in € get the small-claim fee unit (§ 13 Abs. 2 RVG). */
export const SMALL_CLAIM_LIMIT = 50;

/**
 * Minimum amount of any RVG fee in cents: 15 € (§ 13 Abs. 2 RVG 2021 version, § 13 Abs. 3 since
 * 1 June 2025, unchanged in amount).
 */
export const RVG_MINIMUM_FEE_CENTS = 1500;

/** Compute the 1.0 fee of § 13 Abs. 1 RVG in cents; see `rvgFeeUnit`. */
export function rvgFeeUnitCents(claimValue: number, date: string): number {
  checkClaimValue(claimValue);
  const schedule = inForceOn(RVG_SCHEDULES, checkIsoDate(date, "mandate date"), "RVG fee table");
  return scheduleFeeCents(schedule, claimValue);
}

/**
 * Compute the 1.0 fee of § 13 Abs. 1 RVG in € for a claim value on a mandate date.
 *
 * @param claimValue value of the claim (Gegenstandswert) in €, greater than 0
 * @param date mandate date YYYY-MM-DD, not before 2021-10-01
 * @throws Error on a non-positive value or an unsupported date
 * @example rvgFeeUnit(563, "2025-06-01") // 93
 */
export function rvgFeeUnit(claimValue: number, date: string): number {
  return centsToEuros(rvgFeeUnitCents(claimValue, date));
}

/** Throw when a claim value is not a positive finite amount. */
export function checkClaimValue(claimValue: number): void {
  if (!Number.isFinite(claimValue) || claimValue <= 0) {
    throw new Error(`Invalid claim value ${claimValue}: expected an amount in euros greater than 0.`);
  }
}
