import { describe, expect, it } from "vitest";
import { packAction } from "../../../simulator/engine/caseState.js";

describe("packAction", () => {
  it("keeps channel, tone, slot, offer and content apart", () => {
    const packed = packAction(4, 3, 2, 1, 0b10101);
    expect(packed & 15).toBe(4);
    expect((packed >> 4) & 15).toBe(3);
    expect((packed >> 8) & 15).toBe(2);
    expect((packed >> 12) & 15).toBe(1);
    expect((packed >> 16) & 255).toBe(0b10101);
  });

  it("fits the 32-bit deferred-action store", () => {
    const store = new Uint32Array(1);
    store[0] = packAction(15, 15, 15, 15, 255);
    expect(store[0]).toBe(packAction(15, 15, 15, 15, 255));
  });
});
