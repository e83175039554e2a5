// Renders a Vega-Lite chart as SVG, with numbers written by the same locale code as the tables.
//
// Framework's `vl` built-in loads Vega from a CDN, so the chart is compiled to Vega here and
// rendered with vega.View from node_modules. Axis labels and text marks name the custom
// format type "inkasso" and a format string "<language> <style> <fraction digits>", for
// example `{format: "de percent 0", formatType: "inkasso"}`, with style one of number,
// percent, money and signed (a number with an explicit + or − sign).

import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { element } from "./dom.js";
import { formatMoney, formatNumber, formatPercent, intlLocale, type Language } from "./locale.js";
import { signed } from "./metrics.js";

/** Format type name to use in chart specs. */
export const CHART_FORMAT_TYPE = "inkasso";

/** Returns the `format` string of the chart format type, e.g. "de percent 0". */
export function chartFormat(language: Language, style: "number" | "percent" | "money" | "signed", digits: number): string {
  return `${language} ${style} ${digits}`;
}

function formatChartValue(value: unknown, format: string): string {
  const [language, style, digitText] = format.split(" ");
  const digits = Number(digitText);
  const number = Number(value);
  if (!Number.isFinite(number) || (language !== "de" && language !== "en")) return String(value);
  switch (style) {
    case "percent":
      return formatPercent(number, language, digits);
    case "money":
      return formatMoney(number, language, digits);
    case "signed":
      return signed(number, (absolute) => formatNumber(absolute, language, digits));
    default:
      return formatNumber(number, language, digits);
  }
}

vega.expressionFunction(CHART_FORMAT_TYPE, formatChartValue);

/** Returns the fraction digits that keep about six axis ticks over `values` distinct: 0 for a span of 10 or more, 1 from 1, else 2. */
export function axisDigits(values: number[]): number {
  const span = Math.max(0, ...values) - Math.min(0, ...values);
  return span >= 10 ? 0 : span >= 1 ? 1 : 2;
}

// Vega's own number formatting (ticks without an explicit format) follows the same separators.
function chartLocale(language: Language): vega.Locale {
  const locale = intlLocale(language);
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).formatToParts(1);
  const firstNumberPart = money.findIndex((part) => part.type === "integer");
  const lastNumberPart = money.findIndex((part) => part.type === "fraction");
  return {
    number: {
      decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
      thousands: parts.find((part) => part.type === "group")?.value ?? ",",
      grouping: [3],
      currency: [
        money.slice(0, firstNumberPart).map((part) => part.value).join(""),
        money.slice(lastNumberPart + 1).map((part) => part.value).join("")
      ]
    }
  };
}

/**
 * Renders a Vega-Lite spec into a new container element and returns the container at once.
 *
 * The container carries `data-chart="<name>"` and gets `data-state="rendered"` when the SVG
 * is drawn, so a browser test can wait for it. A rendering error is re-thrown, which shows up
 * as an unhandled rejection in the console.
 */
export function renderChart(name: string, spec: TopLevelSpec, language: Language): HTMLDivElement {
  const container = element("div", { class: "inkasso-chart", "data-chart": name, "data-state": "rendering" });
  const withFormats = { ...spec, config: { ...spec.config, customFormatTypes: true } } as TopLevelSpec;
  const runtime = vega.parse(compile(withFormats).spec, { locale: chartLocale(language) });
  const view = new vega.View(runtime, { renderer: "svg", container, hover: true });
  view.runAsync().then(
    () => {
      container.dataset.state = "rendered";
    },
    (error: unknown) => {
      container.dataset.state = "failed";
      throw error;
    }
  );
  return container;
}
