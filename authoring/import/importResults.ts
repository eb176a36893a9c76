/**
 * `npm run import-results -- <results.csv> [--meetings content/meetings]`: results exported from a case-management
 * system (for months, quarters, half-years or years, as each indicator reports), added to the indicator files of the
 * newest draft meeting.
 *
 * The CSV has a header row and the columns indicator id, period, result and target (target may be blank). Each row
 * either fills in the draft's empty row for that period, or adds a row after the last one. The whole draft is then
 * checked by the data step in a staging copy; only if every row is placed and the check passes is anything written,
 * all at once. Otherwise every row that could not be placed is reported with its CSV line, and nothing changes.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "../../src/content/problems";
import { formatProblem } from "../../src/content/problems";
import { MEETING_FILE, readMeetings, type MeetingSource } from "../../src/content/readContent";
import type { IndicatorFrontMatter, TrendRowFrontMatter } from "../../src/content/schema";
import { DEFAULT_OWNER_ROLES, readOwnerRoles, type OwnerRole } from "../../src/content/ownerRoles";
import { readRatingScheme } from "../../src/content/ratingSchemeFile";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../../src/domain/ratingScheme";
import { parsePeriod, periodIndex, periodKey, periodKindWord, periodLabel, periodProblem, type Period } from "../../src/domain/periods";
import { formatValue, type Unit } from "../../src/domain/units";
import { readCsv, type CsvRecord } from "./csv";
import { ImportFailed, ImportStopped, readInput, type ImportProblem } from "./errors";
import { editTrend } from "./editTrend";
import { readFigure, type Figure } from "./figures";
import { serialiseIndicator } from "./serialise";
import { projectOf, shownPath, writeMeetingFolder } from "./writeFolder";

export interface ImportResultsOptions {
  csv: string;
  /** The meetings folder; content/meetings by default. */
  meetings: string;
}

/** One CSV row placed in an indicator's trend. */
export interface Placement {
  line: number;
  id: string;
  period: string;
  periodLabel: string;
  resultText: string;
  /** "added" after the last row, or "filled" an empty row already there. */
  how: "added" | "filled";
}

export interface ImportedResults {
  folder: string;
  placements: Placement[];
  files: string[];
}

interface Working {
  front: IndicatorFrontMatter;
  /** The trend as the draft has it, to tell which rows this import replaced and which it added. */
  original: readonly TrendRowFrontMatter[];
  body: string;
  file: string;
  /** Rows this import placed, for finding the CSV line of a problem the data step reports at trend[i]. */
  placed: Map<TrendRowFrontMatter, Placement>;
}

const COLUMNS = {
  id: ["indicatorid", "indicator", "id"],
  period: ["period", "month", "quarter"],
  result: ["result", "value"],
  target: ["target"],
} as const;

/**
 * The newest meeting marked draft, by date; refuses when a newer meeting's meeting.md cannot be read, since that
 * one might be the draft.
 */
async function newestDraft(meetingsDir: string, ownerRoles: readonly OwnerRole[], ratingScheme: RatingScheme): Promise<MeetingSource> {
  const { meetings, problems } = await readMeetings(meetingsDir, process.cwd(), { ownerRoles, ratingScheme });
  const drafts = meetings
    .filter((meeting) => meeting.front.status === "draft")
    .sort((a, b) => b.front.date.localeCompare(a.front.date) || b.folder.localeCompare(a.folder));
  const draft = drafts[0];
  const unreadable = problems.filter((problem) => problem.file.endsWith(`/${MEETING_FILE}`));
  const folderOf = (problem: Problem) => path.basename(path.dirname(problem.file));
  const blocking = unreadable.filter((problem) => !draft || folderOf(problem) > draft.folder);
  if (blocking.length) {
    throw new ImportStopped(
      `Cannot tell which meeting is the newest draft: these meeting files have problems.\n\n${blocking.map(formatProblem).join("\n\n")}\n\nNothing was written.`,
    );
  }
  if (!draft) {
    throw new ImportStopped(
      `There is no draft meeting in ${shownPath(path.resolve(meetingsDir))}: results are added only to a meeting with status: draft. ` +
        "Start the next meeting's folder as a draft first (see docs/importing.md).",
    );
  }
  const own = problems.filter((problem) => folderOf(problem) === draft.folder);
  if (own.length || draft.unreadableIndicators) {
    throw new ImportStopped(
      `The draft meeting ${draft.folder} has problems of its own; put them right first.\n\n${own.map(formatProblem).join("\n\n")}\n\nNothing was written.`,
    );
  }
  return draft;
}

