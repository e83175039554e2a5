/**
 * The compliance guard: every contact a strategy proposes passes here before it reaches a debtor.
 *
 * For each proposal the guard decides to deliver it, to defer it to the next day and slot that
 * every active rule allows, or to block it, and names the rule that decided. Rules come from the
 * configured preset (see `presets.ts`) plus any custom limits.
 *
 * Blocking rules describe a state of the debtor that a later date does not cure by itself. They
 * are a dispute, an opt-out, a Breathing Space that has begun, an exhausted contact budget, a
 * vulnerable debtor who needs the specialist path and a missing first written contact. Deferring
 * rules describe timing (hours, Sundays and holidays, rolling-window caps, the wait after a
 * conversation, a Breathing Space that starts later). A proposal that no rule stops is delivered.
 *
 * State is struct-of-arrays over the population and `review` allocates nothing: the engine passes
 * one reused decision object. The guard never records on its own. The engine calls
 * `recordDelivered` once a contact has actually gone out, in non-decreasing day order per debtor.
 */

import { CHANNELS, CREDIT, EMAIL, FIRM, LETTER, SLOT_HOURS, STATES, VOICE_BOT } from "../population/codes.js";
import type { ContactCalendar } from "./contactCalendar.js";
import { CALL_CHANNELS, ContactLog, NEVER, type WindowCap } from "./contactLog.js";
import { activeRules, ruleIndex, RULES, type ComplianceConfig, type RuleId } from "./presets.js";

export const DELIVER = 0;
export const DEFER = 1;
export const BLOCK = 2;
export type DecisionKind = typeof DELIVER | typeof DEFER | typeof BLOCK;

/** A contact a strategy wants to make; every field is a code from `population/codes.ts`. */
export interface ProposedContact {
  debtor: number;
  day: number;
  channel: number;
  slot: number;
  tone: number;
  offer: number;
}

/** The guard's decision: what happens, when, and which rule decided (index into `RULES`, -1 if none). */
export interface GuardDecision {
  kind: DecisionKind;
  day: number;
  slot: number;
  rule: number;
}

/** Per-rule counters of decisions made since the guard was created. */
export interface RuleCounts {
  deferred: number;
  blocked: number;
  escalationsBlocked: number;
}

export interface GuardCounts {
  /** Calls to `review`; a deferred contact proposed again counts again. */
  proposed: number;
  /** Reviews that returned deliver. */
  delivered: number;
  deferred: number;
  blocked: number;
  /** Contacts passed to `recordDelivered`. */
  recorded: number;
  /** Counters for each active rule, by rule id. */
  byRule: Record<string, RuleCounts>;
}

export interface ComplianceGuardOptions {
  /** Parsed configuration, see `parseComplianceConfig`. */
  preset: ComplianceConfig;
  /** Number of debtors; debtor codes run from 0 to size - 1. */
  size: number;
  calendar: ContactCalendar;
  /** Federal state code per debtor (index into `STATES`). */
  state: Uint8Array;
  /** Simulation days; no contact is deferred to a day at or after this. */
  horizonDays: number;
}

/** Create a decision object for reuse with `review`. */
export function createDecision(): GuardDecision {
  return { kind: DELIVER, day: 0, slot: 0, rule: -1 };
}

const SLOT_COUNT = SLOT_HOURS.length;
const DISPUTED_FLAG = 1;

const RULE_DE_QUIET = ruleIndex("de.quietHours");
const RULE_DE_HOLIDAY = ruleIndex("de.sundayHoliday");
const RULE_DE_DISPUTED = ruleIndex("de.disputed");
const RULE_DE_FIRST_CONTACT = ruleIndex("de.firstContactInformation");
const RULE_DE_FORBEARANCE = ruleIndex("de.forbearanceBeforeCourt");
const RULE_REGF_SEVEN = ruleIndex("regf.sevenInSeven");
const RULE_REGF_COOLDOWN = ruleIndex("regf.conversationCooldown");
const RULE_REGF_TIME = ruleIndex("regf.inconvenientTime");
const RULE_REGF_OPT_OUT = ruleIndex("regf.optOut");
const RULE_UK_BREATHING = ruleIndex("uk.breathingSpace");
const RULE_UK_VULNERABLE = ruleIndex("uk.vulnerable");
const RULE_CUSTOM_CAP = ruleIndex("custom.channelCap");
const RULE_CUSTOM_BUDGET = ruleIndex("custom.contactBudget");
const RULE_CUSTOM_QUIET = ruleIndex("custom.quietHours");
const RULE_CUSTOM_OPT_OUT = ruleIndex("custom.optOut");

