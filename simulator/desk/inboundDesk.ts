/**
 * The inbound service desk of one arm: debtors contact the agency, an AI assistant (chat
 * and voice bot) resolves what it can, and human agents handle the rest from a queue.
 *
 * Each day every open case may send one request, with a chance that rises for
 * `liftDays` after a delivered contact, so outreach drives inbound volume. Standard
 * requests go to the bot when the debtor accepts it, by age band and request type.
 * Disputes, hardship notices and vulnerable debtors always go to a human. A bot that
 * cannot resolve a request passes it on to a human. Human requests arrive at uniform
 * times over the opening hours and queue first come first served (agentQueue.ts); a
 * debtor who waits longer than their patience abandons. Resolved requests raise trust;
 * abandoned requests and unhelpful bots lower trust and the NPS experience, and an
 * abandoned request may turn into a complaint.
 *
 * Draws are addressed by (desk seed, debtor, day, purpose), so the desk does not depend
 * on processing order. Costs are added to the debtor's contact cost and the arm's cost.
 */

import type { Simulation } from "../engine/simulation.js";
import { CLOSED_DISPUTE, EVENT_TYPES, PAID } from "../population/codes.js";
import { cumulativeOf, deriveSeed, pickCumulative, uniform } from "../random/counterRandom.js";
import { serveQueue } from "./agentQueue.js";
import { HUMAN_ONLY, REQUEST_TYPES, type DeskConfig } from "./deskConfig.js";
import { agentsForServiceLevel } from "./erlangC.js";

const COMPLAINT = EVENT_TYPES.indexOf("complaint");
/** Channel column of desk events: none of the outbound channels. */
const NO_CHANNEL = -1;

/** Purposes of the desk's draws. */
const DRAW = { request: 1, type: 2, acceptance: 3, resolution: 4, arrival: 5, handling: 6, patience: 7, complaint: 8 } as const;

export interface DeskSummary {
  arm: string;
  requests: number;
  /** Requests by type, in REQUEST_TYPES order. */
  requestsByType: Record<string, number>;
  botConversations: number;
  botResolved: number;
  /** Requests resolved by the bot ÷ all requests. */
  automationRate: number;
  /** Requests of the types a bot may handle (all but disputes and hardship notices). */
  standardRequests: number;
  /** Requests resolved by the bot ÷ standard requests. */
  standardAutomationRate: number;
  humanRequests: number;
  answered: number;
  abandoned: number;
  /** Abandoned ÷ human requests. */
  abandonmentRate: number;
  /** Mean seconds an answered human request waited. */
  meanWaitSeconds: number | null;
  /** Share of human requests answered within `serviceSeconds`. */
  serviceLevel: number | null;
  serviceShare: number;
  serviceSeconds: number;
  /** € of bot and agent cost. */
  cost: number;
  costPerRequest: number | null;
  agents: number;
  /** Mean human requests per open hour over the days with requests. */
  humanRequestsPerHour: number;
  /** Erlang C: the fewest agents for the service-level target at that mean rate. */
  agentsNeeded: number;
  /** Human requests per open hour on the busiest day. */
  peakHumanRequestsPerHour: number;
  /** Erlang C: the fewest agents for the service-level target on the busiest day. */
  agentsNeededAtPeak: number;
  complaints: number;
}

export class InboundDesk {
  private readonly config: DeskConfig;
  private readonly arm: string;
  private readonly seed: number;
  private readonly mix: Float64Array;
  private readonly openSeconds: number;
  // today's human requests, reused day after day
  private debtor = new Int32Array(256);
  private arrival = new Float64Array(256);
  private handling = new Float64Array(256);
  private patience = new Float64Array(256);
  private count = 0;
  private readonly totals = { requests: 0, bot: 0, botResolved: 0, human: 0, answered: 0, abandoned: 0, answeredWait: 0, withinTarget: 0, cost: 0, handlingSeconds: 0, complaints: 0, openDays: 0, peakHuman: 0, standard: 0 };
  private readonly byType = new Float64Array(REQUEST_TYPES.length);

  constructor(config: DeskConfig, runSeed: number, arm: string) {
    this.config = config;
    this.arm = arm;
    this.seed = deriveSeed(runSeed, `desk:${arm}`);
    this.mix = cumulativeOf(config.requestMix);
    this.openSeconds = config.openHours * 3600;
  }

  /** Generate and handle today's requests of the arm's open cases (called once per day by the engine). */
  runDay(sim: Simulation, day: number, active: Int32Array, activeCount: number): void {
    const config = this.config;
    const view = sim.state.view;
    const hidden = sim.state.hidden;
    const ageBand = sim.population.observable.ageBand;
    const vulnerability = sim.population.protected.vulnerability;
    const seed = this.seed;
    this.count = 0;

    for (let k = 0; k < activeCount; k++) {
      const i = active[k];
      const status = view.status[i];
      if (status === PAID || status === CLOSED_DISPUTE) continue;
      const lastContact = view.lastContactDay[i];
      const rate = config.baseRate + (lastContact >= 0 && day - lastContact < config.liftDays ? config.contactLift : 0);
      if (uniform(seed, i, day, DRAW.request) >= rate) continue;

      const type = pickCumulative(this.mix, uniform(seed, i, day, DRAW.type));
      this.totals.requests++;
      this.byType[type]++;

      // the bot first, where the request is standard, the debtor not vulnerable and willing
      const standard = !HUMAN_ONLY.includes(REQUEST_TYPES[type]);
      if (standard) this.totals.standard++;
      const botAllowed = standard && vulnerability[i] === 0;
      const accepts = uniform(seed, i, day, DRAW.acceptance) < config.botAcceptanceByAge[ageBand[i]] * config.botAcceptanceByType[type];
      if (botAllowed && accepts) {
        this.totals.bot++;
        this.charge(sim, i, day, config.botCost);
        if (uniform(seed, i, day, DRAW.resolution) < config.botResolution) {
          this.totals.botResolved++;
          adjustTrust(hidden.trust, i, config.resolvedTrust);
          continue;
        }
        adjustTrust(hidden.trust, i, config.failedTrust);
        hidden.experience[i] += config.botFailureExperience;
      }
      this.enqueue(i, uniform(seed, i, day, DRAW.arrival) * this.openSeconds, -Math.log(1 - uniform(seed, i, day, DRAW.handling)) * config.handleMinutes[type] * 60, -Math.log(1 - uniform(seed, i, day, DRAW.patience)) * config.patienceMinutes * 60);
    }
    if (this.count > 0) this.serveHumans(sim, day);
  }

