/**
 * The trend rows of one indicator: each period's figures checked, rated by the one rating rule (domain/rating.ts),
 * formatted, and compared with the period before.
 */
import type { Bandings } from "../domain/bandings";
import { ratingYearLabel, financialYearStart, periodKey, periodLabel, periodLongLabel, type Period } from "../domain/periods";
import { periodCoverage } from "../domain/periodCoverage";
import { compareWithRange, type ExpectedRange } from "../domain/expectedRange";
import type { Comparisons } from "./comparisons";
import { missingResultWord, rateRow, ratingWord, type RatingOutcome, type RatingProblem } from "../domain/rating";
import { statusOf, statusWordsWorstFirst, wordList } from "../domain/ratingScheme";
import { formatValue } from "../domain/units";
import { ratingTagOf } from "./ratingTag";
import { checkRowFigures, type FieldChecks } from "./indicatorChecks";
import type { TrendRow } from "./model";
import { travelFields, type LastYear } from "./travelText";

/**
 * Every row whose figures and rating pass, rated and formatted; the problems of the others go to `checks`. Direction of
 * travel is filled in once every row passes.
 * @example rateRows(checks, periods, bandings, "published").map((row) => row.ratingText) // ["Amber", "Red", "Red", "Red"]
 */
export function rateRows(
  checks: FieldChecks,
  periods: readonly (Period | undefined)[],
  bandings: ReadonlyMap<number, Bandings>,
  status: "draft" | "published",
  lastYear: readonly (LastYear | undefined)[] = [],
  legends: ReadonlyMap<number, string> = new Map(),
  ranges: ReadonlyMap<number, ExpectedRange> = new Map(),
): TrendRow[] {
  const { front, unit, targetDecimals } = checks;
  const decimals = front.decimalPlaces;
  const rows: TrendRow[] = [];
  front.trend.forEach((row, index) => {
    const period = periods[index];
    if (!period) return;
    const yearBandings = bandings.get(financialYearStart(period));
    const figures = checkRowFigures(checks, row, index, period, yearBandings);
    // In a draft the newest period's empty result is still to come, not missing.
    const awaited = row.result === null && status === "draft" && index === front.trend.length - 1;
    // A status that is not a rating (Data only, Not due) is shown as printed; any other is a rating to check.
    const printedStatus = row.rating === undefined ? undefined : statusOf(checks.scheme, row.rating);
    const outcome = rateRow({
      result: row.result,
      awaited,
      kind: front.kind,
      decimals: targetDecimals,
      bandings: yearBandings,
      ...(printedStatus && !printedStatus.rated ? { status: printedStatus.word } : { published: row.rating }),
      unrated: row.unrated ?? false,
      keepPublished: row.ratingNote === "as published",
      target: figures.target,
      lastYear: lastYear[index]?.value ?? null,
    });
    // A rating is only compared with the bandings once the figures it rates are sound.
    const reported = outcome.problem && (outcome.problem.kind !== "disagrees" || figures.valid) ? outcome.problem : undefined;
    if (reported)
      checks.at(
        ["trend", index, "rating"],
        ...ratingProblemWords(reported, { period, result: row.result, yearBandings, checks, legend: legends.get(financialYearStart(period)) }),
      );
    if (!figures.valid || reported) return;
    const { target } = figures;
    // Unrated, but said where it stands: "Within expected range (6 to 12)", "Above expected range".
    const range = front.kind === "activity" && row.result !== null ? ranges.get(financialYearStart(period)) : undefined;
    const against = range && compareWithRange(range, row.result!);
    rows.push({
      period: periodKey(period),
      periodLabel: periodLabel(period),
      periodLongLabel: periodLongLabel(period),
      result: row.result,
      resultText: row.result !== null ? formatValue(row.result, unit, decimals) : outcome.state === "status" ? outcome.rating! : missingResultWord(awaited),
      target,
      targetText: target === null ? "None" : formatValue(target, unit, targetDecimals),
      rating: outcome.rating,
      ratingText: against ? against.text : ratingWord(outcome),
      tag: ratingTagOf(checks.scheme, outcome.rating),
      ...(against ? { rangeStatus: against.status } : {}),
      ratingSource: outcome.source,
      state: outcome.state,
      directionOfTravel: null,
      directionText: "",
      changeSinceText: "",
      directionArrow: "",
      comparedWith: null,
      yearOnYear: null,
      yearOnYearText: "",
      samePeriodLastYear: null,
      coverage: periodCoverage(period, checks.dataBasis),
      comparisonTexts: [],
      ...(outcome.ruleRating === undefined ? {} : { ruleRating: outcome.ruleRating }),
      ...(outcome.uncheckedFor ? { uncheckedFor: outcome.uncheckedFor } : {}),
      ruleRatingText:
        outcome.ruleRating === undefined ? "" : `By the council's own rule (${yearBandings!.sentence}) this figure would be ${outcome.ruleRating ?? "unrated"}`,
    });
    warnOfPaperRatings(checks, index, period, outcome, row.result, yearBandings);
  });
  return rows;
}

/**
 * Tells the clerk where the paper's rating or status stands over what the bandings give: a rating kept with ratingNote,
 * or a status (Data only) over a figure the bandings would rate. Neither stops the build.
 */