export class ComplianceGuard {
  readonly config: ComplianceConfig;
  readonly size: number;
  readonly horizonDays: number;
  readonly log: ContactLog;

  private readonly calendar: ContactCalendar;
  private readonly state: Uint8Array;

  // Debtor state.
  private readonly flags: Uint8Array;
  private readonly optOutMask: Uint8Array;
  private readonly vulnerability: Uint8Array;
  private readonly breathingFrom: Int32Array;
  private readonly breathingTo: Int32Array;

  // Rule parameters, flattened for the hot path.
  private readonly holidayRule: boolean;
  private readonly disputedRule: boolean;
  private readonly firstContactRule: boolean;
  private readonly forbearanceRule: boolean;
  private readonly breathingRule: boolean;
  private readonly vulnerableRule: boolean;
  private readonly cooldownDays: number;
  private readonly regfOptOutMask: number;
  private readonly customOptOutMask: number;
  private readonly contactBudget: number;
  /** Rule index per hour rule, and allowed-slot masks at `hourRule * CHANNELS.length + channel`. */
  private readonly hourRules: Int16Array;
  private readonly hourMasks: Uint8Array;
  /** Rule index per rolling-window cap of the contact log. */
  private readonly capRules: Int16Array;

  // Counters.
  private proposedCount = 0;
  private deliveredCount = 0;
  private deferredCount = 0;
  private blockedCount = 0;
  private recordedCount = 0;
  private readonly deferredByRule = new Float64Array(RULES.length);
  private readonly blockedByRule = new Float64Array(RULES.length);
  private readonly escalationsBlockedByRule = new Float64Array(RULES.length);

  constructor(options: ComplianceGuardOptions) {
    const { preset: config, size, calendar, state, horizonDays } = options;
    if (!Number.isInteger(size) || size < 0) {
      throw new Error(`Invalid population size ${size}: expected a whole number of debtors, 0 or more.`);
    }
    if (state.length !== size) {
      throw new Error(`The state array has ${state.length} entries but the population has ${size} debtors.`);
    }
    if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > calendar.horizonDays) {
      throw new Error(
        `Invalid horizon ${horizonDays}: expected 1 to ${calendar.horizonDays} days, the span of the contact calendar.`
      );
    }
    for (let debtor = 0; debtor < size; debtor++) {
      if (state[debtor] >= STATES.length) {
        throw new Error(`Invalid state code ${state[debtor]} for debtor ${debtor}: expected 0 to ${STATES.length - 1}.`);
      }
    }

    this.config = config;
    this.size = size;
    this.horizonDays = horizonDays;
    this.calendar = calendar;
    this.state = state;
    this.flags = new Uint8Array(size);
    this.optOutMask = new Uint8Array(size);
    this.vulnerability = new Uint8Array(size);
    this.breathingFrom = new Int32Array(size).fill(NEVER);
    this.breathingTo = new Int32Array(size).fill(NEVER);

    const germany = config.preset === "DE" ? config : undefined;
    const regulationF = config.preset === "US-RegF" ? config : undefined;
    const unitedKingdom = config.preset === "UK" ? config : undefined;
    const custom = config.custom;

    this.holidayRule = germany !== undefined;
    this.disputedRule = germany?.pauseDisputed ?? false;
    this.firstContactRule = germany?.firstContactInformation ?? false;
    this.forbearanceRule = germany?.forbearanceBeforeCourt ?? false;
    this.breathingRule = unitedKingdom !== undefined;
    this.vulnerableRule = unitedKingdom?.vulnerableSeparatePath ?? false;
    this.cooldownDays = regulationF?.conversationCooldownDays ?? 0;
    this.regfOptOutMask = regulationF === undefined ? 0 : channelMask(regulationF.optOutChannels);
    this.customOptOutMask = channelMask(custom.optOutChannels);
    this.contactBudget = custom.contactBudget ?? Number.POSITIVE_INFINITY;

