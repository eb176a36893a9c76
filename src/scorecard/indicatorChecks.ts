/**
 * The checks of one indicator file beyond its schema: its scorecard, its bandings, its periods and each row's figures.
 * Every problem is reported at its field; what passes is returned ready to rate.
 */
import { BAND_TEXT_FORMS, readBandings, type Bandings } from "../domain/bandings";
import { ratingYearLabel, parseRatingYear, parsePeriod, periodKindWord, periodLabel, periodProblem, trendOrder, type Period } from "../domain/periods";
import type { DataBasis } from "../domain/dataBasis";
import { decimalPlacesOf, mayBeNegative, toFine, type Unit } from "../domain/units";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import { bandingsForm, bandsField, bandsHint } from "./bandingsForm";
import { measureOf } from "./measureChecks";
import type { IndicatorSource } from "../content/readContent";
import type { Problem } from "../content/problems";
import { problemAt } from "../content/validate";

type FieldPath = (string | number)[];
type Front = IndicatorSource["front"];
type BandingsEntry = Front["bandings"][number];
type TrendEntry = Front["trend"][number];

/** Reports problems at the fields of one indicator file, with the checks its figures share. */
export interface FieldChecks {
  front: Front;
  /** The indicator's unit, read from unit, unitLabel and moneyIn. */
  unit: Unit;
  /** The decimal places targets may have (targetDecimalPlaces, else decimalPlaces). */
  targetDecimals: number;
  /** What each figure covers in time. */
  dataBasis: DataBasis;
  /** The council's statuses, which the bandings' bands and the rows' ratings name. */
  scheme: RatingScheme;
  at(path: FieldPath, message: string, hint?: string): void;
  /** False, and reported, when the value has more decimal places than the indicator publishes. */
  precise(path: FieldPath, value: number, decimals?: number): boolean;
  /** Reports something a clerk should know but that does not stop the build (a published rating kept against the rule). */
  warn(path: FieldPath, message: string, hint?: string): void;
  /** True, and reported, when a percentage passes 100. */
  overHundred(path: FieldPath, value: number | undefined, hint: string): boolean;
}

/**
 * The checks for one file, reporting into `problems`.
 * @example fieldChecks(source, front, problems).precise(["trend", 0, "result"], 62.85) // false, with a problem
 */
export function fieldChecks(
  { source, front }: IndicatorSource,
  problems: Problem[],
  warnings: Problem[] = [],
  scheme: RatingScheme = DEFAULT_RATING_SCHEME,
): FieldChecks {
  const at = (path: FieldPath, message: string, hint?: string) => {
    problems.push(problemAt(source, path, message, hint));
  };
  const measure = measureOf({ front, at });
  const { unit } = measure;
  return {
    front,
    scheme,
    ...measure,
    at,
    warn: (path, message, hint) => {
      warnings.push(problemAt(source, path, message, hint));
    },
    precise(path, value, decimals = front.decimalPlaces) {
      if (decimalPlacesOf(value) <= decimals) return true;
      const field = decimals === front.decimalPlaces ? "decimalPlaces" : "targetDecimalPlaces";
      at(
        path,
        `found ${value}, which has more decimal places than the ${decimals} this indicator publishes`,
        `round it to ${decimals} decimal place${decimals === 1 ? "" : "s"}, or change ${field}`,
      );
      return false;
    },
    // A percentage here is a share of a whole: no figure, target or band of one passes 100 (a percentage change may).
    overHundred(path, value, hint) {
      if (unit.kind !== "percentage" || value === undefined || value <= 100) return false;
      at(path, `found ${value}, but a percentage cannot be over 100`, hint);
      return true;
    },
  };
}

/**
 * The file's place in its meeting: its scorecard is one the meeting lists.
 * @example checkIndicatorFile(checks, ["Specialist Children's Services"])
 */
export function checkIndicatorFile(checks: FieldChecks, scorecards: readonly string[]): void {
  const { front, at } = checks;
  if (!scorecards.includes(front.scorecard)) {
    at(
      ["scorecard"],
      `"${front.scorecard}" is not one of this meeting's scorecards (${scorecards.map((s) => `"${s}"`).join(", ")})`,
      "use one of the names listed under `scorecards` in meeting.md, or add this one there",
    );
  }
}

/**
 * Each financial year's bandings, built and checked; a year whose entry has problems is left out.
 * @example checkBandings(checks).get(2017)?.sentence // "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green"
 */
