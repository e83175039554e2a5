/**
 * An after-the-fact check of a run's event log against the active compliance preset, written
 * apart from the guard so that a fault in the guard's bookkeeping shows up here.
 *
 * Every contact that went out (events `contact` and `contactUndelivered`, because an attempt
 * counts whether or not it reached the debtor) is checked against the rules that the event log
 * can show. The checks recompute everything from the configuration, the calendar and the events
 * themselves: hours from `SLOT_HOURS`, Sundays from the date, public holidays from the calendar's
 * flags, disputes from the `dispute` and `disputeResolved` events, rolling-window caps from the
 * contacts so far. Rules that depend on state the log does not record (opt-outs, Breathing
 * Space, vulnerability, the wait after a conversation) and rules about escalation rather than
 * contact are listed as unchecked.
 */

import { CHANNELS, EMAIL, EVENT_TYPES, LETTER, PHONE_AGENT, SLOT_HOURS, VOICE_BOT } from "../population/codes.js";
import type { ContactCalendar } from "./contactCalendar.js";
import { PUBLIC_HOLIDAY } from "./contactCalendar.js";
import { activeRules, type ComplianceConfig, type PresetName, type RuleId } from "./presets.js";

/** Event log columns that the check reads, as `EventLog` provides them. */
export interface LoggedEvents {
  size: number;
  debtor: Int32Array;
  day: Int16Array;
  type: Uint8Array;
  channel: Int8Array;
  slot: Int8Array;
}

export interface VerificationInput {
  config: ComplianceConfig;
  calendar: ContactCalendar;
  /** Federal state code per debtor (index into `STATES`). */
  state: Uint8Array;
  /** One arm's events in the order they happened. */
  events: LoggedEvents;
}

/** A contact that went out and breaks a rule. */
export interface Violation {
  rule: RuleId;
  debtor: number;
  day: number;
  date: string;
  channel: string;
  /** Hour of the contact slot. */
  hour: number;
}

export interface Verification {
  preset: PresetName;
  /** Contacts that went out (delivered or not reached), each checked against every checked rule. */
  checkedContacts: number;
  /** Contacts that break at least one rule. */
  violations: number;
  /** Contacts that break each checked rule. A contact that breaks two rules counts for both. */
  byRule: Partial<Record<RuleId, number>>;
  /** Active rules that the event log cannot show, so the check skips them. */
  unchecked: RuleId[];
  /** Up to five violating contacts, earliest first in log order. */
  examples: Violation[];
}

const MAX_EXAMPLES = 5;
const CONTACT = EVENT_TYPES.indexOf("contact");
const UNDELIVERED = EVENT_TYPES.indexOf("contactUndelivered");
const DISPUTE = EVENT_TYPES.indexOf("dispute");
const DISPUTE_RESOLVED = EVENT_TYPES.indexOf("disputeResolved");

/** Active rules that need state the event log does not record, or concern escalation only. */
const NOT_IN_EVENT_LOG: ReadonlySet<RuleId> = new Set<RuleId>([
  "de.forbearanceBeforeCourt",
  "regf.conversationCooldown",
  "regf.optOut",
  "uk.breathingSpace",
  "uk.vulnerable",
  "custom.optOut"
]);

/** A rolling-window cap: at most `maxContacts` contacts on `channels` in any `windowDays` days. */
interface WindowRule {
  rule: RuleId;
  channels: ReadonlySet<number>;
  maxContacts: number;
  windowDays: number;
  /** Days of the counted contacts so far, per debtor. */
  days: Map<number, number[]>;
}

/** An hour rule that allows contact when `allowed(hour)` is true. Letters are exempt, as in the guard. */
interface HourRule {
  rule: RuleId;
  allowed: (hour: number) => boolean;
}

/**
 * Checks every contact in one arm's event log against the configured preset.
 * @throws Error on an event with a day outside the calendar or a channel or slot code out of range
 */
