/**
 * What a strategy sees and what it can do.
 *
 * The information boundary is enforced by types: a strategy receives an
 * {@link ObservableView} (what a collection agency knows: the claim, the contact data it
 * was given, the contact and payment history and the replies) and nothing else. Latent
 * traits (segment, liquidity, attention, trust) live in engine state that no strategy
 * can reach, and every view field is read-only. Protected attributes reach a strategy
 * only through {@link StrategyContext.protectedView}, which is undefined unless the
 * experiment config allows it.
 *
 * A strategy does not deliver anything itself: `contact` and `escalate` are proposals
 * that the compliance guard reviews before they reach a debtor.
 */

import type { Table } from "../io/table.js";
import type { RandomStream } from "../random/seededStream.js";

/** A typed array that the holder may read but not write. */
export interface ReadonlyNumbers {
  readonly [index: number]: number;
  readonly length: number;
}

export interface ObservableView {
  // placement data
  readonly claimAmount: ReadonlyNumbers;
  readonly claimType: ReadonlyNumbers;
  readonly debtAgeDays: ReadonlyNumbers;
  readonly ageBand: ReadonlyNumbers;
  readonly state: ReadonlyNumbers;
  readonly hasEmail: ReadonlyNumbers;
  readonly hasMobile: ReadonlyNumbers;

  // case history, as the agency's system records it
  /** Code into STATUSES. */
  readonly status: ReadonlyNumbers;
  /** € still owed, principal and fees. */
  readonly outstanding: ReadonlyNumbers;
  /** € received so far. */
  readonly paid: ReadonlyNumbers;
  /** Delivered contacts so far. */
  readonly contacts: ReadonlyNumbers;
  /** Day of the last delivered contact, or -1. */
  readonly lastContactDay: ReadonlyNumbers;
  /** Bit per channel code: set when a contact on that channel came back undelivered. */
  readonly undeliverable: ReadonlyNumbers;
  /** Day of the debtor's last reply or payment, or -1. */
  readonly lastResponseDay: ReadonlyNumbers;
  /** Code into EVENT_TYPES of the debtor's last reply or payment, or 255. */
  readonly lastResponse: ReadonlyNumbers;
  /** Day an instalment plan was last offered, or -1. */
  readonly planOfferedDay: ReadonlyNumbers;
  /** 1 once the court dunning procedure was started. */
  readonly escalated: ReadonlyNumbers;
}

/** Sensitive attributes; present only where the experiment config allows a strategy to read them. */
export interface ProtectedView {
  readonly gender: ReadonlyNumbers;
  readonly language: ReadonlyNumbers;
  readonly incomeBand: ReadonlyNumbers;
  readonly urban: ReadonlyNumbers;
  readonly vulnerability: ReadonlyNumbers;
}

export interface ContactAction {
  /** Code into CHANNELS. */
  channel: number;
  /** Code into TONES. */
  tone: number;
  /** Code into SLOTS. */
  slot: number;
  /** Code into OFFERS. */
  offer: number;
  /** Bit flags of CONTENT_FLAGS (simulator/behavior/messageContent.ts): name, amount, social norm, moral appeal, pleasant caller; default 0. */
  content?: number;
}

export interface StrategyCalendar {
  /** Weekday per day index: 0 Monday … 6 Sunday. */
  readonly weekday: ReadonlyNumbers;
  /** Day of the month per day index. */
  readonly dayOfMonth: ReadonlyNumbers;
}

export interface StrategyContext {
  readonly view: ObservableView;
  readonly protectedView: ProtectedView | undefined;
  /** Debtors in this arm, ascending. */
  readonly members: Int32Array;
  readonly horizonDays: number;
  readonly calendar: StrategyCalendar;
  /** Seeded stream for the strategy's own random choices. */
  readonly random: RandomStream;
  /** € per contact by channel code: the agency's price list. */
  readonly contactCost: ReadonlyNumbers;
  /** Propose a contact today; the compliance guard delivers, defers or blocks it. */
  contact(debtor: number, day: number, action: ContactAction): void;
  /** Propose the court dunning procedure (Mahnbescheid) today. */
  escalate(debtor: number, day: number): void;
  /** Ask to be called (`decide`) for this debtor on a later day; replaces any earlier request. */
  wakeAt(debtor: number, day: number): void;
}

/** Debtor events that strategies may learn from. */
export type StrategyEvent = "payment" | "planAgreed" | "promise" | "dispute" | "complaint" | "undelivered" | "closed";

export interface Strategy {
  /** Registered strategy name, e.g. "classicDunning". */
  readonly name: string;
  /** Observable fields the strategy reads, for the audit. */
  readonly reads: readonly (keyof ObservableView | keyof ProtectedView)[];
  /** Called once before day 0; typically schedules the first decision of every member. */
  start(context: StrategyContext): void;
  /** Called on a day the strategy asked for with `wakeAt`, while the case is still open. */
  decide(debtor: number, day: number): void;
  /** Called when a debtor event happens; `amount` is € for payments, else 0. */
  onEvent?(debtor: number, day: number, event: StrategyEvent, amount: number): void;
  /** Called after the last day; returns a JSON-ready description of what the strategy learned. */
  finish?(): unknown;
  /** Called after the last day; returns the decision log with each decision's explanation, one row per decision. */
  decisions?(): Table;
}

/** Build a strategy from its options in the experiment config. */
export type StrategyFactory = (options: Record<string, unknown>) => Strategy;
