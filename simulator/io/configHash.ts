/**
 * A fingerprint of a resolved experiment config, so that two runs can be recognised as
 * runs of the same config whatever the key order in the file it came from.
 */

import { createHash } from "node:crypto";

/**
 * Serialise a JSON value canonically: object keys sorted by UTF-16 code units (the order of
 * RFC 8785, JSON Canonicalization Scheme), no whitespace, numbers and strings as
 * `JSON.stringify` writes them.
 *
 * As in `JSON.stringify`, `toJSON` methods are called and object properties that are
 * `undefined` or functions are left out. Unlike it, NaN and ±Infinity are rejected instead
 * of becoming `null`, because two different configs must not share one form.
 *
 * @throws {TypeError} on a non-finite number, a bigint, a symbol, `undefined` or a function
 *   in an array or at the top level, or a circular reference. The message names the path,
 *   e.g. `$.arms[1].share`.
 * @example stableStringify({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function stableStringify(value: unknown): string {
  const text = serialise(value, "$", new Set());
  if (text === undefined) {
    throw new TypeError(`stableStringify: the value at $ is ${typeof value} and has no JSON form.`);
  }
  return text;
}

/**
 * Hash a resolved config: the SHA-256 of its {@link stableStringify} form, as 64 lower-case
 * hex digits.
 *
 * @example hashConfig({ seed: 1 }) === hashConfig(JSON.parse('{"seed":1}'))
 */
export function hashConfig(config: unknown): string {
  return createHash("sha256").update(stableStringify(config), "utf8").digest("hex");
}

// Return the canonical text of `value`, or undefined where JSON has no form for it
// (an object property that is then left out).
function serialise(value: unknown, path: string, ancestors: Set<object>): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON();
  }

  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) {
        throw new TypeError(`stableStringify: the number at ${path} is ${value}; JSON has only finite numbers.`);
      }
      return JSON.stringify(value);
    case "undefined":
    case "function":
      return undefined;
    case "bigint":
    case "symbol":
      throw new TypeError(`stableStringify: the value at ${path} is a ${typeof value}; convert it to a number or string first.`);
  }

  if (value === null) return "null";

  const object = value as object;
  if (ancestors.has(object)) {
    throw new TypeError(`stableStringify: the value at ${path} refers to itself; a config must be a tree.`);
  }
  ancestors.add(object);

  let text: string;
  if (Array.isArray(object)) {
    const items = object.map((item, index) => {
      const itemPath = `${path}[${index}]`;
      const itemText = serialise(item, itemPath, ancestors);
      if (itemText === undefined) {
        throw new TypeError(`stableStringify: the value at ${itemPath} is ${typeof item} and has no JSON form.`);
      }
      return itemText;
    });
    text = `[${items.join(",")}]`;
  } else {
    // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
    const keys = Object.keys(object).sort();
    const members: string[] = [];
    for (const key of keys) {
      const memberText = serialise((object as Record<string, unknown>)[key], `${path}.${key}`, ancestors);
      if (memberText !== undefined) members.push(`${JSON.stringify(key)}:${memberText}`);
    }
    text = `{${members.join(",")}}`;
  }

  ancestors.delete(object);
  return text;
}