  private enqueue(debtor: number, arrival: number, handling: number, patience: number): void {
    if (this.count === this.debtor.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T): T => {
        const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.debtor = grow(this.debtor);
      this.arrival = grow(this.arrival);
      this.handling = grow(this.handling);
      this.patience = grow(this.patience);
    }
    this.debtor[this.count] = debtor;
    this.arrival[this.count] = arrival;
    this.handling[this.count] = handling;
    this.patience[this.count] = patience;
    this.count++;
  }

  private serveHumans(sim: Simulation, day: number): void {
    const config = this.config;
    const hidden = sim.state.hidden;

    // first come first served: order by arrival time, ties by debtor
    const order = Array.from({ length: this.count }, (_, r) => r).sort((a, b) => this.arrival[a] - this.arrival[b] || this.debtor[a] - this.debtor[b]);
    const arrival = Float64Array.from(order, (r) => this.arrival[r]);
    const handling = Float64Array.from(order, (r) => this.handling[r]);
    const patience = Float64Array.from(order, (r) => this.patience[r]);
    const result = serveQueue(arrival, handling, patience, config.agents, this.openSeconds);

    this.totals.openDays++;
    this.totals.peakHuman = Math.max(this.totals.peakHuman, order.length);
    for (let q = 0; q < order.length; q++) {
      const i = this.debtor[order[q]];
      this.totals.human++;
      this.totals.handlingSeconds += handling[q];
      if (result.abandoned[q] === 1) {
        this.totals.abandoned++;
        adjustTrust(hidden.trust, i, config.failedTrust);
        hidden.experience[i] += config.abandonedExperience;
        if (uniform(this.seed, i, day, DRAW.complaint) < config.abandonedComplaint) this.complain(sim, i, day);
        continue;
      }
      this.totals.answered++;
      this.totals.answeredWait += result.wait[q];
      if (result.wait[q] <= config.serviceSeconds) this.totals.withinTarget++;
      this.charge(sim, i, day, (handling[q] / 60) * config.agentCostPerMinute);
      adjustTrust(hidden.trust, i, config.resolvedTrust);
    }
  }

  private charge(sim: Simulation, debtor: number, day: number, euros: number): void {
    sim.state.hidden.contactCost[debtor] += euros;
    sim.costByDay[day] += euros;
    this.totals.cost += euros;
  }

  private complain(sim: Simulation, debtor: number, day: number): void {
    const hidden = sim.state.hidden;
    if (hidden.complaints[debtor] === 0) hidden.experience[debtor] += sim.parameters.nps.complaint;
    if (hidden.complaints[debtor] < 255) hidden.complaints[debtor]++;
    this.totals.complaints++;
    sim.log.add(debtor, day, COMPLAINT, NO_CHANNEL, -1, -1, -1, 0, 0);
    sim.strategy.onEvent?.(debtor, day, "complaint", 0);
  }

  /** Compute the desk's figures over the whole horizon. */
  summary(): DeskSummary {
    const t = this.totals;
    const config = this.config;
    const perHour = t.openDays > 0 ? t.human / (t.openDays * config.openHours) : 0;
    const meanHandling = t.human > 0 ? t.handlingSeconds / t.human : 1;
    return {
      arm: this.arm,
      requests: t.requests,
      requestsByType: Object.fromEntries(REQUEST_TYPES.map((name, k) => [name, this.byType[k]])),
      botConversations: t.bot,
      botResolved: t.botResolved,
      automationRate: t.requests > 0 ? t.botResolved / t.requests : 0,
      standardRequests: t.standard,
      standardAutomationRate: t.standard > 0 ? t.botResolved / t.standard : 0,
      humanRequests: t.human,
      answered: t.answered,
      abandoned: t.abandoned,
      abandonmentRate: t.human > 0 ? t.abandoned / t.human : 0,
      meanWaitSeconds: t.answered > 0 ? t.answeredWait / t.answered : null,
      serviceLevel: t.human > 0 ? t.withinTarget / t.human : null,
      serviceShare: config.serviceShare,
      serviceSeconds: config.serviceSeconds,
      cost: t.cost,
      costPerRequest: t.requests > 0 ? t.cost / t.requests : null,
      agents: config.agents,
      humanRequestsPerHour: perHour,
      // NOTE: Erlang C ignores abandonment and the within-day peaks, so this is the need at a steady mean rate
      agentsNeeded: agentsForServiceLevel(perHour / 3600, meanHandling, config.serviceShare, config.serviceSeconds),
      peakHumanRequestsPerHour: t.peakHuman / config.openHours,
      agentsNeededAtPeak: agentsForServiceLevel(t.peakHuman / config.openHours / 3600, meanHandling, config.serviceShare, config.serviceSeconds),
      complaints: t.complaints
    };
  }
}

function adjustTrust(trust: Float32Array, debtor: number, change: number): void {
  trust[debtor] = Math.min(1, Math.max(0, trust[debtor] + change));
}
