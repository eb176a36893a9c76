/**
 * Reading figures and dates as committee papers and case-management exports print them. Periods are read by
 * parsePeriod (src/domain/periods.ts), which knows every spelling the papers use ("Mar 2017", "Mar-17", "Q1 2017/18" …).
 */

/** A figure as printed: "68.6%", "22.0", "1,234", "14". */
export interface Figure {
  value: number;
  /** Decimal places as printed: 1 for "75.0%". */
  decimals: number;
  percent: boolean;
  text: string;
}

const FIGURE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(%?)$/;

/**
 * Reads one printed figure; null for a blank cell (no data), undefined when it is not a figure at all.
 * @example readFigure("68.6%") // { value: 68.6, decimals: 1, percent: true, text: "68.6%" }
 * @example readFigure("") // null
 */
export function readFigure(cell: string): Figure | null | undefined {
  const text = cell.trim();
  if (text === "") return null;
  const match = FIGURE.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = "", percent] = match;
  const value = Number(`${sign}${whole!.replaceAll(",", "")}${fraction ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? { value, decimals: fraction.length, percent: percent === "%", text } : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month number for a month's name or abbreviation ("Sept" included); undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Reads a date as a letter prints it ("05 Sept 2017", "7 September 2017", "Thursday, 7th September 2017") into
 * YYYY-MM-DD, with the weekday it was printed with and the one it really is; undefined when it is not a real date.
 * @example readLetterDate("05 Sept 2017") // { iso: "2017-09-05", printedWeekday: undefined, weekday: "Tuesday" }
 */
export function readLetterDate(text: string): { iso: string; printedWeekday?: string; weekday: string } | undefined {
  const match = /^(?:([A-Za-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text.trim().replace(/\s+/g, " "));
  if (!match) return undefined;
  const [, printedWeekday, day, monthName, year] = match;
  const month = monthNumber(monthName!);
  if (month === undefined) return undefined;
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== Number(day)) return undefined;
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  if (printedWeekday !== undefined && !WEEKDAYS.some((name) => name.toLowerCase() === printedWeekday.toLowerCase())) return undefined;
  return {
    iso: `${year}-${String(month).padStart(2, "0")}-${String(Number(day)).padStart(2, "0")}`,
    ...(printedWeekday === undefined ? {} : { printedWeekday }),
    weekday,
  };
}
