/**
 * Challenger: adaptive outreach by Thompson sampling (the "AI" policy).
 *
 * For each observable context (claim-size band × age band) and each action (channel ×
 * tone × time slot) the strategy keeps a Beta posterior of the response chance. A
 * response is a payment, instalment plan or promise within `rewardWindowDays`. At each decision it draws one sample per allowed action and picks
 * the action with the highest expected value net of its price:
 * sample × min(outstanding, valueCap) − cost. The posterior learns online from the
 * responses of earlier debtors (Thompson 1933; Chapelle & Li 2011, "An empirical
 * evaluation of Thompson sampling").
 *
 * Limits: at most `contactBudget` contacts per debtor, at least `gapDays` between them;
 * instalment offers from the second contact on; court only after the budget is spent,
 * from `courtFromDay`, for claims above `courtThreshold`, once a plan was offered.
 * With `fairnessCap` a group's escalation rate stays within `maxRatio` times the arm's
 * overall rate (simulator/fairness/escalationCap.ts); capped debtors are checked again later.
 */

import { z } from "zod";
import type { Strategy, StrategyContext, StrategyEvent } from "../simulator/engine/strategyApi.js";
import { betaDraw } from "../simulator/random/seededStream.js";
import { EscalationCap, fairnessCapSchema } from "../simulator/fairness/escalationCap.js";
import {
  AGE_BANDS,
  CHANNELS,
  DISPUTED,
  EMAIL,
  INSTALMENT_OFFER,
  LETTER,
  NO_OFFER,
  OPEN,
  PLAN,
  PROMISED,
  SLOTS,
  SMS,
  TONES
} from "../simulator/population/codes.js";

export const adaptiveBanditOptions = z
  .object({
    channels: z.array(z.enum(CHANNELS)).min(1).default(["letter", "email", "sms", "voiceBot"]),
    tones: z.array(z.enum(TONES)).min(1).default(["empathetic", "neutral", "firm"]),
    slots: z.array(z.enum(SLOTS)).min(1).default(["morning", "midday", "evening"]),
    /** Maximum contacts per debtor. */
    contactBudget: z.number().int().min(1).max(50).default(5),
    /** Minimum days between two contacts to one debtor. */
    gapDays: z.number().int().min(1).max(90).default(8),
    /** Days after a contact in which a response counts as its success. */
    rewardWindowDays: z.number().int().min(1).max(60).default(8),
    /** € cap on the value of a response in the decision rule. */
    valueCap: z.number().min(1).default(500),
    courtFromDay: z.number().int().min(1).max(3650).default(75),
    courtThreshold: z.number().min(0).default(100),
    /** Beta prior (successes, failures) of every action. */
    prior: z.tuple([z.number().positive(), z.number().positive()]).default([1, 4]),
    /** Cap on the disparity of legal escalations across the groups of one attribute; none by default. */
    fairnessCap: fairnessCapSchema.optional()
  })
  .strict();

/** Claim-size bands of the context, in € of principal: up to 50, up to 500, above. */
const CLAIM_BAND_LIMITS = [50, 500];
const RECHECK_DAYS = 7;

export function claimBand(amount: number): number {
  if (amount <= CLAIM_BAND_LIMITS[0]) return 0;
  if (amount <= CLAIM_BAND_LIMITS[1]) return 1;
  return 2;
}

