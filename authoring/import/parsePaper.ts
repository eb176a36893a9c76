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
import type { IndicatorFrontMatter, MeetingFrontMatter, TrendRowFrontMatter } from "../../src/content/schema";
import { rateFine, type Rating } from "../../src/domain/bandings";
import { financialYearLabel, financialYearStart, periodIndex, periodKey, periodLabel, type Period } from "../../src/domain/periods";
import { formatValue, toFine, type Unit } from "../../src/domain/units";
import { readTargetLine } from "./bandingsText";
import type { ImportProblem } from "./errors";
import { readFigure, readLetterDate, readPeriodLabel, type Figure } from "./figures";
import { blocks, cells, paperLines, paragraphs, type Line } from "./paperText";

/** An indicator as the paper gives it; its id is chosen afterwards (see indicatorIds.ts). */
export interface PaperIndicator {
  front: Omit<IndicatorFrontMatter, "id">;
  commentary: string;
  /** Line of the title in the paper. */
  line: number;
}

export interface PaperMeeting {
  meeting: MeetingFrontMatter;
  coveringNote: string;
  indicators: PaperIndicator[];
}

const RATING_WORD = /^(red|amber|green)$/i;
const OWNER_KEYS = { "cabinet member": "cabinetMember", director: "director", portfolio: "portfolio", division: "division" } as const;
const OWNERS_ROW = /^(cabinet member|director|portfolio|division)\t/i;
const NOTE_KEY = /^(target|tolerance|data source|data)\s*:\s*(.*)$/i;
const capital = (word: string) => (word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) as Rating;
const quote = (text: string) => `"${text.length > 90 ? `${text.slice(0, 87)}…` : text}"`;

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
  const scorecards = [...new Set(indicators.map((indicator) => indicator.front.division))];
  return {
    paper: { meeting: { ...letter.meeting, scorecards }, coveringNote: letter.coveringNote, indicators },
    problems: [],
  };
}