export function verifyDelivered(input: VerificationInput): Verification {
  const { config, calendar, state, events } = input;
  const active = activeRules(config);
  const checked = active.filter((rule) => !NOT_IN_EVENT_LOG.has(rule));
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const rule of checked) byRule[rule] = 0;

  const hourRules = hourRulesOf(config);
  const windowRules = windowRulesOf(config);
  const germany = config.preset === "DE" ? config : undefined;
  const budget = config.custom.contactBudget;

  const disputed = new Set<number>();
  const informed = new Set<number>();
  const contactsSoFar = new Map<number, number>();
  const examples: Violation[] = [];
  let checkedContacts = 0;
  let violations = 0;

  for (let k = 0; k < events.size; k++) {
    const type = events.type[k];
    const debtor = events.debtor[k];

    // Disputes pause contact from the dispute until the check is finished.
    if (type === DISPUTE) disputed.add(debtor);
    if (type === DISPUTE_RESOLVED) disputed.delete(debtor);
    if (type !== CONTACT && type !== UNDELIVERED) continue;

    const day = events.day[k];
    const channel = events.channel[k];
    const slot = events.slot[k];
    if (day < 0 || day >= calendar.horizonDays || channel < 0 || channel >= CHANNELS.length || slot < 0 || slot >= SLOT_HOURS.length) {
      throw new Error(
        `Invalid contact event ${k} of debtor ${debtor}: day ${day}, channel ${channel}, slot ${slot} lie outside the calendar or the code lists. Rewrite the run with the current version.`
      );
    }
    const hour = SLOT_HOURS[slot];
    checkedContacts++;
    const broken: RuleId[] = [];

    if (germany !== undefined) {
      // Sunday from the date itself, public holidays of the debtor's state from the calendar.
      const date = calendar.dateOf(day);
      const sunday = new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
      const holiday = (calendar.dayFlags[state[debtor] * calendar.horizonDays + day] & PUBLIC_HOLIDAY) !== 0;
      if (sunday || holiday) broken.push("de.sundayHoliday");
      if (germany.pauseDisputed && disputed.has(debtor)) broken.push("de.disputed");
      if (germany.firstContactInformation && channel !== LETTER && channel !== EMAIL && !informed.has(debtor)) {
        broken.push("de.firstContactInformation");
      }
    }
    for (const hourRule of hourRules) {
      if (channel !== LETTER && !hourRule.allowed(hour)) broken.push(hourRule.rule);
    }
    for (const windowRule of windowRules) {
      if (!windowRule.channels.has(channel)) continue;
      const days = windowRule.days.get(debtor) ?? [];
      days.push(day);
      windowRule.days.set(debtor, days);
      // Count this contact and the earlier ones less than `windowDays` days before it.
      let inWindow = 0;
      for (let j = days.length - 1; j >= 0 && days[j] > day - windowRule.windowDays; j--) inWindow++;
      if (inWindow > windowRule.maxContacts) broken.push(windowRule.rule);
    }
    const total = (contactsSoFar.get(debtor) ?? 0) + 1;
    contactsSoFar.set(debtor, total);
    if (budget !== undefined && total > budget) broken.push("custom.contactBudget");

    if (channel === LETTER || channel === EMAIL) informed.add(debtor);
    if (broken.length === 0) continue;

    violations++;
    for (const rule of new Set(broken)) byRule[rule] = (byRule[rule] ?? 0) + 1;
    if (examples.length < MAX_EXAMPLES) {
      examples.push({ rule: broken[0], debtor, day, date: calendar.dateOf(day), channel: CHANNELS[channel], hour });
    }
  }

  return {
    preset: config.preset,
    checkedContacts,
    violations,
    byRule,
    unchecked: active.filter((rule) => NOT_IN_EVENT_LOG.has(rule)),
    examples
  };
}

function hourRulesOf(config: ComplianceConfig): HourRule[] {
  const rules: HourRule[] = [];
  if (config.preset === "DE") {
    const { startHour, endHour } = config.contactHours;
    rules.push({ rule: "de.quietHours", allowed: (hour) => startHour <= hour && hour < endHour });
  }
  if (config.preset === "US-RegF") {
    const { startHour, endHour } = config.callHours;
    rules.push({ rule: "regf.inconvenientTime", allowed: (hour) => startHour <= hour && hour < endHour });
  }
  const quiet = config.custom.quietHours;
  if (quiet !== undefined) {
    // The quiet window may wrap midnight, e.g. from 21 to 7.
    const inQuiet = (hour: number) =>
      quiet.fromHour < quiet.toHour ? quiet.fromHour <= hour && hour < quiet.toHour : hour >= quiet.fromHour || hour < quiet.toHour;
    rules.push({ rule: "custom.quietHours", allowed: (hour) => !inQuiet(hour) });
  }
  return rules;
}

function windowRulesOf(config: ComplianceConfig): WindowRule[] {
  const rules: WindowRule[] = [];
  if (config.preset === "US-RegF") {
    rules.push({
      rule: "regf.sevenInSeven",
      channels: new Set([PHONE_AGENT, VOICE_BOT]),
      maxContacts: config.maxCallAttempts,
      windowDays: config.callWindowDays,
      days: new Map()
    });
  }
  for (const cap of config.custom.channelCaps) {
    rules.push({
      rule: "custom.channelCap",
      channels: new Set(cap.channels.map((name) => CHANNELS.indexOf(name))),
      maxContacts: cap.maxContacts,
      windowDays: cap.windowDays,
      days: new Map()
    });
  }
  return rules;
}
