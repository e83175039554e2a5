/**
 * The day-stepped engine: runs one arm's strategy against its debtors over the horizon.
 *
 * Each day, for every open case of the arm, the engine delivers letters in the post,
 * applies income shocks and processes the scheduled events (dispute check, promise,
 * instalment, court step, deferred contact). Then the debtor may act on the claim, with
 * a daily chance raised by attention and trust. Last, the strategy decides if it asked
 * to be called today.
 *
 * Everything a strategy proposes passes the compliance guard first. Random draws are
 * addressed by (seed, debtor, day, purpose), so the result does not depend on the order
 * in which debtors are processed, and arms share common random numbers.
 *
 * Hot path: the loop reads struct-of-arrays state and skips closed cases by compacting
 * the active list once a week. `npm run bench` measures it at a million debtors.
 */

import { BLOCK, createDecision, DEFER, DELIVER } from "../compliance/guard.js";
import { EVENT_TYPES, LEGAL, OPEN, PAID, CLOSED_DISPUTE, PHONE_AGENT, VOICE_BOT, TITLED } from "../population/codes.js";
import { P } from "../random/purposes.js";
import { uniform } from "../random/counterRandom.js";
import { applyIncomeShock } from "../behavior/liquidity.js";
import { deliverContact, noticeContact, NOTICED_CONTACT } from "../behavior/contact.js";
import { actOnClaim } from "../behavior/payment.js";
import { processInstalment, processPromise } from "../behavior/commitments.js";
import { resolveDispute } from "../behavior/disputes.js";
import { processLegalStep, startCourtProcedure } from "../behavior/legal.js";
import { recordSurvey } from "../behavior/survey.js";
import { LETTER } from "../population/codes.js";
import { packAction } from "./caseState.js";
import { CONTENT_MASK } from "../behavior/messageContent.js";
import type { Simulation } from "./simulation.js";
import type { InboundDesk } from "../desk/inboundDesk.js";
import type { ContactAction, ObservableView, ProtectedView, StrategyContext } from "./strategyApi.js";
import type { RandomStream } from "../random/seededStream.js";

const BLOCKED = EVENT_TYPES.indexOf("blocked");
const DEFERRED = EVENT_TYPES.indexOf("deferred");
/** Marker in the event's channel column for a blocked escalation (no channel). */
const NO_CHANNEL = -1;

export interface ArmRunOptions {
  members: Int32Array;
  random: RandomStream;
  protectedView?: ProtectedView;
  /** Called after each simulated day, for progress reports. */
  onDay?: (day: number) => void;
  /** The arm's inbound service desk, run once a day after the debtors; none when undefined. */
  desk?: InboundDesk;
}