function lastLine(lines: readonly Line[]): number {
  return [...lines].reverse().find((line) => line.text !== "")?.n ?? 1;
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

// ---------------------------------------------------------------------------------------------------- the letter

const HEADING = /^(.+?)\s+[-–—]\s+((?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4})$/;

function readLetter(lines: readonly Line[], problems: ImportProblem[]): { meeting: Omit<MeetingFrontMatter, "scorecards">; coveringNote: string } | undefined {
  const before = problems.length;
  const at = (line: number, message: string) => problems.push({ line, message });
  const firstLine = lines.find((line) => line.text !== "")?.n ?? 1;
  const find = (pattern: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text.trim())) return i;
    return -1;
  };

  // "To all Members of the" / committee name / address, then the contact lines, then "Dear Member".
  const toIndex = find(/^To\s+(?:all\s+)?(?:the\s+)?Members\s+of\b/i);
  const dearIndex = find(/^Dear\b/i, Math.max(toIndex, 0));
  if (toIndex === -1) {
    at(firstLine, 'expected the covering letter to open "To all Members of the", then the committee\'s name');
  }
  if (dearIndex === -1) {
    at(firstLine, 'expected the covering letter\'s greeting ("Dear Member") followed by the heading naming the committee and the meeting date');
    return undefined;
  }

  // The heading: "**CHILDREN'S, YOUNG PEOPLE AND EDUCATION CABINET COMMITTEE - THURSDAY, 7 SEPTEMBER 2017**".
  const afterDear = blocks(lines.slice(dearIndex + 1));
  const headingBlock = afterDear[0];
  let committeeUpper: string | undefined;
  let date: string | undefined;
  if (!headingBlock) {
    at(lines[dearIndex]!.n, `expected a heading after "${lines[dearIndex]!.text.trim()}" naming the committee and the meeting date`);
  } else {
    const heading = headingBlock
      .map((line) => line.text.trim())
      .join(" ")
      .replace(/\*\*/g, "")
      .replace(/\s+/g, " ")
      .trim();
    const match = HEADING.exec(heading);
    const when = match ? readLetterDate(match[2]!) : undefined;
    if (!match || !when) {
      at(headingBlock[0]!.n, `expected a heading such as "COMMITTEE NAME - THURSDAY, 7 SEPTEMBER 2017", found ${quote(heading)}`);
    } else if (when.printedWeekday !== undefined && when.printedWeekday.toLowerCase() !== when.weekday.toLowerCase()) {
      at(headingBlock[0]!.n, `the heading dates the meeting ${match[2]}, but that date is a ${when.weekday}`);
    } else {
      committeeUpper = match[1]!;
      date = when.iso;
    }
  }

  // The committee's name as written: the lines after "To all Members of the" that the heading spells in capitals.
  let committee: string | undefined;
  if (toIndex !== -1) {
    const toLine = lines[toIndex]!;
    const sameLine = /^To\s+(?:all\s+)?(?:the\s+)?Members\s+of(?:\s+the)?\s*(.*)$/i.exec(toLine.text.trim())![1]!.trim();
    const address = sameLine ? [sameLine] : (blocks(lines.slice(toIndex + 1, dearIndex))[0] ?? []).map((line) => line.text.trim());
    if (committeeUpper !== undefined) {
      const wanted = normaliseName(committeeUpper);
      for (let count = 1; count <= address.length && committee === undefined; count++) {
        const candidate = address.slice(0, count).join(" ");
        if (normaliseName(candidate) === wanted) committee = candidate;
      }
      if (committee === undefined) {
        at(
          toLine.n + (sameLine ? 0 : 1),
          `expected the committee the heading names (${quote(committeeUpper)}) after "To all Members of the", found ${quote(address.join(" / "))}`,
        );
      }
    }
  }

  // Contact lines between the address and the greeting.
  const contact: { name?: string; email?: string; phone?: string } = {};
  let letterDate: string | undefined;
  for (const line of lines.slice(Math.max(toIndex, 0), dearIndex)) {
    const text = line.text.trim();
    let match: RegExpExecArray | null;
    if ((match = /^(?:Direct\s+Dial(?:\/Ext)?|Tel(?:ephone)?|Phone)\s*:\s*(.+)$/i.exec(text))) contact.phone = match[1]!.trim();
    else if ((match = /^e-?mail\s*:\s*(.+)$/i.exec(text))) {
      const email = match[1]!.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) at(line.n, `cannot read the e-mail address ${quote(email)}`);
      else contact.email = email;
    } else if ((match = /^Ask\s+for\s*:\s*(.+)$/i.exec(text))) contact.name = match[1]!.trim();
    else if ((match = /^Date\s*:\s*(.+)$/i.exec(text))) {
      const read = readLetterDate(match[1]!);
      if (!read) at(line.n, `cannot read the letter's date ${quote(match[1]!.trim())}: expected a date such as "05 Sept 2017"`);
      else letterDate = read.iso;
    }
  }
  if ((contact.email || contact.phone) && !contact.name) {
    at(lines[dearIndex]!.n, 'the letter gives a contact e-mail or phone number but no "Ask for:" line naming the contact');
  }

  // The covering note: paragraphs after the heading, the agenda item, its title and pages, then more paragraphs.
  const headingEnd = headingBlock ? lines.findIndex((line) => line.n === headingBlock.at(-1)!.n) + 1 : dearIndex + 1;
  const agendaIndex = find(/^Agenda\s+Item(?:\s+No\.?|\s+Number)?\s*:?\s*\S+$/i, headingEnd);
  const closeIndex = find(/^Yours\s+(?:sincerely|faithfully)\b/i, headingEnd);
  let agendaItem: number | string | undefined;
  let agendaTitle: string | undefined;
  let pages: string | undefined;
  let noteAfter: Line[] = [];
  if (agendaIndex === -1 || (closeIndex !== -1 && agendaIndex > closeIndex)) {
    at(headingBlock?.[0]?.n ?? lines[dearIndex]!.n, 'expected an "Agenda Item No: …" line in the covering letter, followed by the item\'s title');
  } else {
    const item = /(\S+)$/.exec(lines[agendaIndex]!.text.trim())![1]!;
    agendaItem = /^\d+$/.test(item) ? Number(item) : item;
    const titleBlock = blocks(lines.slice(agendaIndex + 1, closeIndex === -1 ? lines.length : closeIndex))[0];
    if (!titleBlock) {
      at(lines[agendaIndex]!.n + 1, `expected the agenda item's title after "${lines[agendaIndex]!.text.trim()}"`);
    } else {
      const title = titleBlock.map((line) => line.text.trim()).join(" ");
      const withPages = /^(.+?)\s*\((Pages?\s+\d+(?:\s*[-–]\s*\d+)?)\)$/i.exec(title);
      agendaTitle = withPages ? withPages[1]! : title;
      if (withPages) pages = withPages[2]!;
      const titleEnd = lines.findIndex((line) => line.n === titleBlock.at(-1)!.n) + 1;
      noteAfter = lines.slice(titleEnd, closeIndex === -1 ? lines.length : closeIndex);
    }
  }
  const noteBefore = lines.slice(headingEnd, agendaIndex === -1 ? headingEnd : agendaIndex);

  // The sign-off: "Yours sincerely", the signature (an image, described in words by the PDF), the name and the role.
  let signedBy: { name: string; role?: string } | undefined;
  if (closeIndex === -1) {
    at(lastLine(lines), 'expected "Yours sincerely" and the name of whoever signed the covering letter before the first indicator');
  } else {
    const signature = lines.slice(closeIndex + 1).filter((line) => line.text !== "" && !/signature/i.test(line.text));
    if (signature.length === 0 || signature.length > 2) {
      at(lines[closeIndex]!.n + 1, `expected the signer's name and role after "${lines[closeIndex]!.text.trim()}", found ${signature.length} lines`);
    } else {
      signedBy = { name: signature[0]!.text.trim(), ...(signature[1] ? { role: signature[1].text.trim() } : {}) };
    }
  }

  if (problems.length > before || !committee || !date || agendaItem === undefined || !agendaTitle) return undefined;
  const meeting: Omit<MeetingFrontMatter, "scorecards"> = {
    committee,
    date,
    agendaItem,
    agendaTitle,
    ...(pages === undefined ? {} : { pages }),
    status: "published",
    ...(letterDate === undefined ? {} : { letterDate }),
    ...(contact.name === undefined
      ? {}
      : { contact: { name: contact.name, ...(contact.email ? { email: contact.email } : {}), ...(contact.phone ? { phone: contact.phone } : {}) } }),
    ...(signedBy === undefined ? {} : { signedBy }),
    errata: [],
  };
  return { meeting, coveringNote: [...paragraphs(noteBefore), ...paragraphs(noteAfter)].join("\n\n") };
}

