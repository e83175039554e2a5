import { describe, expect, it } from "vitest";
import { catalogue, translate } from "../../../simulator/i18n/catalogue.js";

const german = catalogue.de as Record<string, unknown>;
const english = catalogue.en as Record<string, unknown>;

/** Placeholder names `{name}` of a message, sorted and without repeats. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

describe("message catalogue", () => {
  it("German and English have the same keys", () => {
    const germanKeys = Object.keys(german).sort();
    const englishKeys = Object.keys(english).sort();
    expect(germanKeys.filter((key) => !(key in english)), "keys missing in English").toEqual([]);
    expect(englishKeys.filter((key) => !(key in german)), "keys missing in German").toEqual([]);
    expect(germanKeys.length).toBeGreaterThan(50);
  });

  it.each([["de", german], ["en", english]] as const)("%s messages are non-empty strings", (_language, table) => {
    for (const [key, message] of Object.entries(table)) {
      expect(typeof message, key).toBe("string");
      expect((message as string).trim(), key).not.toBe("");
    }
  });

  it("placeholders match between languages", () => {
    for (const key of Object.keys(german)) {
      if (typeof german[key] !== "string" || typeof english[key] !== "string") continue;
      expect(placeholders(english[key] as string), key).toEqual(placeholders(german[key] as string));
    }
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    const key = Object.keys(english).find((k) => placeholders(english[k] as string).length > 0);
    expect(key).toBeDefined();
    const names = placeholders(english[key as string] as string);
    const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
    const text = translate("en", key as string, params);
    for (const name of names) {
      expect(text).toContain(`<${name}>`);
      expect(text).not.toContain(`{${name}}`);
    }
  });

  it("rejects an unknown key", () => {
    expect(() => translate("de", "no.such.message")).toThrow(/Missing message "no\.such\.message" for language "de"/);
  });
});
