/**
 * Generate a synthetic German debtor population from the population parameters.
 *
 * Every attribute of debtor i is drawn with counter-based random numbers addressed by
 * (seed, i, purpose). So debtor i is the same whatever the population size or the order
 * of generation, and a population of 1,000 is the first 1,000 debtors of one of 100,000.
 */

import { POPULATION_DAY, P } from "../random/purposes.js";
import { cumulativeOf, normal, pickCumulative, uniform } from "../random/counterRandom.js";
import type { ModelParameters } from "../params/modelParameters.js";
import {
  RENT,
  OVER_INDEBTED,
  ILLIQUID,
  SEGMENTS,
  UNREACHABLE,
  VULNERABLE_CAPABILITY,
  VULNERABLE_HEALTH,
  VULNERABLE_LIFE_EVENT,
  VULNERABLE_RESILIENCE
} from "./codes.js";
import type { Population } from "./population.js";

/** Mean acceptance of AI contact by age band (assumption from survey shares: 52–75 % accept AI, more among the young). */
const AI_ACCEPTANCE_BY_AGE = [0.75, 0.65, 0.5, 0.35];
/** Preferred time slot weights (morning, midday, evening) for under-45s and for older debtors (assumption). */
const SLOT_WEIGHTS_YOUNG = [0.2, 0.25, 0.55];
const SLOT_WEIGHTS_OLD = [0.4, 0.3, 0.3];
const AVERAGE_DAYS_PER_MONTH = 30.44;

export interface GenerateOptions {
  size: number;
  seed: number;
  /** Days simulated; income shocks are placed inside this window. */
  horizonDays: number;
}

/**
 * Generate `size` debtors.
 * @throws when size is not a positive integer or exceeds 20 million.
 */
