import { BAND_TEXT_FORMS, buildBandings, rateFine, toleranceSentence, type Bandings, type Rating } from "../domain/bandings";
import {
  financialYearLabel,
  financialYearStart,
  parseFinancialYear,
  parsePeriod,
  periodIndex,
  periodKey,
  periodLabel,
  periodLongLabel,
  rollingWindowLabel,
  type Period,
} from "../domain/periods";
import { distanceToBetterBand, distanceToTarget } from "../domain/travel";
import { decimalPlacesOf, formatDifference, formatThreshold, formatValue, targetName, toFine } from "../domain/units";
import type { IndicatorSource } from "../content/readContent";
import type { Problem } from "../content/problems";
import { problemAt } from "../content/validate";
import { AWAITING_COMMENTARY } from "../content/placeholders";
import { renderMarkdownAndText } from "./markdown";
import { chartDataFor } from "./chartData";
import type { ChartData, DataNotes, Indicator, TrendRow } from "./model";
import { summarise } from "./summary";
import { travelFields } from "./travelText";

/** An indicator before its chart is drawn and its neighbours are linked. */
export type BuiltIndicator = Omit<Indicator, "chartSvg" | "previous" | "next" | "ratingChangeText" | "meeting" | "historyUrl">;

/**
 * Checks one indicator file beyond its schema and computes everything its page shows.
 * @example buildIndicator(source, "2017-09-07-cype", ["Specialist Children's Services"]) // { indicator, problems: [] }
 */
