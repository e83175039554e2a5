import { describe, expect, it } from "vitest";
import { hashConfig, stableStringify } from "../../../simulator/io/configHash.js";

describe("stableStringify", () => {
  it("sorts keys at every depth", () => {
    const value = { seed: 42, name: "default", arms: [{ share: 0.5, id: "A" }, { id: "B", share: 0.5 }] };
    expect(stableStringify(value)).toBe('{"arms":[{"id":"A","share":0.5},{"id":"B","share":0.5}],"name":"default","seed":42}');
  });

  it("keeps array order", () => {
    expect(stableStringify([3, 1, 2])).toBe("[3,1,2]");
  });

  it("sorts keys by UTF-16 code units", () => {
    // "Z" (U+005A) < "a" (U+0061) < "é" (U+00E9); a locale-aware sort would put "Z" last.
    expect(stableStringify({ é: 1, a: 2, Z: 3 })).toBe('{"Z":3,"a":2,"é":1}');
  });

  it("omits undefined properties and calls toJSON", () => {
    const value = { when: new Date(Date.UTC(2026, 0, 5)), missing: undefined };
    expect(stableStringify(value)).toBe('{"when":"2026-01-05T00:00:00.000Z"}');
  });

  it("rejects non-finite numbers with their path", () => {
    expect(() => stableStringify({ arms: [{ share: Number.NaN }] })).toThrow("$.arms[0].share");
    expect(() => stableStringify({ horizon: Infinity })).toThrow("$.horizon");
  });

  it("rejects undefined inside arrays", () => {
    expect(() => stableStringify([1, undefined])).toThrow("$[1]");
  });

  it("rejects bigint values", () => {
    expect(() => stableStringify({ n: 1n })).toThrow("$.n");
  });

  it("rejects circular references", () => {
    const value: Record<string, unknown> = { a: 1 };
    value.self = value;
    expect(() => stableStringify(value)).toThrow("$.self");
  });

  it("accepts a repeated but acyclic object", () => {
    const shared = { x: 1 };
    expect(stableStringify({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});

describe("hashConfig", () => {
  it("matches sha256sum of the canonical text", () => {
    // printf '%s' '{"arms":[{"id":"A","share":0.5},{"id":"B","share":0.5}],"name":"default","seed":42}' | sha256sum
    const config = { seed: 42, name: "default", arms: [{ id: "A", share: 0.5 }, { share: 0.5, id: "B" }] };
    expect(hashConfig(config)).toBe("e6173c3eb045430b15424971b6ec3c5f22c0a8b91bc251aadae9091656f26f42");
  });

  it("hashes UTF-8 text and exponent numbers", () => {
    // printf '%s' '{"a":"€","b":1e+21,"c":0.1}' | sha256sum
    expect(hashConfig({ c: 0.1, b: 1e21, a: "€" })).toBe("474d9adc49e95a093c007c4cb28dfb6a9fdd58a378526aed8cd889d2a7f569e5");
  });

  it("ignores key order", () => {
    const parsed = JSON.parse('{"b":{"y":2,"x":1},"a":[1,2]}');
    const built = { a: [1, 2], b: { x: 1, y: 2 } };
    expect(hashConfig(parsed)).toBe(hashConfig(built));
  });

  it("changes with any value", () => {
    expect(hashConfig({ seed: 1 })).not.toBe(hashConfig({ seed: 2 }));
    expect(hashConfig({ arms: ["A", "B"] })).not.toBe(hashConfig({ arms: ["B", "A"] }));
  });
});
