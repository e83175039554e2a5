// Renders rows as an HTML table, because Framework's `Inputs.table` loads from a CDN.

import { element } from "./dom.js";

export interface Column<Row> {
  label: string;
  /** Cell content; a string becomes text. */
  cell: (row: Row) => Node | string;
  /** Right-aligns the column with tabular figures. */
  numeric?: boolean;
  /** Renders the cell as a row header (`<th scope="row">`). */
  rowHeader?: boolean;
}

/** Renders a table with a header row; `name` becomes the `data-table` attribute for tests and styles. */
export function renderTable<Row>(name: string, columns: Column<Row>[], rows: Row[], caption?: string): HTMLTableElement {
  const header = element("tr", {}, columns.map((column) =>
    element("th", { scope: "col", class: column.numeric ? "inkasso-number" : "" }, [column.label])
  ));
  const body = rows.map((row) =>
    element("tr", {}, columns.map((column) => {
      const attributes = { class: column.numeric ? "inkasso-number" : "" };
      return column.rowHeader
        ? element("th", { ...attributes, scope: "row" }, [column.cell(row)])
        : element("td", attributes, [column.cell(row)]);
    }))
  );
  return element("table", { class: "inkasso-table", "data-table": name }, [
    caption === undefined ? null : element("caption", {}, [caption]),
    element("thead", {}, [header]),
    element("tbody", {}, body)
  ]);
}
