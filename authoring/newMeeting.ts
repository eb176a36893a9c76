import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ZodType } from "zod";
import { AWAITING_COMMENTARY, AWAITING_COVERING_NOTE } from "../src/content/placeholders";
import { formatReport, type Problem } from "../src/content/problems";
import { MEETING_FILE } from "../src/content/readContent";
import { DEFAULT_OWNER_ROLES, readOwnerRoles } from "../src/content/ownerRoles";
import { readRatingScheme } from "../src/content/ratingSchemeFile";
import { DEFAULT_RATING_SCHEME } from "../src/domain/ratingScheme";
import { indicatorSchemaFor, meetingSchema, type IndicatorFrontMatter, type TrendRowFrontMatter } from "../src/content/schema";
import { problemAt, validateFrontMatter } from "../src/content/validate";
import { readSourceFile, type SourceFile } from "../src/content/yamlSource";
import {
  nextPeriod,
  parsePeriod,
  periodDates,
  periodIndex,
  periodKey,
  periodKindWord,
  periodMonthCount,
  periodProblem,
  type Period,
} from "../src/domain/periods";
import { ImportStopped } from "./import/errors";
import { serialiseIndicator, serialiseMeeting } from "./import/serialise";
import { projectOf, shownPath, writeMeetingFolder } from "./import/writeFolder";
import { parseIsoDate } from "../src/scorecard/dates";

export interface NewMeetingOptions {
  /** The earlier meeting folder to start from, e.g. content/meetings/2017-09-07-cype. */
  from: string;
  /** The new meeting's date, YYYY-MM-DD. */
  date: string;
  /**
   * The newest period the new meeting reports ("2017-07", "Q2 2017/18", "2017/18" …), of a kind its indicators report;
   * by default the one after the earlier meeting's newest (see reportingPeriod).
   */
  period?: string;
  /**
   * The project whose data/site.json names the owner roles; by default the one the earlier meeting's folder is in
   * (<project>/content/meetings/<folder>), or the default roles when it is in no project.
   */
  projectRoot?: string;
}

/**
 * Moves a trend window on so it ends at `latest`, keeping its length: rows that fall off the front are dropped and
 * each new period gets an empty row, awaiting its result and target (and nothing else: no samePeriodLastYear, no
 * directionOfTravel, not marked unrated). Works for every kind of period; `latest` is of the trend's kind, and a
 * trend already at `latest` stays as it is.
 * @example rollTrend(rows, { kind: "month", year: 2017, month: 7 }) // Apr–Jul 2017 from Mar–Jun 2017
 * @example rollTrend(rows, { kind: "financial-year", financialYearStart: 2017 }) // 2014/15–2017/18 from 2013/14–2016/17
 */
export function rollTrend(rows: readonly TrendRowFrontMatter[], latest: Period): TrendRowFrontMatter[] {
  const last = parsePeriod(rows.at(-1)!.period)!;
  const added: TrendRowFrontMatter[] = [];
  for (let period = nextPeriod(last); periodIndex(period) <= periodIndex(latest); period = nextPeriod(period)) {
    added.push({ period: periodKey(period), result: null });
  }
  return [...rows, ...added].slice(-rows.length);
}

/**
 * The newest period of the trend's kind that ends by the time `reporting` ends: where a trend reported up to `last`
 * moves to when the meeting reports up to `reporting`. A quarterly or annual trend in a monthly meeting moves on
 * only once its next period is over; a trend of the reporting period's own kind moves to it.
 * @example latestBy({ kind: "financial-year", financialYearStart: 2016 }, { kind: "month", year: 2018, month: 3 }) // 2017/18
 * @example latestBy({ kind: "financial-year", financialYearStart: 2016 }, { kind: "month", year: 2017, month: 7 }) // 2016/17, as it was
 */
export function latestBy(last: Period, reporting: Period): Period {
  const end = periodDates(reporting).end;
  let latest = last;
  for (let next = nextPeriod(latest); periodDates(next).end <= end; next = nextPeriod(next)) latest = next;
  return latest;
}

/**
 * The period the new meeting reports up to when none is asked for: the one after the newest period of the shortest
 * kind its indicators report (the month after, in a meeting of monthly and annual indicators).
 * @example reportingPeriod([{ kind: "month", year: 2017, month: 6 }, { kind: "financial-year", financialYearStart: 2016 }]) // 2017-07
 */
