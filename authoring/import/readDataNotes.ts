/** Reads an indicator page's data notes: "Target: …", "Tolerance: …", "Data: …" and "Data Source: …". */
import type { IndicatorFrontMatter } from "../../src/content/schema";
import type { Polarity } from "../../src/domain/units";
import type { IndicatorPage } from "./indicatorPage";
import { NOTE_KEY, quote } from "./paperPatterns";
import type { Line } from "./paperText";

/** One note: its text, joined across the lines it takes, and its first line. */
export interface Note {
  text: string;
  line: Line;
}

/** What the data notes say. */
export interface DataNotes {
  /** The "Target: …" line, which the bandings are read from. */
  target: Note;
  polarity: Polarity;
  /** Undefined, and reported, when the "Data:" line says neither. */
  dataBasis?: IndicatorFrontMatter["dataBasis"];
  dataSource: string;
}

/**
 * Reads the rest of the page as its data notes; undefined, with the problems, when one of the four is missing. A line
 * without a key continues the one before.
 * @example readDataNotes(page, notesHeading, '"Average Caseload of Social Workers in CSWTs"')?.polarity // "lower-is-better"
 */
export function readDataNotes(page: IndicatorPage, notesHeading: Line, name: string): DataNotes | undefined {
  const { at } = page;
  const notes = new Map<string, Note>();
  let current: Note | undefined;
  for (const line of page.cursor.rest()) {
    if (line.text === "") continue;
    const match = NOTE_KEY.exec(line.text.trim());
    if (match) {
      const key = match[1]!.toLowerCase().replace(/\s+/g, " ");
      if (notes.has(key)) at(line.n, `the data notes give "${match[1]}:" twice`);
      current = { text: line.text.trim(), line };
      notes.set(key, current);
    } else if (current) {
      current.text += ` ${line.text.trim()}`;
    } else {
      at(line.n, `expected the data notes to start "Target: …", found ${quote(line.text)}`);
    }
  }
  const note = (key: string, label: string) => {
    const found = notes.get(key);
    if (!found) at(notesHeading.n, `the data notes of ${name} have no "${label}:" line`);
    return found;
  };
  const target = note("target", "Target");
  const toleranceNote = note("tolerance", "Tolerance");
  const dataNote = note("data", "Data");
  const sourceNote = note("data source", "Data Source");
  if (!target || !toleranceNote || !dataNote || !sourceNote) return undefined;

  const tolerance = /^(higher|lower) (?:values )?(?:are|is) better\.?$/i.exec(valueOf(toleranceNote));
  if (!tolerance)
    at(toleranceNote.line.n, `cannot read the tolerance ${quote(valueOf(toleranceNote))}: expected "Higher values are better" or "Lower values are better"`);
  const polarity = tolerance?.[1]!.toLowerCase() === "lower" ? "lower-is-better" : "higher-is-better";

  const basisText = valueOf(dataNote);
  const dataBasis = /rolling 12[- ]month/i.test(basisText) ? "rolling-12-months" : /snapshot/i.test(basisText) ? "snapshot-month-end" : undefined;
  if (!dataBasis) {
    at(
      dataNote.line.n,
      `cannot read the data basis ${quote(basisText)}: expected "Figures shown are based on a rolling 12 month period…" or "…based on a snapshot as at the end of the reporting month"`,
    );
  }
  const dataSource = valueOf(sourceNote);
  if (!dataSource) at(sourceNote.line.n, `the "Data Source:" line of ${name} names no source`);
  return { target, polarity, dataBasis, dataSource };
}

/** A note's text after its key. */
function valueOf(note: Note): string {
  return note.text.replace(/^[^:]*:\s*/, "").trim();
}
