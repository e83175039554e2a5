import { describe, expect, it } from "vitest";
import { formatJsonFile } from "../../../simulator/io/jsonFile.js";

describe("formatJsonFile", () => {
  it("indents by two spaces and ends with a newline", () => {
    expect(formatJsonFile({ runId: "r1", arms: [1] }, "summary.json")).toBe('{\n  "runId": "r1",\n  "arms": [\n    1\n  ]\n}\n');
  });

  it("keeps insertion order", () => {
    expect(formatJsonFile({ b: 1, a: 2 }, "x.json")).toBe('{\n  "b": 1,\n  "a": 2\n}\n');
  });

  it("keeps null", () => {
    expect(formatJsonFile({ medianDaysToFirstPayment: null }, "x.json")).toContain('"medianDaysToFirstPayment": null');
  });

  it("rejects NaN with file and path", () => {
    expect(() => formatJsonFile({ arms: [{ nps: Number.NaN }] }, "summary.json")).toThrow(
      /summary\.json: the number at \$\.arms\[0\]\.nps is not finite/
    );
  });

  it("rejects Infinity", () => {
    expect(() => formatJsonFile({ costToCollect: -Infinity }, "summary.json")).toThrow("$.costToCollect");
  });
});
