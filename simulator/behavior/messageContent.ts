/**
 * Message content: what a contact says besides its tone, as bit flags in
 * `ContactAction.content`.
 *
 * Each flag scales the attention a noticed contact creates, by segment, because the
 * same words move different debtors differently: a name or the amount owed makes a
 * reminder personal (Haynes et al. 2013), a social norm ("most people pay on time")
 * moves those who could pay but do not (Kettle et al. 2016), a moral appeal moves
 * those who must choose which debt to pay first (Bursztyn et al. 2019). A pleasant
 * caller manner applies to agent calls only (Laudenbach, Pirschel, Siegel).
 */

import { PHONE_AGENT, SEGMENTS } from "../population/codes.js";

export const CONTENT_FLAGS = ["name", "amount", "socialNorm", "moralAppeal", "pleasantCaller"] as const;
export type ContentFlag = (typeof CONTENT_FLAGS)[number];

/** The debtor's name in the message. */
export const CONTENT_NAME = 1;
/** The amount owed in the message. */
export const CONTENT_AMOUNT = 2;
/** A social norm: most people in the debtor's situation pay on time. */
export const CONTENT_SOCIAL_NORM = 4;
/** A moral appeal: paying is the honest thing to do. */
export const CONTENT_MORAL_APPEAL = 8;
/** A pleasant, friendly caller manner; only phone-agent calls carry it. */
export const CONTENT_PLEASANT_CALLER = 16;

const PLEASANT_CALLER_FLAG = CONTENT_FLAGS.indexOf("pleasantCaller");

/** Mask of all defined flags; content values are stored in 8 bits. */
export const CONTENT_MASK = (1 << CONTENT_FLAGS.length) - 1;

/**
 * Return the multiplier of the attention a noticed contact with `content` creates for
 * a debtor of `segment`: the product of the effects of the flags set.
 * `effects` is indexed [flag * SEGMENTS.length + segment].
 */
export function contentFactor(effects: ArrayLike<number>, segment: number, channel: number, content: number): number {
  if (content === 0) return 1;
  let factor = 1;
  for (let flag = 0; flag < CONTENT_FLAGS.length; flag++) {
    if ((content & (1 << flag)) === 0) continue;
    if (flag === PLEASANT_CALLER_FLAG && channel !== PHONE_AGENT) continue;
    factor *= effects[flag * SEGMENTS.length + segment];
  }
  return factor;
}

/** Return the content bits of a list of flag names; throws on an unknown name. */
export function contentOf(flags: readonly string[]): number {
  let content = 0;
  for (const name of flags) {
    const flag = CONTENT_FLAGS.indexOf(name as ContentFlag);
    if (flag < 0) throw new Error(`Unknown message content "${name}". Allowed values: ${CONTENT_FLAGS.join(", ")}.`);
    content |= 1 << flag;
  }
  return content;
}
