/**
 * Reach and reaction: what happens to a contact the compliance guard let through.
 *
 * Delivery: a letter needs a valid address, an e-mail a known and working address, an
 * SMS or a call a known and working number. An undelivered contact still costs money,
 * and the agency learns that the channel failed. Letters arrive a few days later.
 *
 * Notice: a delivered contact is noticed (opened, read, answered) with a chance per
 * channel, higher in the debtor's preferred time slot, lower at weekends; a call is
 * answered less by a debtor who feels ashamed (agent) or accepts AI less (voice bot).
 *
 * Reaction to a noticed contact: attention rises (and fades with its half-life), scaled
 * by how this debtor's segment responds to the tone and to the message content; trust
 * moves with the tone and falls under contact pressure; complaints and disputes become
 * more likely with firm or deterrent tones and with pressure. Reactance: beyond the
 * tolerated pressure, firm and deterrent contacts create less attention in an unwilling
 * debtor. An answered call may resolve the claim in the conversation (conversation.ts).
 */

import type { Simulation } from "../engine/simulation.js";
import { P } from "../random/purposes.js";
import { uniform } from "../random/counterRandom.js";
import {
  CLOSED_DISPUTE,
  EMAIL,
  EVENT_TYPES,
  INSTALMENT_OFFER,
  LETTER,
  OPEN,
  PAID,
  PROMISED,
  SETTLEMENT_OFFER,
  TONES,
  UNWILLING,
  FIRM,
  PHONE_AGENT,
  VOICE_BOT
} from "../population/codes.js";
import { chargeDemandFee } from "./fees.js";
import { startDispute } from "./disputes.js";
import { CONTENT_PLEASANT_CALLER, contentFactor } from "./messageContent.js";
import { answerFactor, resolveInCall } from "./conversation.js";

const CONTACT = EVENT_TYPES.indexOf("contact");
const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
const COMPLAINT = EVENT_TYPES.indexOf("complaint");
/** Days a letter takes to reach the debtor (assumption: Deutsche Post delivers most letters within 1–2 working days). */
export const LETTER_DAYS = 2;
/** Saturday in the calendar's weekday numbering (0 Monday … 6 Sunday). */
const SATURDAY = 5;

/** Return whether a contact on `channel` can reach the debtor at all. */
export function channelWorks(sim: Simulation, debtor: number, channel: number): boolean {
  const latent = sim.population.latent;
  const observable = sim.population.observable;
  if (channel === LETTER) return latent.addressValid[debtor] === 1;
  if (channel === EMAIL) return observable.hasEmail[debtor] === 1 && latent.emailValid[debtor] === 1;
  // SMS, agent calls and voice-bot calls need a working mobile number
  return observable.hasMobile[debtor] === 1 && latent.mobileValid[debtor] === 1;
}

/** Outcomes of `deliverContact`. */
export const UNDELIVERED_CONTACT = 0;
export const DELIVERED_CONTACT = 1;
export const NOTICED_CONTACT = 2;

/**
 * Deliver a contact that passed the compliance guard. Returns UNDELIVERED_CONTACT,
 * DELIVERED_CONTACT, or NOTICED_CONTACT when the debtor noticed it today (for a call:
 * answered it, which makes it a conversation).
 */
export function deliverContact(sim: Simulation, debtor: number, day: number, channel: number, tone: number, slot: number, offer: number, content = 0): number {
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  const cost = sim.parameters.cost.contact[channel] + (offer !== 0 && channel !== LETTER ? sim.parameters.cost.selfServiceLink : 0);
  hidden.contactCost[debtor] += cost;
  sim.costByDay[day] += cost;

  if (!channelWorks(sim, debtor, channel)) {
    view.undeliverable[debtor] |= 1 << channel;
    sim.log.add(debtor, day, UNDELIVERED, channel, tone, slot, offer, 0, cost);
    sim.strategy.onEvent?.(debtor, day, "undelivered", 0);
    return UNDELIVERED_CONTACT;
  }

  view.contacts[debtor]++;
  view.lastContactDay[debtor] = day;
  sim.log.add(debtor, day, CONTACT, channel, tone, slot, offer, 0, cost);
  chargeDemandFee(sim, debtor, day);
  if (offer === INSTALMENT_OFFER) view.planOfferedDay[debtor] = day;
  if (offer === SETTLEMENT_OFFER) hidden.settlementOfferedDay[debtor] = day;

  // contact pressure counts every delivered contact, noticed or not
  const age = day - hidden.pressureDay[debtor];
  hidden.pressure[debtor] = hidden.pressure[debtor] * sim.pressureDecay[age] + 1;
  hidden.pressureDay[debtor] = day;

  if (channel === LETTER) {
    // a letter already in the post is read before the new one arrives
    if (hidden.letterDay[debtor] >= 0) {
      noticeContact(sim, debtor, day, LETTER, hidden.letterTone[debtor], slot, hidden.letterOffer[debtor], hidden.letterContent[debtor]);
    }
    hidden.letterDay[debtor] = day + LETTER_DAYS;
    hidden.letterTone[debtor] = tone;
    hidden.letterOffer[debtor] = offer;
    hidden.letterContent[debtor] = content;
    return DELIVERED_CONTACT;
  }
  if (!noticeContact(sim, debtor, day, channel, tone, slot, offer, content)) return DELIVERED_CONTACT;
  const status = view.status[debtor];
  if ((channel === PHONE_AGENT || channel === VOICE_BOT) && (status === OPEN || status === PROMISED)) {
    resolveInCall(sim, debtor, day, channel, content);
  }
  return NOTICED_CONTACT;
}

