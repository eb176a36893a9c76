import { parsePeriod, periodIndex, samePeriodLastYear } from "../domain/periods";
import { chartDataFor } from "./chartData";
import type { HistoryRow, Indicator, IndicatorHistory, Meeting } from "./model";
import { travelFields } from "./travelText";

export type { HistoryRow, IndicatorHistory } from "./model";

/**
 * Joins each indicator's trend rows from every published meeting into one series, oldest period first. Where meetings
 * overlap the later meeting's figure stands, and one that differs from an earlier publication is marked revised.
 * Linear in the number of trend rows. Each chart is drawn only for the page (see indicatorCharts.ts), so a check draws none.
 * @example prepareHistories(site.meetings)[0].rows.length // 4 for the sample
 */
export function prepareHistories(newestFirst: readonly Meeting[]): IndicatorHistory[] {
  const histories = new Map<
    string,
    { latest: Indicator; rows: Map<string, HistoryRow>; meetings: IndicatorHistory["meetings"]; corrections: IndicatorHistory["corrections"] }
  >();
  // Only published figures make an indicator's history; a draft's are still being gathered.
  for (const meeting of [...newestFirst].reverse().filter((m) => m.status === "published")) {
    const reportedAt = { dateLabel: meeting.dateLabel, url: meeting.url };
    for (const indicator of meeting.indicators) {
      const history = histories.get(indicator.id) ?? { latest: indicator, rows: new Map<string, HistoryRow>(), meetings: [], corrections: [] };
      history.corrections.push(...indicator.corrections.map((correction) => ({ ...correction, meeting: reportedAt })));
      history.latest = indicator;
      history.meetings.push({ dateLabel: meeting.dateLabel, url: meeting.url, indicatorUrl: indicator.url, committee: meeting.committee });
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
      const first = joined[0]!;
      const last = joined.at(-1)!;
      const revisedCount = joined.filter((row) => row.revised).length;
      const chart = chartDataFor(joined, latest.decimalPlaces, {
        title: `Trend chart: ${latest.title}, ${first.periodLabel} to ${last.periodLabel}, all meetings`,
        idPrefix: `history-${id}`,
        unit: latest.unit,
      });
      const meetings = history.meetings.reverse();
      const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
      const summary = `${plural(joined.length, "period", "periods")} from ${first.periodLabel} to ${last.periodLabel}, as reported to ${plural(meetings.length, "meeting", "meetings")}.${revisedCount ? ` ${plural(revisedCount, "figure was", "figures were")} revised by a later meeting.` : ""}`;
      return {
        id,
        title: latest.title,
        url: `/indicators/${id}/`,
        latest,
        rows: joined,
        meetings,
        revisedCount,
        corrections: history.corrections,
        summary,
        chart,
        unit: latest.unit,
        decimalPlaces: latest.decimalPlaces,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