function normaliseName(name: string): string {
  return name.toUpperCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------------- indicators

/** A cursor over a page's non-empty lines. */
class Cursor {
  private index = 0;
  constructor(private readonly lines: readonly Line[]) {}
  peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index]!.text === "") this.index++;
    return this.lines[this.index];
  }
  next(): Line | undefined {
    const line = this.peek();
    if (line) this.index++;
    return line;
  }
  /** Every line (empty ones included) from here to the first non-empty line matching, which is not consumed. */
  until(pattern: RegExp): { taken: Line[]; found?: Line } {
    const taken: Line[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text !== "" && pattern.test(line.text.trim())) return { taken, found: line };
      taken.push(line);
      this.index++;
    }
    return { taken };
  }
  rest(): Line[] {
    const rest = this.lines.slice(this.index);
    this.index = this.lines.length;
    return [...rest];
  }
}

interface TableRow {
  line: Line;
  label: string;
  values: string[];
}

/** Reads one indicator's page; `next` is the first line of the next indicator's page, if there is one. */
function readIndicator(lines: readonly Line[], next: Line | undefined, problems: ImportProblem[]): PaperIndicator | undefined {
  const before = problems.length;
  const at = (line: number, message: string) => problems.push({ line, message });
  const cursor = new Cursor(lines);
  const lastN = [...lines].reverse().find((line) => line.text !== "")?.n ?? lines[0]!.n;
  const pageEnd = next ? `the next indicator, ${quote(next.text.trim())}, begins there` : "the paper ends there";
  /** Where a missing line should have been: where something else was found, or the line after the one it should follow. */
  const missingAfter = (after: Line, what: string, found: Line | undefined) =>
    at(found?.n ?? next?.n ?? after.n + 1, `${what} (line ${after.n})${found ? `, found ${quote(found.text.replaceAll("\t", " | "))}` : `, but ${pageEnd}`}`);

  // Title: the paragraph before the rating.
  const titleLines: Line[] = [];
  while (cursor.peek() && !RATING_WORD.test(cursor.peek()!.text.trim()) && !OWNERS_ROW.test(cursor.peek()!.text)) {
    const line = cursor.next()!;
    titleLines.push(line);
    if (lines.find((l) => l.n === line.n + 1)?.text === "") break;
  }
  const title = titleLines.map((line) => line.text.trim()).join(" ");
  const titleLine = titleLines[0] ?? lines[0]!;
  const name = quote(title);

  let heading: { rating: Rating; line: Line } | undefined;
  const ratingLine = cursor.peek();
  if (ratingLine && RATING_WORD.test(ratingLine.text.trim())) {
    cursor.next();
    heading = { rating: capital(ratingLine.text.trim()), line: ratingLine };
  } else {
    missingAfter(titleLines.at(-1) ?? titleLine, `expected the rating (Red, Amber or Green) after the title ${name}`, ratingLine);
  }

  // Owners: "Cabinet Member<TAB>…<TAB>Director<TAB>…" and "Portfolio<TAB>…<TAB>Division<TAB>…", in any order.
  const owners: Partial<Record<(typeof OWNER_KEYS)[keyof typeof OWNER_KEYS], string>> = {};
  let ownersLine: Line | undefined;
  while (cursor.peek() && OWNERS_ROW.test(cursor.peek()!.text)) {
    const line = cursor.next()!;
    ownersLine ??= line;
    const row = cells(line);
    if (row.length % 2 !== 0) {
      at(
        line.n,
        `expected the owners row as name/value pairs separated by tabs ("Cabinet Member", name, "Director", name), found ${quote(line.text.replaceAll("\t", " | "))}`,
      );
      continue;
    }
    for (let i = 0; i < row.length; i += 2) {
      const key = OWNER_KEYS[row[i]!.toLowerCase() as keyof typeof OWNER_KEYS];
      if (!key) at(line.n, `"${row[i]}" is not an owner this importer knows: expected "Cabinet Member", "Director", "Portfolio" or "Division"`);
      else if (!row[i + 1]) at(line.n, `the owners row gives no name for "${row[i]}"`);
      else owners[key] = row[i + 1]!;
    }
  }
  if (!ownersLine) {
    missingAfter(
      heading?.line ?? titleLine,
      'expected the owners rows ("Cabinet Member", "Director", "Portfolio", "Division") after the rating',
      cursor.peek(),
    );
    return undefined;
  }
  const missingOwners = Object.entries(OWNER_KEYS)
    .filter(([, key]) => owners[key] === undefined)
    .map(([label]) => label);
  if (missingOwners.length) {
    at(ownersLine.n, `the owners rows name no ${missingOwners.map((label) => `"${label.replace(/\b\w/g, (c) => c.toUpperCase())}"`).join(" or ")}`);
  }

  // The trend table: four rows, in order.
  const table: TableRow[] = [];
  const expectations: [RegExp, string][] = [
    [/^trend data\b/i, 'expected the "Trend Data" row with the periods after the owners rows'],
    [/^(?:.*\s)?result$/i, 'expected a "KCC Result" row after the "Trend Data" row'],
    [/^target$/i, 'expected a "Target" row after the "KCC Result" row'],
    [/^rag rating$/i, 'expected a "RAG Rating" row after the "Target" row'],
  ];
  let previous: Line = ownersLine;
  for (const [pattern, message] of expectations) {
    const line = cursor.peek();
    const row = line ? cells(line) : [];
    if (!line || !line.text.includes("\t") || !pattern.test(row[0]!)) {
      missingAfter(previous, message, line);
      return undefined;
    }
    cursor.next();
    table.push({ line, label: row[0]!, values: row.slice(1) });
    previous = line;
  }
  const [periodRow, resultRow, targetRow, ratingRow] = table as [TableRow, TableRow, TableRow, TableRow];
  const width = periodRow.values.length;
  for (const row of table.slice(1)) {
    if (row.values.length !== width) {
      at(
        row.line.n,
        `the "${row.label}" row has ${row.values.length} cells but the "Trend Data" row has ${width} periods; a blank cell (no data) still needs its tab`,
      );
    }
  }
  if (problems.length > before) return undefined;

  // Periods.
  const periods: Period[] = [];
  periodRow.values.forEach((cell) => {
    const period = readPeriodLabel(cell);
    if (!period)
      at(
        periodRow.line.n,
        `cannot read the period ${quote(cell)} in the "Trend Data" row: expected a month such as "Mar 2017" or a quarter such as "Q1 2017/18"`,
      );
    else periods.push(period);
  });
  if (problems.length > before) return undefined;
  if (periods.length === 0) {
    at(periodRow.line.n, 'the "Trend Data" row names no periods');
    return undefined;
  }
  if (periods.some((period) => period.kind !== periods[0]!.kind)) at(periodRow.line.n, 'the "Trend Data" row mixes months and quarters');
  for (let i = 1; i < periods.length; i++) {
    if (periods[i]!.kind === periods[i - 1]!.kind && periodIndex(periods[i]!) <= periodIndex(periods[i - 1]!)) {
      at(periodRow.line.n, `the "Trend Data" row must run oldest first, but ${periodLabel(periods[i]!)} follows ${periodLabel(periods[i - 1]!)}`);
    }
  }

  // Figures and ratings.
  const figures = (row: TableRow): (Figure | null)[] =>
    row.values.map((cell, i) => {
      const figure = readFigure(cell);
      if (figure === undefined) {
        at(
          row.line.n,
          `cannot read ${quote(cell)} in the "${row.label}" row (${periodLabel(periods[i]!)}): expected a figure such as "68.6%", "22.0" or "14", or a blank cell for no data`,
        );
        return null;
      }
      return figure;
    });
  const results = figures(resultRow);
  const targets = figures(targetRow);
  const ratings: (Rating | null)[] = ratingRow.values.map((cell, i) => {
    if (cell === "") return null;
    if (RATING_WORD.test(cell)) return capital(cell);
    at(ratingRow.line.n, `cannot read ${quote(cell)} in the "RAG Rating" row (${periodLabel(periods[i]!)}): expected Red, Amber, Green or a blank cell`);
    return null;
  });
  if (problems.length > before) return undefined;

  // Unit and precision, from the figures as printed.
  const printed = [...results, ...targets].filter((figure): figure is Figure => figure !== null);
  const percent = printed.filter((figure) => figure.percent);
  if (percent.length && percent.length !== printed.length) {
    const plain = printed.find((figure) => !figure.percent)!;
    at(resultRow.line.n, `the table mixes percentages and plain figures ("${percent[0]!.text}" and "${plain.text}")`);
    return undefined;
  }
  const decimals = Math.max(0, ...printed.map((figure) => figure.decimals));
  if (decimals > 4) at(resultRow.line.n, `the figures have ${decimals} decimal places; at most 4 can be published`);
  const unit: Unit = percent.length ? "percentage" : decimals === 0 && /^number of\b/i.test(title) ? "count" : "number";

  // Commentary, up to "Data Notes".
  const commentaryHeading = cursor.peek();
  if (!commentaryHeading || !/^commentary$/i.test(commentaryHeading.text.trim())) {
    missingAfter(ratingRow.line, 'expected "Commentary" after the "RAG Rating" row', commentaryHeading);
    return undefined;
  }
  cursor.next();
  const commentaryPart = cursor.until(/^data notes$/i);
  if (!commentaryPart.found) {
    at(next?.n ?? lastN, `expected a "Data Notes" heading after the commentary of ${name} (line ${commentaryHeading.n}), but ${pageEnd}`);
    return undefined;
  }
  cursor.next();
  const commentary = paragraphs(commentaryPart.taken).join("\n\n");

  // Data notes: "Target: …", "Tolerance: …", "Data: …", "Data Source: …"; a line without a key continues the one before.
  const notes = new Map<string, { text: string; line: Line }>();
  let current: { text: string; line: Line } | undefined;
  for (const line of cursor.rest()) {
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
    if (!found) at(commentaryPart.found!.n, `the data notes of ${name} have no "${label}:" line`);
    return found;
  };
  const targetNote = note("target", "Target");
  const toleranceNote = note("tolerance", "Tolerance");
  const dataNote = note("data", "Data");
  const sourceNote = note("data source", "Data Source");
  if (!targetNote || !toleranceNote || !dataNote || !sourceNote) return undefined;

  const valueOf = (entry: { text: string }) => entry.text.replace(/^[^:]*:\s*/, "").trim();
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

  // Bandings: those of the latest period's financial year (read only with a known polarity, or they mislead).
  if (problems.length > before) return undefined;
  const latest = periods.at(-1)!;
  const year = financialYearStart(latest);
  const yearLabel = financialYearLabel(year);
  const read = readTargetLine(targetNote.text, polarity, unit, decimals, year);
  if ("problem" in read) {
    at(targetNote.line.n, read.problem);
    return undefined;
  }
  if (problems.length > before) return undefined;

  // The paper's ratings against its bandings, for the periods those bandings govern; earlier years keep theirs.
  const trend: TrendRowFrontMatter[] = periods.map((period, i) => {
    const result = results[i]!;
    const target = targets[i]!;
    const rating = ratings[i]!;
    const label = periodLabel(period);
    if (result === null && rating !== null) at(ratingRow.line.n, `${label} is rated ${rating} but has no result`);
    if (financialYearStart(period) === year) {
      if (target && toFine(target.value, decimals) !== toFine(read.bandings.target, decimals)) {
        at(
          targetRow.line.n,
          `the ${label} target is ${target.text}, but the ${yearLabel} bandings give a target of ${formatValue(read.bandings.target, unit, decimals)}`,
        );
      }
      if (result && rating) {
        const computed = rateFine(read.bandings.bands, toFine(result.value, decimals));
        if (computed !== rating) {
          at(
            ratingRow.line.n,
            `the paper rates ${label} (${result.text}) ${rating}, but its ${yearLabel} bandings (${read.bandings.sentence}) rate it ${computed ?? "nothing"}`,
          );
        }
      }
    } else if (result && !rating) {
      at(ratingRow.line.n, `${label} has a result (${result.text}) but no rating; before ${yearLabel} the rating as published is needed`);
    }
    return {
      period: periodKey(period),
      result: result?.value ?? null,
      ...(target ? { target: target.value } : {}),
      ...(rating ? { rating } : {}),
    };
  });
  const latestRating = ratings.at(-1);
  if (heading && latestRating && heading.rating !== latestRating) {
    at(heading.line.n, `the heading rates ${name} ${heading.rating}, but the ${periodLabel(latest)} column is rated ${latestRating}`);
  }
  if (problems.length > before) return undefined;

  return {
    line: titleLine.n,
    commentary,
    front: {
      title,
      scorecard: owners.division!,
      kind: "performance",
      portfolio: owners.portfolio!,
      cabinetMember: owners.cabinetMember!,
      director: owners.director!,
      division: owners.division!,
      unit,
      decimalPlaces: decimals,
      polarity,
      bandings: [read.entry],
      dataBasis: dataBasis!,
      dataSource,
      trend,
    },
  };
}
