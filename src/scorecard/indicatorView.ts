/**
 * The words of an indicator's page, from its rated rows: the distances to the next band and to the target, the
 * summary, the data notes, the trend table's caption, the comparisons beside the latest result and the chart's data.
 */
import { statusOf } from "../domain/ratingScheme";
import { bandingsAt, bandingsLabel, toleranceSentence, type Bandings } from "../domain/bandings";
import type { ExpectedRange } from "../domain/expectedRange";
import type { DataBasis } from "../domain/dataBasis";
import { coverageLabel } from "../domain/periodCoverage";
import {
  financialYearStart,
  monthRangeLabel,
  periodFirstMonth,
  periodKindWord,
  periodLabel,
  periodLastMonth,
  rollingWindowLabel,
  type Period,
} from "../domain/periods";
import { distanceToBetterBand, distanceToTarget } from "../domain/travel";
import { formatDifference, formatThreshold, targetName } from "../domain/units";
import { chartDataFor } from "./chartData";
import type { Comparisons } from "./comparisons";
import type { FieldChecks } from "./indicatorChecks";
import type { DataNotes, Indicator, TrendRow } from "./model";
import { summarise } from "./summary";

/** What the page says about the rows, beside the rows themselves. */
export type IndicatorWords = Pick<
  Indicator,
  | "distanceToBandText"
  | "distanceToTargetText"
  | "summary"
  | "hasPublishedRatings"
  | "publishedRatingsNote"
  | "trendTableCaption"
  | "comparisonTableCaption"
  | "dataNotes"
  | "chart"
  | "latestComparisons"
>;

/**
 * The page's words for an indicator whose rows all passed; `periods` are the rows' periods, in order.
 * @example indicatorWords(checks, rows, periods, bandings, comparisons).distanceToBandText // "7.2 percentage points below Amber (70%)"
 */
export function indicatorWords(
  checks: FieldChecks,
  rows: TrendRow[],
  periods: readonly Period[],
  bandings: ReadonlyMap<number, Bandings>,
  comparisons: Comparisons,
  legends: ReadonlyMap<number, string> = new Map(),
  ranges: ReadonlyMap<number, ExpectedRange> = new Map(),
): IndicatorWords {
  const { front, unit, targetDecimals: decimals } = checks;
  const { polarity } = front;
  const latest = rows.at(-1)!;
  const latestPeriod = periods.at(-1)!;
  const latestBandings = bandings.get(financialYearStart(latestPeriod));
  const bandsNow = bandsOfPeriod(latestBandings, latest, unit);
  return {
    ...distanceTexts(checks, latest, bandsNow),
    summary: summarise({ rows, latest, kind: front.kind, unit, decimals, polarity, latestBandings: bandsNow }),
    hasPublishedRatings: rows.some((row) => row.ratingSource === "as published"),
    publishedRatingsNote: publishedRatingsNote(rows, (index) => legends.has(financialYearStart(periods[index]!))),
    trendTableCaption: `Results, targets and ratings by ${periodKindWord(latestPeriod.kind)}`,
    comparisonTableCaption: `What the results are compared with, by ${periodKindWord(latestPeriod.kind)}`,
    dataNotes: dataNotes(checks, rows, periods, latestBandings, legends.get(financialYearStart(latestPeriod)), ranges.get(financialYearStart(latestPeriod))),
    chart: chartDataFor(rows, decimals, {
      title: `Trend chart: ${front.title}, ${rows[0]!.periodLabel} to ${rows.at(-1)!.periodLabel}`,
      idPrefix: `chart-${front.id}`,
      comparisons: comparisons.series,
      unit,
    }),
    latestComparisons: latestComparisons(comparisons, rows.length - 1),
  };
}

/**
 * The bands a period's result sits in, for the distance to the next: profiled bandings at the period's own target; none
 * for a rule conditional on last year, whose Amber is not a band a result can reach by moving.
 * @example bandsOfPeriod(quarterly, latest, "percentage")?.bands[2].text // "20% and above"
 */
function bandsOfPeriod(bandings: Bandings | undefined, row: TrendRow, unit: FieldChecks["unit"]): Bandings | undefined {
  if (!bandings || bandings.rule.outsideTolerance) return undefined;
  if (!bandings.profiled) return bandings;
  return row.target === null ? undefined : bandingsAt(bandings, row.target, unit);
}

/** How far the latest result is from the next better band and from its target; empty where there is nothing to say. */
function distanceTexts(
  { front, unit, targetDecimals: decimals }: FieldChecks,
  latest: TrendRow,
  latestBandings: Bandings | undefined,
): Pick<Indicator, "distanceToBandText" | "distanceToTargetText"> {
  const { polarity } = front;
  let distanceToBandText = "";
  let distanceToTargetText = "";
  if (latest.result !== null && latest.rating && latestBandings && latest.ruleRating === undefined) {
    const band = distanceToBetterBand(latestBandings, latest.rating, latest.result, polarity, unit, decimals);
    if (band) distanceToBandText = `${formatDifference(band.distance, unit, decimals)} ${band.side} ${band.rating} (${band.boundaryText})`;
  }
  if (latest.result !== null && latest.target !== null && front.kind === "performance") {
    const toTarget = distanceToTarget(latest.result, latest.target, polarity, decimals);
    const named = targetName(latest.target, unit);
    distanceToTargetText = toTarget.side === "on" ? `on ${named}` : `${formatDifference(toTarget.distance, unit, decimals)} ${toTarget.side} ${named}`;
  }
  return { distanceToBandText, distanceToTargetText };
}

