import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { AWAITING_COMMENTARY, AWAITING_COVERING_NOTE } from "../content/placeholders";
import { problemAt } from "../content/validate";
import { FOLDER_PATTERN } from "./archiveChecks";
import { prepareIndicator, type PreparedIndicator } from "./prepareIndicator";
import { meetingDateLabel, parseIsoDate, plainDateLabel } from "./dates";
import { fenceProblems, renderMarkdownAndText } from "./markdown";
import { futurePeriodProblems, pageIdProblems } from "./meetingChecks";
import type { LockEntry } from "../publication/lock";
import { meetingCorrections, type MeetingCorrections } from "./corrections";
import type { Indicator, MeetingReport } from "./model";
import { countRatings } from "./ratingCounts";
import { slugify } from "./slugify";

/** What the meeting's own front matter says once checked: the folder's committee, and the dates read. */
interface MeetingHeader {
  committeeSlug?: string;
  date?: Date;
  letterDate?: Date;
}

/**
 * Checks one meeting's files beyond their schema and computes its report: everything its pages show that comes from
 * its own files alone. What depends on other meetings is added afresh each build (meetingContext.ts), so a report
 * from the cache is never changed.
 * @example prepareMeeting(source) // { meeting: { slug: "2017-09-07-cype", indicators: [7 indicators], … }, problems: [] }
 */
export function prepareMeeting(source: MeetingSource, lockEntry?: LockEntry): { meeting?: MeetingReport; problems: Problem[] } {
  const problems: Problem[] = [];
  const header = readHeader(source, problems);
  const warnings: Problem[] = [];
  const built = prepareIndicators(source, problems, warnings);
  problems.push(...meetingWideProblems(source, header.date !== undefined));
  // A meeting none of whose indicators could be read has its problems reported where they were found.
  if (problems.length || !header.committeeSlug || !header.date || !built.length) return { problems };
  const corrections = meetingCorrections(source, lockEntry);
  const meeting = assembleMeeting(source, built, { ...header, committeeSlug: header.committeeSlug, date: header.date }, corrections);
  return { meeting: { ...meeting, warnings }, problems };
}

function readHeader(source: MeetingSource, problems: Problem[]): MeetingHeader {
  const { front, folder } = source;
  const at = (path: (string | number)[], message: string, hint?: string) => problems.push(problemAt(source.source, path, message, hint));
  const folderMatch = FOLDER_PATTERN.exec(folder);
  if (!folderMatch) {
    problems.push({
      file: source.source.file,
      line: 1,
      column: 1,
      field: "",
      message: `the folder name "${folder}" is not the meeting date followed by a short committee name`,
      hint: 'rename the folder like "2017-09-07-cype": date as YYYY-MM-DD, a hyphen, then lower-case letters and hyphens',
    });
  }
  const date = parseIsoDate(front.date);
  if (!date) at(["date"], `found "${front.date}", expected a real date written YYYY-MM-DD`, "e.g. date: 2017-09-07");
  else if (folderMatch && folderMatch[1] !== front.date) {
    at(["date"], `found ${front.date}, but the folder is named for ${folderMatch[1]}`, "make the folder name and the date agree");
  }
  const letterDate = front.letterDate === undefined ? undefined : parseIsoDate(front.letterDate);
  if (front.letterDate !== undefined && !letterDate) at(["letterDate"], `found "${front.letterDate}", expected a real date written YYYY-MM-DD`);
  front.scorecards.forEach((title, index) => {
    if (front.scorecards.indexOf(title) !== index) at(["scorecards", index], `"${title}" is listed twice`, "delete one of the two");
  });
  return { committeeSlug: folderMatch?.[2], date, letterDate };
}

/** Each indicator checked and computed, in file order; a second indicator with the same id is reported, not built. */
function prepareIndicators(source: MeetingSource, problems: Problem[], warnings: Problem[]): PreparedIndicator[] {
  const { front, folder } = source;
  const built: PreparedIndicator[] = [];
  const seen = new Map<string, string>();
  for (const indicator of source.indicators) {
    const first = seen.get(indicator.front.id);
    if (first) {
      problems.push(
        problemAt(indicator.source, ["id"], `"${indicator.front.id}" is already the id of ${first}`, "give each indicator in a meeting its own id"),
      );
      continue;
    }
    seen.set(indicator.front.id, indicator.source.file);
    const result = prepareIndicator(indicator, folder, front.scorecards, front.status, source.ownerRoles, source.ratingScheme);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.indicator) built.push(result.indicator);
  }
  return built;
}

