/**
 * Trial strategy: a fixed script of contacts, the same for every member of the arm.
 *
 * Field trials compare single messages ("no text", "standard text", "text with name"),
 * so this strategy sends exactly the contacts listed, on the listed days, to every
 * member whose case is still open, and never escalates. An empty script is the control
 * arm that gets no contact at all.
 */

import { z } from "zod";
import type { Strategy, StrategyContext } from "../simulator/engine/strategyApi.js";
import { CHANNELS, OFFERS, OPEN, PROMISED, SLOTS, TONES } from "../simulator/population/codes.js";
import { CONTENT_FLAGS, contentOf } from "../simulator/behavior/messageContent.js";

const scriptedContactSchema = z
  .object({
    /** Day after placement on which the contact goes out. */
    day: z.number().int().min(0).max(3650),
    channel: z.enum(CHANNELS),
    tone: z.enum(TONES).default("neutral"),
    slot: z.enum(SLOTS).default("midday"),
    offer: z.enum(OFFERS).default("none"),
    /** Message content flags. */
    content: z.array(z.enum(CONTENT_FLAGS)).default([])
  })
  .strict();

export const scriptedContactsOptions = z
  .object({
    contacts: z.array(scriptedContactSchema).default([])
  })
  .strict();

interface ScriptedContact {
  day: number;
  channel: number;
  tone: number;
  slot: number;
  offer: number;
  content: number;
}

export function scriptedContacts(rawOptions: Record<string, unknown>): Strategy {
  const options = scriptedContactsOptions.parse(rawOptions);
  const script: ScriptedContact[] = options.contacts
    .map((contact) => ({
      day: contact.day,
      channel: CHANNELS.indexOf(contact.channel),
      tone: TONES.indexOf(contact.tone),
      slot: SLOTS.indexOf(contact.slot),
      offer: OFFERS.indexOf(contact.offer),
      content: contentOf(contact.content)
    }))
    .sort((a, b) => a.day - b.day);
  let context: StrategyContext;
  let step: Uint8Array;

  return {
    name: "scriptedContacts",
    reads: ["status"],

    start(ctx) {
      context = ctx;
      step = new Uint8Array(ctx.view.claimAmount.length);
      if (script.length === 0) return;
      for (const debtor of ctx.members) ctx.wakeAt(debtor, script[0].day);
    },

    decide(debtor, day) {
      const status = context.view.status[debtor];
      let next = step[debtor];
      // send every contact due today, then sleep until the next one
      while (next < script.length && script[next].day <= day) {
        const contact = script[next];
        if (status === OPEN || status === PROMISED) {
          context.contact(debtor, day, { channel: contact.channel, tone: contact.tone, slot: contact.slot, offer: contact.offer, content: contact.content });
        }
        next++;
      }
      step[debtor] = next;
      if (next < script.length) context.wakeAt(debtor, script[next].day);
    }
  };
}
