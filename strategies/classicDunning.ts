/**
 * Champion: classic dunning.
 *
 * The fixed schedule most German agencies still run: an agency letter on day 0, firm
 * reminder letters on fixed days, then the court dunning procedure (Mahnbescheid) for
 * claims above a threshold. No instalment plan is offered unless the debtor asks,
 * except for consumer-credit claims, where EU Directive 2023/2225 requires a
 * forbearance offer before enforcement: their last reminder carries one.
 */

import { z } from "zod";
import type { Strategy, StrategyContext } from "../simulator/engine/strategyApi.js";
import { CREDIT, DISPUTED, FIRM, INSTALMENT_OFFER, LETTER, NEUTRAL, NO_OFFER, OPEN, PROMISED, PLAN } from "../simulator/population/codes.js";

export const classicDunningOptions = z
  .object({
    /** Days after placement on which reminder letters go out. */
    reminderDays: z.array(z.number().int().min(1).max(3650)).default([14, 28]),
    /** First day on which an unpaid claim goes to court. */
    courtFromDay: z.number().int().min(0).max(3650).default(42),
    /** € of principal above which an unpaid claim goes to court. */
    courtThreshold: z.number().min(0).default(100),
    /** Offer an instalment plan in the last reminder for consumer-credit claims. */
    forbearanceForCredit: z.boolean().default(true)
  })
  .strict();

/** Days to wait before looking again at a case that is in a plan, promised or disputed. */
const RECHECK_DAYS = 7;

export function classicDunning(rawOptions: Record<string, unknown>): Strategy {
  const options = classicDunningOptions.parse(rawOptions);
  const reminders = [...options.reminderDays].sort((a, b) => a - b);
  let context: StrategyContext;
  let step: Uint8Array;

  return {
    name: "classicDunning",
    reads: ["claimAmount", "claimType", "status", "outstanding", "planOfferedDay"],

    start(ctx) {
      context = ctx;
      step = new Uint8Array(ctx.view.claimAmount.length);
      for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
    },

    decide(debtor, day) {
      const view = context.view;
      const status = view.status[debtor];
      if (status === PLAN || status === PROMISED || status === DISPUTED) {
        context.wakeAt(debtor, day + RECHECK_DAYS);
        return;
      }
      if (status !== OPEN) return;

      const sent = step[debtor];
      if (sent <= reminders.length) {
        // the agency letter, then the firm reminders
        const last = sent === reminders.length;
        const offer = last && options.forbearanceForCredit && view.claimType[debtor] === CREDIT ? INSTALMENT_OFFER : NO_OFFER;
        context.contact(debtor, day, { channel: LETTER, tone: sent === 0 ? NEUTRAL : FIRM, slot: 0, offer });
        step[debtor] = sent + 1;
        const next = last ? Math.max(options.courtFromDay, day + 1) : reminders[sent];
        context.wakeAt(debtor, Math.max(next, day + 1));
        return;
      }

      if (view.claimAmount[debtor] > options.courtThreshold && view.escalated[debtor] === 0) {
        context.escalate(debtor, day);
      }
    }
  };
}
