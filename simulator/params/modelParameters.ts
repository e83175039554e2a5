/**
 * The resolved parameter values in the shape the hot loops read: arrays indexed by
 * segment, tone or channel code instead of string ids.
 */

import { AGE_BANDS, CHANNELS, CLAIM_TYPES, INCOME_BANDS, SEGMENTS, STATES, TONES } from "../population/codes.js";
import { behaviorParameters } from "./behaviorParameters.js";
import { messageParameters } from "./messageParameters.js";
import { CONTENT_FLAGS } from "../behavior/messageContent.js";
import type { ParameterDefinition, ParameterValues } from "./parameter.js";
import { populationParameters } from "./populationParameters.js";

export const parameterDefinitions: readonly ParameterDefinition[] = [...populationParameters, ...behaviorParameters, ...messageParameters];

const AGE_KEYS = ["18to29", "30to44", "45to64", "65plus"];

export interface ModelParameters {
  values: ParameterValues;
  population: {
    claimTypeShare: number[];
    claimMedian: number[];
    claimSpread: number;
    claimMax: number;
    debtAgeMin: number;
    debtAgeMax: number;
    ageShare: number[];
    female: number;
    diverse: number;
    otherLanguage: number;
    urban: number;
    incomeShare: number[];
    largeClaimIncomeTilt: number;
    stateShare: number[];
    emailByAge: number[];
    mobileRelativeToEmail: number;
    addressValid: number;
    emailValid: number;
    mobileValid: number;
    segmentWeight: number[];
    segmentIncomeTilt: number;
    vulnerable: { health: number; lifeEvent: number; resilience: number; capability: number };
    claimError: number;
  };
  response: {
    baseHazard: Float64Array;
    attentionGain: Float64Array;
    /** [segment * 4 + tone] */
    toneEffect: Float64Array;
    alertDecayPerDay: number;
    alertByChannel: Float64Array;
    trustByTone: Float64Array;
    complaintByTone: Float64Array;
    disputeToneFactor: Float64Array;
    pressureWindow: number;
    pressureThreshold: number;
    pressureTrustLoss: number;
    pressureComplaintFactor: number;
    trustEffect: number;
    disputeBaseUnwilling: number;
    disputeBaseOther: number;
    disputeJustified: number;
    disputeReviewDays: number;
  };
  reach: {
    notice: Float64Array;
    preferredSlotBoost: number;
    weekendFactor: number;
    aiAcceptanceWeight: number;
  };
  commitment: {
    planAcceptOffered: number;
    planAskUnoffered: number;
    promiseChance: number;
    promiseKeep: number;
    partialChance: number;
    partialShare: number;
    planMaxMonths: number;
    planMinInstalment: number;
    planAffordableShare: number;
    planBreakBase: number;
    planMissesToBreak: number;
  };
  liquidity: {
    freeCashShare: Float64Array;
    bufferMonths: Float64Array;
    income: Float64Array;
    endOfMonthCash: number;
    shockRate: number;
    shockIncomeLoss: number;
  };
  legal: {
    serviceDays: number;
    objectionDays: number;
    titleDays: number;
    enforcementInterval: number;
    enforcementSuccess: number;
    objectionUnwilling: number;
    objectionOther: number;
    alert: number;
    trustLoss: number;
  };
  nps: {
    responseRate: number;
    base: number;
    noise: number;
    trustWeight: number;
    tone: Float64Array;
    planAgreed: number;
    complaint: number;
    legal: number;
    paidInFull: number;
  };
  cost: {
    contact: Float64Array;
    selfServiceLink: number;
  };
  message: {
    /** Attention multiplier per content flag and segment, [flag * 5 + segment]. */
    contentEffect: Float64Array;
    resolveAgent: number;
    resolveBot: number;
    pleasantResolveFactor: number;
    pleasantTrust: number;
    shameCallAvoidance: number;
    shameBotPreference: number;
    /** Mean shame by segment. */
    shame: Float64Array;
    reactance: number;
    pressureDisputeFactor: number;
    settlementDiscount: number;
    settlementAccept: number;
  };
}

