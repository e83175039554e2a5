// The lines under each page heading: the run the page reports, and whether its arm sizes
// match the intended weights (the sample ratio check).

import { element } from "./dom.js";
import { formatNumber } from "./locale.js";
import { formatPValue } from "./metrics.js";
import type { Report } from "./report.js";

/**
 * Renders "This report shows run … (config hash …)", with both ids also as data attributes,
 * followed by the sample ratio line when the summary has the check.
 */
export function renderRunLine(report: Report): HTMLElement {
  const { summary, language, t } = report;
  const text = t("report.runLine", {
    runId: summary.runId,
    configHash: summary.configHash,
    title: summary.experiment.title[language]
  });
  return element("div", { class: "inkasso-run-block" }, [
    element("p", { class: "inkasso-run-line", "data-run-id": summary.runId, "data-config-hash": summary.configHash }, [text]),
    renderSampleRatioLine(report)
  ]);
}

/** Renders the result of the chi-squared sample ratio test; a mismatch is a warning with the counts. */
function renderSampleRatioLine(report: Report): HTMLElement | null {
  const { summary, language, t } = report;
  const check = summary.sampleRatioMismatch;
  if (check === undefined) return null;

  const pValue = formatPValue(check.pValue, language, t);
  const counts = (values: number[]) => values.map((value) => formatNumber(value, language, 0)).join(" : ");
  const text = check.mismatch
    ? t("report.srm.mismatch", { pValue, counts: counts(check.counts), expected: counts(check.expected) })
    : t("report.srm.match", { pValue });
  return element(
    "p",
    { class: "inkasso-srm", "data-mismatch": String(check.mismatch), role: check.mismatch ? "alert" : "status" },
    [text]
  );
}