/**
 * The indicator file with this import's rows in it: edited in place, so the clerk's `#` notes and layout survive, or
 * written afresh when its trend is laid out in a way that cannot be edited in place.
 */
async function editedFile(file: string, indicator: Working, ownerRoles: readonly OwnerRole[]): Promise<string> {
  const { front, original } = indicator;
  const replaced = Object.fromEntries(
    front.trend.slice(0, original.length).flatMap((row, index) => (indicator.placed.has(row) ? [[index, row] as const] : [])),
  );
  const added = front.trend.slice(original.length);
  const targetDecimals = front.targetDecimalPlaces ?? front.decimalPlaces;
  return editTrend(await readFile(file, "utf8"), replaced, added, front.decimalPlaces, targetDecimals) ?? serialiseIndicator(front, indicator.body, ownerRoles);
}

/** Where each column is in the CSV; -1 for the target when it has none. */
interface Columns {
  id: number;
  period: number;
  result: number;
  target: number;
}

/** The CSV read and its header understood, with at least one row under it. */
interface ResultsCsv {
  /** The file as the clerk named it, for messages. */
  shown: string;
  header: CsvRecord;
  rows: CsvRecord[];
  columns: Columns;
}

/** What one row says, read but not yet placed. */
interface RowFigures {
  period: Period;
  periodText: string;
  label: string;
  result: Figure;
  target: Figure | null;
}

/**
 * Reads the CSV and places its rows in the newest draft; throws ImportFailed or ImportStopped when it cannot.
 * @example await importResults({ csv: "july.csv", meetings: "content/meetings" })
 */
export async function importResults(options: ImportResultsOptions): Promise<ImportedResults> {
  const csv = await readResultsCsv(options.csv);
  const meetingsDir = path.resolve(options.meetings);
  const project = projectOf(meetingsDir);
  const ownerRoles = project ? await readOwnerRoles(project) : DEFAULT_OWNER_ROLES;
  const ratingScheme = project ? await readRatingScheme(project) : DEFAULT_RATING_SCHEME;
  const draft = await newestDraft(options.meetings, ownerRoles, ratingScheme);
  const working = workingCopies(draft);
  const problems: ImportProblem[] = [];
  const placements: Placement[] = [];
  for (const row of csv.rows) {
    const placed = placeRow(row, csv, working, draft.folder);
    if (typeof placed === "string") problems.push({ line: row.line, message: placed });
    else placements.push(placed);
  }
  // The rows that could be placed are checked even when others could not, so one run reports everything.
  const changed = [...working.values()].filter((indicator) => indicator.placed.size > 0);
  const { files, other } = await checkDraft(changed, meetingsDir, draft.folder, problems, ownerRoles);
  if (problems.length || other.length) {
    throw new ImportFailed(
      csv.shown,
      problems,
      other.length
        ? [
            ...(problems.length ? [""] : []),
            `With these results, the draft ${draft.folder} would not pass the content checks:`,
            "",
            ...other.map(formatProblem),
          ]
        : [],
    );
  }
  return { folder: shownPath(path.join(meetingsDir, draft.folder)), placements, files: Object.keys(files) };
}

/** Reads the CSV and finds its columns; throws ImportFailed when it has no header naming them, or no rows under it. */
async function readResultsCsv(file: string): Promise<ResultsCsv> {
  const shown = shownPath(path.resolve(file));
  const text = await readInput(file, shown);
  const csv = readCsv(text);
  if ("problem" in csv) throw new ImportFailed(shown, [csv.problem]);
  const [header, ...rows] = csv.records;
  if (!header)
    throw new ImportFailed(shown, [{ line: 1, message: 'the file is empty: expected a header row "indicator id,period,result,target" and a row per result' }]);
  const names = header.fields.map((field) => field.toLowerCase().replace(/[^a-z]/g, ""));
  const column = (key: keyof typeof COLUMNS) => names.findIndex((name) => (COLUMNS[key] as readonly string[]).includes(name));
  const columns = { id: column("id"), period: column("period"), result: column("result"), target: column("target") };
  if (columns.id === -1 || columns.period === -1 || columns.result === -1) {
    throw new ImportFailed(shown, [
      {
        line: header.line,
        message: `expected a header row naming the columns "indicator id", "period", "result" and "target", found "${header.fields.join(",")}"`,
      },
    ]);
  }
  if (rows.length === 0) throw new ImportFailed(shown, [{ line: header.line, message: "there are no results under the header row" }]);
  return { shown, header, rows, columns };
}

