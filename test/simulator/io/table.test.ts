import { describe, expect, it } from "vitest";
import { assertValidTable, type Column, type Table } from "../../../simulator/io/table.js";

function tableWith(column: Column, rowCount = column.values.length): Table {
  return { name: "outcomes", rowCount, columns: [column] };
}

describe("assertValidTable", () => {
  it("accepts every column type", () => {
    const table: Table = {
      name: "outcomes",
      rowCount: 2,
      columns: [
        { name: "debtor", type: "int32", values: new Int32Array([0, 1]) },
        { name: "claimAmount", type: "float64", values: new Float64Array([12.5, Number.NaN]) },
        { name: "escalated", type: "bool", values: new Uint8Array([0, 1]) },
        { name: "arm", type: "category", values: new Int8Array([1, -1]), categories: ["A", "B"], nullValue: -1 },
        { name: "placedDate", type: "date", values: new Int16Array([0, 30]) }
      ]
    };
    expect(() => assertValidTable(table)).not.toThrow();
  });

  it("rejects a length mismatch", () => {
    const column: Column = { name: "debtor", type: "int32", values: new Int32Array(3) };
    expect(() => assertValidTable(tableWith(column, 4))).toThrow('column "debtor": has 3 values but the table has 4 rows');
  });

  it("rejects a category code out of range", () => {
    const column: Column = { name: "arm", type: "category", values: new Uint8Array([0, 2]), categories: ["A", "B"] };
    expect(() => assertValidTable(tableWith(column))).toThrow("value 2 at row 1 is invalid; expected a code from 0 to 1");
  });

  it("rejects a category column without names", () => {
    const column: Column = { name: "arm", type: "category", values: new Uint8Array([0]) };
    expect(() => assertValidTable(tableWith(column))).toThrow("needs `categories`");
  });

  it("rejects duplicate category names", () => {
    const column: Column = { name: "arm", type: "category", values: new Uint8Array([0]), categories: ["A", "A"] };
    expect(() => assertValidTable(tableWith(column))).toThrow("duplicate");
  });

  it("rejects a bool other than 0 or 1", () => {
    const column: Column = { name: "escalated", type: "bool", values: new Uint8Array([1, 2]) };
    expect(() => assertValidTable(tableWith(column))).toThrow("value 2 at row 1");
  });

  it("accepts a bool NULL marker", () => {
    const column: Column = { name: "escalated", type: "bool", values: new Uint8Array([1, 255]), nullValue: 255 };
    expect(() => assertValidTable(tableWith(column))).not.toThrow();
  });

  it("rejects a fractional int32", () => {
    const column: Column = { name: "contacts", type: "int32", values: new Float64Array([1, 1.5]) };
    expect(() => assertValidTable(tableWith(column))).toThrow("value 1.5 at row 1");
  });

  it("rejects an int32 out of range", () => {
    const column: Column = { name: "contacts", type: "int32", values: new Float64Array([2 ** 31]) };
    expect(() => assertValidTable(tableWith(column))).toThrow("32-bit range");
  });

  it("rejects NaN in an int32 column", () => {
    const column: Column = { name: "contacts", type: "int32", values: new Float64Array([Number.NaN]), nullValue: -1 };
    expect(() => assertValidTable(tableWith(column))).toThrow("value NaN at row 0");
  });

  it("rejects names that differ only in case", () => {
    const table: Table = {
      name: "outcomes",
      rowCount: 1,
      columns: [
        { name: "arm", type: "int32", values: new Int32Array(1) },
        { name: "Arm", type: "int32", values: new Int32Array(1) }
      ]
    };
    expect(() => assertValidTable(table)).toThrow('column "Arm": the name is used twice');
  });

  it("rejects names unfit for files and SQL", () => {
    expect(() => assertValidTable({ name: "../x", rowCount: 0, columns: [] })).toThrow('Invalid table name "../x"');
    const column: Column = { name: "first day", type: "int32", values: new Int32Array(0) };
    expect(() => assertValidTable(tableWith(column))).toThrow("invalid column name");
  });

  it("rejects a table without columns", () => {
    expect(() => assertValidTable({ name: "outcomes", rowCount: 0, columns: [] })).toThrow("has no columns");
  });

  it("rejects an unknown column type", () => {
    const column = { name: "x", type: "int64", values: new Int32Array(0) } as unknown as Column;
    expect(() => assertValidTable(tableWith(column))).toThrow('unknown column type "int64"');
  });
});
