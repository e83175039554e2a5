/** The text of a JSON file in a run folder: 2-space indent, trailing newline, finite numbers only. */

/**
 * Format `value` as the content of the JSON file `fileName`.
 *
 * Keys keep their insertion order, so the same value built the same way gives the same bytes.
 * `JSON.stringify` would silently write NaN and ±Infinity as `null`, so they are rejected.
 *
 * @throws {Error} naming the file and the path of the first non-finite number.
 */
export function formatJsonFile(value: unknown, fileName: string): string {
  const path = findNonFiniteNumber(value, "$");
  if (path !== undefined) {
    throw new Error(
      `${fileName}: the number at ${path} is not finite; write null for a missing value or fix the computation.`
    );
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Return the path of the first NaN or ±Infinity inside `value`, or undefined if there is none.
function findNonFiniteNumber(value: unknown, path: string): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== "object") return undefined;

  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findNonFiniteNumber(value[index], `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, member] of Object.entries(value)) {
    const found = findNonFiniteNumber(member, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
