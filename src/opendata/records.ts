import { z } from "zod";
import type { DataBasis } from "../domain/dataBasis";
import { DEFAULT_RATING_SCHEME, statusWordsWorstFirst, type RatingScheme } from "../domain/ratingScheme";
import { UNIT_KINDS, type UnitKind } from "../domain/units";
import type { Meeting } from "../scorecard/model";

/** The rating column: every status of the scheme; a scheme with statuses that are not ratings says so. */
function statusEnum(scheme: RatingScheme) {
  const column = z.enum(statusWordsWorstFirst(scheme) as [string, ...string[]]).nullable();
  return scheme.statuses.every((status) => status.rated)
    ? column
    : column.describe("the rating, or the council's status for a figure it does not rate (such as Data only), as the paper prints it");
}

/**
 * One trend row as open data: plain numbers, ISO dates, and the unit in its own column; the ratings are the site's
 * scheme's (Kent's Red, Amber and Green by default).
 */
export const trendRecordSchemaFor = (scheme: RatingScheme) =>
  z.strictObject({
    meetingDate: z.iso.date().describe("date of the committee meeting that received the figure"),
    committee: z.string(),
    indicatorId: z.string().describe("stable id of the indicator, the same at every meeting"),
    indicatorTitle: z.string(),
    scorecard: z.string(),
    period: z.string().describe('the reporting period: "2017-06", "Q1 2017/18", "H1 2017/18", "2017/18" or "2017"'),
    periodStart: z.iso.date().describe("the first day the figure covers, by its data basis: a rolling 12-month figure for Apr 2017 starts on 2016-05-01"),
    periodEnd: z.iso.date().describe("the last day the figure covers; for a snapshot, the day it was taken (the same as periodStart)"),
    dataBasis: z
      .string()
      .describe(
        'what the figure measures over time: "in-period", "year-to-date", "rolling-12-months" (any number of months), "snapshot", "annual-outturn" or "other"',
      ),
    polarity: z.enum(["higher-is-better", "lower-is-better", "neither"]),
    result: z.number().nullable().describe("null when there was no data"),
    unit: z.enum(UNIT_KINDS as [UnitKind, ...UnitKind[]]),
    unitLabel: z.string().describe('the unit in words: "%", "£", "£ thousands", "days", "per 1,000 population"; empty for a plain number or count'),
    target: z.number().nullable(),
    rating: statusEnum(scheme),
    ratingSource: z.enum(["computed", "as published"]).nullable().describe("computed from the published bandings, or as printed in the paper"),
    ratingByRule: z
      .enum(statusWordsWorstFirst(scheme, true) as [string, ...string[]])
      .nullable()
      .describe("where the paper's rating was kept against the council's own rule, the rating the rule gives; otherwise null"),
    expectedRange: z
      .enum(["within", "above", "below"])
      .nullable()
      .describe("for an activity indicator with an expected range: where the result stands against it"),
    directionOfTravel: z
      .enum(["improving", "worsening", "no change", "up", "down"])
      .nullable()
      .describe('"up" or "down" for an indicator where neither higher nor lower is better'),
    directionOfTravelText: z.string().describe('the sentence the pages print: "Up 0.8 since May: worse (lower is better)"'),
    directionComparedWith: z
      .enum(["previous period", "same period last year"])
      .nullable()
      .describe("what the direction of travel compares with: year-to-date figures are compared with the same period last year"),
    samePeriodLastYear: z.number().nullable().describe("the figure for the same period a year before, as the paper or the trend gives it"),
    directionSinceLastYear: z.enum(["improving", "worsening", "no change", "up", "down"]).nullable(),
    previousYearOutturn: z.number().nullable().describe("the outturn of the financial year before the period's, when the paper gives it"),
    status: z
      .enum(["as published", "corrected", "revised"])
      .describe(
        "as published; corrected by an erratum after the meeting was published; or revised: a different figure than an earlier meeting's for the period",
      ),
    firstPublishedResult: z.number().nullable().describe("for a corrected result, the result as first published; otherwise null"),
  });
export const trendRecordSchema = trendRecordSchemaFor(DEFAULT_RATING_SCHEME);
export type TrendRecord = z.infer<typeof trendRecordSchema>;

/** The JSON download: the records and where they came from. */
export const trendDownloadSchemaFor = (scheme: RatingScheme) =>
  z.strictObject({
    title: z.string(),
    publisher: z.string(),
    records: z.array(trendRecordSchemaFor(scheme)),
    benchmarks: z
      .array(z.lazy(() => benchmarkRecordSchema))
      .optional()
      .describe("the benchmark figures the paper printed, when it printed any"),
  });
