/**
 * Inkasso fees a debtor can be asked to reimburse in Germany.
 *
 * § 13e Abs. 1 RDG caps an Inkasso provider's recoverable costs at what a lawyer would earn under
 * the RVG. For out-of-court collection that is the business fee Nr. 2300 VV RVG, with the rate
 * limits the Inkasso reform added to its annotation (Anm. Abs. 2, in force since 1 October 2021):
 *
 * - undisputed claim, simple case, "regularly when paid on the first demand": 0.5;
 * - undisputed claim otherwise: up to 0.9 (more only for especially extensive or difficult work);
 * - disputed claim: up to 1.3 (more only for especially extensive or difficult work).
 *
 * Added to that are the fee for an instalment agreement (Nr. 1000 Nr. 2 VV RVG: 0.7 on half the
 * claim, § 31b RVG), the post and telecoms flat rate (Nr. 7002 VV RVG: 20 % of the fees, at most
 * 20 €) and VAT (Nr. 7008 VV RVG) when the creditor cannot deduct it as input tax.
 * Sources: the reform act of 22 December 2020 (BGBl. I S. 3320) as commented in Deutsches Anwalt
 * Office Premium (Haufe), AGS 10/2021; § 31b RVG text at dskrpt.de.
 */

import {
  checkClaimValue,
  RVG_MINIMUM_FEE_CENTS,
  rvgFeeUnitCents,
  SMALL_CLAIM_FEE_UNITS,
  SMALL_CLAIM_LIMIT
} from "./rvgFeeTable.js";
import { applyRateCents, centsToEuros, checkIsoDate, inForceOn, percentOfCents } from "./valueFeeSchedule.js";

export const COLLECTION_STAGES = ["first-demand", "undisputed", "disputed"] as const;
export type CollectionStage = (typeof COLLECTION_STAGES)[number];

/** Default and highest rate of the business fee per stage (Nr. 2300 VV RVG and its Anm. Abs. 2). */
export const STAGE_RATES: Readonly<Record<CollectionStage, { readonly rate: number; readonly maxRate: number }>> = {
  "first-demand": { rate: 0.5, maxRate: 0.5 },
  undisputed: { rate: 0.9, maxRate: 0.9 },
  disputed: { rate: 1.3, maxRate: 1.3 }
};

/** Lowest business fee rate of Nr. 2300 VV RVG. */
export const MIN_BUSINESS_FEE_RATE = 0.5;

/** Rate of the settlement fee for a payment agreement, Nr. 1000 Nr. 2 VV RVG (since 1 October 2021). */
export const INSTALMENT_FEE_RATE = 0.7;

/** Share of the claim that is the value of a payment agreement, § 31b RVG (since 1 October 2021), in %. */
export const INSTALMENT_VALUE_PERCENT = 50;

/** Post and telecoms flat rate, Nr. 7002 VV RVG: 20 % of the fees, at most 20 € (cents). */
export const EXPENSES_PERCENT = 20;
export const EXPENSES_CAP_CENTS = 2000;

/** German standard VAT rate in %, § 12 Abs. 1 UStG, charged through Nr. 7008 VV RVG. */
export const VAT_PERCENT = 19;

export interface AgencyFeeInput {
  /** Claim value in € (the main claim without interest and costs). */
  claim: number;
  stage: CollectionStage;
  /** Mandate date YYYY-MM-DD; selects the fee tables (§ 60 RVG). */
  date: string;
  /** Business fee rate; defaults to the stage's rate and may not exceed its maximum. */
  rate?: number;
  /** Whether a payment (instalment) agreement was made; default false. */
  instalmentAgreement?: boolean;
  /** Whether the creditor deducts input VAT, so no VAT is charged to the debtor; default true (assumption). */
  creditorDeductsVat?: boolean;
}

