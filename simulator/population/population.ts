/**
 * A synthetic debtor population as struct-of-arrays: one typed array per attribute,
 * indexed by debtor number. At a million debtors this takes about 60 MB, against
 * several hundred MB for one object per debtor.
 *
 * Attributes fall into three kinds, and only the first reaches a strategy:
 * - observable: what an agency sees (claim, contact data, age band, federal state);
 * - protected: sensitive attributes a strategy may read only where the config allows;
 * - latent: the debtor's hidden traits that drive behaviour.
 */

export interface ObservableAttributes {
  /** € principal placed with the agency. */
  claimAmount: Float64Array;
  /** Code into CLAIM_TYPES. */
  claimType: Uint8Array;
  /** Days from the due date to placement. */
  debtAgeDays: Uint16Array;
  /** Code into AGE_BANDS. */
  ageBand: Uint8Array;
  /** Code into STATES. */
  state: Uint8Array;
  /** 1 when the creditor passed on an e-mail address. */
  hasEmail: Uint8Array;
  /** 1 when the creditor passed on a mobile number. */
  hasMobile: Uint8Array;
}

export interface ProtectedAttributes {
  /** Code into GENDERS. */
  gender: Uint8Array;
  /** Code into LANGUAGES. */
  language: Uint8Array;
  /** Code into INCOME_BANDS. */
  incomeBand: Uint8Array;
  /** 1 in a town or city, 0 in the country. */
  urban: Uint8Array;
  /** Bit flags of VULNERABILITY_DRIVERS. */
  vulnerability: Uint8Array;
}

export interface LatentAttributes {
  /** Code into SEGMENTS. */
  segment: Uint8Array;
  addressValid: Uint8Array;
  emailValid: Uint8Array;
  mobileValid: Uint8Array;
  /** 1 when the claim is wrong, so a dispute is justified. */
  claimError: Uint8Array;
  /** Code into SLOTS. */
  preferredSlot: Uint8Array;
  /** Acceptance of AI contact, 0–1. */
  aiAcceptance: Float32Array;
  /** Trust in the agency at placement, 0–1. */
  initialTrust: Float32Array;
  /** Individual multiplier on tone effects (log-normal around 1). */
  toneSensitivity: Float32Array;
  /** € net income per month. */
  monthlyIncome: Float32Array;
  /** € free cash per month before any shock. */
  monthlyFreeCash: Float32Array;
  /** € savings at placement. */
  buffer: Float32Array;
  /** Day of an income shock within the horizon, or -1. */
  shockDay: Int16Array;
}

export interface Population {
  size: number;
  observable: ObservableAttributes;
  protected: ProtectedAttributes;
  latent: LatentAttributes;
}