export function reportingPeriod(lasts: readonly Period[]): Period {
  const shortest = Math.min(...lasts.map(periodMonthCount));
  const candidates = lasts.filter((period) => periodMonthCount(period) === shortest);
  // Of one length, the kind the meeting's first such indicator reports (financial and calendar years are both twelve months).
  const ofKind = candidates.filter((period) => period.kind === candidates[0]!.kind);
  return nextPeriod(newestOf(ofKind));
}

/** The kinds of period, as words in a list: "months", "months and financial years". */
function kindsInWords(kinds: readonly Period["kind"][]): string {
  const words = kinds.map((kind) => `${periodKindWord(kind)}s`);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
}

/** An indicator of the earlier meeting, with the newest period its trend reports. */
interface Carried {
  name: string;
  front: IndicatorFrontMatter;
  last: Period;
}

/**
 * The earlier meeting's meeting.md and indicator files, checked by the schema (with the site's owner roles) and each
 * trend's periods readable; stops, listing every problem of the first file that has any, otherwise.
 */
async function readEarlierMeeting(source: string, names: readonly string[], indicatorSchema: ZodType<IndicatorFrontMatter>) {
  const read = async <T>(name: string, schema: ZodType<T>, check: (value: T, parsed: SourceFile) => Problem[] = () => []) => {
    const file = path.join(source, name);
    const { source: parsed, problems } = readSourceFile(shownPath(file), await readFile(file, "utf8"));
    const checked = parsed ? validateFrontMatter(parsed, schema) : { problems };
    const all = [...problems, ...checked.problems, ...(parsed && checked.value !== undefined ? check(checked.value, parsed) : [])];
    if (all.length || !("value" in checked) || checked.value === undefined) {
      throw new ImportStopped(`The earlier meeting has problems; put them right first.\n\n${formatReport(all)}`);
    }
    return checked.value;
  };
  // Every period of a trend must be readable for the window to move on; the data step words the same problem.
  const periodsReadable = (front: IndicatorFrontMatter, parsed: SourceFile) =>
    front.trend.flatMap((row, index) =>
      parsePeriod(row.period)
        ? []
        : [problemAt(parsed, ["trend", index, "period"], periodProblem(row.period), 'write it as the paper does, e.g. "2017-06", "Q1 2017/18" or "2017/18"')],
    );
  const meeting = await read(MEETING_FILE, meetingSchema);
  const indicators: Carried[] = [];
  for (const name of names.filter((n) => n !== MEETING_FILE)) {
    const front = await read(name, indicatorSchema, periodsReadable);
    indicators.push({ name, front, last: parsePeriod(front.trend.at(-1)!.period)! });
  }
  if (!indicators.length) throw new ImportStopped(`${shownPath(source)} has no indicator files to carry forward.`);
  return { meeting, indicators };
}

/** The newest of some periods of one kind. */
function newestOf(periods: readonly Period[]): Period {
  return periods.reduce((a, b) => (periodIndex(b) > periodIndex(a) ? b : a));
}

/**
 * The period the new meeting reports up to (`asked`, or by default see reportingPeriod) and the one each indicator's
 * trend moves on to; stops when `asked` cannot be read, is of a kind no indicator reports, is not after the earlier
 * meeting's, or would have any indicator report a period that begins after the meeting's date.
 */
function movedPeriods(lasts: readonly Period[], asked: string | undefined, date: string): { latest: Period; moved: Period[] } {
  const kinds = [...new Set(lasts.map((period) => period.kind))];
  const examples = () => kinds.map((kind) => `"${periodKey(nextPeriod(newestOf(lasts.filter((period) => period.kind === kind))))}"`).join(" or ");
  const latest = asked === undefined ? reportingPeriod(lasts) : parsePeriod(asked);
  if (!latest) throw new ImportStopped(`--period: ${periodProblem(asked!)}. The indicators report ${kindsInWords(kinds)}: give one such as ${examples()}.`);
  if (!kinds.includes(latest.kind)) {
    throw new ImportStopped(
      `--period "${asked}" is a ${periodKindWord(latest.kind)}, but the indicators report ${kindsInWords(kinds)}: give one such as ${examples()}.`,
    );
  }
  const newest = newestOf(lasts.filter((period) => period.kind === latest.kind));
  if (periodIndex(latest) <= periodIndex(newest)) {
    throw new ImportStopped(`--period ${periodKey(latest)} is not after ${periodKey(newest)}, the newest period the earlier meeting reports.`);
  }
  const moved = lasts.map((last) => latestBy(last, latest));
  // A shorter kind moved on to the end of a longer --period (months to 2017/18) may begin after the meeting too.
  const beginsLast = [latest, ...moved].reduce((a, b) => (periodDates(b).start > periodDates(a).start ? b : a));
  if (periodDates(beginsLast).start > date) {
    const what =
      beginsLast === latest
        ? `--period ${periodKey(latest)} begins`
        : `--period ${periodKey(latest)} moves the indicators reported by ${periodKindWord(beginsLast.kind)} on to ${periodKey(beginsLast)}, which begins`;
    throw new ImportStopped(`${what} after the meeting on ${date}, so no figure for it can be reported then. Nothing was written.`);
  }
  return { latest, moved };
}