/** The debtor may notice a delivered contact today, and react to it; returns whether it was noticed. */
export function noticeContact(sim: Simulation, debtor: number, day: number, channel: number, tone: number, slot: number, offer: number, content = 0): boolean {
  const status = sim.state.view.status[debtor];
  if (status === PAID || status === CLOSED_DISPUTE) return false;
  const hidden = sim.state.hidden;
  const latent = sim.population.latent;
  const reach = sim.parameters.reach;
  const response = sim.parameters.response;

  // noticed at all?
  let chance = reach.notice[channel];
  if (channel !== LETTER && slot === latent.preferredSlot[debtor]) chance *= reach.preferredSlotBoost;
  if (channel !== LETTER && sim.calendar.weekday[day] === SATURDAY) chance *= reach.weekendFactor;
  if (channel === PHONE_AGENT || channel === VOICE_BOT) chance *= answerFactor(sim, debtor, channel);
  if (uniform(sim.seed, debtor, day, P.notice + channel * 16) >= chance) return false;

  // attention, scaled by the segment's response to the tone and the content
  const segment = latent.segment[debtor];
  const message = sim.parameters.message;
  const excess = Math.max(0, hidden.pressure[debtor] - response.pressureThreshold);
  let toneEffect = 1 + (response.toneEffect[segment * TONES.length + tone] - 1) * latent.toneSensitivity[debtor];
  if (segment === UNWILLING && tone >= FIRM && excess > 0) toneEffect /= 1 + message.reactance * excess;
  const offerBoost = offer === INSTALMENT_OFFER && channel !== LETTER ? 1.1 : 1;
  const decayed = hidden.alert[debtor] * sim.alertDecay[day - hidden.alertDay[debtor]];
  const created = response.alertByChannel[channel] * toneEffect * offerBoost * contentFactor(message.contentEffect, segment, channel, content);
  hidden.alert[debtor] = decayed + created;
  hidden.alertDay[debtor] = day;

  // trust and experience
  const pleasantCall = channel === PHONE_AGENT && (content & CONTENT_PLEASANT_CALLER) !== 0;
  const trust = hidden.trust[debtor] + response.trustByTone[tone] + (pleasantCall ? message.pleasantTrust : 0) - response.pressureTrustLoss * excess;
  hidden.trust[debtor] = Math.min(1, Math.max(0, trust));
  hidden.experience[debtor] += sim.parameters.nps.tone[tone];

  // complaint
  const complaintChance = response.complaintByTone[tone] * (1 + response.pressureComplaintFactor * excess);
  if (uniform(sim.seed, debtor, day, P.complaint + channel * 16) < complaintChance) {
    if (hidden.complaints[debtor] === 0) hidden.experience[debtor] += sim.parameters.nps.complaint;
    if (hidden.complaints[debtor] < 255) hidden.complaints[debtor]++;
    sim.state.view.lastResponseDay[debtor] = day;
    sim.state.view.lastResponse[debtor] = COMPLAINT;
    sim.log.add(debtor, day, COMPLAINT, channel, tone, slot, offer, 0, 0);
    sim.strategy.onEvent?.(debtor, day, "complaint", 0);
  }

  // dispute, justified where the claim is wrong
  if (status === OPEN || status === PROMISED) {
    const disputeChance = latent.claimError[debtor] === 1
      ? response.disputeJustified
      : (segment === UNWILLING ? response.disputeBaseUnwilling : response.disputeBaseOther) * response.disputeToneFactor[tone] * (1 + message.pressureDisputeFactor * excess);
    if (uniform(sim.seed, debtor, day, P.dispute + channel * 16) < disputeChance) startDispute(sim, debtor, day);
  }
  return true;
}

