import { renderResponsiveTrendChart } from "../charts/renderTrendChart";
import { formatValue } from "../domain/units";
import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { AWAITING_COMMENTARY, AWAITING_COVERING_NOTE } from "../content/placeholders";
import { problemAt } from "../content/validate";
import { buildIndicator, type BuiltIndicator } from "./buildIndicator";
import { meetingDateLabel, parseIsoDate, plainDateLabel } from "./dates";
import { buildHistories } from "./history";
import { fenceProblems, renderMarkdownAndText } from "./markdown";
import { parsePeriod, periodDates, periodLabel } from "../domain/periods";
import type { Committee, Indicator, Meeting, Scorecards } from "./model";
import { countRatings } from "./ratingCounts";

const FOLDER_PATTERN = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Checks every meeting beyond its schema and computes the whole site, or returns every problem found. Meetings
 * reused from an earlier build join the ones built here; `built` lists the new ones, for the cache.
 * @example prepareScorecards(meetings) // { site: { committees, meetings, indicators }, problems: [], built: [...] }
 */
export function prepareScorecards(
  sources: readonly MeetingSource[],
  reused: readonly Meeting[] = [],
): { site?: Scorecards; problems: Problem[]; built: Meeting[] } {
  const problems: Problem[] = [];
  const built: Meeting[] = [];
  for (const source of sources) {
    const result = buildMeeting(source);
    problems.push(...result.problems);
    if (result.meeting) built.push(result.meeting);
  }
  problems.push(...checkCommitteeNames(sources, reused), ...checkIdsAcrossCommittees(sources, reused));
  if (problems.length) return { problems, built };

  const meetings = [...built, ...reused];
  meetings.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  linkPreviousMeetings(meetings);
  const committees = new Map<string, Committee>();
  for (const meeting of meetings) {
    const committee = committees.get(meeting.committeeSlug) ?? { name: meeting.committee, slug: meeting.committeeSlug, meetings: [] };
    committee.meetings.push(meeting);
    committees.set(meeting.committeeSlug, committee);
  }
  return {
    site: {
      committees: [...committees.values()].sort((a, b) => a.name.localeCompare(b.name)),
      meetings,
      indicators: meetings.flatMap((meeting) => meeting.indicators),
      histories: buildHistories(meetings),
      latestPublishedDate: meetings.find((meeting) => meeting.status === "published")?.date ?? "",
      withdrawnPages: [],
      warnings: [],
    },
    problems,
    built,
  };
}

function buildMeeting(source: MeetingSource): { meeting?: Meeting; problems: Problem[] } {
  const { front, folder } = source;
  const problems: Problem[] = [];
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

  const slug = folder;
  const built: BuiltIndicator[] = [];
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
    const result = buildIndicator(indicator, slug, front.scorecards, front.status);
    problems.push(...result.problems);
    if (result.indicator) built.push(result.indicator);
  }
  problems.push(
    ...pageIdProblems(source),
    ...fenceProblems(source.source, "covering note"),
    ...source.indicators.flatMap((indicator) => fenceProblems(indicator.source)),
  );
  if (date) problems.push(...futurePeriodProblems(source, front.date));
  for (const [index, title] of front.scorecards.entries()) {
    if (source.unreadableIndicators === 0 && !source.indicators.some((indicator) => indicator.front.scorecard === title)) {
      at(["scorecards", index], `no indicator file in this folder belongs to the scorecard "${title}"`, "add its indicator files, or remove it from the list");
    }
  }
  // A meeting none of whose indicators could be read has its problems reported where they were found.
  if (problems.length || !folderMatch || !date || !built.length) return { problems };

  const scorecards = front.scorecards.map((title) => {
    const indicators = built.filter((indicator) => indicator.scorecard === title);
    return { title, slug: slugify(title), indicators, counts: countRatings(indicators) };
  });
  const ordered = scorecards.flatMap((scorecard) => scorecard.indicators);
  const dateLabel = meetingDateLabel(date);
  const coveringNoteAwaited = [AWAITING_COVERING_NOTE, AWAITING_COMMENTARY].some((placeholder) => source.source.body.includes(placeholder));
  const coveringNote = coveringNoteAwaited ? { html: "", text: "" } : renderMarkdownAndText(source.source.body);
  const errata = front.errata.map((erratum) => {
    const when = parseIsoDate(erratum.date);
    const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
    return { date: erratum.date, dateLabel: when ? plainDateLabel(when) : erratum.date, change: sentence(erratum.change), reason: sentence(erratum.reason) };
  });
  const indicators: Indicator[] = ordered.map((indicator) => ({
    ...indicator,
    meeting: { url: `/meetings/${slug}/`, dateLabel, committee: front.committee, status: front.status, errata },
    historyUrl: `/indicators/${indicator.id}/`,
    chartSvg: renderResponsiveTrendChart({ ...indicator.chart, formatValue: (value) => formatValue(value, indicator.unit, indicator.decimalPlaces) }),
    ratingChangeText: "",
  }));
  indicators.forEach((indicator, index) => {
    const before = indicators[index - 1];
    const after = indicators[index + 1];
    if (before) indicator.previous = { title: before.title, url: before.url };
    if (after) indicator.next = { title: after.title, url: after.url };
  });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const latest = [...indicators].sort((a, b) => b.latest.period.localeCompare(a.latest.period))[0]!;
  const meeting: Meeting = {
    slug,
    contentHash: source.contentHash,
    url: `/meetings/${slug}/`,
    committee: front.committee,
    committeeSlug: folderMatch[2]!,
    date: front.date,
    dateLabel,
    agendaItem: String(front.agendaItem),
    agendaTitle: front.agendaTitle,
    pages: front.pages,
    status: front.status,
    sourcePaper: front.sourcePaper,
    letterDateLabel: letterDate ? plainDateLabel(letterDate) : undefined,
    contact: front.contact,
    signedBy: front.signedBy,
    coveringNoteHtml: coveringNote.html,
    coveringNoteText: coveringNote.text,
    coveringNoteAwaited,
    errata,
    scorecards: scorecards.map((scorecard) => ({ ...scorecard, indicators: scorecard.indicators.map((i) => byId.get(i.id)!) })),
    counts: countRatings(indicators),
    latestPeriodLabel: latest.latest.periodLabel,
    indicators,
  };
  return { meeting, problems };
}

