/**
 * The contact history the compliance guard needs, kept per debtor in typed arrays so that a
 * population of a million debtors costs a few tens of megabytes and no objects.
 *
 * Rolling-window caps ("at most n contacts on these channels in w days") keep, per debtor, a ring
 * buffer with the days of the last n contacts that count: the cap is reached exactly when the
 * oldest of those n days still lies inside the window. Contacts must be recorded in
 * non-decreasing day order per debtor, which a day-by-day simulation does.
 */

import { EMAIL, LETTER, PHONE_AGENT, VOICE_BOT } from "../population/codes.js";

/** Day value meaning "never", far enough in the past that any window arithmetic stays valid. */
export const NEVER = -1_000_000;

/** A rolling-window cap on the channels in `channelMask` (bit `1 << channel`). */
export interface WindowCap {
  channelMask: number;
  maxContacts: number;
  windowDays: number;
}

/** Bit mask of the channels through which a call reaches the debtor (agent and voice bot alike). */
export const CALL_CHANNELS = (1 << PHONE_AGENT) | (1 << VOICE_BOT);

/** Bit mask of the channels in text form that can carry the § 13a RDG information. */
export const WRITTEN_CHANNELS = (1 << LETTER) | (1 << EMAIL);

export class ContactLog {
  readonly size: number;
  /** Delivered contacts per debtor over the run. */
  readonly deliveredTotal: Uint32Array;
  /** 1 once a contact in text form (letter or e-mail) was delivered. */
  readonly informed: Uint8Array;
  /** Day of the last telephone conversation per debtor, `NEVER` if none. */
  readonly lastConversationDay: Int32Array;

  private readonly caps: readonly WindowCap[];
  /** Per cap: the days of the last `maxContacts` counted contacts, `maxContacts` slots per debtor. */
  private readonly capDays: Int32Array[];
  /** Per cap: the ring position of the oldest stored day per debtor. */
  private readonly capHead: Uint8Array[];

  constructor(size: number, caps: readonly WindowCap[]) {
    this.size = size;
    this.deliveredTotal = new Uint32Array(size);
    this.informed = new Uint8Array(size);
    this.lastConversationDay = new Int32Array(size).fill(NEVER);
    this.caps = caps;
    this.capDays = caps.map((cap) => new Int32Array(size * cap.maxContacts).fill(NEVER));
    this.capHead = caps.map(() => new Uint8Array(size));
  }

  /**
   * Record a delivered contact. `conversation` marks a call in which the debtor was reached and
   * spoke with the agent or voice bot.
   */
  record(debtor: number, day: number, channel: number, conversation: boolean): void {
    const channelBit = 1 << channel;
    this.deliveredTotal[debtor]++;
    if ((channelBit & WRITTEN_CHANNELS) !== 0) this.informed[debtor] = 1;
    if (conversation && (channelBit & CALL_CHANNELS) !== 0) this.lastConversationDay[debtor] = day;

    for (let c = 0; c < this.caps.length; c++) {
      const cap = this.caps[c];
      if ((cap.channelMask & channelBit) === 0) continue;
      const head = this.capHead[c][debtor];
      this.capDays[c][debtor * cap.maxContacts + head] = day;
      this.capHead[c][debtor] = head + 1 === cap.maxContacts ? 0 : head + 1;
    }
  }

  /**
   * Return the first day at or after `day` on which cap `capIndex` allows one more contact for
   * the debtor: `day` itself when the cap is not reached.
   */
  capNextDay(capIndex: number, debtor: number, day: number): number {
    const cap = this.caps[capIndex];
    const oldest = this.capDays[capIndex][debtor * cap.maxContacts + this.capHead[capIndex][debtor]];
    const freeFrom = oldest + cap.windowDays;
    return freeFrom > day ? freeFrom : day;
  }

  /** Number of caps this log tracks, in the order given to the constructor. */
  get capCount(): number {
    return this.caps.length;
  }

  /** Channel mask of a cap. */
  capChannels(capIndex: number): number {
    return this.caps[capIndex].channelMask;
  }
}