/** Run the arm's strategy over the whole horizon. */
export function simulateArm(sim: Simulation, options: ArmRunOptions): void {
  const { members } = options;
  const horizon = sim.horizonDays;
  const view = sim.state.view;
  const hidden = sim.state.hidden;
  const latent = sim.population.latent;
  const guard = sim.guard;
  const decision = createDecision();
  const proposal = { debtor: 0, day: 0, channel: 0, slot: 0, tone: 0, offer: 0 };
  let today = 0;

  // proposals from the strategy and from deferred contacts take the same path through the guard
  const propose = (debtor: number, day: number, channel: number, tone: number, slot: number, offer: number, content: number): void => {
    const status = view.status[debtor];
    if (status === PAID || status === CLOSED_DISPUTE) return;
    proposal.debtor = debtor;
    proposal.day = day;
    proposal.channel = channel;
    proposal.slot = slot;
    proposal.tone = tone;
    proposal.offer = offer;
    guard.review(proposal, decision);
    // a deferral to a later slot of the same day is reviewed again at that slot, because the
    // engine steps whole days and a same-day deferral would otherwise never come due
    for (let retry = 0; retry < 3 && decision.kind === DEFER && decision.day === day && decision.slot !== proposal.slot; retry++) {
      proposal.slot = decision.slot;
      guard.review(proposal, decision);
    }
    if (decision.kind === DEFER && decision.day === day) decision.kind = BLOCK;
    if (decision.kind === DELIVER) {
      const outcome = deliverContact(sim, debtor, day, channel, tone, decision.slot, offer, content);
      // an answered call is a conversation, which some rules count separately
      const conversation = outcome === NOTICED_CONTACT && (channel === PHONE_AGENT || channel === VOICE_BOT);
      guard.recordDelivered(debtor, day, channel, conversation);
    } else if (decision.kind === DEFER) {
      hidden.deferredDay[debtor] = decision.day;
      hidden.deferredAction[debtor] = packAction(channel, tone, decision.slot, offer, content);
      sim.log.add(debtor, day, DEFERRED, channel, tone, slot, offer, decision.day, 0, decision.rule);
    } else {
      sim.log.add(debtor, day, BLOCKED, channel, tone, slot, offer, 0, 0, decision.rule);
    }
  };

  const context: StrategyContext = {
    view: strategyView(sim),
    protectedView: options.protectedView,
    members,
    horizonDays: horizon,
    calendar: { weekday: sim.calendar.weekday, dayOfMonth: sim.dayOfMonth },
    random: options.random,
    contactCost: sim.parameters.cost.contact,
    contact(debtor: number, day: number, action: ContactAction): void {
      checkToday(day, today, "contact");
      propose(debtor, day, action.channel, action.tone, action.slot, action.offer, (action.content ?? 0) & CONTENT_MASK);
    },
    escalate(debtor: number, day: number): void {
      checkToday(day, today, "escalate");
      const hadOffer = view.planOfferedDay[debtor] >= 0;
      const claimType = sim.population.observable.claimType[debtor];
      const rule = guard.escalationRule(debtor, day, hadOffer, claimType);
      if (rule >= 0) {
        sim.log.add(debtor, day, BLOCKED, NO_CHANNEL, -1, -1, -1, 0, 0, rule);
        return;
      }
      startCourtProcedure(sim, debtor, day);
    },
    wakeAt(debtor: number, day: number): void {
      // before day 0 starts a strategy may schedule day 0; afterwards only later days
      const earliest = started ? today + 1 : 0;
      hidden.wakeDay[debtor] = day >= earliest && day < horizon ? day : -1;
    }
  };

  let started = false;
  sim.strategy.start(context);
  started = true;

  // the active list contains the arm's open cases, and closed ones drop out at compaction
  const active = Int32Array.from(members);
  let activeCount = active.length;
  const response = sim.parameters.response;
  const baseHazard = response.baseHazard;
  const attentionGain = response.attentionGain;
  const trustEffect = response.trustEffect;
  const seed = sim.seed;

  for (let day = 0; day < horizon; day++) {
    today = day;
    for (let k = 0; k < activeCount; k++) {
      const i = active[k];
      let status = view.status[i];
      if (status === PAID || status === CLOSED_DISPUTE) continue;

      if (hidden.letterDay[i] === day) {
        hidden.letterDay[i] = -1;
        noticeContact(sim, i, day, LETTER, hidden.letterTone[i], 0, hidden.letterOffer[i], hidden.letterContent[i]);
      }
      if (latent.shockDay[i] === day) applyIncomeShock(sim, i);
      if (hidden.disputeUntil[i] === day) resolveDispute(sim, i, day);
      if (hidden.promiseDay[i] === day) processPromise(sim, i, day);
      if (hidden.planNextDue[i] === day) processInstalment(sim, i, day);
      if (hidden.legalNextDay[i] === day) processLegalStep(sim, i, day);

      // the debtor may act on the claim today
      status = view.status[i];
      if (status === OPEN || status === LEGAL || status === TITLED) {
        const segment = latent.segment[i];
        let attention = hidden.alert[i];
        if (attention > 0) attention *= sim.alertDecay[day - hidden.alertDay[i]];
        let trustFactor = 1 + trustEffect * (hidden.trust[i] - 0.5);
        if (trustFactor < 0.1) trustFactor = 0.1;
        const hazard = baseHazard[segment] * (1 + attentionGain[segment] * attention) * trustFactor;
        if (uniform(seed, i, day, P.act) < hazard) actOnClaim(sim, i, day);
      }

      status = view.status[i];
      if (status === PAID || status === CLOSED_DISPUTE) continue;
      if (hidden.deferredDay[i] === day) {
        hidden.deferredDay[i] = -1;
        const packed = hidden.deferredAction[i];
        propose(i, day, packed & 15, (packed >> 4) & 15, (packed >> 8) & 15, (packed >> 12) & 15, (packed >> 16) & 255);
      }
      if (hidden.wakeDay[i] === day) {
        hidden.wakeDay[i] = -1;
        sim.strategy.decide(i, day);
      }
    }

    options.desk?.runDay(sim, day, active, activeCount);

    // weekly compaction of the active list
    if (day % 7 === 6) {
      let kept = 0;
      for (let k = 0; k < activeCount; k++) {
        const status = view.status[active[k]];
        if (status !== PAID && status !== CLOSED_DISPUTE) active[kept++] = active[k];
      }
      activeCount = kept;
    }
    options.onDay?.(day);
  }

  // open cases are surveyed at the horizon
  for (let k = 0; k < activeCount; k++) {
    const i = active[k];
    const status = view.status[i];
    if (status !== PAID && status !== CLOSED_DISPUTE) recordSurvey(sim, i, horizon - 1);
  }
}

function checkToday(day: number, today: number, what: string): void {
  if (day !== today) {
    throw new Error(`A strategy may only ${what} for the current day ${today}, got day ${day}. Use wakeAt(debtor, ${day}) to act later.`);
  }
}

/** Build the read-only view a strategy gets: placement data and the visible case history. */
export function strategyView(sim: Simulation): ObservableView {
  const observable = sim.population.observable;
  const visible = sim.state.view;
  return Object.freeze({
    claimAmount: observable.claimAmount,
    claimType: observable.claimType,
    debtAgeDays: observable.debtAgeDays,
    ageBand: observable.ageBand,
    state: observable.state,
    hasEmail: observable.hasEmail,
    hasMobile: observable.hasMobile,
    status: visible.status,
    outstanding: visible.outstanding,
    paid: visible.paid,
    contacts: visible.contacts,
    lastContactDay: visible.lastContactDay,
    undeliverable: visible.undeliverable,
    lastResponseDay: visible.lastResponseDay,
    lastResponse: visible.lastResponse,
    planOfferedDay: visible.planOfferedDay,
    escalated: visible.escalated
  });
}

