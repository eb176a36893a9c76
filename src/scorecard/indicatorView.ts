/**
 * The words of an indicator's page, from its rated rows: the distances to the next band and to the target, the
 * summary, the data notes, the trend table's caption and the chart's data.
 */
import { toleranceSentence, type Bandings } from "../domain/bandings";
import { financialYearStart, periodLabel, rollingWindowLabel, type Period } from "../domain/periods";
import { distanceToBetterBand, distanceToTarget } from "../domain/travel";
import { formatDifference, formatThreshold, targetName } from "../domain/units";
import type { IndicatorSource } from "../content/readContent";
import { chartDataFor } from "./chartData";
import type { ChartData, DataNotes, Indicator, TrendRow } from "./model";
import { summarise } from "./summary";

type Front = IndicatorSource["front"];

/** What the page says about the rows, beside the rows themselves. */
export type IndicatorWords = Pick<
  Indicator,
  "distanceToBandText" | "distanceToTargetText" | "summary" | "hasPublishedRatings" | "trendTableCaption" | "dataNotes" | "chart"
>;

/**
 * The page's words for an indicator whose rows all passed; `periods` are the rows' periods, in order.
 * @example indicatorWords(front, rows, periods, bandings).distanceToBandText // "7.2 percentage points below Amber (70%)"
 */
export function indicatorWords(front: Front, rows: TrendRow[], periods: readonly Period[], bandings: ReadonlyMap<number, Bandings>): IndicatorWords {
  const { unit, decimalPlaces: decimals, polarity } = front;
  const latest = rows.at(-1)!;
  const latestPeriod = periods.at(-1)!;
  const latestBandings = bandings.get(financialYearStart(latestPeriod));
  return {
    ...distanceTexts(front, latest, latestBandings),
    summary: summarise({ rows, latest, kind: front.kind, unit, decimals, polarity, latestBandings }),
    hasPublishedRatings: rows.some((row) => row.ratingSource === "as published"),
    trendTableCaption: `Results, targets and ratings by ${latestPeriod.kind === "month" ? "month" : "quarter"}`,
    dataNotes: dataNotes(front, rows, periods, latestBandings),
    chart: chartData(front.id, front.title, rows, decimals),
  };
}

/** How far the latest result is from the next better band and from its target; empty where there is nothing to say. */
function distanceTexts(front: Front, latest: TrendRow, latestBandings: Bandings | undefined): Pick<Indicator, "distanceToBandText" | "distanceToTargetText"> {
  const { unit, decimalPlaces: decimals, polarity } = front;
  let distanceToBandText = "";
  let distanceToTargetText = "";
  if (latest.result !== null && latest.rating && latestBandings) {
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

function dataNotes(front: Front, rows: TrendRow[], periods: readonly Period[], latestBandings: Bandings | undefined): DataNotes {
  const latest = rows.at(-1)!;
  const target = latestBandings
    ? latestBandings.targetSentence
    : latest.target !== null
      ? `Target: ${formatThreshold(latest.target, front.unit)}`
      : "Target: none (activity indicator, shown for context)";
  const latestYear = financialYearStart(periods.at(-1)!);
  const example = periods.find((p) => financialYearStart(p) === latestYear)!;
  const reporting = example.kind === "month" ? "month" : "quarter";
  const dataBasis =
    front.dataBasis === "rolling-12-months"
      ? `Figures shown are based on a rolling 12 month period. The result for ${periodLabel(example)} for example shows performance for ${rollingWindowLabel(example)}.`
      : `Figures shown are based on a snapshot as at the end of the reporting ${reporting}`;
  return { target, tolerance: toleranceSentence(front.polarity), dataBasis, dataSource: front.dataSource };
}

function chartData(id: string, title: string, rows: TrendRow[], decimals: number): ChartData {
  return chartDataFor(rows, decimals, { title: `Trend chart: ${title}, ${rows[0]!.periodLabel} to ${rows.at(-1)!.periodLabel}`, idPrefix: `chart-${id}` });
}
