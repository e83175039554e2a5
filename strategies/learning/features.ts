/**
 * Feature vectors of a debtor from the observable view, shared by the learning strategies.
 *
 * Two families: context features (placement data and the visible history, used by the
 * contextual bandit and the propensity score) and behaviour features (reply, payment and
 * channel patterns, used to cluster debtor types). Every feature is scaled to roughly
 * [0, 1] so that one prior variance fits all coefficients.
 */

import type { ObservableView } from "../../simulator/engine/strategyApi.js";
import { EMAIL, EVENT_TYPES, SMS } from "../../simulator/population/codes.js";

export const CONTEXT_FEATURES = [
  "intercept",
  "claimSize",
  "age18to29",
  "age65plus",
  "hasEmail",
  "hasMobile",
  "contactsSoFar",
  "hasResponded",
  "planOffered",
  "debtAge"
] as const;
export const CONTEXT_FEATURE_COUNT = CONTEXT_FEATURES.length;

export const BEHAVIOUR_FEATURES = [
  "hasResponded",
  "repliedRecently",
  "paidShare",
  "lastWasPayment",
  "lastWasDispute",
  "digitalReachable",
  "channelsFailed",
  "contactsSoFar"
] as const;
export const BEHAVIOUR_FEATURE_COUNT = BEHAVIOUR_FEATURES.length;

const PAYMENT = EVENT_TYPES.indexOf("payment");
const DISPUTE = EVENT_TYPES.indexOf("dispute");
/** Days after which a reply no longer counts as recent (assumption). */
const RECENT_REPLY_DAYS = 14;

/** Count the set bits of a small integer. */
function bitCount(value: number): number {
  let count = 0;
  for (let bits = value; bits > 0; bits >>= 1) count += bits & 1;
  return count;
}

/**
 * Write the context features of a debtor on a day into `out` (length CONTEXT_FEATURE_COUNT).
 * Claim size is log10(€)/4, so 10 € → 0.25 and 10,000 € → 1; debt age is in years.
 */
export function contextFeatures(view: ObservableView, debtor: number, out: Float64Array): Float64Array {
  out[0] = 1;
  out[1] = Math.log10(Math.max(1, view.claimAmount[debtor])) / 4;
  out[2] = view.ageBand[debtor] === 0 ? 1 : 0;
  out[3] = view.ageBand[debtor] === 3 ? 1 : 0;
  out[4] = view.hasEmail[debtor];
  out[5] = view.hasMobile[debtor];
  out[6] = Math.min(view.contacts[debtor], 10) / 5;
  out[7] = view.lastResponseDay[debtor] >= 0 ? 1 : 0;
  out[8] = view.planOfferedDay[debtor] >= 0 ? 1 : 0;
  out[9] = Math.min(view.debtAgeDays[debtor], 1095) / 365;
  return out;
}

/** Write the behaviour features of a debtor on a day into `out` (length BEHAVIOUR_FEATURE_COUNT). */
export function behaviourFeatures(view: ObservableView, debtor: number, day: number, out: Float64Array): Float64Array {
  const responseDay = view.lastResponseDay[debtor];
  const owed = view.paid[debtor] + view.outstanding[debtor];
  const undeliverable = view.undeliverable[debtor];
  const digital = (view.hasEmail[debtor] === 1 && (undeliverable & (1 << EMAIL)) === 0) || (view.hasMobile[debtor] === 1 && (undeliverable & (1 << SMS)) === 0);
  out[0] = responseDay >= 0 ? 1 : 0;
  out[1] = responseDay >= 0 && day - responseDay <= RECENT_REPLY_DAYS ? 1 : 0;
  out[2] = owed > 0 ? view.paid[debtor] / owed : 0;
  out[3] = view.lastResponse[debtor] === PAYMENT ? 1 : 0;
  out[4] = view.lastResponse[debtor] === DISPUTE ? 1 : 0;
  out[5] = digital ? 1 : 0;
  out[6] = Math.min(bitCount(undeliverable), 3) / 3;
  out[7] = Math.min(view.contacts[debtor], 10) / 10;
  return out;
}