    // Hour rules: letters are exempt because the hour of posting does not reach the debtor.
    const hourRules: number[] = [];
    const hourMasks: number[] = [];
    const addHourRule = (rule: number, allowed: (hour: number) => boolean) => {
      hourRules.push(rule);
      for (let channel = 0; channel < CHANNELS.length; channel++) {
        let mask = 0;
        for (let slot = 0; slot < SLOT_COUNT; slot++) {
          if (channel === LETTER || allowed(SLOT_HOURS[slot])) mask |= 1 << slot;
        }
        hourMasks.push(mask);
      }
    };
    if (germany !== undefined) {
      const { startHour, endHour } = germany.contactHours;
      addHourRule(RULE_DE_QUIET, (hour) => hour >= startHour && hour < endHour);
    }
    if (regulationF !== undefined) {
      const { startHour, endHour } = regulationF.callHours;
      addHourRule(RULE_REGF_TIME, (hour) => hour >= startHour && hour < endHour);
    }
    if (custom.quietHours !== undefined) {
      const { fromHour, toHour } = custom.quietHours;
      const quiet = (hour: number) =>
        fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
      addHourRule(RULE_CUSTOM_QUIET, (hour) => !quiet(hour));
    }
    this.hourRules = Int16Array.from(hourRules);
    this.hourMasks = Uint8Array.from(hourMasks);