/**
 * Each meeting learns the committee's meeting before it, and each indicator how its rating changed since. A published
 * meeting looks back only to published ones: a draft's figures, not yet sent to anyone, never change a public page.
 */
function linkPreviousMeetings(newestFirst: Meeting[]): void {
  const lastSeen = new Map<string, Meeting>();
  const lastPublished = new Map<string, Meeting>();
  for (const meeting of [...newestFirst].reverse()) {
    // A meeting reused from an earlier build may carry links to a meeting that has since gone.
    meeting.previousMeeting = undefined;
    for (const indicator of meeting.indicators) indicator.ratingChangeText = "";
    const previous = (meeting.status === "published" ? lastPublished : lastSeen).get(meeting.committeeSlug);
    lastSeen.set(meeting.committeeSlug, meeting);
    if (meeting.status === "published") lastPublished.set(meeting.committeeSlug, meeting);
    if (!previous) continue;
    meeting.previousMeeting = { dateLabel: previous.dateLabel, url: previous.url };
    const earlier = new Map(previous.indicators.map((indicator) => [indicator.id, indicator]));
    for (const indicator of meeting.indicators) {
      const before = earlier.get(indicator.id);
      if (!before || indicator.kind === "activity" || indicator.ratingText === "Awaiting data") continue;
      indicator.ratingChangeText =
        before.ratingText === indicator.ratingText
          ? `${indicator.ratingText}, unchanged since the meeting of ${previous.dateLabel}`
          : `${indicator.ratingText}, was ${before.ratingText} at the meeting of ${previous.dateLabel}`;
    }
  }
}

/** Ids the meeting page gives its own parts; an indicator or scorecard given one would clash with them. */
const MEETING_PAGE_IDS = ["main-content", "covering-note", "data", "indicators-in-full"];
/** What the page adds to an indicator's id for its parts' ids. */
const INDICATOR_PARTS = [
  ["-owners", "owners"],
  ["-trend", "trend data"],
  ["-commentary", "commentary"],
  ["-notes", "data notes"],
] as const;

/**
 * Every element id the meeting page would give a scorecard or an indicator is its own: a clash makes a link or a
 * screen reader's heading land on the wrong part, and a scorecard name without letters would have an empty id.
 */
function pageIdProblems(source: MeetingSource): Problem[] {
  const problems: Problem[] = [];
  const taken = new Map<string, string>(MEETING_PAGE_IDS.map((id) => [id, "a part of the meeting page itself"]));
  source.front.scorecards.forEach((title, index) => {
    const slug = slugify(title);
    if (!slug)
      problems.push(
        problemAt(
          source.source,
          ["scorecards", index],
          `"${title}" has no letters or digits to make its section's address on the page from`,
          "write the scorecard's name in words",
        ),
      );
    else if (taken.has(slug))
      problems.push(
        problemAt(
          source.source,
          ["scorecards", index],
          `"${title}" would have the same address on the page (#${slug}) as ${taken.get(slug)}`,
          "give each scorecard a name of its own",
        ),
      );
    else taken.set(slug, `the scorecard "${title}"`);
  });
  const ids = new Set<string>();
  for (const indicator of source.indicators) {
    const id = indicator.front.id;
    // The same id twice in one meeting is a problem of its own, reported where the meeting's indicators are read.
    if (ids.has(id)) continue;
    ids.add(id);
    const own: [string, string][] = [[id, "heading"], ...INDICATOR_PARTS.map(([suffix, part]) => [`${id}${suffix}`, `${part} heading`] as [string, string])];
    const clash = own.find(([candidate]) => taken.has(candidate));
    if (clash) {
      problems.push(
        problemAt(
          indicator.source,
          ["id"],
          `"${id}" would give this indicator's ${clash[1]} the address #${clash[0]} on the meeting page, which ${taken.get(clash[0])} has already`,
          `choose another id: not one the page uses (${MEETING_PAGE_IDS.join(", ")}), and not another indicator's id with -owners, -trend, -commentary or -notes after it`,
        ),
      );
      continue;
    }
    for (const [candidate, part] of own) taken.set(candidate, `the ${part} of "${indicator.front.title}" (id ${id})`);
  }
  return problems;
}

