/**
 * The words of the bandings (bandings.ts rates): each band as the paper prints it ("70% to 80%"), the sentences the data
 * notes print for a floor, a tolerance, a profiled target and a conditional rule, and the reasons a rule's fields cannot
 * be used together, in a clerk's words.
 */
import type { Band, Bound, BandingsForm, BandingsSpec, BandingsWording, TargetForm, ToleranceForm } from "./bandingsTypes";
import { DEFAULT_RATING_SCHEME, ratingWords, wordList, type RatingScheme, type TargetRule } from "./ratingScheme";
import { asUnit, decimalPlacesOf, formatDifference, formatThreshold, inPercentagePoints, type UnitLike } from "./units";

/** Whether a unit is words after the figure (days, "per 1,000 population"), rather than a sign (%, £). */
function wordedUnit(unit: UnitLike): boolean {
  return !["percentage", "percentage-change", "money", "number", "count"].includes(asUnit(unit).kind);
}

/**
 * A range as papers print it: a worded unit named once, at its end ("18 to 22 days", not "18 days to 22 days"); a sign
 * at both ends ("70% to 80%", "£1.2m to £1.5m").
 * @example rangeWords(18, 22, "days") // "18 to 22 days"
 */
export function rangeWords(lower: number, upper: number, unit: UnitLike): string {
  return `${wordedUnit(unit) ? formatThreshold(lower, "number") : formatThreshold(lower, unit)} to ${formatThreshold(upper, unit)}`;
}

function describeBand(band: Omit<Band, "text">, unit: UnitLike): string {
  const f = (b: Bound) => formatThreshold(b.value, unit);
  const { lower, upper } = band;
  if (lower && upper) return lower.fine === upper.fine ? f(lower) : rangeWords(lower.value, upper.value, unit);
  if (lower) return lower.inclusive ? `${f(lower)} and above` : `Above ${f(lower)}`;
  if (upper) return upper.inclusive ? `${f(upper)} and below` : `Below ${f(upper)}`;
  return "Any value";
}

