// The data every page reads: the run summary and the messages of the page's language.

import { FileAttachment } from "observablehq:stdlib";
import type { RunSummary } from "../../simulator/io/runFormat.js";
import type { Language } from "./locale.js";
import { createTranslator, type Catalogue, type Translate } from "./messages.js";

export interface Report {
  language: Language;
  t: Translate;
  summary: RunSummary;
  /** Returns the label of an arm in the page's language, or its id for an arm the summary does not list. */
  armLabel: (id: string) => string;
}

/** Loads the run summary and the message catalogue, and sets the document title to the page's title. */
export async function loadReport(language: Language, titleKey: string): Promise<Report> {
  const [summary, catalogue] = await Promise.all([
    FileAttachment("../data/summary.json").json() as Promise<RunSummary>,
    FileAttachment("../data/messages.json").json() as Promise<Catalogue>
  ]);
  const t = createTranslator(catalogue, language);
  const labels = new Map(summary.arms.map((arm) => [arm.id, arm.label[language]]));
  document.title = `${t(titleKey)} | ${t("report.title")}`;
  return { language, t, summary, armLabel: (id) => labels.get(id) ?? id };
}
