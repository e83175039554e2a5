// Message lookup in the browser, over the catalogue that `data/messages.json` carries.
// Placeholders work as in simulator/i18n/catalogue.ts: `{name}` is replaced by the parameter.

import type { Language } from "./locale.js";

export type MessageParams = Record<string, string | number>;
/** Looks up a message and fills in its placeholders; `has` tells whether a key exists. */
export interface Translate {
  (key: string, params?: MessageParams): string;
  has(key: string): boolean;
}
export type Catalogue = Record<Language, Record<string, string>>;

/** Returns a function that looks up a message of `language` and fills in its placeholders; it throws on an unknown key. */
export function createTranslator(catalogue: Catalogue, language: Language): Translate {
  const table = catalogue[language];
  const translate = (key: string, params: MessageParams = {}): string => {
    const template = table[key];
    if (template === undefined) {
      throw new Error(`Missing message "${key}" for language "${language}" in data/messages.json.`);
    }
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      params[name] === undefined ? match : String(params[name])
    );
  };
  return Object.assign(translate, { has: (key: string) => table[key] !== undefined });
}