/** No trend row may be for a period that begins after the meeting: nothing can have been reported for it. */
function futurePeriodProblems(source: MeetingSource, meetingDate: string): Problem[] {
  const problems: Problem[] = [];
  for (const indicator of source.indicators) {
    indicator.front.trend.forEach((row, index) => {
      const period = parsePeriod(row.period);
      if (period && periodDates(period).start > meetingDate) {
        problems.push(
          problemAt(
            indicator.source,
            ["trend", index, "period"],
            `${periodLabel(period)} begins after the meeting on ${meetingDate}, so no figure for it can have been reported`,
            "check the period: the trend runs up to the latest period the paper reports",
          ),
        );
      }
    });
  }
  return problems;
}

/** Meetings of one committee (the same short name in their folders) must agree on its full name. */
function checkCommitteeNames(sources: readonly MeetingSource[], reused: readonly Meeting[]): Problem[] {
  const named = [
    ...reused.map((meeting) => ({
      folder: meeting.slug,
      committee: meeting.committee,
      file: `content/meetings/${meeting.slug}/meeting.md`,
      source: undefined,
    })),
    ...sources.map((source) => ({ folder: source.folder, committee: source.front.committee, file: source.source.file, source })),
  ].sort((a, b) => a.folder.localeCompare(b.folder));
  const names = new Map<string, (typeof named)[number]>();
  const problems: Problem[] = [];
  for (const meeting of named) {
    const short = FOLDER_PATTERN.exec(meeting.folder)?.[2];
    if (!short) continue;
    const first = names.get(short);
    if (!first) names.set(short, meeting);
    else if (first.committee !== meeting.committee) {
      const message = `found "${meeting.committee}", but ${first.file} names the "${short}" committee "${first.committee}"`;
      const hint = "use the same committee name in every meeting of that committee";
      problems.push(
        meeting.source
          ? problemAt(meeting.source.source, ["committee"], message, hint)
          : { file: meeting.file, line: 1, column: 1, field: "committee", message, hint },
      );
    }
  }
  return problems;
}

/**
 * An indicator id belongs to one committee: its history page (/indicators/<id>/) joins every meeting's figures for it,
 * so another committee's indicator under the same id would be shown as a revision of this one's.
 */
function checkIdsAcrossCommittees(sources: readonly MeetingSource[], reused: readonly Meeting[]): Problem[] {
  const uses = [
    ...reused.flatMap((meeting) =>
      meeting.indicators.map((indicator) => ({
        id: indicator.id,
        folder: meeting.slug,
        committee: meeting.committee,
        file: indicator.file,
        source: undefined,
      })),
    ),
    ...sources.flatMap((meeting) =>
      meeting.indicators.map((indicator) => ({
        id: indicator.front.id,
        folder: meeting.folder,
        committee: meeting.front.committee,
        file: indicator.source.file,
        source: indicator,
      })),
    ),
  ].sort((a, b) => a.folder.localeCompare(b.folder) || a.file.localeCompare(b.file));
  const owners = new Map<string, (typeof uses)[number]>();
  const problems: Problem[] = [];
  for (const use of uses) {
    const short = FOLDER_PATTERN.exec(use.folder)?.[2];
    const owner = owners.get(use.id);
    if (!short) continue;
    if (!owner) {
      owners.set(use.id, use);
      continue;
    }
    if (FOLDER_PATTERN.exec(owner.folder)?.[2] === short) continue;
    const message = `"${use.id}" is already the id of an indicator of the ${owner.committee} (${owner.file}), and an id names one indicator across every meeting: its history would mix the two committees' figures`;
    const hint = `give this indicator an id of its own, e.g. "${short}-${use.id}"`;
    problems.push(use.source ? problemAt(use.source.source, ["id"], message, hint) : { file: use.file, line: 1, column: 1, field: "id", message, hint });
  }
  return problems;
}

/**
 * A heading's id-safe form.
 * @example slugify("Specialist Children's Services") // "specialist-childrens-services"
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
