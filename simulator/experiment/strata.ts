/**
 * Strata of a stratified assignment: each debtor's combination of pre-placement
 * attributes, coded as one integer.
 */

import type { Population } from "../population/population.js";
import { AGE_BANDS, CLAIM_TYPES } from "../population/codes.js";
import type { STRATUM_ATTRIBUTES } from "./config.js";

export type StratumAttribute = (typeof STRATUM_ATTRIBUTES)[number];

/**
 * Upper bounds in € of the claim size bands ≤ 50 €, 50–500 € and above 500 €, the
 * classes of the claim size mix in the Federal Ministry of Justice's draft of the 2021
 * Inkasso reform (about 23 % and 60 % of claims in the first two).
 */
export const CLAIM_SIZE_BAND_LIMITS = [50, 500] as const;

/** Return the claim size band of a claim in €: 0 up to 50 €, 1 up to 500 €, else 2. */
export function claimSizeBand(claimAmount: number): number {
  if (claimAmount <= CLAIM_SIZE_BAND_LIMITS[0]) return 0;
  if (claimAmount <= CLAIM_SIZE_BAND_LIMITS[1]) return 1;
  return 2;
}

/** Return each debtor's stratum code, a mixed-radix number over the chosen attributes. */
export function stratumCodes(population: Population, attributes: readonly StratumAttribute[]): Int32Array {
  const observable = population.observable;
  const codes = new Int32Array(population.size);
  for (const attribute of attributes) {
    const levels = attributeLevels(attribute);
    for (let i = 0; i < population.size; i++) {
      codes[i] = codes[i] * levels + attributeCode(attribute, observable, i);
    }
  }
  return codes;
}

function attributeLevels(attribute: StratumAttribute): number {
  switch (attribute) {
    case "claimSizeBand":
      return CLAIM_SIZE_BAND_LIMITS.length + 1;
    case "claimType":
      return CLAIM_TYPES.length;
    case "ageBand":
      return AGE_BANDS.length;
    case "hasEmail":
      return 2;
  }
}

function attributeCode(attribute: StratumAttribute, observable: Population["observable"], i: number): number {
  switch (attribute) {
    case "claimSizeBand":
      return claimSizeBand(observable.claimAmount[i]);
    case "claimType":
      return observable.claimType[i];
    case "ageBand":
      return observable.ageBand[i];
    case "hasEmail":
      return observable.hasEmail[i];
  }
}
