/**
 * The case handling shared by the learning strategies: when to decide, which actions a
 * debtor can receive, how a contact's outcome is learned, when to go to court, and the
 * decision log with its explanation. A strategy plugs in a {@link Learner} that estimates
 * the response chance of every action for a debtor.
 *
 * Decision rule: for each allowed action the learner draws a response chance p̃ from its
 * posterior (Thompson sampling). The policy picks the action with the highest
 * p̃ · min(outstanding, valueCap) − price. The price is the contact cost, raised by a dual
 * price λ when a cost limit per case is set (see `costLimit`).
 *
 * A response is a payment, instalment plan or promise within `rewardWindowDays` of the
 * contact; a contact without response in that window counts as a failure. Outcomes are
 * settled in the order of the contacts, so learning is deterministic.
 *
 * Limits: at most `contactBudget` contacts per debtor, at least `gapDays` apart; court
 * only after the budget is spent, from `courtFromDay`, for claims above `courtThreshold`,
 * once an instalment plan was offered.
 */

import { z } from "zod";
import type { Strategy, StrategyContext, StrategyEvent } from "../../simulator/engine/strategyApi.js";
import { CHANNELS, DISPUTED, OFFERS, OPEN, PLAN, PROMISED } from "../../simulator/population/codes.js";
import type { RandomStream } from "../../simulator/random/seededStream.js";
import { actionSpaceOptions, createActionSpace, reachableChannels, type ActionSpace } from "./actionSpace.js";
import { armDecisionTable, DecisionLog, FIRST_CONTACT, NO_RESPONSE, PENDING, RESPONSE, UNDELIVERED, WAIT } from "./decisionLog.js";
import { estimateRegret } from "./regret.js";

export const outreachPolicyOptions = {
  ...actionSpaceOptions,
  /** Maximum contacts per debtor. */
  contactBudget: z.number().int().min(1).max(50).default(5),
  /** Minimum days between two contacts to one debtor. */
  gapDays: z.number().int().min(1).max(90).default(8),
  /** Days after a contact in which a response counts as its success. */
  rewardWindowDays: z.number().int().min(1).max(60).default(8),
  /** € cap on the value of a response in the decision rule. */
  valueCap: z.number().min(1).default(500),
  courtFromDay: z.number().int().min(1).max(3650).default(75),
  /** € of principal above which an unpaid claim goes to court. */
  courtThreshold: z.number().min(0).default(100),
  /** learning.json (or run folder) of an earlier run to start the model from. */
  warmStart: z.string().min(1).optional(),
  /** Arm id in the warm-start file; default the first arm of the same strategy. */
  warmStartArm: z.string().min(1).optional()
};

export interface OutreachPolicyOptions {
  channels: string[];
  tones: string[];
  slots: string[];
  offers: string[];
  contactBudget: number;
  gapDays: number;
  rewardWindowDays: number;
  valueCap: number;
  courtFromDay: number;
  courtThreshold: number;
  /** € of contact cost per case the policy paces itself to over the horizon; none when undefined. */
  costLimit?: number;
  /** Step size of the dual price per unit of relative overspend (assumption). */
  priceStep?: number;
}

/** Estimates the response chance of each action for a debtor. */
export interface Learner {
  readonly featureNames: readonly string[];
  /** Names of the segments `describe` returns; empty when the learner has none. */
  readonly segmentNames: readonly string[];
  /** Prepare for a run (fit on history, load a warm start). */
  start(context: StrategyContext, actions: ActionSpace): void;
  /** Write the decision features of a debtor into `features`; return its segment or -1. */
  describe(debtor: number, day: number, features: Float64Array): number;
  sample(action: number, features: Float64Array, segment: number, random: RandomStream): number;
  mean(action: number, features: Float64Array, segment: number): number;
  /** Write each feature's contribution to the action's estimate into `out`. */
  contributions(action: number, features: Float64Array, segment: number, out: Float64Array): void;
  learn(action: number, features: Float64Array, segment: number, success: boolean): void;
  /** Bring the posterior up to date; called once per simulated day. */
  refresh(): void;
  /** The JSON-ready model, for warm starts. */
  model(): unknown;
  /** Feature values that characterise each segment, by segment name, for the report; absent when segments have no profile. */
  segmentProfiles?(): Record<string, Record<string, number>>;
}

const RECHECK_DAYS = 7;
/** Days per bucket of the "actions over time" table. */
const WEEK = 7;

