/**
 * Errors about run folders that a user can act on: a missing run, an incomplete folder, an
 * output folder that must not be overwritten.
 *
 * Each error carries its message key and parameters, so the CLI can show it in the language
 * the user chose. The `message` itself is in the language of the environment (German by default).
 */

import { resolveLanguage, type Language } from "../i18n/locale.js";
import { ioMessages } from "../i18n/messages/io.js";

export type IoMessageKey = keyof typeof ioMessages.en;
export type IoMessageParams = Record<string, string | number>;

/** Fill the `{name}` placeholders of an io message in the given language. */
export function formatIoMessage(language: Language, key: IoMessageKey, params: IoMessageParams = {}): string {
  return ioMessages[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name])
  );
}

export class RunFolderError extends Error {
  readonly key: IoMessageKey;
  readonly params: IoMessageParams;

  constructor(key: IoMessageKey, params: IoMessageParams, options?: { cause?: unknown }) {
    super(formatIoMessage(resolveLanguage(), key, params), options);
    this.name = "RunFolderError";
    this.key = key;
    this.params = params;
  }

  /** Render the message in `language`. */
  messageIn(language: Language): string {
    return formatIoMessage(language, this.key, this.params);
  }
}
