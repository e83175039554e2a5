/**
 * Conversations: a human caller against an automated contact, and shame.
 *
 * An answered call is a conversation, in which the debtor may settle the matter on the
 * spot: pay, agree a plan or promise. A human agent resolves more than a voice bot, and
 * more again with a pleasant manner (Laudenbach, Pirschel, Siegel: a personal call
 * instead of an automated request raised on-time repayment by 34.4 pp).
 *
 * Shame about the debt is a latent trait: it makes a debtor less likely to answer a
 * human caller and more accepting of a neutral voice bot. Acceptance of AI falls with
 * age (set in the population). Shame is drawn from the debtor's own random address, so
 * it needs no storage and is the same in every arm.
 */

import type { Simulation } from "../engine/simulation.js";
import { PHONE_AGENT, VOICE_BOT } from "../population/codes.js";
import { uniform } from "../random/counterRandom.js";
import { P, POPULATION_DAY } from "../random/purposes.js";
import { CONTENT_PLEASANT_CALLER } from "./messageContent.js";
import { actOnClaim } from "./payment.js";

/** Half-width of the uniform spread of shame around its segment mean (assumption). */
const SHAME_SPREAD = 0.25;

/** Return the debtor's shame about the debt, 0–1. */
export function shameOf(sim: Simulation, debtor: number): number {
  const mean = sim.parameters.message.shame[sim.population.latent.segment[debtor]];
  const shame = mean + SHAME_SPREAD * (2 * uniform(sim.seed, debtor, POPULATION_DAY, P.shame) - 1);
  return shame < 0 ? 0 : shame > 1 ? 1 : shame;
}

/** Return the debtor's acceptance of a voice bot, 0–1: age-based AI acceptance raised by shame. */
export function botAcceptance(sim: Simulation, debtor: number): number {
  const acceptance = sim.population.latent.aiAcceptance[debtor] + sim.parameters.message.shameBotPreference * shameOf(sim, debtor);
  return acceptance > 1 ? 1 : acceptance;
}

/** Return the factor on the chance of answering a call on `channel` (1 for other channels). */
export function answerFactor(sim: Simulation, debtor: number, channel: number): number {
  if (channel === PHONE_AGENT) return 1 - sim.parameters.message.shameCallAvoidance * shameOf(sim, debtor);
  if (channel === VOICE_BOT) return 1 - sim.parameters.reach.aiAcceptanceWeight * (1 - botAcceptance(sim, debtor));
  return 1;
}

/**
 * The debtor answered a call today: with the channel's resolution chance, the debtor
 * acts on the claim during the conversation. Returns whether the debtor acted.
 */
export function resolveInCall(sim: Simulation, debtor: number, day: number, channel: number, content: number): boolean {
  const message = sim.parameters.message;
  let chance: number;
  if (channel === PHONE_AGENT) {
    chance = message.resolveAgent * ((content & CONTENT_PLEASANT_CALLER) !== 0 ? message.pleasantResolveFactor : 1);
  } else if (channel === VOICE_BOT) {
    chance = message.resolveBot * botAcceptance(sim, debtor);
  } else {
    return false;
  }
  if (uniform(sim.seed, debtor, day, P.callResolve) >= chance) return false;
  actOnClaim(sim, debtor, day);
  return true;
}