/** A copy of each of the draft's indicators to place rows in, by id. */
function workingCopies(draft: MeetingSource): Map<string, Working> {
  return new Map<string, Working>(
    draft.indicators.map((indicator) => [
      indicator.front.id,
      {
        front: { ...indicator.front, trend: indicator.front.trend.map((row) => ({ ...row })) },
        original: indicator.front.trend,
        body: indicator.source.body,
        file: path.basename(indicator.source.file),
        placed: new Map(),
      },
    ]),
  );
}

/** Places one CSV row in its indicator's trend; the message saying why not when it cannot. */
function placeRow(row: CsvRecord, csv: ResultsCsv, working: Map<string, Working>, folder: string): Placement | string {
  const { columns } = csv;
  const cell = (index: number) => (index === -1 ? "" : (row.fields[index] ?? "").trim());
  const shape = columnCountProblem(row, csv, cell);
  if (shape) return shape;
  const id = cell(columns.id);
  const indicator = working.get(id);
  if (!indicator) return id === "" ? "the indicator id is empty" : `unknown indicator id "${id}": the draft ${folder} has ${[...working.keys()].join(", ")}`;
  const figures = readRowFigures(id, indicator.front, cell(columns.period), cell(columns.result), cell(columns.target));
  if (typeof figures === "string") return figures;
  return placeInTrend(indicator, row.line, id, figures);
}

/** Why a row has too few cells or too many, naming the figure a comma split in two where it can tell. */
function columnCountProblem(row: CsvRecord, { header, columns }: ResultsCsv, cell: (index: number) => string): string | undefined {
  const needed = Math.max(columns.id, columns.period, columns.result) + 1;
  const expected = `expected ${header.fields.length} columns (${header.fields.join(", ")}), found ${row.fields.length}`;
  if (row.fields.length < needed) return expected;
  if (row.fields.length <= header.fields.length) return undefined;
  // A comma inside a figure splits it: "87,5" is read as 87 and 5, and "1,234" as 1 and 234, unless it is quoted.
  const split = [columns.result, columns.target].find(
    (index) => index !== -1 && /^\s*-?\d+\s*$/.test(cell(index)) && /^\d+\s*$/.test(row.fields[index + 1] ?? ""),
  );
  const joined = split === undefined ? "" : `${cell(split)},${(row.fields[split + 1] ?? "").trim()}`;
  return (
    expected +
    (split === undefined
      ? ": a comma inside a cell splits it in two; put that cell in double quotes"
      : /,\d{3}$/.test(joined)
        ? `: "${joined}" has a thousands separator, which splits it into two cells; write ${joined.replace(",", "")}`
        : `: "${joined}" has a decimal comma, which splits it into two cells; write ${joined.replace(",", ".")}`)
  );
}

/** The period, result and target of a row, read as the indicator's unit allows; the message saying why not otherwise. */
function readRowFigures(id: string, front: IndicatorFrontMatter, periodText: string, resultText: string, targetText: string): RowFigures | string {
  const period = parsePeriod(periodText);
  if (!period) return `cannot read the period: ${periodProblem(periodText)}`;
  const label = periodLabel(period);
  const result = readFigure(resultText);
  if (result === null) return `${id}, ${label}: the result is empty`;
  const percent = front.unit === "percentage" || front.unit === "percentage-change";
  if (result === undefined || (result.percent && !percent)) return `${id}, ${label}: the result "${resultText}" is not a number`;
  const target = readFigure(targetText);
  if (target === undefined || (target?.percent && !percent)) return `${id}, ${label}: the target "${targetText}" is not a number`;
  return { period, periodText, label, result, target };
}

