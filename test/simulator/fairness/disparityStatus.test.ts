import { describe, expect, it } from "vitest";
import { disparityStatus, type StatusInput } from "../../../simulator/fairness/disparityStatus.js";

const base: StatusInput = { n: 500, referenceN: 2000, minGroupSize: 100, events: 50, referenceEvents: 200, minEvents: 5, ciLow: 0.9, ciHigh: 1.1, band: [0.8, 1.25] };

describe("disparityStatus", () => {
  it.each([
    ["interval inside the band", { ciLow: 0.85, ciHigh: 1.2 }, "pass"],
    ["interval above the band", { ciLow: 1.3, ciHigh: 2.0 }, "fail"],
    ["interval below the band", { ciLow: 0.4, ciHigh: 0.79 }, "fail"],
    ["interval across the upper edge", { ciLow: 1.1, ciHigh: 1.6 }, "insufficient"],
    ["interval across the lower edge", { ciLow: 0.5, ciHigh: 0.9 }, "insufficient"],
    ["interval across both edges", { ciLow: 0.5, ciHigh: 2 }, "insufficient"],
    ["small group", { n: 99 }, "insufficient"],
    ["small reference group", { referenceN: 50 }, "insufficient"],
    ["too few events", { events: 4, ciLow: 0, ciHigh: 0 }, "insufficient"],
    ["too few reference events", { referenceEvents: 2, ciLow: 3, ciHigh: 4 }, "insufficient"],
    ["no interval", { ciLow: NaN, ciHigh: NaN }, "insufficient"]
  ] as const)("%s", (_name, change, expected) => {
    expect(disparityStatus({ ...base, ...change })).toBe(expected);
  });

  it("applies a difference band", () => {
    expect(disparityStatus({ ...base, ciLow: -25, ciHigh: -12, band: [-10, 10] })).toBe("fail");
    expect(disparityStatus({ ...base, ciLow: -8, ciHigh: 6, band: [-10, 10] })).toBe("pass");
  });
});
