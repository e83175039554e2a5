import { describe, expect, it } from "vitest";
import { define, resolveParameters } from "../../../simulator/params/parameter.js";

const definitions = [
  define("reach.notice.letter", 0.7, "share (0–1)", [0.35, 0.95], "assumption", "Letter notice chance", "Bemerkungschance Brief"),
  define("legal.serviceDays", 7, "days", [3, 14], "assumption", "Service days", "Zustelltage")
];

describe("resolveParameters", () => {
  it("returns the defaults without overrides", () => {
    expect(resolveParameters(definitions)).toEqual({ "reach.notice.letter": 0.7, "legal.serviceDays": 7 });
  });

  it("applies overrides inside the range", () => {
    expect(resolveParameters(definitions, { "legal.serviceDays": 14 })["legal.serviceDays"]).toBe(14);
  });

  it("rejects an unknown id", () => {
    expect(() => resolveParameters(definitions, { "reach.notice.pigeon": 0.5 })).toThrow(/Unknown model parameter "reach\.notice\.pigeon"/);
  });

  it("rejects a value above the range", () => {
    expect(() => resolveParameters(definitions, { "legal.serviceDays": 15 })).toThrow(
      /"legal\.serviceDays" = 15 lies outside its plausible range \[3, 14\] \(days\)/
    );
  });

  it("rejects a value below the range", () => {
    expect(() => resolveParameters(definitions, { "reach.notice.letter": 0.1 })).toThrow(/"reach\.notice\.letter" = 0\.1 .*\[0\.35, 0\.95\]/);
  });

  it("rejects a value that is no finite number", () => {
    expect(() => resolveParameters(definitions, { "legal.serviceDays": Number.NaN })).toThrow(/"legal\.serviceDays" must be a finite number/);
  });
});
