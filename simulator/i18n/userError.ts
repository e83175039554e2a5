/**
 * An error caused by the user's input (a config, a file, an option), whose message
 * comes from the message catalogue so that the CLI shows it in the user's language.
 */

import { translate } from "./catalogue.js";
import { resolveLanguage, type Language } from "./locale.js";

export class UserError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(key: string, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(translate(safeLanguage(), key, params), options);
    this.name = "UserError";
    this.key = key;
    this.params = params;
  }

  /** Render the message in `language`. */
  messageIn(language: Language): string {
    return translate(language, this.key, this.params);
  }
}

function safeLanguage(): Language {
  try {
    return resolveLanguage();
  } catch {
    return "de";
  }
}