/** "Reported for information" → "reported for information", leaving an acronym ("CHAIN counts") as written. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function dataNotes(
  { front, unit, dataBasis, scheme }: FieldChecks,
  rows: TrendRow[],
  periods: readonly Period[],
  latestBandings: Bandings | undefined,
  legend: string | undefined,
  range: ExpectedRange | undefined,
): DataNotes {
  const latest = rows.at(-1)!;
  const printed = latest.target !== null ? `Target: ${formatThreshold(latest.target, unit)}` : "Target: none given";
  const target = latestBandings
    ? latestBandings.targetSentence
    : legend
      ? `${printed} (${bandingsLabel(scheme) === "RAG Bandings" ? "RAG legend" : "Legend"}: ${legend}; the council publishes no numeric rule)`
      : latest.target !== null
        ? `Target: ${formatThreshold(latest.target, unit)}`
        : range
          ? `${range.sentence} (activity indicator, shown for context and not rated)`
          : front.kind === "activity"
            ? "Target: none (activity indicator, shown for context)"
            : "Target: none";
  // A status the paper gives instead of a rating says why, in the council's own key.
  const status = latest.state === "status" ? statusOf(scheme, latest.rating!) : undefined;
  const said = status ? `${target} (${status.word}: ${status.meaning ? lowerFirst(status.meaning) : "not rated"})` : target;
  return { target: said, tolerance: toleranceSentence(front.polarity), dataBasis: dataBasisSentence(dataBasis, periods), dataSource: front.dataSource };
}

/**
 * The data notes' sentence on what each figure covers, with an example period from the trend.
 * @example dataBasisSentence({ kind: "rolling", months: 12 }, periods) // "Figures shown are based on a rolling 12 month period. The result for Apr 2017 for example shows performance for May 2016 to Apr 2017."
 */
export function dataBasisSentence(basis: DataBasis, periods: readonly Period[]): string {
  const latestPeriod = periods.at(-1)!;
  const latestYear = financialYearStart(latestPeriod);
  // The first period of the latest financial year, as Kent's notes give their example.
  const example = periods.find((p) => financialYearStart(p) === latestYear)!;
  const reporting = periodKindWord(example.kind);
  switch (basis.kind) {
    case "rolling":
      return `Figures shown are based on a rolling ${basis.months} month period. The result for ${periodLabel(example)} for example shows performance for ${rollingWindowLabel(example, basis.months)}.`;
    case "snapshot":
      return `Figures shown are based on a snapshot as at the end of the reporting ${reporting}`;
    case "in-period":
      // A month alone needs no example; a quarter or half-year is given the months it covers.
      return latestPeriod.kind === "month"
        ? `Figures shown are for each ${reporting} alone, not the year to date.`
        : `Figures shown are for each ${reporting} alone, not the year to date. The result for ${periodLabel(latestPeriod)} for example covers ${monthRangeLabel(periodFirstMonth(latestPeriod), periodLastMonth(latestPeriod))}.`;
    case "year-to-date":
      return `Figures shown are cumulative for the financial year to date, so each is compared with the same period last year rather than the ${reporting} before. The result for ${periodLabel(latestPeriod)} for example covers ${coverageLabel(latestPeriod, basis)}.`;
    case "annual-outturn":
      return `Figures shown are the outturn for the whole ${latestPeriod.kind === "calendar-year" ? "calendar" : "financial"} year.`;
    case "other":
      return basis.text;
  }
}

/**
 * Why the ratings marked "as published" stand: the paper's rating kept where the council's own rule gives another (shown
 * beside it); a rule published as a legend without numbers; or no bandings on record for their year. Empty when every
 * rating is computed.
 * @example publishedRatingsNote(rows, () => false) // "Ratings marked “as published” are those printed in the paper: the bandings for that financial year are not on record here, so they could not be checked."
 */
export function publishedRatingsNote(rows: readonly TrendRow[], inLegendYear: (index: number) => boolean): string {
  const reasons = new Set<"kept" | "legend" | "needs" | "unchecked">();
  rows.forEach((row, index) => {
    if (row.ratingSource !== "as published") return;
    reasons.add(row.ruleRatingText ? "kept" : inLegendYear(index) ? "legend" : row.uncheckedFor ? "needs" : "unchecked");
  });
  const opening = "Ratings marked “as published” are those printed in the paper";
  const words = {
    kept: "where the council's own rule gives another rating, it is shown beside them",
    legend: "where the council publishes its rule as a legend without numbers, there is nothing to check them against",
    needs: "where the council's rule needs a figure the paper does not give for the period, they could not be checked",
    unchecked: "where the bandings for the year are not on record here, they could not be checked",
  };
  if (reasons.size === 0) return "";
  // Kent's one reason keeps the sentence its pages have always printed.
  if (reasons.size === 1 && reasons.has("unchecked"))
    return `${opening}: the bandings for that financial year are not on record here, so they could not be checked.`;
  if (reasons.size === 1 && reasons.has("legend")) {
    return `${opening}: the council publishes its rule as a legend without numbers, so there is nothing to check them against.`;
  }
  if (reasons.size === 1 && reasons.has("kept")) return `${opening}, kept where the council's own rule gives another rating, which is shown beside them.`;
  const clauses = (["kept", "legend", "needs", "unchecked"] as const).filter((reason) => reasons.has(reason)).map((reason) => words[reason]);
  return `${opening}. ${clauses.map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1)).join(". ")}.`;
}

/** The comparisons beside one row, for the summary list: a benchmark with no figure for the row shows its latest. */
function latestComparisons({ series }: Comparisons, index: number): Indicator["latestComparisons"] {
  return series
    .filter((comparison) => comparison.texts[index] !== "Not given")
    .map((comparison) => ({ label: comparison.name, text: comparison.texts[index]!, source: comparison.source }));
}