/** Problems of the meeting as a whole: the page's ids, code fences, future periods, and scorecards with no indicator. */
function meetingWideProblems(source: MeetingSource, dateIsReal: boolean): Problem[] {
  const { front } = source;
  const problems = [
    ...pageIdProblems(source),
    ...fenceProblems(source.source, "covering note"),
    ...source.indicators.flatMap((indicator) => fenceProblems(indicator.source)),
  ];
  if (dateIsReal) problems.push(...futurePeriodProblems(source, front.date));
  for (const [index, title] of front.scorecards.entries()) {
    if (source.unreadableIndicators === 0 && !source.indicators.some((indicator) => indicator.front.scorecard === title)) {
      problems.push(
        problemAt(
          source.source,
          ["scorecards", index],
          `no indicator file in this folder belongs to the scorecard "${title}"`,
          "add its indicator files, or remove it from the list",
        ),
      );
    }
  }
  return problems;
}

function assembleMeeting(
  source: MeetingSource,
  prepared: PreparedIndicator[],
  header: Required<Pick<MeetingHeader, "committeeSlug" | "date">> & MeetingHeader,
  corrections: MeetingCorrections,
): Omit<MeetingReport, "warnings"> {
  const built = prepared.map((indicator) => withCorrections(indicator, corrections));
  const { front, folder: slug } = source;
  const scorecards = front.scorecards.map((title) => {
    const indicators = built.filter((indicator) => indicator.scorecard === title);
    return { title, slug: slugify(title), indicators, counts: countRatings(indicators, source.ratingScheme) };
  });
  const dateLabel = meetingDateLabel(header.date);
  const coveringNoteAwaited = [AWAITING_COVERING_NOTE, AWAITING_COMMENTARY].some((placeholder) => source.source.body.includes(placeholder));
  const coveringNote = coveringNoteAwaited ? { html: "", text: "" } : renderMarkdownAndText(source.source.body);
  const errata = front.errata.map((erratum) => {
    const when = parseIsoDate(erratum.date);
    const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
    return { date: erratum.date, dateLabel: when ? plainDateLabel(when) : erratum.date, change: sentence(erratum.change), reason: sentence(erratum.reason) };
  });
  const meetingLink = { url: `/meetings/${slug}/`, dateLabel, committee: front.committee, status: front.status, errata };
  const ordered = scorecards.flatMap((scorecard) => scorecard.indicators);
  const indicators: Indicator[] = ordered.map((indicator, index) => {
    const before = ordered[index - 1];
    const after = ordered[index + 1];
    return {
      ...indicator,
      meeting: meetingLink,
      historyUrl: `/indicators/${indicator.id}/`,
      ratingChangeText: "",
      ...(before && { previous: { title: before.title, url: before.url } }),
      ...(after && { next: { title: after.title, url: after.url } }),
    };
  });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const latest = [...indicators].sort((a, b) => b.latest.period.localeCompare(a.latest.period))[0]!;
  return {
    slug,
    contentHash: source.contentHash,
    url: `/meetings/${slug}/`,
    printUrl: `/meetings/${slug}/print/`,
    committee: front.committee,
    committeeSlug: header.committeeSlug,
    date: front.date,
    dateLabel,
    agendaItem: String(front.agendaItem),
    agendaTitle: front.agendaTitle,
    pages: front.pages,
    status: front.status,
    sourcePaper: front.sourcePaper,
    letterDateLabel: header.letterDate ? plainDateLabel(header.letterDate) : undefined,
    contact: front.contact,
    signedBy: front.signedBy,
    coveringNoteHtml: coveringNote.html,
    coveringNoteText: coveringNote.text,
    coveringNoteAwaited,
    errata,
    corrections: corrections.all,
    updatedDate: corrections.lastDate || front.date,
    correctionsSummary: corrections.all.length
      ? ` Corrected on ${corrections.all.at(-1)!.dateLabel}: ${corrections.all.map((correction) => correction.text).join("; ")}.`
      : "",
    scorecards: scorecards.map((scorecard) => ({ ...scorecard, indicators: scorecard.indicators.map((i) => byId.get(i.id)!) })),
    counts: countRatings(indicators, source.ratingScheme),
    latestPeriodLabel: latest.latest.periodLabel,
    indicators,
  };
}

/** An indicator with its share of the meeting's corrections, and each corrected trend row marked. */
function withCorrections(indicator: PreparedIndicator, corrections: MeetingCorrections): PreparedIndicator & Pick<Indicator, "corrections"> {
  const own = corrections.byIndicator.get(indicator.id) ?? [];
  if (!own.length) return { ...indicator, corrections: own };
  const rows = indicator.rows.map((row) => {
    const key = `${indicator.id}\0${row.period}`;
    const correctionText = corrections.rowText.get(key);
    if (!correctionText) return row;
    return { ...row, correctionText, ...(corrections.firstResults.has(key) && { firstPublishedResult: corrections.firstResults.get(key)! }) };
  });
  return { ...indicator, corrections: own, rows, latest: rows.at(-1)! };
}