function warnOfPaperRatings(
  checks: FieldChecks,
  index: number,
  period: Period,
  outcome: RatingOutcome,
  result: number | null,
  yearBandings: Bandings | undefined,
): void {
  const { unit, front } = checks;
  const shown = (value: number) => formatValue(value, unit, front.decimalPlaces);
  if (outcome.state === "status" && yearBandings && result !== null && front.kind === "performance") {
    checks.warn(
      ["trend", index, "rating"],
      `${periodLabel(period)} is shown as ${outcome.rating}, as the paper prints it, though the ${ratingYearLabel(period)} bandings (${yearBandings.sentence}) would rate ${shown(result)}`,
      "nothing to do if the paper printed it so; otherwise give the rating the paper printed",
    );
  }
  if (outcome.ruleRating !== undefined) {
    checks.warn(
      ["trend", index, "rating"],
      `${periodLabel(period)} keeps the paper's rating ${outcome.rating}, but by the ${ratingYearLabel(period)} bandings (${yearBandings!.sentence}) ${shown(result!)} would be ${outcome.ruleRating ?? "unrated"}; the page shows both`,
      "nothing to do if the paper printed it so; otherwise correct the rating or the result and delete ratingNote",
    );
  }
}

/**
 * Fills in each row's direction of travel and comparisons, in place, and checks any arrow the paper printed against them.
 * @example addTravel(checks, rows, periods, comparisons) // rows[3].directionText === "Down 0.4 percentage points since May: worse (higher is better)"
 */
export function addTravel(checks: FieldChecks, rows: TrendRow[], periods: readonly Period[], { lastYear, series }: Comparisons): void {
  const { front, unit, dataBasis } = checks;
  const indicator = { polarity: front.polarity, unit, decimals: front.decimalPlaces, dataBasis };
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    Object.assign(row, travelFields(before && { row: before, period: periods[i - 1]! }, { row, period: periods[i]! }, indicator, lastYear[i]));
    row.samePeriodLastYear = lastYear[i]?.value ?? null;
    row.comparisonTexts = series.map((comparison) => comparison.texts[i]!);
    const printed = front.trend[i]!.directionOfTravel;
    if (printed) checkPrintedDirection(checks, i, printed, row);
  });
}

/** The paper's own arrow, recorded in words, must say what the figures say. */
function checkPrintedDirection({ at, front }: FieldChecks, index: number, printed: "improving" | "worsening" | "no change", row: TrendRow): void {
  const path = ["trend", index, "directionOfTravel"];
  if (front.polarity === "neither") {
    at(
      path,
      `found "${printed}", but neither higher nor lower is better for this indicator, so it cannot improve or worsen`,
      "delete the line; the page says how the figure moved",
    );
  } else if (!row.directionOfTravel) {
    at(
      path,
      `found "${printed}", but there is nothing to compare ${row.periodLabel} with: ${row.directionText.charAt(0).toLowerCase()}${row.directionText.slice(1)}`,
      "delete the line, or add the figure it compares with",
    );
  } else if (row.directionOfTravel.direction !== printed && row.yearOnYear?.direction !== printed) {
    // Papers' arrows compare with the period before or with the same period last year: either may be the one printed.
    const said = [row.directionText, ...(row.yearOnYearText && row.comparedWith !== "same period last year" ? [row.yearOnYearText] : [])]
      .map((text) => text.charAt(0).toLowerCase() + text.slice(1))
      .join(", and ");
    at(
      path,
      `the paper's arrow says "${printed}", but the figures say ${said}`,
      "check the result and the figure it is compared with against the paper; if the paper's arrow is wrong, delete the line and the site words it from the figures",
    );
  }
}

/** A rating problem in the words of a content file's clerk: message, then how to fix it. */
function ratingProblemWords(
  problem: RatingProblem,
  {
    period,
    result,
    yearBandings,
    checks,
    legend,
  }: { period: Period; result: number | null; yearBandings: Bandings | undefined; checks: FieldChecks; legend?: string },
): [string, string] {
  const yearLabel = ratingYearLabel(period);
  const { unit } = checks;
  const decimals = checks.front.decimalPlaces;
  switch (problem.kind) {
    case "unrated-with-rating":
      return [`found "${problem.published}", but the row says unrated: true`, "delete the rating, or delete unrated: true"];
    case "unrated-with-bandings":
      return [
        `says unrated: true, but the ${yearLabel} bandings (${yearBandings!.sentence}) rate ${periodLabel(period)}`,
        "delete unrated: true: a figure the bandings rate is rated",
      ];
    case "activity-rated":
      return ["an activity indicator is not rated", "delete the rating"];
    case "rated-without-result":
      return [`found "${problem.published}", but there is no result to rate for ${periodLabel(period)}`, "delete the rating, or fill in the result"];
    case "disagrees":
      return [
        `the paper's rating is ${problem.published}, but the ${yearLabel} bandings (${yearBandings!.sentence}) rate ${formatValue(result!, unit, decimals)} as ${problem.computed ?? "no rating"}`,
        "check the result and the bandings against the paper; a published rating must agree with them",
      ];
    case "rule-needs":
      return problem.needs === "target"
        ? [
            `is missing: the ${yearLabel} bandings are profiled, so ${periodLabel(period)} is rated against its own target`,
            "add the target the paper printed for that period",
          ]
        : [
            `cannot be worked out: the ${yearLabel} rule (${yearBandings!.sentence}) reads the same period last year, which is not given for ${periodLabel(period)}`,
            "add samePeriodLastYear: with the figure the paper prints, or the rating the paper printed",
          ];
    case "published-needed":
      if (legend) {
        return [
          `is missing: the ${yearLabel} rule is a legend without numbers (${legend}), so the rating the paper printed is needed for ${periodLabel(period)}`,
          `add rating: ${wordList(statusWordsWorstFirst(checks.scheme, true))} as the paper printed it`,
        ];
      }
      return [
        `is missing: there are no bandings on record for ${yearLabel}, so the rating as published is needed for ${periodLabel(period)}`,
        `add rating: ${wordList(statusWordsWorstFirst(checks.scheme, true))} as the paper printed it, or add bandings for ${yearLabel}`,
      ];
  }
}
