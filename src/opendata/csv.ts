import type { TrendRecord } from "./records";

const COLUMNS: readonly (keyof TrendRecord)[] = [
  "meetingDate",
  "committee",
  "indicatorId",
  "indicatorTitle",
  "scorecard",
  "period",
  "periodStart",
  "periodEnd",
  "result",
  "unit",
  "target",
  "rating",
  "ratingSource",
  "directionOfTravel",
  "directionOfTravelText",
  "status",
  "firstPublishedResult",
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  // Text a spreadsheet would run as a formula (=, +, -, @) is marked as text; numbers are written as they are.
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records as a CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, plain numbers.
 * @example recordsToCsv(records).split("\r\n")[0] // "\uFEFFmeetingDate,committee,…"
 */
export function recordsToCsv(records: readonly TrendRecord[]): string {
  const lines = [COLUMNS.join(","), ...records.map((record) => COLUMNS.map((column) => cell(record[column])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
