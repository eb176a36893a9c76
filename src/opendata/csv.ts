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
  const lines = [columns.join(","), ...rows.map((row) => columns.map((column) => cell(row[column])).join(","))];
  return `\uFEFF${lines.join(CSV_DIALECT.lineTerminator)}${CSV_DIALECT.lineTerminator}`;
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
