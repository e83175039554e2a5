// The sensitivity page: how often each challenger still wins across plausible parameter
// worlds, which parameters drive or flip the verdict, and a tornado chart per challenger.

import { FileAttachment } from "observablehq:stdlib";
import type { TopLevelSpec } from "vega-lite";
import type { SensitivityResult, WinShare } from "../../simulator/calibration/sensitivity.js";
import { element } from "./dom.js";
import { formatNumber, formatPercent, type Language } from "./locale.js";
import { loadReport, type Report } from "./report.js";
import { renderRunLine } from "./runLine.js";
import { renderTable } from "./table.js";
import { axisDigits, CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

/** Bars shown per tornado chart, the widest first. */
const TORNADO_BARS = 10;

/** Convert a difference to the metric's display unit: percentage points for the recovery rate. */
function displayDifference(metric: string, value: number): number {
  return metric === "recoveryRate" ? value * 100 : value;
}

function verdictSentence(report: Report, share: WinShare): string {
  const { t, language } = report;
  return t("report.sensitivity.sentence", {
    arm: report.armLabel(share.arm),
    metric: t(`report.metric.${share.metric}`),
    share: formatPercent(share.winShare, language, 0),
    driver: share.drivers[0]?.parameter ?? t("report.value.missing")
  });
}

function tornadoChart(report: Report, result: SensitivityResult, arm: string, metric: string): HTMLElement {
  const { t, language } = report;
  const bars = result.tornado
    .filter((bar) => bar.arm === arm && bar.metric === metric && bar.atLow !== null && bar.atHigh !== null)
    .map((bar) => ({
      parameter: bar.parameter,
      low: displayDifference(metric, Math.min(bar.atLow as number, bar.atHigh as number)),
      high: displayDifference(metric, Math.max(bar.atLow as number, bar.atHigh as number)),
      flips: bar.flips ? t("report.sensitivity.flips") : t("report.sensitivity.holds")
    }))
    .sort((a, b) => b.high - b.low - (a.high - a.low))
    .slice(0, TORNADO_BARS);
  const central = result.winShares.find((share) => share.arm === arm && share.metric === metric)?.central ?? 0;
  const digits = axisDigits(bars.flatMap((bar) => [bar.low, bar.high]));
  const unit = metric === "recoveryRate" ? t("report.unit.difference.share") : metric === "costPerCase" ? t("report.unit.difference.money") : t("report.unit.difference.points");
  const spec = {
    width: 560,
    height: { step: 24 },
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar" },
        encoding: {
          y: { field: "parameter", type: "nominal", sort: bars.map((bar) => bar.parameter), title: null },
          x: {
            field: "low",
            type: "quantitative",
            scale: { zero: true, nice: true },
            axis: { format: chartFormat(language, "signed", digits), formatType: CHART_FORMAT_TYPE, tickCount: 6 },
            title: t("report.sensitivity.axis", { arm: report.armLabel(arm), metric: t(`report.metric.${metric}`), unit })
          },
          x2: { field: "high" },
          color: { field: "flips", type: "nominal", title: null, legend: { orient: "bottom" } }
        }
      },
      {
        data: { values: [{ central: displayDifference(metric, central) }] },
        mark: { type: "rule", strokeDash: [4, 3] },
        encoding: { x: { field: "central", type: "quantitative" } }
      }
    ]
  } as unknown as TopLevelSpec;
  return renderChart(`tornado-${arm}`, spec, language);
}

function winShareTable(report: Report, result: SensitivityResult): HTMLElement {
  const { t, language } = report;
  return renderTable<WinShare>("sensitivity", [
    { label: t("report.sensitivity.columns.arm"), cell: (share) => report.armLabel(share.arm), rowHeader: true },
    { label: t("report.sensitivity.columns.metric"), cell: (share) => t(`report.metric.${share.metric}`) },
    { label: t("report.sensitivity.columns.winShare"), cell: (share) => formatPercent(share.winShare, language, 0), numeric: true },
    { label: t("report.sensitivity.columns.driver"), cell: (share) => element("code", {}, [share.drivers[0]?.parameter ?? "–"]) },
    {
      label: t("report.sensitivity.columns.flips"),
      cell: (share) => {
        const flipping = result.tornado.filter((bar) => bar.arm === share.arm && bar.metric === share.metric && bar.flips).map((bar) => bar.parameter);
        return flipping.length === 0 ? t("sensitivity.noFlip") : flipping.join(", ");
      }
    }
  ], result.winShares);
}

/** Builds the sensitivity page in `language`. */
export async function sensitivityPage(language: Language): Promise<HTMLElement> {
  const [report, result] = await Promise.all([
    loadReport(language, "report.page.sensitivity"),
    FileAttachment("../data/sensitivity.json").json() as Promise<SensitivityResult | null>
  ]);
  const { t } = report;
  const header = [element("h1", {}, [t("report.sensitivity.heading")]), renderRunLine(report)];
  if (result === null) {
    return element("div", { class: "inkasso-page" }, [...header, element("p", { class: "inkasso-note" }, [t("report.sensitivity.missing")])]);
  }

  const challengers = [...new Set(result.winShares.map((share) => share.arm))];
  const recovery = result.winShares.filter((share) => share.metric === "recoveryRate");
  return element("div", { class: "inkasso-page" }, [
    ...header,
    element("p", {}, [
      t("report.sensitivity.intro", {
        population: formatNumber(result.population, language, 0),
        samples: formatNumber(result.samples, language, 0),
        parameters: formatNumber(result.parameters.length, language, 0)
      })
    ]),
    ...recovery.map((share) => element("p", {}, [verdictSentence(report, share)])),
    element("h2", {}, [t("report.sensitivity.tornadoHeading")]),
    ...challengers.map((arm) => tornadoChart(report, result, arm, "recoveryRate")),
    element("h2", {}, [t("report.sensitivity.tableHeading")]),
    winShareTable(report, result)
  ]);
}
