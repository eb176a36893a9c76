/**
 * Reads an ISO calendar date, rejecting ones that do not exist (2017-02-30).
 * @example parseIsoDate("2017-09-07") // Date for 7 September 2017, UTC
 */
export function parseIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const plainDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A meeting date as the committee papers write it.
 * @example meetingDateLabel(parseIsoDate("2017-09-07")!) // "Thursday 7 September 2017"
 */
export function meetingDateLabel(date: Date): string {
  return longDate.format(date).replace(",", "");
}

/**
 * A date in running text.
 * @example plainDateLabel(parseIsoDate("2017-09-05")!) // "5 September 2017"
 */
export function plainDateLabel(date: Date): string {
  return plainDate.format(date);
}

/**
 * An ISO date in words, as a meeting or as running text; the ISO text itself when it is not a real date.
 * @example isoDateInWords("2026-12-01", "plain") // "1 December 2026"
 * @example isoDateInWords("2017-09-07", "meeting") // "Thursday 7 September 2017"
 */
export function isoDateInWords(iso: string, style: "plain" | "meeting"): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return style === "plain" ? plainDateLabel(date) : meetingDateLabel(date);
}
