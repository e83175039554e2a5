/**
 * Challenger: digital first.
 *
 * E-mail or SMS by the contact data the creditor passed on, in an empathetic tone, each
 * with a self-service payment link and an instalment-plan offer. A letter goes out only
 * where no digital channel works, and first where only a mobile number is known, because
 * the first contact must be in text form to carry the information of § 13a RDG. The
 * case goes to court only after the forbearance offers went unanswered, with a last
 * neutral letter before it.
 */

import { z } from "zod";
import type { Strategy, StrategyContext } from "../simulator/engine/strategyApi.js";
import {
  DISPUTED,
  EMAIL,
  EMPATHETIC,
  INSTALMENT_OFFER,
  LETTER,
  NEUTRAL,
  OPEN,
  PLAN,
  PROMISED,
  SLOTS,
  SMS
} from "../simulator/population/codes.js";

export const digitalFirstOptions = z
  .object({
    /** Days after placement on which digital reminders go out (the first one is the first contact). */
    reminderDays: z.array(z.number().int().min(0).max(3650)).min(1).default([0, 4, 10, 18, 30, 45]),
    /** Day of the last letter before court, for unpaid claims above the threshold. */
    finalNoticeDay: z.number().int().min(1).max(3650).default(60),
    /** First day on which an unpaid claim goes to court. */
    courtFromDay: z.number().int().min(1).max(3650).default(75),
    /** € of principal above which an unpaid claim goes to court. */
    courtThreshold: z.number().min(0).default(100),
    /** Time slot of digital contacts. */
    slot: z.enum(SLOTS).default("evening")
  })
  .strict();

const RECHECK_DAYS = 7;

export function digitalFirst(rawOptions: Record<string, unknown>): Strategy {
  const options = digitalFirstOptions.parse(rawOptions);
  const reminders = [...options.reminderDays].sort((a, b) => a - b);
  const slot = SLOTS.indexOf(options.slot);
  let context: StrategyContext;
  let step: Uint8Array;

  // pick a working digital channel, alternating e-mail and SMS where both work
  const digitalChannel = (debtor: number, sent: number): number => {
    const view = context.view;
    const emailWorks = view.hasEmail[debtor] === 1 && (view.undeliverable[debtor] & (1 << EMAIL)) === 0;
    const smsWorks = view.hasMobile[debtor] === 1 && (view.undeliverable[debtor] & (1 << SMS)) === 0;
    if (sent === 0) return emailWorks ? EMAIL : LETTER;
    if (emailWorks && smsWorks) return sent % 2 === 1 ? SMS : EMAIL;
    if (emailWorks) return EMAIL;
    if (smsWorks) return SMS;
    return LETTER;
  };

  return {
    name: "digitalFirst",
    reads: ["claimAmount", "hasEmail", "hasMobile", "undeliverable", "status", "escalated"],

    start(ctx) {
      context = ctx;
      step = new Uint8Array(ctx.view.claimAmount.length);
      for (const debtor of ctx.members) ctx.wakeAt(debtor, reminders[0]);
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
      if (sent < reminders.length) {
        const channel = digitalChannel(debtor, sent);
        // a letter-only debtor gets fewer contacts: every second reminder
        const lettersOnly = channel === LETTER && sent > 0;
        if (!lettersOnly || sent % 2 === 0) {
          context.contact(debtor, day, { channel, tone: EMPATHETIC, slot: channel === LETTER ? 0 : slot, offer: INSTALMENT_OFFER });
        }
        step[debtor] = sent + 1;
        const next = sent + 1 < reminders.length ? reminders[sent + 1] : options.finalNoticeDay;
        context.wakeAt(debtor, Math.max(next, day + 1));
        return;
      }

      if (view.claimAmount[debtor] <= options.courtThreshold || view.escalated[debtor] === 1) return;
      if (sent === reminders.length) {
        // last notice before court, still with the plan offer
        context.contact(debtor, day, { channel: LETTER, tone: NEUTRAL, slot: 0, offer: INSTALMENT_OFFER });
        step[debtor] = sent + 1;
        context.wakeAt(debtor, Math.max(options.courtFromDay, day + 1));
        return;
      }
      context.escalate(debtor, day);
    }
  };
}
