// "How does each strategy perform?": the figures of every arm side by side, one metric per row,
// with the best value of each metric that has a direction in bold.

import type { ArmSummary } from "../../simulator/io/runFormat.js";
import { armValue } from "./comparisons.js";
import { element } from "./dom.js";
import { formatMoney, formatNumber } from "./locale.js";
import { formatMetricValue, metricName, metricOf } from "./metrics.js";
import type { Report } from "./report.js";
import { renderTable } from "./table.js";

const ROW_METRICS = [
  "recoveryRate",
  "cureRate",
  "costPerCase",
  "costToCollect",
  "netRecovery",
  "nps",
  "instalmentShare",
  "legalEscalationRate",
  "complaintRate",
  "disputeRate",
  "contactsPerCase",
  "debtorFeesPerCase",
  "medianDaysToFirstPayment"
];

interface Row {
  label: string;
  cell: (arm: ArmSummary) => string;
  best: string | null;
}

function bestArm(arms: ArmSummary[], metric: string): string | null {
  const { higherIsBetter } = metricOf(metric);
  if (higherIsBetter === null) return null;
  let best: { id: string; value: number } | null = null;
  for (const arm of arms) {
    const value = armValue(arm, metric);
    if (value === null) continue;
    if (best === null || (higherIsBetter ? value > best.value : value < best.value)) best = { id: arm.id, value };
  }
  return best?.id ?? null;
}

/** Renders the table of per-arm figures; metrics the summary lacks for every arm are left out. */
export function renderArmTable(report: Report): HTMLElement {
  const { summary, language, t } = report;
  const rows: Row[] = [
    { label: t("report.metric.cases"), cell: (arm) => formatNumber(arm.n, language, 0), best: null },
    { label: t("report.metric.placed"), cell: (arm) => formatMoney(arm.placed, language, 0), best: null },
    { label: t("report.metric.recovered"), cell: (arm) => formatMoney(arm.recovered, language, 0), best: null }
  ];
  for (const metric of ROW_METRICS) {
    if (summary.arms.every((arm) => armValue(arm, metric) === null)) continue;
    rows.push({
      label: metricName(metric, t),
      cell: (arm) => {
        const text = formatMetricValue(metric, armValue(arm, metric), language, t);
        if (metric !== "nps") return text;
        return t("report.overview.npsWithRespondents", { value: text, respondents: formatNumber(arm.npsRespondents, language, 0) });
      },
      best: bestArm(summary.arms, metric)
    });
  }

  return renderTable<Row>("arms", [
    { label: t("report.overview.metricColumn"), cell: (row) => row.label, rowHeader: true },
    ...summary.arms.map((arm) => ({
      label: report.armLabel(arm.id),
      cell: (row: Row) => (row.best === arm.id ? element("strong", {}, [row.cell(arm)]) : row.cell(arm)),
      numeric: true
    }))
  ], rows, t("report.overview.armsCaption"));
}
