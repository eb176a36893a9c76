import type { Period } from "../domain/periods";
import { DEFAULT_OWNER_ROLES, type OwnerRole } from "../content/ownerRoles";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import type { IndicatorSource } from "../content/readContent";
import type { Problem } from "../content/problems";
import { AWAITING_COMMENTARY } from "../content/placeholders";
import { unitLabel } from "../domain/units";
import { comparisonsOf } from "./comparisons";
import { checkBandings, checkIndicatorFile, checkPeriods, fieldChecks } from "./indicatorChecks";
import { addTravel, rateRows } from "./indicatorRows";
import { indicatorWords } from "./indicatorView";
import { readLegends } from "./legends";
import { readExpectedRanges } from "./expectedRanges";
import { renderMarkdownAndText } from "./markdown";
import type { Indicator, Owner } from "./model";

/** An indicator before its neighbours are linked. */
export type PreparedIndicator = Omit<Indicator, "previous" | "next" | "ratingChangeText" | "corrections" | "meeting" | "historyUrl">;

/**
 * Checks one indicator file beyond its schema and computes everything its page shows: the checks
 * (indicatorChecks.ts), then the rated rows (indicatorRows.ts) and their comparisons, then the page's words (indicatorView.ts).
 * @example prepareIndicator(source, "2017-09-07-cype", ["Specialist Children's Services"]) // { indicator, problems: [] }
 */
export function prepareIndicator(
  file: IndicatorSource,
  meetingSlug: string,
  scorecards: readonly string[],
  status: "draft" | "published" = "published",
  ownerRoles: readonly OwnerRole[] = DEFAULT_OWNER_ROLES,
  ratingScheme: RatingScheme = DEFAULT_RATING_SCHEME,
): { indicator?: PreparedIndicator; problems: Problem[]; warnings: Problem[] } {
  const { source, front } = file;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const checks = fieldChecks(file, problems, warnings, ratingScheme);
  checkIndicatorFile(checks, scorecards);
  const bandings = checkBandings(checks);
  const legends = readLegends(checks);
  const ranges = readExpectedRanges(checks);
  const periods = checkPeriods(checks);
  // The comparisons first where every period was read: a rule may rate a result by the same period last year.
  const comparisons = periods.every((period) => period !== undefined) ? comparisonsOf(checks, periods as Period[]) : undefined;
  const rows = rateRows(checks, periods, bandings, status, comparisons?.lastYear, legends, ranges);
  if (problems.length || !comparisons) return { problems, warnings };

  // With no problems every period was read.
  const read = periods as Period[];
  addTravel(checks, rows, read, comparisons);
  if (problems.length) return { problems, warnings };
  const latest = rows.at(-1)!;
  const commentaryAwaited = source.body.includes(AWAITING_COMMENTARY);
  const commentary = commentaryAwaited ? { html: "", text: "" } : renderMarkdownAndText(source.body);
  const words = indicatorWords(checks, rows, read, bandings, comparisons, legends, ranges);
  const named = front as unknown as Record<string, string | undefined>;
  const owners: Owner[] = ownerRoles.flatMap((role) => (named[role.field] ? [{ label: role.label, name: named[role.field]! }] : []));
  const indicator: PreparedIndicator = {
    id: front.id,
    title: front.title,
    file: source.file,
    scorecard: front.scorecard,
    kind: front.kind,
    unit: checks.unit,
    unitLabel: unitLabel(checks.unit),
    decimalPlaces: front.decimalPlaces,
    targetDecimalPlaces: checks.targetDecimals,
    polarity: front.polarity,
    dataBasis: checks.dataBasis,
    owners,
    comparisons: comparisons.series,
    latestComparisons: words.latestComparisons,
    benchmarkFigures: comparisons.benchmarkFigures,
    bandings: [...bandings.values()].sort((a, b) => a.financialYear - b.financialYear),
    rows,
    latest,
    rating: latest.rating,
    ratingText: latest.ratingText,
    // A status that is not a rating, or where an unrated figure stands against its range, is not called a rating.
    ratingTagText: `${latest.state === "status" || latest.rangeStatus ? "Status" : "Rating"}: ${latest.ratingText}`,
    tag: latest.tag,
    distanceToBandText: words.distanceToBandText,
    distanceToTargetText: words.distanceToTargetText,
    summary: words.summary,
    hasPublishedRatings: words.hasPublishedRatings,
    publishedRatingsNote: words.publishedRatingsNote,
    trendTableCaption: words.trendTableCaption,
    comparisonTableCaption: words.comparisonTableCaption,
    commentaryHtml: commentary.html,
    commentaryText: commentary.text,
    commentaryAwaited,
    dataNotes: words.dataNotes,
    chart: words.chart,
    meetingSlug,
    url: `/meetings/${meetingSlug}/${front.id}/`,
  };
  return { indicator, problems, warnings };
}