/** A band in the published words, capitalised as it opens a clause of the sentence. */
export function bandText(band: Omit<Band, "text">, unit: UnitLike): string {
  const text = describeBand(band, unit);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A reason bandings cannot be used, at the content field to change, with a hint where the field's own would not do. */
export type FieldProblem = { field: string; message: string; hint?: string };

/** Why a form cannot be used with this rule's other fields and this unit, in a clerk's words, at the field to change. */
export function ruleProblems(spec: BandingsSpec, unit: UnitLike, scheme: RatingScheme = DEFAULT_RATING_SCHEME): FieldProblem[] {
  const ranked = ratingWords(scheme);
  const onTarget = scheme.targetRule?.onTarget ?? ranked[0];
  const { form } = spec;
  const problems: FieldProblem[] = [];
  const kind = asUnit(unit).kind;
  if (form.form === "tolerance-points" && !inPercentagePoints(unit)) {
    problems.push({
      field: "tolerancePoints",
      message: `a tolerance in percentage points is for an indicator measured in percentages, but this one is measured in ${unitWords(unit)}`,
      hint: `write the tolerance in the indicator's own unit with toleranceUnits (e.g. toleranceUnits: ${form.tolerancePoints} for "within ${formatDifference(form.tolerancePoints, unit, writtenDecimals(form.tolerancePoints))} of target"), or as a share of the target with tolerancePercent`,
    });
  }
  if (form.form === "tolerance-units" && inPercentagePoints(unit)) {
    problems.push({
      field: "toleranceUnits",
      message: `this indicator is measured in ${kind === "percentage" ? "percentages" : "percentage changes"}, so a tolerance in its own unit is in percentage points`,
      hint: `write it as tolerancePoints: ${form.toleranceUnits}, or as a share of the target with tolerancePercent`,
    });
  }
  if (spec.profiled && form.form === "thresholds") {
    problems.push({
      field: "profiled",
      message: `profiled bandings are applied to each period's own target, so they cannot be fixed ${wordList(Object.keys(form.bands), "and")} bands`,
      hint: "delete profiled: true to use the bands for every period, or write the rule as a floor, tolerancePercent, tolerancePoints or toleranceUnits",
    });
  }
  if (!spec.profiled && spec.target === undefined) {
    problems.push({
      field: "target",
      message: "is missing: bandings need the year's target, unless each period has its own (profiled: true)",
      hint: "add the target the paper gives for the year, e.g. target: 80, or profiled: true when the target differs each period",
    });
  }
  const outside = spec.outsideTolerance;
  if (outside && !isToleranceForm(form)) {
    problems.push({
      field: "outsideTolerance",
      message: `a rule that looks at the same period last year needs a tolerance: ${onTarget} is on or within it, and outsideTolerance rates what lies beyond it, but these bandings give ${form.form === "thresholds" ? `${wordList(Object.keys(form.bands), "and")} bands` : "a floor"}`,
      hint: "give tolerancePercent, tolerancePoints or toleranceUnits instead, or delete outsideTolerance",
    });
  } else if (outside && ranked.indexOf(outside.improvedOnLastYear) >= ranked.indexOf(outside.otherwise)) {
    problems.push({
      field: "outsideTolerance",
      message:
        outside.improvedOnLastYear === outside.otherwise
          ? `both improvedOnLastYear and otherwise are ${outside.otherwise}, so last year's figure would change nothing`
          : `improvedOnLastYear is ${outside.improvedOnLastYear}, worse than otherwise (${outside.otherwise}): improving on last year must earn the better rating`,
      hint: 'write the ratings the paper gives beyond the tolerance, e.g. improvedOnLastYear: Amber, otherwise: Red ("Amber = more than 10% off target and improved on the same quarter last year")',
    });
  }
  return problems;
}

function isToleranceForm(form: BandingsForm): form is ToleranceForm {
  return form.form === "tolerance" || form.form === "tolerance-points" || form.form === "tolerance-units";
}

/** The unit in words for a problem, after "measured in": "days", "counts", "plain numbers", "per 1,000 population". */
function unitWords(unit: UnitLike): string {
  const { kind, label } = asUnit(unit);
  if (kind === "rate" || kind === "custom") return label ?? "its own unit";
  if (kind === "number") return "plain numbers";
  if (kind === "count") return "counts";
  return kind;
}

/** The decimals a figure was written with, for printing it as written. */
function writtenDecimals(value: number): number {
  return Math.min(decimalPlacesOf(value), 10);
}

/** "quarterly target", "year-to-date target": how a profiled rule names the target each period is rated against. */
function periodTargetWords({ periodKind, yearToDate }: BandingsWording): string {
  if (yearToDate) return "year-to-date target";
  switch (periodKind) {
    case "month":
      return "monthly target";
    case "quarter":
      return "quarterly target";
    case "half":
      return "half-yearly target";
    default:
      return "profiled target";
  }
}

/** "quarter", "month": the period a conditional rule compares with a year before. */
function periodWord({ periodKind }: BandingsWording): string {
  return periodKind === "month" ? "month" : periodKind === "quarter" ? "quarter" : periodKind === "half" ? "half-year" : "period";
}

/** How far from the target is close, as the sentence says it: "10%", "5 percentage points", "2 days". */
function toleranceWords(form: ToleranceForm, unit: UnitLike): string {
  switch (form.form) {
    case "tolerance":
      return `${formatThreshold(form.tolerancePercent, "number")}%`;
    case "tolerance-points":
      return formatDifference(form.tolerancePoints, "percentage", writtenDecimals(form.tolerancePoints));
    case "tolerance-units":
      return formatDifference(form.toleranceUnits, unit, writtenDecimals(form.toleranceUnits));
  }
}

/** The rule of a target-based form as the data notes print it, and the "Target: …" line around it. */
export function sentences(
  spec: BandingsSpec,
  form: TargetForm,
  unit: UnitLike,
  wording: BandingsWording,
  { onTarget, nearTarget, offTarget }: TargetRule = DEFAULT_RATING_SCHEME.targetRule!,
  label = "RAG Bandings",
): { sentence: string; targetSentence: string } {
  const target = spec.target === undefined ? undefined : formatThreshold(spec.target, unit);
  const floor = form.form === "target-and-floor" ? formatThreshold(form.floor, unit) : undefined;
  let targetLine: string;
  if (spec.profiled) {
    const each = `set for each ${periodWord(wording)}${wording.yearToDate ? ", year to date" : ""}`;
    targetLine = `Target: ${each}${target === undefined ? "" : `, ${target} by year end`}`;
  } else {
    targetLine = `Target: ${target!}`;
  }
  if (floor !== undefined) targetLine += `, Floor standard: ${floor}`;

  const named = spec.profiled ? periodTargetWords(wording) : "target";
  const the = spec.profiled ? `the ${named}` : "target";
  let sentence: string;
  if (form.form === "target-and-floor") {
    sentence = spec.profiled
      ? `${onTarget} = ${named} met, ${nearTarget} = floor standard of ${floor!} met but ${named} not met, ${offTarget} = floor standard not met`
      : `${onTarget} = target of ${target!} met, ${nearTarget} = floor standard of ${floor!} met but target not met, ${offTarget} = floor standard not met`;
  } else if (spec.outsideTolerance) {
    const tolerance = toleranceWords(form, unit);
    const off = `more than ${tolerance} off target`;
    const improved = `${off} and improved on the same ${periodWord(wording)} last year`;
    const { improvedOnLastYear, otherwise } = spec.outsideTolerance;
    sentence =
      improvedOnLastYear === onTarget
        ? `${onTarget} = on or within ${tolerance} of ${the}, or ${improved}, ${otherwise} = ${off} and not improved`
        : `${onTarget} = on or within ${tolerance} of ${the}, ${improvedOnLastYear} = ${improved}, ${otherwise} = ${off} and not improved`;
  } else {
    const tolerance = toleranceWords(form, unit);
    sentence = `${onTarget} = ${named} met, ${nearTarget} = within ${tolerance} of ${the}, ${offTarget} = more than ${tolerance} from ${the}`;
  }
  return { sentence, targetSentence: `${targetLine} (${label}: ${sentence})` };
}