export function adaptiveBandit(rawOptions: Record<string, unknown>): Strategy {
  const options = adaptiveBanditOptions.parse(rawOptions);
  const channels = options.channels.map((c) => CHANNELS.indexOf(c));
  const tones = options.tones.map((t) => TONES.indexOf(t));
  const slots = options.slots.map((s) => SLOTS.indexOf(s));
  const actionCount = channels.length * tones.length * slots.length;
  const contextCount = (CLAIM_BAND_LIMITS.length + 1) * AGE_BANDS.length;

  // Beta posterior per context × action
  const successes = new Float64Array(contextCount * actionCount).fill(options.prior[0]);
  const failures = new Float64Array(contextCount * actionCount).fill(options.prior[1]);
  let context: StrategyContext;
  let sent: Uint8Array;
  /** Last action per debtor (index into the action table) and its day, -1 when settled. */
  let pendingAction: Int16Array;
  let pendingDay: Int16Array;
  let escalationCap: EscalationCap | undefined;

  const contextOf = (debtor: number): number =>
    claimBand(context.view.claimAmount[debtor]) * AGE_BANDS.length + context.view.ageBand[debtor];
  const channelOf = (action: number): number => channels[Math.floor(action / (tones.length * slots.length))];
  const toneOf = (action: number): number => tones[Math.floor(action / slots.length) % tones.length];
  const slotOf = (action: number): number => slots[action % slots.length];

  const channelWorks = (debtor: number, channel: number): boolean => {
    const view = context.view;
    if ((view.undeliverable[debtor] & (1 << channel)) !== 0) return false;
    if (channel === EMAIL) return view.hasEmail[debtor] === 1;
    if (channel === SMS || channel >= 3) return view.hasMobile[debtor] === 1;
    return true;
  };

  // settle the outcome of a debtor's last contact
  const settle = (debtor: number, success: boolean): void => {
    const action = pendingAction[debtor];
    if (action < 0) return;
    const cell = contextOf(debtor) * actionCount + action;
    if (success) successes[cell] += 1;
    else failures[cell] += 1;
    pendingAction[debtor] = -1;
  };

  return {
    name: "adaptiveBandit",
    reads: [
      "claimAmount", "ageBand", "hasEmail", "hasMobile", "undeliverable", "status", "outstanding", "contacts", "planOfferedDay", "escalated",
      ...(options.fairnessCap !== undefined && options.fairnessCap.attribute !== "ageBand" ? [options.fairnessCap.attribute] : [])
    ],

    start(ctx) {
      context = ctx;
      const n = ctx.view.claimAmount.length;
      sent = new Uint8Array(n);
      pendingAction = new Int16Array(n).fill(-1);
      pendingDay = new Int16Array(n).fill(-1);
      for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
      if (options.fairnessCap !== undefined) {
        escalationCap = new EscalationCap(options.fairnessCap, ctx.view, ctx.protectedView, ctx.members, "adaptiveBandit");
      }
    },

    decide(debtor, day) {
      const view = context.view;
      const status = view.status[debtor];
      if (pendingAction[debtor] >= 0 && day - pendingDay[debtor] >= options.rewardWindowDays) settle(debtor, false);
      if (status === PLAN || status === PROMISED || status === DISPUTED) {
        context.wakeAt(debtor, day + RECHECK_DAYS);
        return;
      }
      if (status !== OPEN) return;

      if (sent[debtor] < options.contactBudget) {
        // Thompson sampling: one posterior draw per allowed action
        const ctxIndex = contextOf(debtor);
        const value = Math.min(view.outstanding[debtor], options.valueCap);
        let best = -1;
        let bestScore = -Infinity;
        for (let action = 0; action < actionCount; action++) {
          const channel = channelOf(action);
          // the first contact must be in text form (§ 13a RDG): letter or e-mail
          if (sent[debtor] === 0 && channel !== LETTER && channel !== EMAIL) continue;
          if (!channelWorks(debtor, channel)) continue;
          const cell = ctxIndex * actionCount + action;
          const sample = betaDraw(context.random, successes[cell], failures[cell]);
          const score = sample * value - context.contactCost[channel];
          if (score > bestScore) {
            bestScore = score;
            best = action;
          }
        }
        if (best < 0) return;
        const offer = sent[debtor] >= 1 ? INSTALMENT_OFFER : NO_OFFER;
        const channel = channelOf(best);
        // book the contact before proposing it, because the engine reports an undelivered
        // contact from inside `contact`, and `onEvent` must find it pending
        sent[debtor]++;
        pendingAction[debtor] = best;
        pendingDay[debtor] = day;
        context.wakeAt(debtor, day + options.gapDays);
        context.contact(debtor, day, { channel, tone: toneOf(best), slot: channel === LETTER ? 0 : slotOf(best), offer });
        return;
      }

      if (view.claimAmount[debtor] > options.courtThreshold && view.escalated[debtor] === 0 && view.planOfferedDay[debtor] >= 0) {
        if (day < options.courtFromDay) {
          context.wakeAt(debtor, options.courtFromDay);
        } else if (escalationCap !== undefined && !escalationCap.allows(debtor)) {
          // the debtor's group is at its cap; look again when other groups have escalated
          context.wakeAt(debtor, day + RECHECK_DAYS);
        } else {
          context.escalate(debtor, day);
          // the guard may block the escalation; only one that happened counts
          if (context.view.escalated[debtor] === 1) escalationCap?.record(debtor);
        }
      }
    },

    onEvent(debtor: number, day: number, event: StrategyEvent) {
      if (event === "payment" || event === "planAgreed" || event === "promise") {
        if (pendingAction[debtor] >= 0 && day - pendingDay[debtor] < options.rewardWindowDays) settle(debtor, true);
      } else if (event === "undelivered" && pendingDay[debtor] === day) {
        // the agency learns at once that the channel failed; try again tomorrow
        pendingAction[debtor] = -1;
        sent[debtor] = Math.max(0, sent[debtor] - 1);
        context.wakeAt(debtor, day + 1);
      }
    },

    finish() {
      // posterior means per context and action, for the report
      const table: { context: number; channel: string; tone: string; slot: string; successes: number; failures: number; mean: number }[] = [];
      for (let c = 0; c < contextCount; c++) {
        for (let action = 0; action < actionCount; action++) {
          const cell = c * actionCount + action;
          table.push({
            context: c,
            channel: CHANNELS[channelOf(action)],
            tone: TONES[toneOf(action)],
            slot: SLOTS[slotOf(action)],
            successes: successes[cell] - options.prior[0],
            failures: failures[cell] - options.prior[1],
            mean: successes[cell] / (successes[cell] + failures[cell])
          });
        }
      }
      return { contexts: contextCount, actions: actionCount, posterior: table };
    }
  };
}

