/**
 * Stack per-arm tables of the same layout into one table with a leading `arm` column.
 * Category columns may name their codes differently per arm; the result uses the union of
 * the names in order of first appearance and recodes every arm's values onto it.
 */

import type { Column, ColumnValues, Table } from "../../simulator/io/table.js";

export function mergeArmTables(name: string, parts: readonly { armIndex: number; table: Table }[], armIds: readonly string[]): Table {
  const rowCount = parts.reduce((total, part) => total + part.table.rowCount, 0);
  const arm = new Int32Array(rowCount);
  let row = 0;
  for (const part of parts) {
    arm.fill(part.armIndex, row, row + part.table.rowCount);
    row += part.table.rowCount;
  }
  const columns: Column[] = [{ name: "arm", type: "category", values: arm, categories: armIds }];
  const layout = parts[0]?.table.columns ?? [];
  layout.forEach((template, c) => {
    const merged = template.type === "float64" ? new Float64Array(rowCount) : new Int32Array(rowCount);
    const names: string[] = [];
    let offset = 0;
    for (const part of parts) {
      const column = part.table.columns[c];
      if (column?.name !== template.name) {
        throw new Error(`mergeArmTables: column ${c} of the "${name}" table is "${column?.name}" in arm ${armIds[part.armIndex]}, expected "${template.name}".`);
      }
      const recode = column.type === "category" ? (column.categories ?? []).map((category) => (names.includes(category) ? names.indexOf(category) : names.push(category) - 1)) : undefined;
      for (let k = 0; k < part.table.rowCount; k++) {
        const value = column.values[k];
        merged[offset + k] = recode === undefined || value === column.nullValue ? value : recode[value];
      }
      offset += part.table.rowCount;
    }
    const values: ColumnValues = merged;
    columns.push(template.type === "category" ? { ...template, values, categories: names } : { ...template, values });
  });
  return { name, rowCount, columns };
}
