/** What marks the parts of a paper's indicator page, and how its messages quote the paper, shared by its readers. */
import type { Rating } from "../../src/domain/bandings";
import type { Line } from "./paperText";

/** A rating as the paper prints it, alone on its line or in its cell. */
export const RATING_WORD = /^(red|amber|green)$/i;
export const OWNER_KEYS = { "cabinet member": "cabinetMember", director: "director", portfolio: "portfolio", division: "division" } as const;
/** An owners row: "Cabinet Member<TAB>…<TAB>Director<TAB>…" or "Portfolio<TAB>…<TAB>Division<TAB>…". */
export const OWNERS_ROW = /^(cabinet member|director|portfolio|division)\t/i;
/** A line of the data notes: "Target: …", "Tolerance: …", "Data: …", "Data Source: …". */
export const NOTE_KEY = /^(target|tolerance|data source|data)\s*:\s*(.*)$/i;

/**
 * A rating word as the content files write it.
 * @example capital("RED") // "Red"
 */
export const capital = (word: string) => (word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) as Rating;

/**
 * Text from the paper as a message quotes it, cut short when long.
 * @example quote("Commentary") // "\"Commentary\""
 */
export const quote = (text: string) => `"${text.length > 90 ? `${text.slice(0, 87)}…` : text}"`;

/**
 * The number of the last line with anything on it.
 * @example lastLine([{ n: 1, text: "Red" }, { n: 2, text: "" }]) // 1
 */
export function lastLine(lines: readonly Line[]): number {
  return [...lines].reverse().find((line) => line.text !== "")?.n ?? 1;
}
