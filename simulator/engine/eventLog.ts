/**
 * The contact and payment event log: growable typed columns, one row per event.
 * A run with logging switched off (the benchmark) keeps only the counts.
 */

export class EventLog {
  size = 0;
  debtor: Int32Array;
  day: Int16Array;
  type: Uint8Array;
  channel: Int8Array;
  tone: Int8Array;
  slot: Int8Array;
  offer: Int8Array;
  /** Compliance rule index (into RULES) for blocked and deferred actions, else -1. */
  rule: Int8Array;
  amount: Float64Array;
  cost: Float64Array;

  constructor(readonly enabled: boolean, initialCapacity = 1 << 16) {
    const capacity = enabled ? initialCapacity : 0;
    this.debtor = new Int32Array(capacity);
    this.day = new Int16Array(capacity);
    this.type = new Uint8Array(capacity);
    this.channel = new Int8Array(capacity);
    this.tone = new Int8Array(capacity);
    this.slot = new Int8Array(capacity);
    this.offer = new Int8Array(capacity);
    this.rule = new Int8Array(capacity);
    this.amount = new Float64Array(capacity);
    this.cost = new Float64Array(capacity);
  }

  /** Append an event; channel, tone, slot and offer are -1 where they do not apply. */
  add(debtor: number, day: number, type: number, channel: number, tone: number, slot: number, offer: number, amount: number, cost: number, rule = -1): void {
    if (!this.enabled) return;
    if (this.size === this.debtor.length) this.grow();
    const k = this.size++;
    this.debtor[k] = debtor;
    this.day[k] = day;
    this.type[k] = type;
    this.channel[k] = channel;
    this.tone[k] = tone;
    this.slot[k] = slot;
    this.offer[k] = offer;
    this.rule[k] = rule;
    this.amount[k] = amount;
    this.cost[k] = cost;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.debtor.length * 2);
    const grow = <T extends Int32Array | Int16Array | Uint8Array | Int8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.debtor = grow(this.debtor, (n) => new Int32Array(n));
    this.day = grow(this.day, (n) => new Int16Array(n));
    this.type = grow(this.type, (n) => new Uint8Array(n));
    this.channel = grow(this.channel, (n) => new Int8Array(n));
    this.tone = grow(this.tone, (n) => new Int8Array(n));
    this.slot = grow(this.slot, (n) => new Int8Array(n));
    this.offer = grow(this.offer, (n) => new Int8Array(n));
    this.rule = grow(this.rule, (n) => new Int8Array(n));
    this.amount = grow(this.amount, (n) => new Float64Array(n));
    this.cost = grow(this.cost, (n) => new Float64Array(n));
  }
}