/** Build a strategy from the shared case handling and a learner. */
export function createOutreachPolicy(name: string, options: OutreachPolicyOptions, learner: Learner): Strategy {
  const actions = createActionSpace(options);
  const featureCount = learner.featureNames.length;
  const log = new DecisionLog(featureCount);
  const features = new Float64Array(featureCount);
  const contributions = new Float64Array(featureCount);
  const scores = new Float64Array(actions.count);
  // offers come from the second contact on, unless the options leave no action without one
  const offersLater = Array.from(actions.offer).includes(0);
  let context: StrategyContext;
  let sent: Uint8Array;
  /** Row of the debtor's unsettled contact in the decision log, or -1. */
  let pending: Int32Array;
  /** Next decision row to check for an expired reward window (rows are in day order). */
  let settleCursor = 0;
  let refreshedDay = -1;
  let dualPrice = 0;
  let spent = 0;

  const settle = (row: number, outcome: number): void => {
    const debtor = log.debtor[row];
    if (pending[debtor] !== row) return;
    pending[debtor] = -1;
    log.outcome[row] = outcome;
    if (outcome === UNDELIVERED) return;
    learner.learn(log.action[row], log.featuresOf(row, features), log.segment[row], outcome === RESPONSE);
  };

  // once a day: settle expired windows, update the posterior and the dual price
  const startDay = (day: number): void => {
    while (settleCursor < log.size && log.day[settleCursor] <= day - options.rewardWindowDays) {
      if (log.outcome[settleCursor] === PENDING) settle(settleCursor, NO_RESPONSE);
      settleCursor++;
    }
    learner.refresh();
    if (options.costLimit !== undefined) {
      // pacing: raise λ while spending runs ahead of costLimit × elapsed share of the horizon
      const allowed = options.costLimit * context.members.length * ((day + 1) / context.horizonDays);
      const overspend = allowed > 0 ? (spent - allowed) / allowed : 0;
      dualPrice = Math.max(0, dualPrice + (options.priceStep ?? 0.5) * overspend);
    }
    refreshedDay = day;
  };

  const logDecision = (debtor: number, day: number, chosen: number, segment: number, value: number, mask: number, allowed: number): number => {
    // the two features that add most to the chosen action's estimate
    let feature1 = -1;
    let feature2 = -1;
    if (chosen !== WAIT) {
      learner.contributions(chosen, features, segment, contributions);
      for (let j = 0; j < featureCount; j++) {
        if (feature1 < 0 || Math.abs(contributions[j]) > Math.abs(contributions[feature1])) {
          feature2 = feature1;
          feature1 = j;
        } else if (feature2 < 0 || Math.abs(contributions[j]) > Math.abs(contributions[feature2])) {
          feature2 = j;
        }
      }
    }
    // the two best alternatives by the score the choice compared
    let alternative1 = -1;
    let alternative2 = -1;
    for (let a = 0; a < actions.count; a++) {
      if (a === chosen || Number.isNaN(scores[a])) continue;
      if (alternative1 < 0 || scores[a] > scores[alternative1]) {
        alternative2 = alternative1;
        alternative1 = a;
      } else if (alternative2 < 0 || scores[a] > scores[alternative2]) {
        alternative2 = a;
      }
    }
    return log.add(
      {
        debtor,
        day,
        action: chosen,
        segment,
        estimate: chosen === WAIT ? 0 : learner.mean(chosen, features, segment),
        score: chosen === WAIT ? 0 : scores[chosen],
        value,
        cost: chosen === WAIT ? 0 : context.contactCost[actions.channel[chosen]],
        feature1,
        contribution1: feature1 >= 0 ? contributions[feature1] : 0,
        feature2,
        contribution2: feature2 >= 0 ? contributions[feature2] : 0,
        alternative1,
        alternative1Score: alternative1 >= 0 ? scores[alternative1] : NaN,
        alternative2,
        alternative2Score: alternative2 >= 0 ? scores[alternative2] : NaN,
        alternatives: allowed,
        channelMask: mask
      },
      features
    );
  };

  const chooseAndContact = (debtor: number, day: number): void => {
    const view = context.view;
    const segment = learner.describe(debtor, day, features);
    const firstContact = sent[debtor] === 0;
    const mask = reachableChannels(view, debtor, firstContact);
    const logMask = firstContact && offersLater ? mask | FIRST_CONTACT : mask;
    const value = Math.min(view.outstanding[debtor], options.valueCap);
    let best = -1;
    let allowed = 0;
    for (let a = 0; a < actions.count; a++) {
      const channel = actions.channel[a];
      if ((mask & (1 << channel)) === 0 || (offersLater && firstContact && actions.offer[a] !== 0)) {
        scores[a] = NaN;
        continue;
      }
      allowed++;
      const price = context.contactCost[channel] * (1 + dualPrice);
      scores[a] = learner.sample(a, features, segment, context.random) * value - price;
      if (best < 0 || scores[a] > scores[best]) best = a;
    }
    if (best < 0) return;

    // under a cost limit a contact must pay for its price; otherwise wait a gap and look again
    if (options.costLimit !== undefined && scores[best] <= 0 && sent[debtor] > 0) {
      logDecision(debtor, day, WAIT, segment, value, logMask, allowed);
      context.wakeAt(debtor, day + options.gapDays);
      return;
    }

    const row = logDecision(debtor, day, best, segment, value, logMask, allowed);
    context.contact(debtor, day, { channel: actions.channel[best], tone: actions.tone[best], slot: actions.slot[best], offer: actions.offer[best] });
    spent += context.contactCost[actions.channel[best]];
    sent[debtor]++;
    pending[debtor] = row;
    context.wakeAt(debtor, day + options.gapDays);
  };

  const strategy: Strategy = {
    name,
    reads: ["claimAmount", "ageBand", "debtAgeDays", "hasEmail", "hasMobile", "undeliverable", "status", "outstanding", "paid", "contacts", "lastResponseDay", "lastResponse", "planOfferedDay", "escalated"],

    start(ctx) {
      context = ctx;
      const n = ctx.view.claimAmount.length;
      sent = new Uint8Array(n);
      pending = new Int32Array(n).fill(-1);
      learner.start(ctx, actions);
      for (const debtor of ctx.members) ctx.wakeAt(debtor, 0);
    },

    decide(debtor, day) {
      if (day !== refreshedDay) startDay(day);
      const view = context.view;
      const status = view.status[debtor];
      if (status === PLAN || status === PROMISED || status === DISPUTED) {
        context.wakeAt(debtor, day + RECHECK_DAYS);
        return;
      }
      if (status !== OPEN) return;

      if (sent[debtor] < options.contactBudget) {
        chooseAndContact(debtor, day);
        return;
      }
      if (view.claimAmount[debtor] > options.courtThreshold && view.escalated[debtor] === 0 && view.planOfferedDay[debtor] >= 0) {
        if (day >= options.courtFromDay) context.escalate(debtor, day);
        else context.wakeAt(debtor, options.courtFromDay);
      }
    },

    onEvent(debtor: number, day: number, event: StrategyEvent) {
      const row = pending[debtor];
      if (row < 0) return;
      if (event === "payment" || event === "planAgreed" || event === "promise") {
        if (day - log.day[row] < options.rewardWindowDays) settle(row, RESPONSE);
      } else if (event === "undelivered" && log.day[row] === day) {
        // the agency learns at once that the channel failed: no lesson, try again tomorrow
        settle(row, UNDELIVERED);
        sent[debtor] = Math.max(0, sent[debtor] - 1);
        context.wakeAt(debtor, day + 1);
      }
    },

    finish() {
      learner.refresh();
      const weeks = Math.ceil(context.horizonDays / WEEK);
      const labels = [...actions.labels, "wait"];
      const actionIndex = (row: number): number => (log.action[row] === WAIT ? actions.count : log.action[row]);

      // chosen actions per week, and per segment over the last third of the decisions (most fall early in the horizon)
      const byWeek = new Float64Array(weeks * labels.length);
      const segmentCount = Math.max(1, learner.segmentNames.length);
      const bySegment = new Float64Array(segmentCount * labels.length);
      const lateFrom = Math.floor((log.size * 2) / 3);
      let responses = 0;
      for (let row = 0; row < log.size; row++) {
        byWeek[Math.floor(log.day[row] / WEEK) * labels.length + actionIndex(row)]++;
        if (row >= lateFrom && log.segment[row] >= 0) bySegment[log.segment[row] * labels.length + actionIndex(row)]++;
        if (log.outcome[row] === RESPONSE) responses++;
      }
      const actionsOverTime = [];
      for (let w = 0; w < weeks; w++) {
        for (let a = 0; a < labels.length; a++) {
          const count = byWeek[w * labels.length + a];
          if (count > 0) actionsOverTime.push({ week: w, action: labels[a], decisions: count });
        }
      }
      const actionsBySegment = [];
      for (let s = 0; s < learner.segmentNames.length; s++) {
        for (let a = 0; a < labels.length; a++) {
          const count = bySegment[s * labels.length + a];
          if (count > 0) actionsBySegment.push({ segment: learner.segmentNames[s], action: labels[a], decisions: count });
        }
      }

      const rowFeatures = new Float64Array(featureCount);
      const regret = estimateRegret(log, actions, context.contactCost, context.horizonDays, (row, action) => learner.mean(action, log.featuresOf(row, rowFeatures), log.segment[row]));
      return {
        strategy: name,
        decisions: log.size,
        responses,
        actions: labels,
        channels: CHANNELS,
        offers: OFFERS,
        segments: learner.segmentNames,
        bestFixedAction: regret.bestFixedAction >= 0 ? actions.labels[regret.bestFixedAction] : null,
        cumulativeRegret: regret.cumulativeByDay,
        dualPrice: options.costLimit !== undefined ? dualPrice : null,
        actionsOverTime,
        actionsBySegment,
        segmentProfiles: learner.segmentProfiles?.() ?? null,
        model: learner.model()
      };
    },

    decisions() {
      return armDecisionTable({ arm: name, log, actionLabels: actions.labels, featureNames: learner.featureNames, segmentNames: learner.segmentNames });
    }
  };
  return strategy;
}