export const trendDownloadSchema = trendDownloadSchemaFor(DEFAULT_RATING_SCHEME);

/**
 * Every trend row a meeting received, in the order its pages show them. `earlierResults` holds, by indicator id and
 * period, the result earlier published meetings gave, so a figure this meeting restated differently is marked revised.
 * @example trendRecords(meeting).length // 28 for the sample (7 indicators × 4 months)
 */
export function trendRecords(meeting: Meeting, earlierResults: ReadonlyMap<string, number | null> = new Map()): TrendRecord[] {
  return meeting.indicators.flatMap((indicator) =>
    indicator.rows.map((row, index) => {
      return {
        meetingDate: meeting.date,
        committee: meeting.committee,
        indicatorId: indicator.id,
        indicatorTitle: indicator.title,
        scorecard: indicator.scorecard,
        period: row.period,
        periodStart: row.coverage.start,
        periodEnd: row.coverage.end,
        dataBasis: dataBasisWord(indicator.dataBasis),
        polarity: indicator.polarity,
        result: row.result,
        unit: indicator.unit.kind,
        unitLabel: indicator.unitLabel,
        target: row.target,
        rating: row.rating,
        ratingSource: row.ratingSource,
        ratingByRule: row.ruleRating ?? null,
        expectedRange: row.rangeStatus ?? null,
        directionOfTravel: row.directionOfTravel?.direction ?? null,
        directionOfTravelText: row.directionText,
        directionComparedWith: row.comparedWith,
        samePeriodLastYear: row.samePeriodLastYear,
        directionSinceLastYear: row.yearOnYear?.direction ?? null,
        previousYearOutturn: outturnAt(indicator, index),
        status: row.correctionText ? "corrected" : revised(earlierResults, `${indicator.id}\0${row.period}`, row.result) ? "revised" : "as published",
        firstPublishedResult: row.firstPublishedResult ?? null,
      };
    }),
  );
}

function revised(earlier: ReadonlyMap<string, number | null>, key: string, result: number | null): boolean {
  return earlier.has(key) && earlier.get(key) !== result;
}

/** The data basis as the content format words it, for the download's column. */
function dataBasisWord(basis: DataBasis): string {
  return basis.kind === "rolling" ? `rolling-${basis.months}-months` : basis.kind;
}

function outturnAt(indicator: Meeting["indicators"][number], index: number): number | null {
  return indicator.comparisons.find((comparison) => comparison.kind === "previous-year-outturn")?.values[index] ?? null;
}

/** One benchmark figure as open data: the value (or quartile) the paper compares the indicator with, and its period and source. */
export const benchmarkRecordSchema = z.strictObject({
  meetingDate: z.iso.date().describe("date of the committee meeting whose paper printed the benchmark"),
  indicatorId: z.string(),
  indicatorTitle: z.string(),
  benchmark: z.string().describe('the benchmark as the paper names it: "England average"'),
  kind: z.enum(["england-average", "regional-average", "statistical-neighbours-average", "quartile", "other"]),
  period: z.string().describe("the period the benchmark is for"),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  value: z.number().nullable().describe("in the indicator's unit; null for a quartile position"),
  quartile: z.number().int().min(1).max(4).nullable().describe("1 is the top (best-performing) quartile, 4 the bottom; null for an average"),
  unit: z.enum(UNIT_KINDS as [UnitKind, ...UnitKind[]]),
  unitLabel: z.string(),
  source: z.string().describe("where the benchmark comes from, as the paper says; empty when it does not"),
});
export type BenchmarkRecord = z.infer<typeof benchmarkRecordSchema>;

/**
 * Every benchmark figure a meeting's indicators give, in the order its pages show them.
 * @example benchmarkRecords(meeting) // [] for the Kent sample, which prints no benchmarks
 */
export function benchmarkRecords(meeting: Meeting): BenchmarkRecord[] {
  return meeting.indicators.flatMap((indicator) =>
    indicator.benchmarkFigures.map((figure) => ({
      meetingDate: meeting.date,
      indicatorId: indicator.id,
      indicatorTitle: indicator.title,
      benchmark: figure.name,
      kind: figure.kind,
      period: figure.period,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      value: figure.value,
      quartile: figure.quartile,
      unit: indicator.unit.kind,
      unitLabel: indicator.unitLabel,
      source: figure.source,
    })),
  );
}