/** Fee breakdown in €, each amount rounded to the cent as § 2 Abs. 2 RVG prescribes. */
export interface AgencyFees {
  /** 1.0 fee in € behind the business fee (30/30.50 € for undisputed claims up to 50 €). */
  feeUnit: number;
  /** Rate of the business fee. */
  rate: number;
  /** Business fee Nr. 2300 VV RVG. */
  agencyFee: number;
  /** 1.0 fee in € on half the claim, behind the instalment fee; 0 without an agreement. */
  instalmentFeeUnit: number;
  /** Settlement fee Nr. 1000 Nr. 2 VV RVG; 0 without an agreement. */
  instalmentFee: number;
  /** Flat rate Nr. 7002 VV RVG. */
  expenses: number;
  /** VAT Nr. 7008 VV RVG; 0 when the creditor deducts input VAT. */
  vat: number;
  total: number;
}

/**
 * Compute the Inkasso fees for one claim.
 *
 * @throws Error on a non-positive claim, an unknown stage, a rate outside the stage's range or an
 *   unsupported date
 * @example computeAgencyFees({ claim: 400, stage: "first-demand", date: "2025-06-01" }).total // 30.9
 */
export function computeAgencyFees(input: AgencyFeeInput): AgencyFees {
  const { claim, stage, date } = input;
  checkClaimValue(claim);
  checkIsoDate(date, "mandate date");
  const limits = STAGE_RATES[stage];
  if (limits === undefined) {
    throw new Error(`Unknown collection stage "${stage}". Allowed values: ${COLLECTION_STAGES.join(", ")}.`);
  }
  const rate = input.rate ?? limits.rate;
  if (!(rate >= MIN_BUSINESS_FEE_RATE && rate <= limits.maxRate)) {
    throw new Error(
      `Invalid fee rate ${rate} for stage "${stage}": expected ${MIN_BUSINESS_FEE_RATE} to ${limits.maxRate}.`
    );
  }

  // Business fee: the small-claim unit applies only to undisputed claims (§ 13 Abs. 2 RVG).
  const smallClaim = stage !== "disputed" && claim <= SMALL_CLAIM_LIMIT;
  const feeUnitCents = smallClaim
    ? inForceOn(SMALL_CLAIM_FEE_UNITS, date, "small-claim fee")
    : rvgFeeUnitCents(claim, date);
  const agencyFeeCents = withMinimum(applyRateCents(feeUnitCents, rate));

  // Instalment fee on half the claim, always from the general table.
  let instalmentUnitCents = 0;
  let instalmentFeeCents = 0;
  if (input.instalmentAgreement === true) {
    const agreementValue = (Math.round(claim * 100) * INSTALMENT_VALUE_PERCENT) / 10_000;
    instalmentUnitCents = rvgFeeUnitCents(agreementValue, date);
    instalmentFeeCents = withMinimum(applyRateCents(instalmentUnitCents, INSTALMENT_FEE_RATE));
  }

  // Flat rate on all fees of the matter, then VAT on fees and flat rate.
  const feesCents = agencyFeeCents + instalmentFeeCents;
  const expensesCents = Math.min(percentOfCents(feesCents, EXPENSES_PERCENT), EXPENSES_CAP_CENTS);
  const deductsVat = input.creditorDeductsVat ?? true;
  const vatCents = deductsVat ? 0 : percentOfCents(feesCents + expensesCents, VAT_PERCENT);

  return {
    feeUnit: centsToEuros(feeUnitCents),
    rate,
    agencyFee: centsToEuros(agencyFeeCents),
    instalmentFeeUnit: centsToEuros(instalmentUnitCents),
    instalmentFee: centsToEuros(instalmentFeeCents),
    expenses: centsToEuros(expensesCents),
    vat: centsToEuros(vatCents),
    total: centsToEuros(feesCents + expensesCents + vatCents)
  };
}

function withMinimum(feeCents: number): number {
  return Math.max(feeCents, RVG_MINIMUM_FEE_CENTS);
}
