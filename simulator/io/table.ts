/**
 * A columnar result table: one typed array per column and no per-row objects, so the engine
 * can fill a million rows without allocating a million objects.
 *
 * Column types map to Parquet and DuckDB types as follows:
 *
 * | type       | `values` hold                                   | stored as          |
 * |------------|-------------------------------------------------|--------------------|
 * | `int32`    | integers in the 32-bit range                    | INTEGER            |
 * | `float64`  | numbers (NaN and ±Infinity are kept as such)    | DOUBLE             |
 * | `bool`     | 0 or 1                                          | BOOLEAN            |
 * | `category` | codes 0 … categories.length − 1                 | VARCHAR (the name) |
 * | `date`     | days since the run's `epochDate`                | DATE               |
 *
 * A value equal to `nullValue` is written as NULL. A `nullValue` of NaN matches NaN values.
 */

export type ColumnType = "int32" | "float64" | "bool" | "category" | "date";

export type ColumnValues =
  | Int32Array
  | Float64Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Float32Array;

export interface Column {
  name: string;
  type: ColumnType;
  /** For "category": codes into `categories`. For "date": day index from `epochDate`. */
  values: ColumnValues;
  /** Names for "category" columns, indexed by code. */
  categories?: readonly string[];
  /** A code or value meaning NULL, e.g. -1 for "never paid". */
  nullValue?: number;
}

export interface Table {
  name: string;
  rowCount: number;
  columns: Column[];
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Table and column names double as file names and SQL identifiers, so they stay plain. */
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Check that a table is well formed: plain unique names, one value per row in every column,
 * and every value valid for its column type.
 *
 * These errors mean the code that built the table is wrong, not the user's input, so they
 * are in English and name the table, the column, the row and the value.
 *
 * @throws {Error} on the first violation found.
 */
export function assertValidTable(table: Table): void {
  if (!NAME_PATTERN.test(table.name)) {
    throw new Error(`Invalid table name "${table.name}": use letters, digits and underscores, starting with a letter.`);
  }
  if (!Number.isInteger(table.rowCount) || table.rowCount < 0) {
    throw new Error(`Table "${table.name}": rowCount ${table.rowCount} is not a non-negative integer.`);
  }

  if (table.columns.length === 0) {
    throw new Error(`Table "${table.name}" has no columns; a table needs at least one.`);
  }

  // DuckDB compares identifiers case-insensitively, so "arm" and "Arm" would collide there.
  const seen = new Set<string>();
  for (const column of table.columns) {
    const where = `Table "${table.name}", column "${column.name}"`;
    if (!NAME_PATTERN.test(column.name)) {
      throw new Error(`${where}: invalid column name; use letters, digits and underscores, starting with a letter.`);
    }
    const folded = column.name.toLowerCase();
    if (seen.has(folded)) {
      throw new Error(`${where}: the name is used twice (names are compared case-insensitively); rename one column.`);
    }
    seen.add(folded);

    if (column.values.length !== table.rowCount) {
      throw new Error(`${where}: has ${column.values.length} values but the table has ${table.rowCount} rows.`);
    }
    assertValidValues(column, where);
  }
}

function assertValidValues(column: Column, where: string): void {
  const { values, nullValue } = column;

  // Reject a value that is neither NULL nor inside [min, max] (and an integer where required).
  const checkRange = (min: number, max: number, integer: boolean, expected: string): void => {
    for (let row = 0; row < values.length; row++) {
      const value = values[row];
      if (value === nullValue) continue;
      if ((integer && !Number.isInteger(value)) || !(value >= min && value <= max)) {
        throw new Error(`${where}: value ${value} at row ${row} is invalid; expected ${expected}.`);
      }
    }
  };

  switch (column.type) {
    case "int32":
      checkRange(INT32_MIN, INT32_MAX, true, "an integer in the 32-bit range or the nullValue");
      return;
    case "date":
      checkRange(INT32_MIN, INT32_MAX, true, "an integer day index or the nullValue");
      return;
    case "bool":
      checkRange(0, 1, true, "0, 1 or the nullValue");
      return;
    case "category": {
      const categories = column.categories;
      if (categories === undefined) {
        throw new Error(`${where}: a category column needs \`categories\`, the names of its codes.`);
      }
      if (new Set(categories).size !== categories.length) {
        throw new Error(`${where}: the category names contain a duplicate; each name must appear once.`);
      }
      checkRange(0, categories.length - 1, true, `a code from 0 to ${categories.length - 1} or the nullValue`);
      return;
    }
    case "float64":
      // Any number is a valid DOUBLE.
      return;
    default:
      throw new Error(`${where}: unknown column type "${String(column.type)}"; use int32, float64, bool, category or date.`);
  }
}
