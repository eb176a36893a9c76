/**
 * Reads one indicator's page of a paper: its title and rating, its owners, its trend table, its commentary and its
 * data notes, then its trend rows checked by the one rating rule (readTrend.ts). Every problem is reported at its line.
 */
import type { IndicatorFrontMatter } from "../../src/content/schema";
import type { Rating } from "../../src/domain/bandings";
import { parsePeriod, periodKindWord, periodLabel, periodProblem, trendOrder, type Period } from "../../src/domain/periods";
import type { UnitKind } from "../../src/domain/units";
import type { ImportProblem } from "./errors";
import { readFigure, type Figure } from "./figures";
import { openPage, type IndicatorPage, type TableFigures, type TableRow, type TrendTable } from "./indicatorPage";
import { OWNER_KEYS, OWNERS_ROW, RATING_WORD, capital, quote } from "./paperPatterns";
import { cells, paragraphs, type Line } from "./paperText";
import { readDataNotes } from "./readDataNotes";
import { readTrend } from "./readTrend";

/** An indicator as the paper gives it; its id is chosen afterwards (see indicatorIds.ts). */
export interface PaperIndicator {
  front: Omit<IndicatorFrontMatter, "id">;
  commentary: string;
  /** Line of the title in the paper. */
  line: number;
}

/** The title, and the rating the page's heading gives, when it gives one. */
interface Head {
  title: string;
  /** The title as messages quote it. */
  name: string;
  titleLine: Line;
  heading?: { rating: Rating; line: Line };
}

/**
 * Reads one indicator's page; `next` is the first line of the next indicator's page, if there is one.
 * @example readIndicator(lines.slice(start, end), lines[end], problems)?.front.title // "Average Caseload of Social Workers in CSWTs"
 */
export function readIndicator(lines: readonly Line[], next: Line | undefined, problems: ImportProblem[]): PaperIndicator | undefined {
  const page = openPage(lines, next, problems);
  const head = readHead(page);
  const owners = readOwners(page, head.heading?.line ?? head.titleLine);
  if (!owners) return undefined;
  const table = readTable(page, owners.line);
  if (!table) return undefined;
  const periods = readPeriods(page, table.period);
  if (!periods) return undefined;
  const figures = readFigures(page, table, periods);
  if (!figures) return undefined;
  const measure = readMeasure(page, table.result, figures, head.title);
  if (!measure) return undefined;
  const commentary = readCommentary(page, table.rating, head.name);
  if (!commentary) return undefined;
  const notes = readDataNotes(page, commentary.notesHeading, head.name);
  // Bandings are read only with a known polarity, or they mislead.
  if (!notes || page.failed()) return undefined;
  const read = readTrend(page, { ...head, ...measure, periods, figures, table, polarity: notes.polarity, targetLine: notes.target });
  if (!read || page.failed()) return undefined;
  return {
    line: head.titleLine.n,
    commentary: commentary.text,
    front: {
      title: head.title,
      scorecard: owners.names.division!,
      kind: "performance",
      portfolio: owners.names.portfolio!,
      cabinetMember: owners.names.cabinetMember!,
      director: owners.names.director!,
      division: owners.names.division!,
      unit: measure.unit,
      decimalPlaces: measure.decimals,
      polarity: notes.polarity,
      bandings: [read.entry],
      dataBasis: notes.dataBasis!,
      dataSource: notes.dataSource,
      outturns: [],
      benchmarks: [],
      expectedRanges: [],
      trend: read.trend,
    },
  };
}

/** The title (the paragraph before the rating), then the rating. */
function readHead({ lines, cursor, missingAfter }: IndicatorPage): Head {
  const titleLines: Line[] = [];
  while (cursor.peek() && !RATING_WORD.test(cursor.peek()!.text.trim()) && !OWNERS_ROW.test(cursor.peek()!.text)) {
    const line = cursor.next()!;
    titleLines.push(line);
    if (lines.find((l) => l.n === line.n + 1)?.text === "") break;
  }
  const title = titleLines.map((line) => line.text.trim()).join(" ");
  const titleLine = titleLines[0] ?? lines[0]!;
  const name = quote(title);
  const ratingLine = cursor.peek();
  if (ratingLine && RATING_WORD.test(ratingLine.text.trim())) {
    cursor.next();
    return { title, name, titleLine, heading: { rating: capital(ratingLine.text.trim()), line: ratingLine } };
  }
  missingAfter(titleLines.at(-1) ?? titleLine, `expected the rating (Red, Amber or Green) after the title ${name}`, ratingLine);
  return { title, name, titleLine };
}

type OwnerNames = Partial<Record<(typeof OWNER_KEYS)[keyof typeof OWNER_KEYS], string>>;

/** Owners: "Cabinet Member<TAB>…<TAB>Director<TAB>…" and "Portfolio<TAB>…<TAB>Division<TAB>…", in any order. */
function readOwners({ cursor, at, missingAfter }: IndicatorPage, after: Line): { names: OwnerNames; line: Line } | undefined {
  const names: OwnerNames = {};
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
      else names[key] = row[i + 1]!;
    }
  }
  if (!ownersLine) {
    missingAfter(after, 'expected the owners rows ("Cabinet Member", "Director", "Portfolio", "Division") after the rating', cursor.peek());
    return undefined;
  }
  const missing = Object.entries(OWNER_KEYS)
    .filter(([, key]) => names[key] === undefined)
    .map(([label]) => label);
  if (missing.length) {
    at(ownersLine.n, `the owners rows name no ${missing.map((label) => `"${label.replace(/\b\w/g, (c) => c.toUpperCase())}"`).join(" or ")}`);
  }
  return { names, line: ownersLine };
}

