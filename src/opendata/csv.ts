import { trendRecordSchema, type TrendRecord } from "./records";

/** The CSV dialect csv.ts writes, as a Frictionless CSV Dialect (RFC 4180, CRLF line ends, a header row). */
export const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false } as const;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // An object or a list (a Table Schema object or array column) is written as JSON.
  const plain = typeof value === "object" ? JSON.stringify(value) : String(value);
  // Text a spreadsheet would run as a formula (=, +, -, @) is marked as text; numbers are written as they are.
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : plain;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as a CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, plain numbers, an empty
 * cell for null, one column per name in `columns`, in that order.
 * @example rowsToCsv(["a", "b"], [{ a: 1, b: null }]) // "\uFEFFa,b\r\n1,\r\n"
 */
export function rowsToCsv<Row extends object>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  return csvHeader(columns) + rows.map((row) => csvRow(columns, row)).join("");
}

/**
 * A CSV's first line, after its byte-order mark: what rowsToCsv begins with, for a file written a row at a time.
 * @example csvHeader(["a", "b"]) // "\uFEFFa,b\r\n"
 */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${columns.join(",")}${CSV_DIALECT.lineTerminator}`;
}

/**
 * One row of a CSV, with its line end.
 * @example csvRow(["a", "b"], { a: 1, b: null }) // "1,\r\n"
 */
export function csvRow<Row extends object>(columns: readonly (keyof Row & string)[], row: Row): string {
  return columns.map((column) => cell(row[column])).join(",") + CSV_DIALECT.lineTerminator;
}

/** The trend CSV's columns: every key of the record schema, in its order, so a column added there is written here. */
const COLUMNS = Object.keys(trendRecordSchema.shape) as (keyof TrendRecord & string)[];

/**
 * Trend records as the CSV download.
 * @example recordsToCsv(records).split("\r\n")[0] // "\uFEFFmeetingDate,committee,…"
 */
export function recordsToCsv(records: readonly TrendRecord[]): string {
  return rowsToCsv(COLUMNS, records);
}

/** The trend CSV's columns, for one written a row at a time (csvHeader, csvRow). */
export const TREND_COLUMNS: readonly (keyof TrendRecord & string)[] = COLUMNS;