export function buildIndicator(
  { source, front }: IndicatorSource,
  meetingSlug: string,
  scorecards: readonly string[],
  status: "draft" | "published" = "published",
): { indicator?: BuiltIndicator; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: string, hint?: string) => problems.push(problemAt(source, path, message, hint));
  const { unit, decimalPlaces: decimals, polarity } = front;

  if (!scorecards.includes(front.scorecard)) {
    at(
      ["scorecard"],
      `"${front.scorecard}" is not one of this meeting's scorecards (${scorecards.map((s) => `"${s}"`).join(", ")})`,
      "use one of the names listed under `scorecards` in meeting.md, or add this one there",
    );
  }
  if (unit === "count" && decimals !== 0) at(["decimalPlaces"], `found ${decimals}, but a count has no decimal places`, "set decimalPlaces: 0");
  // A percentage here is a share of a whole: no figure, target or band of one passes 100.
  const overHundred = (path: (string | number)[], value: number | undefined, hint: string) => {
    if (unit !== "percentage" || value === undefined || value <= 100) return false;
    at(path, `found ${value}, but a percentage cannot be over 100`, hint);
    return true;
  };
  const checkPrecision = (path: (string | number)[], value: number) => {
    if (decimalPlacesOf(value) > decimals) {
      at(
        path,
        `found ${value}, which has more decimal places than the ${decimals} this indicator publishes`,
        `round it to ${decimals} decimal place${decimals === 1 ? "" : "s"}, or change decimalPlaces`,
      );
      return false;
    }
    return true;
  };

  const bandings = new Map<number, Bandings>();
  if (front.kind === "activity" && front.bandings.length) {
    at(["bandings"], "an activity indicator is shown for context and is not rated, so it takes no bandings", 'delete the bandings, or set kind: "performance"');
  }
  front.bandings.forEach((entry, index) => {
    const path = ["bandings", index];
    const year = parseFinancialYear(entry.financialYear);
    if (year === undefined) {
      at([...path, "financialYear"], `found "${entry.financialYear}", expected a financial year such as "2017/18"`);
      return;
    }
    if (bandings.has(year)) {
      at([...path, "financialYear"], `bandings for ${entry.financialYear} are given twice`, "keep one entry per financial year");
      return;
    }
    const thresholds = [entry.red, entry.amber, entry.green].filter((band) => band !== undefined).length;
    const forms = [thresholds > 0, entry.floor !== undefined, entry.tolerancePercent !== undefined].filter(Boolean).length;
    if (forms !== 1 || (thresholds > 0 && thresholds < 3)) {
      at(
        path,
        "bandings need exactly one of: all three of red, amber and green; a floor; or a tolerancePercent",
        'e.g. red: "below 70", amber: "70 to 80", green: "80 and above"',
      );
      return;
    }
    if (!checkPrecision([...path, "target"], entry.target)) return;
    if (entry.floor !== undefined && !checkPrecision([...path, "floor"], entry.floor)) return;
    if (
      overHundred([...path, "target"], entry.target, "check the target against the paper") ||
      overHundred([...path, "floor"], entry.floor, "check the floor against the paper")
    )
      return;
    const form =
      thresholds === 3
        ? { form: "thresholds" as const, red: entry.red!, amber: entry.amber!, green: entry.green! }
        : entry.floor !== undefined
          ? { form: "target-and-floor" as const, floor: entry.floor }
          : { form: "tolerance" as const, tolerancePercent: entry.tolerancePercent! };
    if (form.form === "target-and-floor" && (polarity === "higher-is-better" ? entry.floor! > entry.target : entry.floor! < entry.target)) {
      const side = polarity === "higher-is-better" ? "below" : "above";
      at(
        [...path, "floor"],
        `the floor standard ${entry.floor} is not ${side} the target ${entry.target}, but ${polarity.replaceAll("-", " ")}`,
        `a floor standard is the worse limit: set it ${side} the target, or check polarity`,
      );
      return;
    }
    const built = buildBandings({ financialYear: year, target: entry.target, form }, polarity, unit, decimals);
    if ("problems" in built) {
      for (const problem of built.problems) {
        // How the bands fit together concerns the whole entry; an unreadable band, only its own line.
        if (problem.field === "bands")
          at(
            [...path, form.form === "thresholds" ? "amber" : form.form === "target-and-floor" ? "floor" : "tolerancePercent"],
            problem.message,
            bandsHint(form.form),
          );
        else at([...path, problem.field], problem.message, `write it as ${BAND_TEXT_FORMS}`);
      }
      return;
    }
    for (const band of built.bandings.bands) {
      for (const bound of [band.lower, band.upper]) {
        if (bound && form.form === "thresholds") overHundred([...path, band.rating.toLowerCase()], bound.value, "check the band against the paper");
        if (bound && form.form === "thresholds" && decimalPlacesOf(bound.value) > decimals) {
          at(
            [...path, band.rating.toLowerCase()],
            `the boundary ${bound.value} has more decimal places than the ${decimals} this indicator publishes`,
            "round it, or change decimalPlaces",
          );
        }
      }
    }
    bandings.set(year, built.bandings);
  });

  const periods: (Period | undefined)[] = front.trend.map((row, index) => {
    const period = parsePeriod(row.period);
    if (!period) {
      at(
        ["trend", index, "period"],
        `found "${row.period}", expected a month such as "2017-06" or a quarter such as "Q1 2017/18"`,
        "write months as year-month with two digits for the month",
      );
    }
    return period;
  });
  const known = periods.filter((p): p is Period => p !== undefined);
  if (known.length && known.some((p) => p.kind !== known[0]!.kind)) {
    at(["trend"], "the trend mixes months and quarters", "use months throughout, or quarters throughout");
  }
  for (let i = 1; i < periods.length; i++) {
    const before = periods[i - 1];
    const current = periods[i];
    if (!before || !current || before.kind !== current.kind) continue;
    const step = periodIndex(current) - periodIndex(before);
    if (step === 0) at(["trend", i, "period"], `${periodLabel(current)} appears twice in the trend`, "delete one of the two rows");
    else if (step < 0)
      at(
        ["trend", i, "period"],
        `${periodLabel(current)} comes after ${periodLabel(before)}, but the trend must run oldest first`,
        "put the rows in date order, oldest first",
      );
  }

  const rows: TrendRow[] = [];
  front.trend.forEach((row, index) => {
    const period = periods[index];
    const path = ["trend", index];
    if (!period) return;
    const yearBandings = bandings.get(financialYearStart(period));
    const yearLabel = financialYearLabel(financialYearStart(period));
    let valid = true;
    if (row.result !== null) {
      valid = checkPrecision([...path, "result"], row.result) && valid;
      if (!Number.isFinite(row.result)) valid = false;
      if (unit !== "number" && row.result < 0) {
        at([...path, "result"], `found ${row.result}, but a ${unit} cannot be negative`, "check the figure against the source system");
        valid = false;
      }
      if (overHundred([...path, "result"], row.result, "check the figure against the source system")) valid = false;
    }
    let target = row.target ?? null;
    if (target !== null) valid = checkPrecision([...path, "target"], target) && valid;
    if (target !== null && overHundred([...path, "target"], target, "check the target against the paper")) valid = false;
    if (yearBandings) {
      if (target === null) target = yearBandings.target;
      else if (toFine(target, decimals) !== toFine(yearBandings.target, decimals)) {
        at(
          [...path, "target"],
          `found ${target}, but the ${yearLabel} bandings give a target of ${yearBandings.target}`,
          "make the row's target match the bandings, or correct the bandings' target",
        );
        valid = false;
      }
    } else if (target === null && front.kind === "performance" && row.result !== null) {
      at(
        [...path, "target"],
        `is missing: ${periodLabel(period)} has no bandings on record for ${yearLabel}, so its target must be given`,
        "add the target the paper printed for that period",
      );
      valid = false;
    }

    let rating: Rating | null = null;
    let ratingSource: TrendRow["ratingSource"] = null;
    if (front.kind === "activity") {
      if (row.rating) {
        at([...path, "rating"], "an activity indicator is not rated", "delete the rating");
        valid = false;
      }
    } else if (row.result === null) {
      if (row.rating) {
        at([...path, "rating"], `found "${row.rating}", but there is no result to rate for ${periodLabel(period)}`, "delete the rating, or fill in the result");
        valid = false;
      }
    } else if (yearBandings && valid) {
      rating = rateFine(yearBandings.bands, toFine(row.result, decimals)) ?? null;
      ratingSource = "computed";
      if (row.rating && rating && row.rating !== rating) {
        at(
          [...path, "rating"],
          `the paper's rating is ${row.rating}, but the ${yearLabel} bandings (${yearBandings.sentence}) rate ${formatValue(row.result, unit, decimals)} as ${rating}`,
          "check the result and the bandings against the paper; a published rating must agree with them",
        );
        valid = false;
      }
    } else if (!yearBandings) {
      if (!row.rating) {
        at(
          [...path, "rating"],
          `is missing: there are no bandings on record for ${yearLabel}, so the rating as published is needed for ${periodLabel(period)}`,
          `add rating: Red, Amber or Green as the paper printed it, or add bandings for ${yearLabel}`,
        );
        valid = false;
      } else {
        rating = row.rating;
        ratingSource = "as published";
      }
    }
    if (!valid) return;
    // In a draft the newest period's empty result is still to come, not missing.
    const awaited = row.result === null && status === "draft" && index === front.trend.length - 1;
    rows.push({
      period: periodKey(period),
      periodLabel: periodLabel(period),
      periodLongLabel: periodLongLabel(period),
      result: row.result,
      resultText: row.result !== null ? formatValue(row.result, unit, decimals) : awaited ? "Awaiting data" : "No data",
      target,
      targetText: target === null ? "None" : formatValue(target, unit, decimals),
      rating,
      ratingText: front.kind === "activity" ? "Not rated" : (rating ?? (awaited ? "Awaiting data" : "No data")),
      ratingSource,
      directionOfTravel: null,
      directionText: "",
      changeSinceText: "",
      directionArrow: "",
    });
  });
  if (problems.length) return { problems };

  rows.forEach((row, i) => {
    const before = rows[i - 1];
    Object.assign(row, travelFields(before && { row: before, period: periods[i - 1]! }, { row, period: periods[i]! }, { polarity, unit, decimals }));
  });

  const latest = rows.at(-1)!;
  const latestPeriod = periods.at(-1)!;
  const latestBandings = bandings.get(financialYearStart(latestPeriod));
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

  const url = `/meetings/${meetingSlug}/${front.id}/`;
  const commentaryAwaited = source.body.includes(AWAITING_COMMENTARY);
  const commentary = commentaryAwaited ? { html: "", text: "" } : renderMarkdownAndText(source.body);
  const indicator: BuiltIndicator = {
    id: front.id,
    title: front.title,
    file: source.file,
    scorecard: front.scorecard,
    kind: front.kind,
    unit,
    decimalPlaces: decimals,
    polarity,
    owners: { portfolio: front.portfolio, cabinetMember: front.cabinetMember, director: front.director, division: front.division },
    bandings: [...bandings.values()].sort((a, b) => a.financialYear - b.financialYear),
    rows,
    latest,
    rating: latest.rating,
    ratingText: latest.ratingText,
    distanceToBandText,
    distanceToTargetText,
    summary: summarise({ rows, latest, kind: front.kind, unit, decimals, polarity, latestBandings }),
    hasPublishedRatings: rows.some((row) => row.ratingSource === "as published"),
    trendTableCaption: `Results, targets and ratings by ${latestPeriod.kind === "month" ? "month" : "quarter"}`,
    commentaryHtml: commentary.html,
    commentaryText: commentary.text,
    commentaryAwaited,
    dataNotes: dataNotes(front, rows, periods as Period[], latestBandings),
    chart: chartData(front.id, front.title, rows, decimals),
    meetingSlug,
    url,
  };
  return { indicator, problems };
}

function bandsHint(form: string): string {
  return form === "thresholds"
    ? 'the three bands must meet without gaps or overlaps, e.g. red: "below 70", amber: "70 to 80", green: "80 and above"'
    : form === "target-and-floor"
      ? "the floor must be worse than the target: below it when higher is better, above it when lower is better"
      : "tolerancePercent is how far from the target, as a percentage of it, still counts as Amber";
}

function dataNotes(front: IndicatorSource["front"], rows: TrendRow[], periods: Period[], latestBandings: Bandings | undefined): DataNotes {
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