export function checkBandings(checks: FieldChecks): Map<number, Bandings> {
  const { front, at } = checks;
  const bandings = new Map<number, Bandings>();
  const seen = new Set<number>();
  if (front.kind === "activity" && front.bandings.length) {
    at(["bandings"], "an activity indicator is shown for context and is not rated, so it takes no bandings", 'delete the bandings, or set kind: "performance"');
  }
  front.bandings.forEach((entry, index) => {
    const path = ["bandings", index];
    const year = parseRatingYear(entry.financialYear);
    if (year === undefined) {
      at([...path, "financialYear"], `found "${entry.financialYear}", expected a financial year such as "2017/18" (or a calendar year such as "2023")`);
    } else if (seen.has(year)) {
      at([...path, "financialYear"], `bandings for ${entry.financialYear} are given twice`, "keep one entry per financial year");
    } else if (entry.legend) {
      // A legend has no numbers to rate with: legends.ts records it, and the year's ratings are as published.
      seen.add(year);
    } else {
      seen.add(year);
      const built = checkBandingsEntry(checks, entry, year, path);
      if (built) bandings.set(year, built);
    }
  });
  return bandings;
}

/**
 * One year's entry: exactly one form, figures at the published precision, a floor on the worse side, a target unless
 * profiled, a tolerance for a conditional rule, sound bands.
 */
function checkBandingsEntry(checks: FieldChecks, entry: BandingsEntry, year: number, path: FieldPath): Bandings | undefined {
  const { front, at, precise, overHundred, unit, targetDecimals, dataBasis } = checks;
  const { polarity } = front;
  const read = bandingsForm(entry, checks.scheme);
  if ("problem" in read) {
    at([...path, ...read.problem.at], read.problem.message, read.problem.hint);
    return undefined;
  }
  const { form } = read;
  for (const field of ["target", "floor", "tolerancePoints", "toleranceUnits"] as const) {
    const value = entry[field];
    if (value !== undefined && !precise([...path, field], value, targetDecimals)) return undefined;
  }
  if (
    overHundred([...path, "target"], entry.target, "check the target against the paper") ||
    overHundred([...path, "floor"], entry.floor, "check the floor against the paper")
  )
    return undefined;
  const { target } = entry;
  if (form.form === "target-and-floor" && target !== undefined && (polarity === "higher-is-better" ? form.floor > target : form.floor < target)) {
    const side = polarity === "higher-is-better" ? "below" : "above";
    at(
      [...path, "floor"],
      `the floor standard ${form.floor} is not ${side} the ${entry.profiled ? "year's final target" : "target"} ${target}, but ${polarity.replaceAll("-", " ")}`,
      `a floor standard is the worse limit: set it ${side} the target, or check polarity`,
    );
    return undefined;
  }
  // The sentences name the periods as the trend reports them: "the quarterly target", "the same quarter last year".
  const periodKind = front.trend.map((row) => parsePeriod(row.period)).find((period) => period !== undefined)?.kind;
  const built = readBandings(
    {
      financialYear: year,
      form,
      ...(target !== undefined ? { target } : {}),
      ...(entry.profiled ? { profiled: true } : {}),
      ...(entry.outsideTolerance ? { outsideTolerance: entry.outsideTolerance } : {}),
    },
    polarity,
    unit,
    targetDecimals,
    { ...(periodKind ? { periodKind } : {}), yearToDate: dataBasis.kind === "year-to-date" },
    checks.scheme,
  );
  if ("problems" in built) {
    for (const problem of built.problems) {
      // How the bands fit together concerns the whole entry; an unreadable band, only its own line.
      if (problem.field === "bands") at([...path, bandsField(form)], problem.message, problem.hint ?? bandsHint(form, checks.scheme));
      else at([...path, ...problem.field.split(".")], problem.message, problem.hint ?? `write it as ${BAND_TEXT_FORMS}`);
    }
    return undefined;
  }
  if (form.form === "thresholds") checkBoundaries(checks, built.bandings, path);
  return built.bandings;
}

/** Every boundary a band's words give is a percentage within 100 and at the published precision. */
function checkBoundaries({ at, overHundred, targetDecimals: decimals, scheme }: FieldChecks, bandings: Bandings, path: FieldPath): void {
  for (const band of bandings.bands) {
    for (const bound of [band.lower, band.upper]) {
      if (!bound) continue;
      const field = scheme.statuses.find((status) => status.word === band.rating)!.id;
      overHundred([...path, field], bound.value, "check the band against the paper");
      if (decimalPlacesOf(bound.value) > decimals) {
        at(
          [...path, field],
          `the boundary ${bound.value} has more decimal places than the ${decimals} this indicator publishes`,
          "round it, or change decimalPlaces (or targetDecimalPlaces, if the paper prints targets more finely)",
        );
      }
    }
  }
}

