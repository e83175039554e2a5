// The sentence under each page heading that names the run the page reports.

import { element } from "./dom.js";
import type { Report } from "./report.js";

/** Renders "This report shows run … (config hash …)", with both ids also as data attributes. */
export function renderRunLine(report: Report): HTMLElement {
  const { summary, language, t } = report;
  const text = t("report.runLine", {
    runId: summary.runId,
    configHash: summary.configHash,
    title: summary.experiment.title[language]
  });
  return element("p", { class: "inkasso-run-line", "data-run-id": summary.runId, "data-config-hash": summary.configHash }, [text]);
}
