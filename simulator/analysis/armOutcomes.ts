/**
 * Per-debtor outcomes of one experiment arm, as the comparison of arms reads them: one
 * typed array per outcome, all of the same length, index i being the same debtor.
 */

export interface ArmOutcomes {
  id: string;
  /** € of principal placed per debtor. */
  claimAmount: Float64Array;
  /** € of principal recovered per debtor within the horizon. */
  recovered: Float64Array;
  /** € of collection cost per debtor. */
  cost: Float64Array;
  /** Delivered contacts per debtor. */
  contacts: Float64Array;
  /** 1 if principal and fees were paid in full, else 0. */
  cured: Uint8Array;
  /** 1 if the debtor agreed an instalment plan, else 0. */
  planAgreed: Uint8Array;
  /** 1 if the case went to the court dunning procedure, else 0. */
  escalated: Uint8Array;
  /** 1 if the debtor complained at least once, else 0. */
  complained: Uint8Array;
  /** Survey score 0–10, or −1 for no survey response. */
  npsScore: Int8Array;
}

const MEASURE_FIELDS = ["recovered", "cost", "contacts"] as const;
const INDICATOR_FIELDS = ["cured", "planAgreed", "escalated", "complained"] as const;

/**
 * Check one arm's outcomes before any statistic reads them. Every array needs one entry
 * per debtor and there must be at least two debtors. Amounts must be finite, indicators
 * 0 or 1, and survey scores −1 or 0 to 10. An error names the arm, the field and the index.
 */
export function checkArmOutcomes(arm: ArmOutcomes): void {
  const n = arm.claimAmount.length;
  if (n < 2) {
    throw new RangeError(
      `compareArms: arm "${arm.id}" has ${n} debtors, but at least 2 are needed to estimate a variance.`
    );
  }

  for (const field of [...MEASURE_FIELDS, ...INDICATOR_FIELDS, "npsScore"] as const) {
    if (arm[field].length !== n) {
      throw new RangeError(
        `compareArms: arm "${arm.id}" has ${arm[field].length} values of ${field} but ${n} of claimAmount. Pass one value per debtor.`
      );
    }
  }

  for (const field of ["claimAmount", ...MEASURE_FIELDS] as const) {
    const values = arm[field];
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(values[i])) {
        throw new RangeError(
          `compareArms: arm "${arm.id}" has the invalid ${field} value ${values[i]} at index ${i}. Use a finite number.`
        );
      }
    }
  }

  for (const field of INDICATOR_FIELDS) {
    const values = arm[field];
    for (let i = 0; i < n; i++) {
      if (values[i] > 1) {
        throw new RangeError(
          `compareArms: arm "${arm.id}" has the invalid ${field} value ${values[i]} at index ${i}. Use 0 or 1.`
        );
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const score = arm.npsScore[i];
    if (score < -1 || score > 10) {
      throw new RangeError(
        `compareArms: arm "${arm.id}" has the invalid npsScore ${score} at index ${i}. Use 0 to 10, or −1 for no response.`
      );
    }
  }
}
