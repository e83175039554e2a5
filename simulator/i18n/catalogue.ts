/**
 * The one message catalogue: every text a user reads, in German and English.
 *
 * Messages are grouped by where they appear (`cli`, `report`). A message is either a
 * string or a function of its parameters. The English and German tables must have the
 * same keys; `test/simulator/i18n/catalogue.test.ts` checks that.
 */

import type { Language } from "./locale.js";
import { behaviorMessages } from "./messages/behavior.js";
import { cliMessages } from "./messages/cli.js";
import { complianceMessages } from "./messages/compliance.js";
import { complianceReportMessages } from "./messages/complianceReport.js";
import { experimentMessages } from "./messages/experiment.js";
import { experimentReportMessages } from "./messages/experimentReport.js";
import { fairnessMessages } from "./messages/fairness.js";
import { inputMessages } from "./messages/input.js";
import { ioMessages } from "./messages/io.js";
import { learningMessages } from "./messages/learning.js";
import { reportMessages } from "./messages/report.js";
import { unitMessages } from "./messages/units.js";

export const catalogue = {
  de: { ...behaviorMessages.de, ...cliMessages.de, ...complianceMessages.de, ...complianceReportMessages.de, ...experimentMessages.de, ...experimentReportMessages.de, ...fairnessMessages.de, ...inputMessages.de, ...ioMessages.de, ...learningMessages.de, ...reportMessages.de, ...unitMessages.de },
  en: { ...behaviorMessages.en, ...cliMessages.en, ...complianceMessages.en, ...complianceReportMessages.en, ...experimentMessages.en, ...experimentReportMessages.en, ...fairnessMessages.en, ...inputMessages.en, ...ioMessages.en, ...learningMessages.en, ...reportMessages.en, ...unitMessages.en }
};

export type MessageKey = keyof typeof catalogue.en;
type Params = Record<string, string | number>;

/** Look up a message and fill in its `{name}` placeholders. Throws on an unknown key. */
export function translate(language: Language, key: string, params: Params = {}): string {
  const table = catalogue[language] as Record<string, string>;
  const template = table[key];
  if (template === undefined) {
    throw new Error(`Missing message "${key}" for language "${language}".`);
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name])
  );
}

/** Return a translator bound to one language. */
export function translator(language: Language): (key: string, params?: Params) => string {
  return (key, params) => translate(language, key, params);
}
