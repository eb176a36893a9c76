/**
 * Reads the text of a published scorecard paper (the layout of the seed paper: a covering letter, then one page per
 * indicator) into the front matter and bodies of a meeting's content files. Every problem is reported at its line.
 *
 * An indicator page, as extracted from the PDF:
 *
 *     <title>
 *     <rating: Red, Amber or Green>
 *     Cabinet Member<TAB>…<TAB>Director<TAB>…
 *     Portfolio<TAB>…<TAB>Division<TAB>…
 *     Trend Data – Month End<TAB>Mar 2017<TAB>Apr 2017 …
 *     KCC Result<TAB>68.6%<TAB>62.8% …
 *     Target<TAB>75.0%<TAB>80.0% …
 *     RAG Rating<TAB>Amber<TAB>Red …
 *     Commentary
 *     <paragraphs>
 *     Data Notes
 *     Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)
 *     Tolerance: Higher values are better
 *     Data: Figures shown are based on a rolling 12 month period. …
 *     Data Source: Liberi
 */
import type { MeetingFrontMatter } from "../../src/content/schema";
import type { ImportProblem } from "./errors";
import { NOTE_KEY, OWNERS_ROW, RATING_WORD, lastLine } from "./paperPatterns";
import { paperLines, type Line } from "./paperText";
import { readIndicator, type PaperIndicator } from "./readIndicator";
import { readLetter } from "./readLetter";

export type { PaperIndicator } from "./readIndicator";

export interface PaperMeeting {
  meeting: MeetingFrontMatter;
  coveringNote: string;
  indicators: PaperIndicator[];
}

/**
 * Reads a paper's text; either everything a meeting folder needs, or every problem found.
 * @example readPaper(readFileSync("paper.txt", "utf8"))
 */
export function readPaper(text: string): { paper: PaperMeeting; problems: [] } | { paper?: undefined; problems: ImportProblem[] } {
  const lines = paperLines(text);
  const problems: ImportProblem[] = [];
  const starts = indicatorStarts(lines);
  if (starts.length === 0) {
    const last = lastLine(lines);
    problems.push({
      line: last,
      message: 'found no indicator: expected an indicator title, then its rating (Red, Amber or Green), then a "Cabinet Member" row',
    });
    return { problems };
  }
  const letter = readLetter(lines.slice(0, starts[0]!), problems);
  const indicators: PaperIndicator[] = [];
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const indicator = readIndicator(lines.slice(start, end), lines[end], problems);
    if (indicator) indicators.push(indicator);
  });
  if (problems.length || !letter) return { problems: problems.length ? problems : [{ line: 1, message: "cannot read the covering letter" }] };
  const scorecards = [...new Set(indicators.map((indicator) => indicator.front.scorecard))];
  return {
    paper: { meeting: { ...letter.meeting, scorecards }, coveringNote: letter.coveringNote, indicators },
    problems: [],
  };
}

/**
 * Where each indicator page starts: at the title before a rating word (or, when the rating is missing, before the
 * owners rows).
 */
function indicatorStarts(lines: readonly Line[]): number[] {
  const previousText = (index: number) => {
    for (let i = index - 1; i >= 0; i--) if (lines[i]!.text !== "") return i;
    return -1;
  };
  const anchors: number[] = [];
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (RATING_WORD.test(text)) anchors.push(index);
    else if (OWNERS_ROW.test(line.text)) {
      const before = previousText(index);
      if (before === -1 || (!RATING_WORD.test(lines[before]!.text.trim()) && !OWNERS_ROW.test(lines[before]!.text))) anchors.push(index);
    }
  });
  const starts: number[] = [];
  for (const anchor of anchors) {
    // The title: the paragraph before the anchor, stopping at anything that closes the page before.
    let end = previousText(anchor);
    if (end === -1) continue;
    let start = end;
    while (start > 0 && lines[start - 1]!.text !== "" && !NOTE_KEY.test(lines[start - 1]!.text)) start--;
    if (NOTE_KEY.test(lines[start]!.text) && start === end) end = -1;
    if (end !== -1 && (starts.length === 0 || start > starts.at(-1)!)) starts.push(start);
  }
  return starts;
}
