import { parsePeriod, periodDates, periodIndex, samePeriodLastYear } from "../domain/periods";
import { chartDataFor } from "./chartData";
import type { HistoryMeeting, HistoryPage, HistoryRow, Indicator, IndicatorHistory, Meeting } from "./model";
import { travelFields } from "./travelText";

export type { HistoryPage, HistoryRow, IndicatorHistory } from "./model";

/**
 * Joins each indicator's trend rows from every published meeting into one series, oldest period first. Where meetings
 * overlap the later meeting's figure stands, and one that differs from an earlier publication is marked revised.
 * A history longer than ten years also has a page for each decade, and its own page shows its latest ten years, so no page
 * grows with the archive. Linear in the number of trend rows. Each chart is drawn only for its page (see indicatorCharts.ts).
 * @example prepareHistories(site.meetings)[0].rows.length // 4 for the sample
 */
export function prepareHistories(newestFirst: readonly Meeting[]): IndicatorHistory[] {
  const histories = new Map<string, { latest: Indicator; rows: Map<string, HistoryRow>; meetings: Reported[]; corrections: HistoryPage["corrections"] }>();
  // Only published figures make an indicator's history; a draft's are still being gathered.
  for (const meeting of [...newestFirst].reverse().filter((m) => m.status === "published")) {
    const reportedAt = { dateLabel: meeting.dateLabel, url: meeting.url };
    for (const indicator of meeting.indicators) {
      const history = histories.get(indicator.id) ?? { latest: indicator, rows: new Map<string, HistoryRow>(), meetings: [], corrections: [] };
      history.corrections.push(...indicator.corrections.map((correction) => ({ ...correction, meeting: reportedAt })));
      history.latest = indicator;
      const reported = indicator.rows.map((row) => periodDates(parsePeriod(row.period)!).start).sort();
      history.meetings.push({
        listed: { dateLabel: meeting.dateLabel, url: meeting.url, indicatorUrl: indicator.url, committee: meeting.committee },
        first: reported[0] ?? meeting.date,
        last: reported.at(-1) ?? meeting.date,
      });
      for (const row of indicator.rows) {
        const earlier = history.rows.get(row.period);
        const changed = earlier && (earlier.resultText !== row.resultText || earlier.ratingText !== row.ratingText);
        const revised = changed
          ? { previousResultText: earlier.resultText, previousRatingText: earlier.ratingText, previousReportedAt: earlier.reportedAt }
          : earlier?.revised;
        history.rows.set(row.period, { ...row, reportedAt: changed || !earlier ? reportedAt : earlier.reportedAt, ...(revised ? { revised } : {}) });
      }
      histories.set(indicator.id, history);
    }
  }
  return [...histories.entries()]
    .map(([id, history]) => {
      const latest = history.latest;
      const rows = [...history.rows.values()]
        .map((row) => ({ row, period: parsePeriod(row.period)! }))
        .sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
      // Direction of travel is recomputed along the joined series, since each meeting only saw its own window.
      const joined: HistoryRow[] = rows.map(({ row, period }, index) => ({
        ...row,
        ...travelFields(
          rows[index - 1],
          { row, period },
          { polarity: latest.polarity, unit: latest.unit, decimals: latest.decimalPlaces, dataBasis: latest.dataBasis },
          row.samePeriodLastYear === null ? undefined : { value: row.samePeriodLastYear, period: samePeriodLastYear(period) },
        ),
      }));
      // The meetings newest first, as the pages list them.
      const meetings = history.meetings.reverse();
      return pagedHistory(
        id,
        latest,
        joined,
        rows.map(({ period }) => periodDates(period)),
        meetings,
        history.corrections,
      );
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * A joined history as its pages show it: one page, or, when it is longer than ten years, its own page with the latest
 * ten years and a page for each decade. `spans` gives each row's dates; `meetings` are newest first.
 */
function pagedHistory(
  id: string,
  latest: Indicator,
  joined: HistoryRow[],
  spans: readonly { start: string; end: string }[],
  meetings: Reported[],
  corrections: HistoryPage["corrections"],
): IndicatorHistory {
  const url = `/indicators/${id}/`;
  const idPrefix = `history-${id}`;
  const starts = spans.map((span) => span.start);
  const lastEnd = spans.at(-1)!.end;
  // Ten years back from the end of the newest period: "2010-05-31" when the newest is May 2020.
  const cutoff = `${Number(lastEnd.slice(0, 4)) - 10}${lastEnd.slice(4)}`;
  const pageWith = (pageRows: HistoryRow[], pageMeetings: Reported[], where: PageNames) => {
    const listed = pageMeetings.map((meeting) => meeting.listed);
    return historyPage(id, latest, pageRows, listed, correctionsOf(corrections, listed), where);
  };
  if (starts[0]! > cutoff) {
    return { ...pageWith(joined, meetings, { url, idPrefix, tableCaption: "Every period, with the meeting whose figure stands" }), latest, decades: [] };
  }

  // Longer than ten years: a page for each decade, newest first, and the history's own page shows the latest ten years.
  // Each page lists the meetings that reported any of its periods.
  const recentRows = joined.filter((_, index) => starts[index]! > cutoff);
  const tenYears = `${recentRows[0]!.periodLabel} to ${joined.at(-1)!.periodLabel}`;
  const recent = pageWith(
    recentRows,
    meetings.filter((meeting) => meeting.last > cutoff),
    { url, idPrefix, tableCaption: `The latest ten years, ${tenYears}, with the meeting whose figure stands` },
  );
  const decades = [...new Set(starts.map(decadeOf))]
    .sort((a, b) => b - a)
    .map((start) =>
      pageWith(
        joined.filter((_, index) => decadeOf(starts[index]!) === start),
        meetings.filter((meeting) => decadeOf(meeting.first) <= start && decadeOf(meeting.last) >= start),
        {
          url: `${url}${start}s/`,
          idPrefix: `${idPrefix}-${start}s`,
          decade: `${start} to ${start + 9}`,
          tableCaption: `Every period from ${start} to ${start + 9}, with the meeting whose figure stands`,
        },
      ),
    );
  // Named without dates, so a decade's page does not change when a new meeting moves the latest ten years on.
  const nav = [recent, ...decades].map((page) => ({ label: page.decade ?? "The latest ten years", url: page.url }));
  const withNav = (page: HistoryPage): HistoryPage => ({ ...page, pages: nav.map((entry) => ({ ...entry, current: entry.url === page.url })) });
  return {
    ...withNav(recent),
    latest,
    // The summary is the whole history's, and says where the rest is.
    summary: `${summaryOf(joined, meetings.length)} This page shows the latest ten years, ${tenYears}; every figure is also on the page for its decade.`,
    decades: decades.map(withNav),
  };
}

/**
 * Every page of these histories: each history's own, and its decades' when it has them.
 * @example historyPages(site.histories).length // 8 for the sample: one page each
 */
export function historyPages(histories: readonly IndicatorHistory[]): HistoryPage[] {
  return histories.flatMap((history) => [history, ...history.decades]);
}

/** Where a page of a history is and what it calls itself. */
interface PageNames {
  url: string;
  /** Its chart's, so the ids of two charts on the site never clash. */
  idPrefix: string;
  decade?: string;
  tableCaption: string;
}

/** A meeting as a history lists it, with the first and last periods it reported the indicator for (their start dates). */
interface Reported {
  listed: HistoryMeeting;
  first: string;
  last: string;
}

/** The first year of the decade a date ("2017-09-07") is in: 2010. */
function decadeOf(date: string): number {
  return Math.floor(Number(date.slice(0, 4)) / 10) * 10;
}

/** The corrections made at these meetings. */
function correctionsOf(corrections: HistoryPage["corrections"], meetings: readonly HistoryMeeting[]): HistoryPage["corrections"] {
  const urls = new Set(meetings.map((meeting) => meeting.url));
  return corrections.filter((correction) => urls.has(correction.meeting.url));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "4 periods from Mar 2017 to Jul 2017, as reported to 2 meetings. 1 figure was revised by a later meeting." */
function summaryOf(rows: readonly HistoryRow[], meetings: number): string {
  const revised = rows.filter((row) => row.revised).length;
  return `${plural(rows.length, "period", "periods")} from ${rows[0]!.periodLabel} to ${rows.at(-1)!.periodLabel}, as reported to ${plural(meetings, "meeting", "meetings")}.${revised ? ` ${plural(revised, "figure was", "figures were")} revised by a later meeting.` : ""}`;
}

/**
 * One page of a history: these rows (oldest first) and meetings (newest first), with their chart's data and summary.
 * `decade` names a decade's page: "2000 to 2009".
 */
function historyPage(
  id: string,
  latest: Indicator,
  rows: HistoryRow[],
  meetings: HistoryMeeting[],
  corrections: HistoryPage["corrections"],
  { url, idPrefix, decade, tableCaption }: PageNames,
): HistoryPage {
  const chart = chartDataFor(rows, latest.decimalPlaces, {
    title: `Trend chart: ${latest.title}, ${rows[0]!.periodLabel} to ${rows.at(-1)!.periodLabel}, all meetings`,
    idPrefix,
    unit: latest.unit,
  });
  return {
    id,
    title: latest.title,
    scorecard: latest.scorecard,
    url,
    rows,
    meetings,
    revisedCount: rows.filter((row) => row.revised).length,
    corrections,
    summary: summaryOf(rows, meetings.length),
    ...(decade ? { decade } : {}),
    tableCaption,
    pages: [],
    chart,
    unit: latest.unit,
    decimalPlaces: latest.decimalPlaces,
  };
}
