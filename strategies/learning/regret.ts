/**
 * Cumulative regret of a learning strategy against the best fixed action in hindsight,
 * estimated from the strategy's own final model.
 *
 * A simulation cannot observe what another action would have earned for the same debtor,
 * so the expected net value of every action for every logged decision is estimated with
 * the final posterior means: q(t, a) = p̂(t, a) · value_t − cost_a, and q = 0 for an action
 * that was not allowed at decision t: its channel could not reach the debtor, or it carries
 * an offer on a first contact (no delivery, no response, no price). The best
 * fixed action a* maximises Σ_t q(t, a) over the whole run; the regret of decision t is
 * q(t, a*) − q(t, a_t), with q = 0 for a decision to wait. A contextual policy can beat
 * every fixed action, so the cumulative regret can fall below zero.
 *
 * NOTE: the estimate is only as good as the final model; actions the strategy rarely
 * tried keep estimates close to the prior.
 */

import { CHANNELS } from "../../simulator/population/codes.js";
import { FIRST_CONTACT, type DecisionLog } from "./decisionLog.js";
import type { ActionSpace } from "./actionSpace.js";

export interface RegretEstimate {
  /** Index of the best fixed action in hindsight, or -1 without decisions. */
  bestFixedAction: number;
  /** Cumulative regret in € up to and including each day. */
  cumulativeByDay: number[];
}

/**
 * @param meanResponse final posterior mean of the response chance of an action for logged decision `index`.
 */
export function estimateRegret(log: DecisionLog, actions: ActionSpace, contactCost: ArrayLike<number>, horizonDays: number, meanResponse: (index: number, action: number) => number): RegretEstimate {
  const n = log.size;
  const values = new Float64Array(n * actions.count);
  const totals = new Float64Array(actions.count);
  for (let t = 0; t < n; t++) {
    for (let a = 0; a < actions.count; a++) {
      const channel = actions.channel[a];
      const reachable = channel < CHANNELS.length && (log.channelMask[t] & (1 << channel)) !== 0;
      const offerAllowed = actions.offer[a] === 0 || (log.channelMask[t] & FIRST_CONTACT) === 0;
      const q = reachable && offerAllowed ? meanResponse(t, a) * log.value[t] - contactCost[channel] : 0;
      values[t * actions.count + a] = q;
      totals[a] += q;
    }
  }
  let bestFixedAction = n > 0 ? 0 : -1;
  for (let a = 1; a < actions.count && n > 0; a++) if (totals[a] > totals[bestFixedAction]) bestFixedAction = a;

  const byDay = new Array<number>(horizonDays).fill(0);
  for (let t = 0; t < n; t++) {
    const chosen = log.action[t];
    const chosenValue = chosen >= 0 ? values[t * actions.count + chosen] : 0;
    byDay[log.day[t]] += values[t * actions.count + bestFixedAction] - chosenValue;
  }
  for (let d = 1; d < horizonDays; d++) byDay[d] += byDay[d - 1];
  return { bestFixedAction, cumulativeByDay: byDay };
}
