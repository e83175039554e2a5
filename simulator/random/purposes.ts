/**
 * Purpose numbers of counter-based draws. Each random decision has its own number so
 * that no two decisions share a draw; a normal draw uses its number and the next one.
 */

/** The "day" coordinate of draws made while generating the population. */
export const POPULATION_DAY = 0x7fff;

export const P = {
  // population
  claimType: 1,
  claimAmount: 2, // normal: 2, 3
  debtAge: 4,
  ageBand: 5,
  gender: 6,
  language: 7,
  urban: 8,
  incomeBand: 9,
  state: 10,
  hasEmail: 11,
  hasMobile: 12,
  addressValid: 13,
  emailValid: 14,
  mobileValid: 15,
  segment: 16,
  vulnerableHealth: 17,
  vulnerableLifeEvent: 18,
  vulnerableResilience: 19,
  vulnerableCapability: 20,
  claimError: 21,
  preferredSlot: 22,
  aiAcceptance: 23, // normal: 23, 24
  trust: 25, // normal: 25, 26
  shockMonth: 27,
  toneNoise: 28, // normal: 28, 29
  incomeNoise: 30, // normal: 30, 31
  shame: 32,

  // daily behaviour
  act: 40,
  actChoice: 41,
  plan: 42,
  promise: 43,
  partial: 44,
  instalment: 45,
  promiseKeep: 46,
  deliver: 50,
  notice: 51,
  complaint: 52,
  dispute: 53,
  objection: 54,
  enforcement: 55,
  // above the per-channel ranges of notice, complaint and dispute (51–117)
  callResolve: 120,
  settlement: 121,
  survey: 60,
  surveyScore: 61 // normal: 61, 62
} as const;