/** The indicator's unit as the page prints it: "£1,234k", "4.2 per 1,000 population". */
function unitOf(front: IndicatorFrontMatter): Unit {
  return { kind: front.unit, ...(front.unitLabel ? { label: front.unitLabel } : {}), ...(front.moneyIn ? { moneyIn: front.moneyIn } : {}) };
}

/** Fills the trend's empty row for the period, or adds a row after the last; the message saying why not otherwise. */
function placeInTrend(indicator: Working, line: number, id: string, { period, periodText, label, result, target }: RowFigures): Placement | string {
  const { front } = indicator;
  const trend = front.trend;
  const periods = trend.map((existing) => parsePeriod(existing.period));
  const kind = periods.find((p): p is Period => p !== undefined)?.kind;
  if (kind && kind !== period.kind) return `${id} reports ${periodKindWord(kind)}s, but "${periodText}" is a ${periodKindWord(period.kind)}`;
  const key = periodKey(period);
  const existingIndex = periods.findIndex((p) => p !== undefined && periodKey(p) === key);
  const placement: Placement = {
    line,
    id,
    period: key,
    periodLabel: label,
    resultText: formatValue(result.value, unitOf(front), Math.max(front.decimalPlaces, 0)),
    how: "added",
  };
  if (existingIndex !== -1) {
    const existing = trend[existingIndex]!;
    if (existing.result !== null) {
      return `${id}, ${label}: the draft already has a result for ${label} (${existing.result}); a row is added only for a new period or to fill an empty one`;
    }
    // The row's own notes (the same period last year, the paper's arrow, unrated) stay; a rating waits for the result.
    const { rating: _rating, target: _target, ...kept } = existing;
    const filled: TrendRowFrontMatter = { ...kept, result: result.value };
    const keptTarget = target ? target.value : existing.target;
    if (keptTarget !== undefined) filled.target = keptTarget;
    trend[existingIndex] = filled;
    indicator.placed.set(filled, { ...placement, how: "filled" });
    return { ...placement, how: "filled" };
  }
  const last = periods.at(-1);
  if (last && periodIndex(period) <= periodIndex(last)) {
    return `${id}, ${label}: the period is not after the last row (${periodLabel(last)}), and there is no empty ${label} row to fill`;
  }
  const added: TrendRowFrontMatter = { period: key, result: result.value, ...(target ? { target: target.value } : {}) };
  trend.push(added);
  indicator.placed.set(added, placement);
  return placement;
}

/**
 * Checks the draft with the changed files in a staging copy, and writes them only when every row was placed and the
 * check passes. A problem the check finds in a row this import placed is added to `problems` at that row's CSV line;
 * the others are returned.
 */
async function checkDraft(
  changed: Working[],
  meetingsDir: string,
  folder: string,
  problems: ImportProblem[],
  ownerRoles: readonly OwnerRole[],
): Promise<{ files: Record<string, string>; other: Problem[] }> {
  const files = Object.fromEntries(
    await Promise.all(
      changed.map(async (indicator) => [indicator.file, await editedFile(path.join(meetingsDir, folder, indicator.file), indicator, ownerRoles)] as const),
    ),
  );
  const written = changed.length
    ? await writeMeetingFolder({
        meetingsDir,
        folder,
        files,
        base: path.join(meetingsDir, folder),
        overwrite: true,
        checkOnly: problems.length > 0,
      })
    : { problems: [] };
  const other: Problem[] = [];
  for (const problem of written.problems) {
    const indicator = changed.find((candidate) => problem.file.endsWith(`/${candidate.file}`));
    const index = /^trend\[(\d+)\]/.exec(problem.field)?.[1];
    const placement = indicator && index !== undefined ? indicator.placed.get(indicator.front.trend[Number(index)]!) : undefined;
    if (placement) {
      const field = problem.field.replace(/^trend\[\d+\]\.?/, "") || "row";
      problems.push({
        line: placement.line,
        message: `${placement.id}, ${placement.periodLabel}: ${field} ${problem.message}${problem.hint ? ` (${problem.hint})` : ""}`,
      });
    } else {
      other.push(problem);
    }
  }
  return { files, other };
}
