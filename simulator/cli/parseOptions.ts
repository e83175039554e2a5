/** Parsing of numeric command-line options, with errors that name the option, the value and the range. */

import { translate } from "../i18n/catalogue.js";
import type { Language } from "../i18n/locale.js";

export class CliInputError extends Error {}

/** Parse a whole number in [min, max]; undefined stays undefined. */
export function parseInteger(value: string | undefined, option: string, language: Language, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    const range = translate(language, "cli.error.range", { min: min.toLocaleString(language), max: max.toLocaleString(language) });
    throw new CliInputError(translate(language, "cli.error.integer", { value, option, range }));
  }
  return parsed;
}