/**
 * Each row's period, read and checked: one kind throughout, oldest first, none twice. Undefined where unreadable.
 * @example checkPeriods(checks).map((period) => period && periodLabel(period)) // ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"]
 */
export function checkPeriods({ front, at }: FieldChecks): (Period | undefined)[] {
  const periods = front.trend.map((row, index) => {
    const period = parsePeriod(row.period);
    if (!period) at(["trend", index, "period"], periodProblem(row.period), 'write it as the paper does, e.g. "2017-06", "Jun 2017", "Q1 2017/18" or "2017/18"');
    return period;
  });
  const order = trendOrder(periods);
  if (order.mixesKinds) {
    const kinds = [...new Set(periods.filter((period) => period !== undefined).map((period) => periodKindWord(period.kind)))];
    at(["trend"], `the trend mixes ${kinds.map((kind) => `${kind}s`).join(" and ")}`, `one indicator reports one kind of period: use ${kinds[0]}s throughout`);
  }
  for (const { index, before, current, repeated } of order.faults) {
    if (repeated) at(["trend", index, "period"], `${periodLabel(current)} appears twice in the trend`, "delete one of the two rows");
    else
      at(
        ["trend", index, "period"],
        `${periodLabel(current)} comes after ${periodLabel(before)}, but the trend must run oldest first`,
        "put the rows in date order, oldest first",
      );
  }
  return periods;
}

/**
 * One row's result and target: at the published precision, in range, and the target the one its year's bandings give
 * (or, without bandings, given). Returns whether they pass, and the row's target (the bandings' when the row gives none).
 * @example checkRowFigures(checks, row, 1, period, bandings) // { valid: true, target: 80 }
 */
export function checkRowFigures(
  { front, at, precise, overHundred, unit, targetDecimals }: FieldChecks,
  row: TrendEntry,
  index: number,
  period: Period,
  yearBandings: Bandings | undefined,
): { valid: boolean; target: number | null } {
  const path = ["trend", index];
  const yearLabel = ratingYearLabel(period);
  let valid = true;
  if (row.result !== null) {
    valid = precise([...path, "result"], row.result) && valid;
    if (!Number.isFinite(row.result)) valid = false;
    if (!mayBeNegative(unit) && row.result < 0) {
      const what = unit.kind === "rate" || unit.kind === "percentage" || unit.kind === "count" ? unit.kind : `time in ${unit.kind}`;
      const hint =
        unit.kind === "percentage"
          ? 'check the figure against the source system; a change that can fall below zero is unit: "percentage-change"'
          : "check the figure against the source system";
      at([...path, "result"], `found ${row.result}, but a ${what} cannot be negative`, hint);
      valid = false;
    }
    if (overHundred([...path, "result"], row.result, "check the figure against the source system")) valid = false;
  }
  let target = row.target ?? null;
  if (target !== null) valid = precise([...path, "target"], target, targetDecimals) && valid;
  if (target !== null && overHundred([...path, "target"], target, "check the target against the paper")) valid = false;
  if (yearBandings?.profiled) {
    // A profiled target differs each period: the row's own is the one its rating is worked out against.
    if (target === null && row.result !== null && !row.rating) {
      at(
        [...path, "target"],
        `is missing: the ${yearLabel} bandings are profiled, so ${periodLabel(period)} is rated against its own target`,
        "add the target the paper printed for that period",
      );
      valid = false;
    }
  } else if (yearBandings) {
    if (target === null) target = yearBandings.target;
    else if (toFine(target, targetDecimals) !== toFine(yearBandings.target, targetDecimals)) {
      at(
        [...path, "target"],
        `found ${target}, but the ${yearLabel} bandings give a target of ${yearBandings.target}`,
        "make the row's target match the bandings, or correct the bandings' target",
      );
      valid = false;
    }
  } else if (target === null && front.kind === "performance" && row.result !== null && !row.unrated && row.rating === undefined) {
    at(
      [...path, "target"],
      `is missing: ${periodLabel(period)} has no bandings on record for ${yearLabel}, so its target must be given`,
      "add the target the paper printed for that period, or the rating it printed, or unrated: true if the figure was shown but not rated",
    );
    valid = false;
  }
  return { valid, target };
}