    // Rolling-window caps, kept by the contact log.
    const caps: WindowCap[] = [];
    const capRules: number[] = [];
    if (regulationF !== undefined) {
      caps.push({
        channelMask: CALL_CHANNELS,
        maxContacts: regulationF.maxCallAttempts,
        windowDays: regulationF.callWindowDays
      });
      capRules.push(RULE_REGF_SEVEN);
    }
    for (const cap of custom.channelCaps) {
      caps.push({ channelMask: channelMask(cap.channels), maxContacts: cap.maxContacts, windowDays: cap.windowDays });
      capRules.push(RULE_CUSTOM_CAP);
    }
    this.capRules = Int16Array.from(capRules);
    this.log = new ContactLog(size, caps);
  }

  /**
   * Decide on a proposed contact and write the decision into `out`, which is also returned.
   * Nothing is recorded; call `recordDelivered` once the contact has gone out.
   */
  review(contact: ProposedContact, out: GuardDecision): GuardDecision {
    const { debtor, channel } = contact;
    if (!(contact.day >= 0 && contact.day < this.horizonDays)) {
      throw new Error(`Contact proposed for day ${contact.day}, outside the horizon of 0 to ${this.horizonDays - 1}.`);
    }
    this.proposedCount++;

    // Rules that block whatever the date.
    const blockRule = this.blockingRule(debtor, contact.day, channel, contact.tone);
    if (blockRule >= 0) return this.finish(out, BLOCK, contact.day, contact.slot, blockRule);

    // Timing rules: move the candidate forward until one full pass moves nothing. Every move is
    // forward in (day, slot) order, so the loop ends at the latest at the horizon.
    let day = contact.day;
    let slot = contact.slot;
    let decidingRule = -1;
    const channelBit = 1 << channel;
    const stateOffset = this.state[debtor];
    const channelCount = CHANNELS.length;

    for (;;) {
      if (day >= this.horizonDays) {
        return this.finish(out, BLOCK, contact.day, contact.slot, decidingRule);
      }
      let moved = -1;

      // UK: a Breathing Space that starts after the proposed day.
      if (this.breathingRule && day >= this.breathingFrom[debtor] && day <= this.breathingTo[debtor]) {
        day = this.breathingTo[debtor] + 1;
        slot = 0;
        moved = RULE_UK_BREATHING;
      }

      // DE: Sundays and public holidays of the debtor's state.
      if (moved < 0 && this.holidayRule && this.calendar.isClosed(stateOffset, day)) {
        day = this.calendar.nextOpenDay(stateOffset, day);
        slot = 0;
        moved = RULE_DE_HOLIDAY;
      }

      // Hour rules: the next allowed slot that day, else the first allowed slot the next day.
      for (let h = 0; moved < 0 && h < this.hourRules.length; h++) {
        const mask = this.hourMasks[h * channelCount + channel];
        if ((mask & (1 << slot)) !== 0) continue;
        const later = mask & ~((2 << slot) - 1);
        if (later !== 0) {
          slot = 31 - Math.clz32(later & -later);
        } else {
          day++;
          slot = 31 - Math.clz32(mask & -mask);
        }
        moved = this.hourRules[h];
      }

      // Rolling-window caps.
      for (let c = 0; moved < 0 && c < this.capRules.length; c++) {
        if ((this.log.capChannels(c) & channelBit) === 0) continue;
        const next = this.log.capNextDay(c, debtor, day);
        if (next > day) {
          day = next;
          slot = 0;
          moved = this.capRules[c];
        }
      }

      // US Regulation F: no call within the cooldown after a telephone conversation, the
      // conversation day counting as the first day.
      if (moved < 0 && this.cooldownDays > 0 && (channelBit & CALL_CHANNELS) !== 0) {
        const free = this.log.lastConversationDay[debtor] + this.cooldownDays;
        if (free > day) {
          day = free;
          slot = 0;
          moved = RULE_REGF_COOLDOWN;
        }
      }

      if (moved < 0) break;
      if (decidingRule < 0) decidingRule = moved;
    }

    if (decidingRule < 0) return this.finish(out, DELIVER, day, slot, -1);
    return this.finish(out, DEFER, day, slot, decidingRule);
  }

  /**
   * Record a contact that went out. Calls by agent and voice bot count alike; `conversation`
   * marks a call in which the debtor was reached.
   */
  recordDelivered(debtor: number, day: number, channel: number, conversation: boolean): void {
    this.recordedCount++;
    this.log.record(debtor, day, channel, conversation);
  }

  /** Mark a claim as disputed (paused under the DE preset) or as checked and undisputed again. */
  setDisputed(debtor: number, disputed: boolean): void {
    this.flags[debtor] = disputed ? this.flags[debtor] | DISPUTED_FLAG : this.flags[debtor] & ~DISPUTED_FLAG;
  }

  /** Record that a debtor opted out of a channel; presets honour it on the channels they list. */
  setOptOut(debtor: number, channel: number): void {
    this.optOutMask[debtor] |= 1 << channel;
  }

  /** Set a Breathing Space from `fromDay` to `toDay`, both inclusive (applies under the UK preset). */
  setBreathingSpace(debtor: number, fromDay: number, toDay: number): void {
    if (toDay < fromDay) {
      throw new Error(`Invalid Breathing Space for debtor ${debtor}: day ${toDay} ends before day ${fromDay}.`);
    }
    this.breathingFrom[debtor] = fromDay;
    this.breathingTo[debtor] = toDay;
  }

  /**
   * Start a Breathing Space on `fromDay` with the lengths of the UK preset. The standard
   * moratorium lasts `breathingSpaceDays`. A mental health crisis moratorium, chosen by passing
   * `crisisTreatmentEndDay`, lasts until that day plus `crisisExtraDays`.
   * @throws Error when the active preset is not UK
   */
  startBreathingSpace(debtor: number, fromDay: number, crisisTreatmentEndDay?: number): void {
    if (this.config.preset !== "UK") {
      throw new Error(`Breathing Space lengths come from the UK preset, but the active preset is ${this.config.preset}.`);
    }
    const toDay =
      crisisTreatmentEndDay === undefined
        ? fromDay + this.config.breathingSpaceDays - 1
        : crisisTreatmentEndDay + this.config.crisisExtraDays;
    this.setBreathingSpace(debtor, fromDay, toDay);
  }

  /** Set the vulnerability drivers of a debtor (`VULNERABLE_*` bit flags; 0 clears them). */
  setVulnerable(debtor: number, drivers: number): void {
    this.vulnerability[debtor] = drivers;
  }

  /**
   * Return the rule that forbids escalating the claim to court on `day`, or -1 when escalation is
   * allowed. `claimType` is a code of `CLAIM_TYPES`; consumer credit needs a forbearance offer
   * first under the DE preset.
   */
  escalationRule(debtor: number, day: number, hadForbearanceOffer: boolean, claimType: number): number {
    let rule = -1;
    if (this.disputedRule && (this.flags[debtor] & DISPUTED_FLAG) !== 0) rule = RULE_DE_DISPUTED;
    else if (this.forbearanceRule && claimType === CREDIT && !hadForbearanceOffer) rule = RULE_DE_FORBEARANCE;
    else if (this.inBreathingSpace(debtor, day)) rule = RULE_UK_BREATHING;
    if (rule >= 0) this.escalationsBlockedByRule[rule]++;
    return rule;
  }

  /** Return whether the claim may be escalated to court on `day`; see `escalationRule`. */
  mayEscalate(debtor: number, day: number, hadForbearanceOffer: boolean, claimType: number): boolean {
    return this.escalationRule(debtor, day, hadForbearanceOffer, claimType) < 0;
  }

  /** Return whether fees or interest may be added on `day` (not during a UK Breathing Space). */
  mayChargeFee(debtor: number, day: number): boolean {
    return !this.inBreathingSpace(debtor, day);
  }

  /** Return the decision counters since the guard was created. */
  counts(): GuardCounts {
    const byRule: Record<string, RuleCounts> = {};
    for (const id of activeRules(this.config)) {
      const rule = ruleIndex(id);
      byRule[id] = {
        deferred: this.deferredByRule[rule],
        blocked: this.blockedByRule[rule],
        escalationsBlocked: this.escalationsBlockedByRule[rule]
      };
    }
    return {
      proposed: this.proposedCount,
      delivered: this.deliveredCount,
      deferred: this.deferredCount,
      blocked: this.blockedCount,
      recorded: this.recordedCount,
      byRule
    };
  }

  private inBreathingSpace(debtor: number, day: number): boolean {
    return this.breathingRule && day >= this.breathingFrom[debtor] && day <= this.breathingTo[debtor];
  }

  /** Return the first blocking rule that applies on `day`, or -1. */
  private blockingRule(debtor: number, day: number, channel: number, tone: number): number {
    const channelBit = 1 << channel;
    if (this.disputedRule && (this.flags[debtor] & DISPUTED_FLAG) !== 0) return RULE_DE_DISPUTED;
    if (this.inBreathingSpace(debtor, day)) return RULE_UK_BREATHING;
    if ((this.optOutMask[debtor] & this.regfOptOutMask & channelBit) !== 0) return RULE_REGF_OPT_OUT;
    if ((this.optOutMask[debtor] & this.customOptOutMask & channelBit) !== 0) return RULE_CUSTOM_OPT_OUT;
    if (this.log.deliveredTotal[debtor] >= this.contactBudget) return RULE_CUSTOM_BUDGET;
    if (this.vulnerableRule && this.vulnerability[debtor] !== 0 && (channel === VOICE_BOT || tone >= FIRM)) {
      return RULE_UK_VULNERABLE;
    }
    if (this.firstContactRule && this.log.informed[debtor] === 0 && channel !== LETTER && channel !== EMAIL) {
      return RULE_DE_FIRST_CONTACT;
    }
    // An hour rule that allows no slot at all for this channel can never be met.
    for (let h = 0; h < this.hourRules.length; h++) {
      if (this.hourMasks[h * CHANNELS.length + channel] === 0) return this.hourRules[h];
    }
    return -1;
  }

  private finish(out: GuardDecision, kind: DecisionKind, day: number, slot: number, rule: number): GuardDecision {
    out.kind = kind;
    out.day = day;
    out.slot = slot;
    out.rule = rule;
    if (kind === DELIVER) this.deliveredCount++;
    else if (kind === DEFER) {
      this.deferredCount++;
      this.deferredByRule[rule]++;
    } else {
      this.blockedCount++;
      this.blockedByRule[rule]++;
    }
    return out;
  }
}

/** Return the id of the rule in a decision, or undefined for a delivery without a rule. */
export function ruleIdOf(decision: GuardDecision): RuleId | undefined {
  return decision.rule < 0 ? undefined : RULES[decision.rule];
}

function channelMask(channels: readonly string[]): number {
  let mask = 0;
  for (const channel of channels) mask |= 1 << CHANNELS.indexOf(channel as (typeof CHANNELS)[number]);
  return mask;
}
