/**
 * Category codes shared by the population, the engine, the strategies and the outputs.
 *
 * State is stored in typed arrays, so every category is a small integer: the position of
 * its name in the lists below. Outputs write the names, never the codes.
 */

export const CHANNELS = ["letter", "email", "sms", "phoneAgent", "voiceBot"] as const;
export type Channel = (typeof CHANNELS)[number];
export const LETTER = 0;
export const EMAIL = 1;
export const SMS = 2;
export const PHONE_AGENT = 3;
export const VOICE_BOT = 4;

export const TONES = ["empathetic", "neutral", "firm", "deterrent"] as const;
export type Tone = (typeof TONES)[number];
export const EMPATHETIC = 0;
export const NEUTRAL = 1;
export const FIRM = 2;
export const DETERRENT = 3;

/** Time slots of a contact; the hours are what the compliance guard checks against quiet hours. */
export const SLOTS = ["morning", "midday", "evening"] as const;
export type Slot = (typeof SLOTS)[number];
export const SLOT_HOURS: readonly number[] = [9, 13, 19];

export const OFFERS = ["none", "instalmentPlan", "settlement", "deferral"] as const;
export type Offer = (typeof OFFERS)[number];
export const NO_OFFER = 0;
export const INSTALMENT_OFFER = 1;
export const SETTLEMENT_OFFER = 2;
export const DEFERRAL_OFFER = 3;

/** Latent behavioural segments ("can pay / will pay"); strategies never see them. */
export const SEGMENTS = ["forgetful", "illiquid", "overIndebted", "unwilling", "unreachable"] as const;
export type Segment = (typeof SEGMENTS)[number];
export const FORGETFUL = 0;
export const ILLIQUID = 1;
export const OVER_INDEBTED = 2;
export const UNWILLING = 3;
export const UNREACHABLE = 4;

export const CLAIM_TYPES = ["ecommerce", "telecom", "energy", "rent", "credit"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
export const RENT = 3;
export const CREDIT = 4;

export const AGE_BANDS = ["18-29", "30-44", "45-64", "65+"] as const;
export const INCOME_BANDS = ["low", "middle", "high"] as const;
export const GENDERS = ["female", "male", "diverse"] as const;
export const LANGUAGES = ["german", "other"] as const;

/** German federal states by ISO 3166-2 code, the key for public holidays. */
export const STATES = [
  "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"
] as const;
/** States counted as "east" (the former GDR states and Berlin). */
export const EAST_STATES: ReadonlySet<string> = new Set(["BE", "BB", "MV", "SN", "ST", "TH"]);

/** Vulnerability drivers as bit flags (FCA FG21/1: health, life event, resilience, capability). */
export const VULNERABILITY_DRIVERS = ["health", "lifeEvent", "resilience", "capability"] as const;
export const VULNERABLE_HEALTH = 1;
export const VULNERABLE_LIFE_EVENT = 2;
export const VULNERABLE_RESILIENCE = 4;
export const VULNERABLE_CAPABILITY = 8;

/** Case status in the engine. */
export const STATUSES = [
  "open", "promised", "plan", "paid", "disputed", "legal", "titled", "closedDispute", "settled"
] as const;
export type Status = (typeof STATUSES)[number];
export const OPEN = 0;
export const PROMISED = 1;
export const PLAN = 2;
export const PAID = 3;
export const DISPUTED = 4;
export const LEGAL = 5;
export const TITLED = 6;
export const CLOSED_DISPUTE = 7;
export const SETTLED = 8;

/** Event types of the contact and payment log. */
export const EVENT_TYPES = [
  "contact", "contactUndelivered", "payment", "promise", "promiseBroken", "planAgreed", "planBroken",
  "dispute", "disputeResolved", "complaint", "mahnbescheid", "objection", "vollstreckungsbescheid",
  "enforcement", "agencyFee", "instalmentFee", "courtFee", "bailiffFee", "blocked", "deferred", "survey"
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Return the code of a name in a code list, or throw naming the allowed values. */
export function codeOf<T extends readonly string[]>(list: T, name: string, what: string): number {
  const code = list.indexOf(name);
  if (code < 0) {
    throw new Error(`Unknown ${what} "${name}". Allowed values: ${list.join(", ")}.`);
  }
  return code;
}