/**
 * Starts the next meeting from an earlier one: same committee and indicators, draft status, every trend window
 * moved on, every commentary and the covering note replaced by a placeholder. Writes all files or none.
 *
 * Each indicator keeps every field it had (owners, unit, bandings, outturns, benchmarks, its rows' comparisons); only
 * its trend moves on. The meeting reports up to `period` (by default see reportingPeriod); an indicator of that kind
 * of period moves on to it, one of a longer kind to its newest period that has ended by then.
 * @example await newMeeting({ from: "content/meetings/2017-09-07-cype", date: "2017-10-05" }) // "content/meetings/2017-10-05-cype"
 */
export async function newMeeting(options: NewMeetingOptions): Promise<{ folder: string; latestPeriod: string; files: string[] }> {
  const source = path.resolve(options.from);
  const shortName = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(path.basename(source))?.[1];
  if (!shortName) throw new ImportStopped(`"${options.from}" is not a meeting folder: give one like content/meetings/2017-09-07-cype.`);
  if (!parseIsoDate(options.date)) throw new ImportStopped(`--date "${options.date}" is not a real date written YYYY-MM-DD, e.g. 2017-10-05.`);
  const names = (await readdir(source).catch(() => [])).filter((name) => name.endsWith(".md")).sort();
  if (!names.includes(MEETING_FILE)) throw new ImportStopped(`There is no ${MEETING_FILE} in ${shownPath(source)}.`);
  const project = options.projectRoot ?? projectOf(path.dirname(source));
  const ownerRoles = project === undefined ? DEFAULT_OWNER_ROLES : await readOwnerRoles(project);
  // The site's own statuses, so an earlier meeting's Blue or "Data only" reads as it did when it was checked.
  const ratingScheme = project === undefined ? DEFAULT_RATING_SCHEME : await readRatingScheme(project);
  const indicatorSchema = indicatorSchemaFor(
    ownerRoles.map((role) => role.field),
    ratingScheme,
  );
  const { meeting, indicators } = await readEarlierMeeting(source, names, indicatorSchema);
  const { latest, moved } = movedPeriods(
    indicators.map(({ last }) => last),
    options.period,
    options.date,
  );

  const folder = `${options.date}-${shortName}`;
  const target = path.join(path.dirname(source), folder);
  if (
    await stat(target).then(
      () => true,
      () => false,
    )
  ) {
    throw new ImportStopped(`${shownPath(target)} already exists. Nothing was written. If it is a draft you want to start again, delete that folder first.`);
  }
  const { letterDate: _letterDate, sourcePaper: _sourcePaper, pages: _pages, errata: _errata, ...carried } = meeting;
  const files: Record<string, string> = {
    [MEETING_FILE]: serialiseMeeting({ ...carried, date: options.date, status: "draft", errata: [] }, AWAITING_COVERING_NOTE),
  };
  indicators.forEach(({ name, front }, index) => {
    files[name] = serialiseIndicator({ ...front, trend: rollTrend(front.trend, moved[index]!) }, AWAITING_COMMENTARY, ownerRoles);
  });
  const written = await writeMeetingFolder({ meetingsDir: path.dirname(source), folder, files, overwrite: false });
  if (written.problems.length) {
    throw new ImportStopped(`The new meeting would not pass the content checks, so nothing was written.\n\n${formatReport(written.problems)}`);
  }
  return { folder: shownPath(target), latestPeriod: periodKey(latest), files: Object.keys(files).sort() };
}