/** Build the hot-loop view of resolved parameter values. */
export function compileParameters(values: ParameterValues): ModelParameters {
  const v = (id: string): number => {
    const value = values[id];
    if (value === undefined) throw new Error(`Parameter "${id}" has no value.`);
    return value;
  };
  const bySegment = (prefix: string) => Float64Array.from(SEGMENTS, (s) => v(`${prefix}.${s}`));
  const byChannel = (prefix: string) => Float64Array.from(CHANNELS, (c) => v(`${prefix}.${c}`));
  const byTone = (prefix: string) => Float64Array.from(TONES, (t) => v(`${prefix}.${t}`));

  const toneEffect = new Float64Array(SEGMENTS.length * TONES.length);
  SEGMENTS.forEach((segment, s) =>
    TONES.forEach((tone, t) => {
      toneEffect[s * TONES.length + t] = v(`response.toneEffect.${segment}.${tone}`);
    })
  );

  return {
    values,
    population: {
      claimTypeShare: CLAIM_TYPES.map((t) => v(`population.claimType.${t}.share`)),
      claimMedian: CLAIM_TYPES.map((t) => v(`population.claimType.${t}.median`)),
      claimSpread: v("population.claimSpread"),
      claimMax: v("population.claimMax"),
      debtAgeMin: v("population.debtAgeMin"),
      debtAgeMax: v("population.debtAgeMax"),
      ageShare: AGE_KEYS.map((k) => v(`population.age.${k}`)),
      female: v("population.female"),
      diverse: v("population.diverse"),
      otherLanguage: v("population.otherLanguage"),
      urban: v("population.urban"),
      incomeShare: INCOME_BANDS.map((b) => v(`population.income.${b}`)),
      largeClaimIncomeTilt: v("population.largeClaimIncomeTilt"),
      stateShare: STATES.map((s) => v(`population.state.${s}`)),
      emailByAge: AGE_KEYS.map((k) => v(`population.email.${k}`)),
      mobileRelativeToEmail: v("population.mobileRelativeToEmail"),
      addressValid: v("population.addressValid"),
      emailValid: v("population.emailValid"),
      mobileValid: v("population.mobileValid"),
      segmentWeight: SEGMENTS.map((s) => v(`population.segment.${s}`)),
      segmentIncomeTilt: v("population.segmentIncomeTilt"),
      vulnerable: {
        health: v("population.vulnerable.health"),
        lifeEvent: v("population.vulnerable.lifeEvent"),
        resilience: v("population.vulnerable.resilience"),
        capability: v("population.vulnerable.capability")
      },
      claimError: v("population.claimError")
    },
    response: {
      baseHazard: bySegment("response.baseHazard"),
      attentionGain: bySegment("response.attentionGain"),
      toneEffect,
      alertDecayPerDay: Math.pow(0.5, 1 / v("response.alertHalfLife")),
      alertByChannel: byChannel("response.alert"),
      trustByTone: byTone("response.trust"),
      complaintByTone: byTone("response.complaint"),
      disputeToneFactor: byTone("response.disputeToneFactor"),
      pressureWindow: v("response.pressureWindow"),
      pressureThreshold: v("response.pressureThreshold"),
      pressureTrustLoss: v("response.pressureTrustLoss"),
      pressureComplaintFactor: v("response.pressureComplaintFactor"),
      trustEffect: v("response.trustEffect"),
      disputeBaseUnwilling: v("response.disputeBase.unwilling"),
      disputeBaseOther: v("response.disputeBase.other"),
      disputeJustified: v("response.disputeJustified"),
      disputeReviewDays: Math.round(v("response.disputeReviewDays"))
    },
    reach: {
      notice: byChannel("reach.notice"),
      preferredSlotBoost: v("reach.preferredSlotBoost"),
      weekendFactor: v("reach.weekendFactor"),
      aiAcceptanceWeight: v("reach.aiAcceptanceWeight")
    },
    commitment: {
      planAcceptOffered: v("commitment.planAcceptOffered"),
      planAskUnoffered: v("commitment.planAskUnoffered"),
      promiseChance: v("commitment.promiseChance"),
      promiseKeep: v("commitment.promiseKeep"),
      partialChance: v("commitment.partialChance"),
      partialShare: v("commitment.partialShare"),
      planMaxMonths: Math.round(v("commitment.planMaxMonths")),
      planMinInstalment: v("commitment.planMinInstalment"),
      planAffordableShare: v("commitment.planAffordableShare"),
      planBreakBase: v("commitment.planBreakBase"),
      planMissesToBreak: Math.round(v("commitment.planMissesToBreak"))
    },
    liquidity: {
      freeCashShare: bySegment("liquidity.freeCashShare"),
      bufferMonths: bySegment("liquidity.bufferMonths"),
      income: Float64Array.from(INCOME_BANDS, (b) => v(`liquidity.income.${b}`)),
      endOfMonthCash: v("liquidity.endOfMonthCash"),
      shockRate: v("liquidity.shockRate"),
      shockIncomeLoss: v("liquidity.shockIncomeLoss")
    },
    legal: {
      serviceDays: Math.round(v("legal.serviceDays")),
      objectionDays: Math.round(v("legal.objectionDays")),
      titleDays: Math.round(v("legal.titleDays")),
      enforcementInterval: Math.round(v("legal.enforcementInterval")),
      enforcementSuccess: v("legal.enforcementSuccess"),
      objectionUnwilling: v("legal.objection.unwilling"),
      objectionOther: v("legal.objection.other"),
      alert: v("legal.alert"),
      trustLoss: v("legal.trustLoss")
    },
    nps: {
      responseRate: v("nps.responseRate"),
      base: v("nps.base"),
      noise: v("nps.noise"),
      trustWeight: v("nps.trustWeight"),
      tone: byTone("nps.tone"),
      planAgreed: v("nps.planAgreed"),
      complaint: v("nps.complaint"),
      legal: v("nps.legal"),
      paidInFull: v("nps.paidInFull")
    },
    cost: {
      contact: byChannel("cost.contact"),
      selfServiceLink: v("cost.selfServiceLink")
    },
    message: {
      contentEffect: Float64Array.from(CONTENT_FLAGS.flatMap((flag) => SEGMENTS.map((segment) => v(`content.${flag}.${segment}`)))),
      resolveAgent: v("call.resolveAgent"),
      resolveBot: v("call.resolveBot"),
      pleasantResolveFactor: v("call.pleasantResolveFactor"),
      pleasantTrust: v("call.pleasantTrust"),
      shameCallAvoidance: v("reach.shameCallAvoidance"),
      shameBotPreference: v("reach.shameBotPreference"),
      shame: bySegment("population.shame"),
      reactance: v("response.reactance"),
      pressureDisputeFactor: v("response.pressureDisputeFactor"),
      settlementDiscount: v("commitment.settlementDiscount"),
      settlementAccept: v("commitment.settlementAccept")
    }
  };
}

export { AGE_BANDS };
