import { z } from "zod";
import { parsePeriod, periodDates } from "../domain/periods";
import type { Meeting } from "../scorecard/model";

/** One trend row as open data: plain numbers, ISO dates, and the unit in its own column. */
export const trendRecordSchema = z.strictObject({
  meetingDate: z.iso.date().describe("date of the committee meeting that received the figure"),
  committee: z.string(),
  indicatorId: z.string().describe("stable id of the indicator, the same at every meeting"),
  indicatorTitle: z.string(),
  scorecard: z.string(),
  period: z.string().describe('the period as the content writes it: "2017-06" or "Q1 2017/18"'),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  result: z.number().nullable().describe("null when there was no data"),
  unit: z.enum(["percentage", "number", "count"]),
  target: z.number().nullable(),
  rating: z.enum(["Red", "Amber", "Green"]).nullable(),
  ratingSource: z.enum(["computed", "as published"]).nullable().describe("computed from the published bandings, or as printed in the paper"),
  directionOfTravel: z.enum(["improving", "worsening", "no change"]).nullable(),
  directionOfTravelText: z.string().describe('the sentence the pages print: "Up 0.8 since May: worse (lower is better)"'),
  status: z
    .enum(["as published", "corrected", "revised"])
    .describe("as published; corrected by an erratum after the meeting was published; or revised: a different figure than an earlier meeting's for the period"),
  firstPublishedResult: z.number().nullable().describe("for a corrected result, the result as first published; otherwise null"),
});
export type TrendRecord = z.infer<typeof trendRecordSchema>;

/** The JSON download: the records and where they came from. */
export const trendDownloadSchema = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  records: z.array(trendRecordSchema),
});

/**
 * Every trend row a meeting received, in the order its pages show them. `earlierResults` holds, by indicator id and
 * period, the result earlier published meetings gave, so a figure this meeting restated differently is marked revised.
 * @example trendRecords(meeting).length // 28 for the sample (7 indicators × 4 months)
 */
export function trendRecords(meeting: Meeting, earlierResults: ReadonlyMap<string, number | null> = new Map()): TrendRecord[] {
  return meeting.indicators.flatMap((indicator) =>
    indicator.rows.map((row) => {
      const { start, end } = periodDates(parsePeriod(row.period)!);
      return {
        meetingDate: meeting.date,
        committee: meeting.committee,
        indicatorId: indicator.id,
        indicatorTitle: indicator.title,
        scorecard: indicator.scorecard,
        period: row.period,
        periodStart: start,
        periodEnd: end,
        result: row.result,
        unit: indicator.unit,
        target: row.target,
        rating: row.rating,
        ratingSource: row.ratingSource,
        directionOfTravel: row.directionOfTravel?.direction ?? null,
        directionOfTravelText: row.directionText,
        status: row.correctionText ? "corrected" : revised(earlierResults, `${indicator.id}\0${row.period}`, row.result) ? "revised" : "as published",
        firstPublishedResult: row.firstPublishedResult ?? null,
      };
    }),
  );
}

function revised(earlier: ReadonlyMap<string, number | null>, key: string, result: number | null): boolean {
  return earlier.has(key) && earlier.get(key) !== result;
}
