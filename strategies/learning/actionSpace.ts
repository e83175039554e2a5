/**
 * The actions a learning strategy chooses from: channel × tone × time slot × offer.
 *
 * Letters have no time slot, so a letter appears once per tone and offer (slot
 * "morning"). Which actions a debtor can receive depends on the contact data and on
 * earlier undelivered contacts; the first contact must be in text form (§ 13a RDG
 * information duties), so it is a letter or an e-mail.
 */

import { z } from "zod";
import type { ObservableView } from "../../simulator/engine/strategyApi.js";
import { CHANNELS, EMAIL, LETTER, OFFERS, SLOTS, SMS, TONES } from "../../simulator/population/codes.js";

export const actionSpaceOptions = {
  channels: z.array(z.enum(CHANNELS)).min(1).default(["letter", "email", "sms", "voiceBot"]),
  tones: z.array(z.enum(TONES)).min(1).default(["empathetic", "neutral", "firm"]),
  slots: z.array(z.enum(SLOTS)).min(1).default(["morning", "evening"]),
  offers: z.array(z.enum(OFFERS)).min(1).default(["none", "instalmentPlan"])
};

export interface ActionSpace {
  readonly count: number;
  readonly channel: Int8Array;
  readonly tone: Int8Array;
  readonly slot: Int8Array;
  readonly offer: Int8Array;
  /** Readable names such as "email/empathetic/evening/instalmentPlan", by action index. */
  readonly labels: readonly string[];
}

/** Build the action table from channel, tone, slot and offer names. */
export function createActionSpace(names: { channels: readonly string[]; tones: readonly string[]; slots: readonly string[]; offers: readonly string[] }): ActionSpace {
  const rows: [number, number, number, number][] = [];
  for (const channelName of names.channels) {
    const channel = CHANNELS.indexOf(channelName as (typeof CHANNELS)[number]);
    const slots = channel === LETTER ? [SLOTS[0]] : names.slots;
    for (const toneName of names.tones) {
      for (const slotName of slots) {
        for (const offerName of names.offers) {
          rows.push([channel, TONES.indexOf(toneName as (typeof TONES)[number]), SLOTS.indexOf(slotName as (typeof SLOTS)[number]), OFFERS.indexOf(offerName as (typeof OFFERS)[number])]);
        }
      }
    }
  }
  return {
    count: rows.length,
    channel: Int8Array.from(rows.map((row) => row[0])),
    tone: Int8Array.from(rows.map((row) => row[1])),
    slot: Int8Array.from(rows.map((row) => row[2])),
    offer: Int8Array.from(rows.map((row) => row[3])),
    labels: rows.map((row) => `${CHANNELS[row[0]]}/${TONES[row[1]]}/${SLOTS[row[2]]}/${OFFERS[row[3]]}`)
  };
}

/** Return a bit per channel code that is set when the channel can reach the debtor now. */
export function reachableChannels(view: ObservableView, debtor: number, firstContact: boolean): number {
  let mask = 0;
  for (let channel = 0; channel < CHANNELS.length; channel++) {
    if ((view.undeliverable[debtor] & (1 << channel)) !== 0) continue;
    if (firstContact && channel !== LETTER && channel !== EMAIL) continue;
    if (channel === EMAIL && view.hasEmail[debtor] !== 1) continue;
    if (channel >= SMS && view.hasMobile[debtor] !== 1) continue;
    mask |= 1 << channel;
  }
  return mask;
}