const TABLE_ROWS: [RegExp, string][] = [
  [/^trend data\b/i, 'expected the "Trend Data" row with the periods after the owners rows'],
  [/^(?:.*\s)?result$/i, 'expected a "KCC Result" row after the "Trend Data" row'],
  [/^target$/i, 'expected a "Target" row after the "KCC Result" row'],
  [/^rag rating$/i, 'expected a "RAG Rating" row after the "Target" row'],
];

/** The trend table: four rows, in order, each as wide as the periods row. */
function readTable(page: IndicatorPage, ownersLine: Line): TrendTable | undefined {
  const { cursor, at, missingAfter } = page;
  const table: TableRow[] = [];
  let previous: Line = ownersLine;
  for (const [pattern, message] of TABLE_ROWS) {
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
  const [period, result, target, rating] = table as [TableRow, TableRow, TableRow, TableRow];
  const width = period.values.length;
  for (const row of table.slice(1)) {
    if (row.values.length !== width) {
      at(
        row.line.n,
        `the "${row.label}" row has ${row.values.length} cells but the "Trend Data" row has ${width} periods; a blank cell (no data) still needs its tab`,
      );
    }
  }
  return page.failed() ? undefined : { period, result, target, rating };
}

/** The periods of the "Trend Data" row: readable, of one kind, oldest first. */
function readPeriods(page: IndicatorPage, row: TableRow): Period[] | undefined {
  const { at } = page;
  const periods: Period[] = [];
  row.values.forEach((cell) => {
    const period = parsePeriod(cell);
    if (!period) at(row.line.n, `cannot read a period in the "Trend Data" row: ${periodProblem(cell)}`);
    else periods.push(period);
  });
  if (page.failed()) return undefined;
  if (periods.length === 0) {
    at(row.line.n, 'the "Trend Data" row names no periods');
    return undefined;
  }
  const order = trendOrder(periods);
  if (order.mixesKinds) {
    const kinds = [...new Set(periods.map((period) => `${periodKindWord(period.kind)}s`))];
    at(row.line.n, `the "Trend Data" row mixes ${kinds.join(" and ")}`);
  }
  for (const { before, current } of order.faults) {
    at(row.line.n, `the "Trend Data" row must run oldest first, but ${periodLabel(current)} follows ${periodLabel(before)}`);
  }
  return periods;
}

/** The results, targets and ratings, each cell readable. */
function readFigures(page: IndicatorPage, table: TrendTable, periods: readonly Period[]): TableFigures | undefined {
  const { at } = page;
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
  const results = figures(table.result);
  const targets = figures(table.target);
  const ratings = table.rating.values.map((cell, i) => {
    if (cell === "") return null;
    if (RATING_WORD.test(cell)) return capital(cell);
    at(table.rating.line.n, `cannot read ${quote(cell)} in the "RAG Rating" row (${periodLabel(periods[i]!)}): expected Red, Amber, Green or a blank cell`);
    return null;
  });
  return page.failed() ? undefined : { results, targets, ratings };
}

/** Unit and precision, from the figures as printed. */
function readMeasure(
  { at }: IndicatorPage,
  resultRow: TableRow,
  { results, targets }: TableFigures,
  title: string,
): { unit: UnitKind; decimals: number } | undefined {
  const printed = [...results, ...targets].filter((figure): figure is Figure => figure !== null);
  const percent = printed.filter((figure) => figure.percent);
  if (percent.length && percent.length !== printed.length) {
    const plain = printed.find((figure) => !figure.percent)!;
    at(resultRow.line.n, `the table mixes percentages and plain figures ("${percent[0]!.text}" and "${plain.text}")`);
    return undefined;
  }
  const decimals = Math.max(0, ...printed.map((figure) => figure.decimals));
  if (decimals > 4) at(resultRow.line.n, `the figures have ${decimals} decimal places; at most 4 can be published`);
  const unit: UnitKind = percent.length ? "percentage" : decimals === 0 && /^number of\b/i.test(title) ? "count" : "number";
  return { unit, decimals };
}

/** The commentary, from its heading up to "Data Notes". */
function readCommentary(
  { cursor, at, missingAfter, next, lastN, pageEnd }: IndicatorPage,
  ratingRow: TableRow,
  name: string,
): { text: string; notesHeading: Line } | undefined {
  const heading = cursor.peek();
  if (!heading || !/^commentary$/i.test(heading.text.trim())) {
    missingAfter(ratingRow.line, 'expected "Commentary" after the "RAG Rating" row', heading);
    return undefined;
  }
  cursor.next();
  const part = cursor.until(/^data notes$/i);
  if (!part.found) {
    at(next?.n ?? lastN, `expected a "Data Notes" heading after the commentary of ${name} (line ${heading.n}), but ${pageEnd}`);
    return undefined;
  }
  cursor.next();
  return { text: paragraphs(part.taken).join("\n\n"), notesHeading: part.found };
}