export function generatePopulation(parameters: ModelParameters, options: GenerateOptions): Population {
  const { size, seed, horizonDays } = options;
  if (!Number.isInteger(size) || size < 1 || size > 20_000_000) {
    throw new Error(`Population size must be a whole number from 1 to 20,000,000, got ${size}.`);
  }
  const p = parameters.population;
  const liquidity = parameters.liquidity;

  const claimTypeCumulative = cumulativeOf(p.claimTypeShare);
  const ageCumulative = cumulativeOf(p.ageShare);
  // rent and consumer-credit claims need a rental contract or a credit check: their debtors earn more
  const incomeCumulative = cumulativeOf(p.incomeShare);
  const incomeLargeClaims = cumulativeOf(p.incomeShare.map((share, band) => share * Math.pow(p.largeClaimIncomeTilt, band - 1)));
  const stateCumulative = cumulativeOf(p.stateShare);
  const slotYoung = cumulativeOf(SLOT_WEIGHTS_YOUNG);
  const slotOld = cumulativeOf(SLOT_WEIGHTS_OLD);
  const segmentByIncome = [0, 1, 2].map((band) => {
    let tilt = 1;
    if (band === 0) tilt = p.segmentIncomeTilt;
    if (band === 2) tilt = 1 / p.segmentIncomeTilt;
    return cumulativeOf(p.segmentWeight.map((w, s) => (s === ILLIQUID || s === OVER_INDEBTED ? w * tilt : w)));
  });
  const logMedian = p.claimMedian.map(Math.log);
  const dailyShockRate = liquidity.shockRate / AVERAGE_DAYS_PER_MONTH;

  const population: Population = {
    size,
    observable: {
      claimAmount: new Float64Array(size),
      claimType: new Uint8Array(size),
      debtAgeDays: new Uint16Array(size),
      ageBand: new Uint8Array(size),
      state: new Uint8Array(size),
      hasEmail: new Uint8Array(size),
      hasMobile: new Uint8Array(size)
    },
    protected: {
      gender: new Uint8Array(size),
      language: new Uint8Array(size),
      incomeBand: new Uint8Array(size),
      urban: new Uint8Array(size),
      vulnerability: new Uint8Array(size)
    },
    latent: {
      segment: new Uint8Array(size),
      addressValid: new Uint8Array(size),
      emailValid: new Uint8Array(size),
      mobileValid: new Uint8Array(size),
      claimError: new Uint8Array(size),
      preferredSlot: new Uint8Array(size),
      aiAcceptance: new Float32Array(size),
      initialTrust: new Float32Array(size),
      toneSensitivity: new Float32Array(size),
      monthlyIncome: new Float32Array(size),
      monthlyFreeCash: new Float32Array(size),
      buffer: new Float32Array(size),
      shockDay: new Int16Array(size)
    }
  };
  const o = population.observable;
  const pr = population.protected;
  const l = population.latent;
  const D = POPULATION_DAY;

  for (let i = 0; i < size; i++) {
    // claim
    const claimType = pickCumulative(claimTypeCumulative, uniform(seed, i, D, P.claimType));
    o.claimType[i] = claimType;
    const amount = Math.exp(logMedian[claimType] + p.claimSpread * normal(seed, i, D, P.claimAmount));
    o.claimAmount[i] = Math.round(Math.min(p.claimMax, Math.max(5, amount)) * 100) / 100;
    o.debtAgeDays[i] = Math.floor(p.debtAgeMin + (p.debtAgeMax - p.debtAgeMin + 1) * uniform(seed, i, D, P.debtAge));

    // demographics
    const ageBand = pickCumulative(ageCumulative, uniform(seed, i, D, P.ageBand));
    o.ageBand[i] = ageBand;
    o.state[i] = pickCumulative(stateCumulative, uniform(seed, i, D, P.state));
    const genderDraw = uniform(seed, i, D, P.gender);
    if (genderDraw < p.diverse) pr.gender[i] = 2;
    else if (genderDraw < p.diverse + p.female) pr.gender[i] = 0;
    else pr.gender[i] = 1;
    pr.language[i] = uniform(seed, i, D, P.language) < p.otherLanguage ? 1 : 0;
    pr.urban[i] = uniform(seed, i, D, P.urban) < p.urban ? 1 : 0;
    const incomeBand = pickCumulative(claimType >= RENT ? incomeLargeClaims : incomeCumulative, uniform(seed, i, D, P.incomeBand));
    pr.incomeBand[i] = incomeBand;

    // latent segment, then the contact data that reaches the debtor
    const segment = pickCumulative(segmentByIncome[incomeBand], uniform(seed, i, D, P.segment));
    l.segment[i] = segment;
    const emailShare = p.emailByAge[ageBand];
    o.hasEmail[i] = uniform(seed, i, D, P.hasEmail) < emailShare ? 1 : 0;
    o.hasMobile[i] = uniform(seed, i, D, P.hasMobile) < Math.min(1, emailShare * p.mobileRelativeToEmail) ? 1 : 0;
    if (segment === UNREACHABLE) {
      // wrong address and dead digital channels: only spontaneous payments remain
      l.addressValid[i] = 0;
      l.emailValid[i] = 0;
      l.mobileValid[i] = 0;
    } else {
      l.addressValid[i] = uniform(seed, i, D, P.addressValid) < p.addressValid ? 1 : 0;
      l.emailValid[i] = uniform(seed, i, D, P.emailValid) < p.emailValid ? 1 : 0;
      l.mobileValid[i] = uniform(seed, i, D, P.mobileValid) < p.mobileValid ? 1 : 0;
    }
    l.claimError[i] = uniform(seed, i, D, P.claimError) < p.claimError ? 1 : 0;

    // vulnerability drivers
    let vulnerability = 0;
    if (uniform(seed, i, D, P.vulnerableHealth) < p.vulnerable.health) vulnerability |= VULNERABLE_HEALTH;
    if (uniform(seed, i, D, P.vulnerableLifeEvent) < p.vulnerable.lifeEvent) vulnerability |= VULNERABLE_LIFE_EVENT;
    if (uniform(seed, i, D, P.vulnerableResilience) < p.vulnerable.resilience) vulnerability |= VULNERABLE_RESILIENCE;
    if (uniform(seed, i, D, P.vulnerableCapability) < p.vulnerable.capability) vulnerability |= VULNERABLE_CAPABILITY;
    pr.vulnerability[i] = vulnerability;

    // attention, trust and reaction traits
    l.preferredSlot[i] = pickCumulative(ageBand <= 1 ? slotYoung : slotOld, uniform(seed, i, D, P.preferredSlot));
    l.aiAcceptance[i] = clamp01(AI_ACCEPTANCE_BY_AGE[ageBand] + 0.15 * normal(seed, i, D, P.aiAcceptance));
    l.initialTrust[i] = clamp01(0.5 + 0.12 * normal(seed, i, D, P.trust));
    l.toneSensitivity[i] = Math.exp(0.2 * normal(seed, i, D, P.toneNoise));

    // liquidity
    const income = liquidity.income[incomeBand] * Math.exp(0.2 * normal(seed, i, D, P.incomeNoise));
    l.monthlyIncome[i] = income;
    const freeCash = income * liquidity.freeCashShare[segment];
    l.monthlyFreeCash[i] = freeCash;
    l.buffer[i] = freeCash * liquidity.bufferMonths[segment];
    const shockDraw = uniform(seed, i, D, P.shockMonth);
    const shockDay = Math.floor(-Math.log(1 - shockDraw) / dailyShockRate);
    l.shockDay[i] = shockDay < horizonDays ? shockDay : -1;
  }
  return population;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export const SEGMENT_COUNT = SEGMENTS.length;
