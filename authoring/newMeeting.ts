import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { AWAITING_COMMENTARY, AWAITING_COVERING_NOTE } from "../src/content/placeholders";
import { formatReport } from "../src/content/problems";
import { MEETING_FILE } from "../src/content/readContent";
import { indicatorSchema, meetingSchema, type IndicatorFrontMatter, type TrendRowFrontMatter } from "../src/content/schema";
import { validateFrontMatter } from "../src/content/validate";
import { readSourceFile } from "../src/content/yamlSource";
import { nextPeriod, parsePeriod, periodDates, periodIndex, periodKey, type Period } from "../src/domain/periods";
import { ImportStopped } from "./import/errors";
import { serialiseIndicator, serialiseMeeting } from "./import/serialise";
import { shownPath, writeMeetingFolder } from "./import/writeFolder";
import { parseIsoDate } from "../src/scorecard/dates";

export interface NewMeetingOptions {
  /** The earlier meeting folder to start from, e.g. content/meetings/2017-09-07-cype. */
  from: string;
  /** The new meeting's date, YYYY-MM-DD. */
  date: string;
  /** The newest period the new meeting reports ("2017-07" or "Q2 2017/18"); by default the one after the earlier meeting's. */
  period?: string;
}

/**
 * Moves a trend window on so it ends at `latest`, keeping its length: rows that fall off the front are dropped and
 * each new period gets an empty row, awaiting its result and target.
 * @example rollTrend(rows, { kind: "month", year: 2017, month: 7 }) // Apr–Jul 2017 from Mar–Jun 2017
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
 * Starts the next meeting from an earlier one: same committee and indicators, draft status, every trend window
 * moved on, every commentary and the covering note replaced by a placeholder. Writes all files or none.
 * @example await newMeeting({ from: "content/meetings/2017-09-07-cype", date: "2017-10-05" }) // "content/meetings/2017-10-05-cype"
 */
export async function newMeeting(options: NewMeetingOptions): Promise<{ folder: string; latestPeriod: string; files: string[] }> {
  const source = path.resolve(options.from);
  const sourceName = path.basename(source);
  const shortName = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(sourceName)?.[1];
  if (!shortName) throw new ImportStopped(`"${options.from}" is not a meeting folder: give one like content/meetings/2017-09-07-cype.`);
  if (!parseIsoDate(options.date)) throw new ImportStopped(`--date "${options.date}" is not a real date written YYYY-MM-DD, e.g. 2017-10-05.`);
  const names = (await readdir(source).catch(() => [])).filter((name) => name.endsWith(".md")).sort();
  if (!names.includes(MEETING_FILE)) throw new ImportStopped(`There is no ${MEETING_FILE} in ${shownPath(source)}.`);

  const read = async <T>(name: string, schema: import("zod").ZodType<T>) => {
    const file = path.join(source, name);
    const { source: parsed, problems } = readSourceFile(shownPath(file), await readFile(file, "utf8"));
    const checked = parsed ? validateFrontMatter(parsed, schema) : { problems };
    const all = [...problems, ...checked.problems];
    if (all.length || !("value" in checked) || checked.value === undefined) {
      throw new ImportStopped(`The earlier meeting has problems; put them right first.\n\n${formatReport(all)}`);
    }
    return checked.value;
  };

  const meeting = await read(MEETING_FILE, meetingSchema);
  const indicators: { name: string; front: IndicatorFrontMatter }[] = [];
  for (const name of names.filter((n) => n !== MEETING_FILE)) indicators.push({ name, front: await read(name, indicatorSchema) });

  const newest = indicators.map(({ front }) => parsePeriod(front.trend.at(-1)!.period)!).sort((a, b) => periodIndex(b) - periodIndex(a))[0];
  if (!newest) throw new ImportStopped(`${shownPath(source)} has no indicator files to carry forward.`);
  const latest = options.period === undefined ? nextPeriod(newest) : parsePeriod(options.period);
  if (!latest || latest.kind !== newest.kind) {
    throw new ImportStopped(`--period "${options.period}" is not a ${newest.kind === "month" ? 'month such as "2017-07"' : 'quarter such as "Q2 2017/18"'}.`);
  }
  if (periodIndex(latest) <= periodIndex(newest)) {
    throw new ImportStopped(`--period ${periodKey(latest)} is not after ${periodKey(newest)}, the newest period the earlier meeting reports.`);
  }
  if (periodDates(latest).start > options.date) {
    throw new ImportStopped(
      `--period ${periodKey(latest)} begins after the meeting on ${options.date}, so no figure for it can be reported then. Nothing was written.`,
    );
  }

  const folder = `${options.date}-${shortName}`;
  if (
    await stat(path.join(path.dirname(source), folder)).then(
      () => true,
      () => false,
    )
  ) {
    throw new ImportStopped(
      `${shownPath(path.join(path.dirname(source), folder))} already exists. Nothing was written. If it is a draft you want to start again, delete that folder first.`,
    );
  }
  const { letterDate: _letterDate, sourcePaper: _sourcePaper, pages: _pages, errata: _errata, ...carried } = meeting;
  const files: Record<string, string> = {
    [MEETING_FILE]: serialiseMeeting({ ...carried, date: options.date, status: "draft", errata: [] }, AWAITING_COVERING_NOTE),
  };
  for (const { name, front } of indicators) {
    files[name] = serialiseIndicator({ ...front, trend: rollTrend(front.trend, latest) }, AWAITING_COMMENTARY);
  }
  const written = await writeMeetingFolder({ meetingsDir: path.dirname(source), folder, files, overwrite: false });
  if (written.problems.length) {
    throw new ImportStopped(`The new meeting would not pass the content checks, so nothing was written.\n\n${formatReport(written.problems)}`);
  }
  return { folder: shownPath(path.join(path.dirname(source), folder)), latestPeriod: periodKey(latest), files: Object.keys(files).sort() };
}
