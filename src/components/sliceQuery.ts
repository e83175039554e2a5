// "What does it look like for one group?": the reader picks a claim type, age band and income
// band, and DuckDB-wasm computes the recovery rate per arm for that slice from the outcomes
// table of report.duckdb.

import type { TopLevelSpec } from "vega-lite";
import { connectReportDatabase } from "./database.js";
import { element } from "./dom.js";
import { formatMoney, formatNumber, formatPercent } from "./locale.js";
import type { Report } from "./report.js";
import { renderTable } from "./table.js";
import { CHART_FORMAT_TYPE, chartFormat, renderChart } from "./vegaChart.js";

/** Columns of the outcomes table the reader can filter on, with the message prefix that names their values. */
const DIMENSIONS = [
  { column: "claimType", valuePrefix: "report.claimType." },
  { column: "ageBand", valuePrefix: null },
  { column: "incomeBand", valuePrefix: "report.incomeBand." }
] as const;

type Filter = Record<string, string | null>;

interface SliceRow {
  arm: string;
  cases: number;
  placed: number;
  recovered: number;
}

// Each dimension is either unset (NULL matches every row) or equal to the chosen value; the
// column names come from DIMENSIONS, the values are bound as parameters.
const SLICE_SQL = `
  SELECT arm, count(*)::INTEGER AS cases, sum(claimAmount)::DOUBLE AS placed, sum(recovered)::DOUBLE AS recovered
  FROM report.outcomes
  WHERE ${DIMENSIONS.map(({ column }, i) => `($${i + 1}::VARCHAR IS NULL OR ${column} = $${i + 1}::VARCHAR)`).join(" AND ")}
  GROUP BY arm`;

function valueLabel(report: Report, prefix: string | null, value: string): string {
  return prefix !== null && report.t.has(prefix + value) ? report.t(prefix + value) : value;
}

function renderSelect(report: Report, column: string, prefix: string | null, values: string[]): HTMLLabelElement {
  const options = [
    element("option", { value: "" }, [report.t("report.slice.all")]),
    ...values.map((value) => element("option", { value }, [valueLabel(report, prefix, value)]))
  ];
  return element("label", {}, [
    report.t(`report.slice.dimension.${column}`),
    element("select", { name: column }, options)
  ]);
}

function renderResult(report: Report, rows: SliceRow[]): Node[] {
  const { language, t } = report;
  const table = renderTable<SliceRow>("slice", [
    { label: t("report.slice.column.arm"), cell: (row) => report.armLabel(row.arm), rowHeader: true },
    { label: t("report.metric.cases"), cell: (row) => formatNumber(row.cases, language, 0), numeric: true },
    { label: t("report.metric.placed"), cell: (row) => formatMoney(row.placed, language, 0), numeric: true },
    { label: t("report.metric.recovered"), cell: (row) => formatMoney(row.recovered, language, 0), numeric: true },
    { label: t("report.metric.recoveryRate"), cell: (row) => formatPercent(row.recovered / row.placed, language, 1), numeric: true }
  ], rows);

  const values = rows.map((row) => ({
    arm: report.armLabel(row.arm),
    rate: row.recovered / row.placed,
    text: formatPercent(row.recovered / row.placed, language, 1)
  }));
  const percentAxis = { format: chartFormat(language, "percent", 0), formatType: CHART_FORMAT_TYPE };
  const spec = {
    width: 560,
    height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: "arm", type: "nominal", sort: values.map((value) => value.arm), title: null },
      x: { field: "rate", type: "quantitative", scale: { domain: [0, 1] }, axis: percentAxis, title: t("report.slice.chartAxis") }
    },
    layer: [
      { mark: { type: "bar", color: "#4269d0" } },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { text: { field: "text", type: "nominal" } } }
    ],
    config: { view: { stroke: null } }
  } as TopLevelSpec;
  return [table, renderChart("slice", spec, language)];
}

/** Renders the filter controls and the per-arm result of the slice; the database opens in the background. */
export function renderSliceQuery(report: Report): HTMLElement {
  const { language, t } = report;
  const controls = element("form", { class: "inkasso-controls" });
  const status = element("p", { class: "small", "data-query-status": "" }, [t("report.slice.loading")]);
  const result = element("div", { "data-query-result": "", "data-state": "loading" });
  const armOrder = report.summary.arms.map((arm) => arm.id);
  const armRank = (id: string) => (armOrder.includes(id) ? armOrder.indexOf(id) : armOrder.length);
  let latestQuery = 0;

  async function run(filter: Filter): Promise<void> {
    const query = ++latestQuery;
    result.dataset.state = "running";
    status.textContent = t("report.slice.running");
    const started = performance.now();
    const connection = await connectReportDatabase();
    const statement = await connection.prepare(SLICE_SQL);
    const table = await statement.query(...DIMENSIONS.map(({ column }) => filter[column]));
    await statement.close();
    // A newer query started while this one ran: its result replaces this one.
    if (query !== latestQuery) return;

    const rows = (table.toArray().map((row) => row.toJSON()) as SliceRow[]).sort((a, b) => armRank(a.arm) - armRank(b.arm));
    const cases = rows.reduce((sum, row) => sum + row.cases, 0);
    const milliseconds = Math.round(performance.now() - started);
    result.replaceChildren(...(rows.length === 0 ? [element("p", {}, [t("report.slice.empty")])] : renderResult(report, rows)));
    status.textContent = t("report.slice.done", { cases: formatNumber(cases, language, 0), milliseconds: formatNumber(milliseconds, language, 0) });
    result.dataset.filter = JSON.stringify(filter);
    result.dataset.state = "done";
  }

  function currentFilter(): Filter {
    const filter: Filter = {};
    for (const { column } of DIMENSIONS) {
      const select = controls.querySelector<HTMLSelectElement>(`select[name="${column}"]`);
      filter[column] = select === null || select.value === "" ? null : select.value;
    }
    return filter;
  }

  function fail(error: unknown): never {
    result.dataset.state = "failed";
    status.textContent = t("report.slice.failed", { reason: error instanceof Error ? error.message : String(error) });
    throw error;
  }

  async function start(): Promise<void> {
    const connection = await connectReportDatabase();
    for (const { column, valuePrefix } of DIMENSIONS) {
      const distinct = await connection.query(`SELECT DISTINCT ${column} AS value FROM report.outcomes WHERE ${column} IS NOT NULL ORDER BY 1`);
      const values = distinct.toArray().map((row) => String(row.toJSON().value));
      controls.append(renderSelect(report, column, valuePrefix, values));
    }
    controls.addEventListener("change", () => {
      run(currentFilter()).catch(fail);
    });
    await run(currentFilter());
  }

  start().catch(fail);
  return element("div", { class: "inkasso-slice" }, [controls, status, result]);
}
