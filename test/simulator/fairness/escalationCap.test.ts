import { describe, expect, it } from "vitest";
import type { ObservableView } from "../../../simulator/engine/strategyApi.js";
import { EscalationCap, fairnessCapSchema } from "../../../simulator/fairness/escalationCap.js";
import { adaptiveBanditOptions } from "../../../strategies/adaptiveBandit.js";

// 100 debtors aged 18-29 (band 0), 100 aged 65+ (band 3)
const ageBand = Uint8Array.from({ length: 200 }, (_value, i) => (i < 100 ? 0 : 3));
const view = { ageBand } as unknown as ObservableView;
const members = Int32Array.from(ageBand.keys());
const cap = fairnessCapSchema.parse({ attribute: "ageBand", metric: "legalEscalationRate", maxRatio: 1.25 });

describe("EscalationCap", () => {
  it("lets the first escalations of a group through", () => {
    const limiter = new EscalationCap(cap, view, undefined, members, "test");
    for (let k = 0; k < 10; k++) {
      expect(limiter.allows(150)).toBe(true);
      limiter.record(150);
    }
  });

  it("holds a group at the ratio to the overall rate", () => {
    const limiter = new EscalationCap(cap, view, undefined, members, "test");
    for (let k = 0; k < 10; k++) limiter.record(150);
    // group rate 11/100 against overall 11/200: ratio 2 > 1.25
    expect(limiter.allows(150)).toBe(false);
    // once the young group escalates too, the old group may follow: 11/100 ≤ 1.25 × 18/200
    for (let k = 0; k < 7; k++) limiter.record(10);
    expect(limiter.allows(150)).toBe(true);
  });

  it("needs a protected attribute the arm may read", () => {
    const onIncome = fairnessCapSchema.parse({ attribute: "incomeBand", metric: "legalEscalationRate", maxRatio: 1.25 });
    expect(() => new EscalationCap(onIncome, view, undefined, members, "adaptiveBandit")).toThrow(/allowProtected/);
  });

  it("is an option of the adaptive strategy", () => {
    expect(adaptiveBanditOptions.parse({ fairnessCap: { attribute: "ageBand", metric: "legalEscalationRate", maxRatio: 1.5 } }).fairnessCap?.maxRatio).toBe(1.5);
    expect(() => adaptiveBanditOptions.parse({ fairnessCap: { attribute: "ageBand", metric: "cureRate", maxRatio: 1.5 } })).toThrow();
  });
});
