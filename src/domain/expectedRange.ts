/**
 * Activity indicators that a paper compares with an expected range instead of a target, as Kent's quarterly performance
 * reports do for demand and activity: each figure is "within expected range", "above" or "below" it. These statuses are
 * not Red, Amber and Green, so nothing here rates: a later change adds the rating schemes that show them.
 */
import { rangeWords } from "./bandingsWords";
import { asUnit, decimalPlacesOf, formatThreshold, mayBeNegative, toFine, type UnitLike } from "./units";

/** Where a figure stands against its expected range. */
export type RangeStatus = "within" | "above" | "below";

/** The expected range as a content file would state it: its lower and upper thresholds, both part of the range. */
export interface ExpectedRangeSpec {
  lower: number;
  upper: number;
}

/** An expected range ready to compare with. */
export interface ExpectedRange {
  lower: number;
  upper: number;
  /** Each end in fine units (see toFine) at `decimals`. */
  lowerFine: number;
  upperFine: number;
  /** The decimal places the range was read at: every fine value given to rangeStatus is at this precision. */
  decimals: number;
  /** "120 to 150", "18 to 22 days", "70% to 80%": the range as the paper prints it. */
  text: string;
  /** "Expected range: 120 to 150", as the data notes print it. */
  sentence: string;
}

/** The words each status is shown in. */
export const RANGE_STATUS_WORDS: Record<RangeStatus, string> = {
  within: "Within expected range",
  above: "Above expected range",
  below: "Below expected range",
};

/**
 * Reads an expected range, or the reasons it cannot be used, each at its field ("lower" or "upper"): the lower threshold
 * above the upper, a threshold finer than the indicator publishes, a negative count or a percentage over 100.
 * @example readExpectedRange({ lower: 1250, upper: 1450 }, "count", 0) // { expectedRange: { text: "1,250 to 1,450", … } }
 */
export function readExpectedRange(
  spec: ExpectedRangeSpec,
  unit: UnitLike,
  decimals: number,
): { expectedRange: ExpectedRange } | { problems: { field: "lower" | "upper"; message: string; hint: string }[] } {
  const problems: { field: "lower" | "upper"; message: string; hint: string }[] = [];
  for (const field of ["lower", "upper"] as const) {
    const value = spec[field];
    if (!Number.isFinite(value)) {
      problems.push({ field, message: `found ${value}, expected a number`, hint: `write the ${field} threshold as a plain number` });
    } else if (decimalPlacesOf(value) > decimals) {
      problems.push({
        field,
        message: `the ${field} threshold ${value} has more decimal places than the ${decimals} this indicator publishes`,
        hint: "round it, or change decimalPlaces (or targetDecimalPlaces, if the paper prints thresholds more finely)",
      });
    } else if (!mayBeNegative(unit) && value < 0) {
      problems.push({ field, message: `found ${value}, but this indicator's figures cannot be negative`, hint: "check the threshold against the paper" });
    } else if (asUnit(unit).kind === "percentage" && value > 100) {
      problems.push({ field, message: `found ${value}, but a percentage cannot be over 100`, hint: "check the threshold against the paper" });
    }
  }
  if (problems.length) return { problems };
  if (spec.lower > spec.upper) {
    return {
      problems: [
        {
          field: "upper",
          message: `the upper threshold ${spec.upper} is below the lower threshold ${spec.lower}`,
          hint: "the lower threshold is the bottom of the expected range and the upper its top: check them against the paper, or swap them",
        },
      ],
    };
  }
  const text = spec.lower === spec.upper ? formatThreshold(spec.lower, unit) : rangeWords(spec.lower, spec.upper, unit);
  return {
    expectedRange: {
      lower: spec.lower,
      upper: spec.upper,
      lowerFine: toFine(spec.lower, decimals),
      upperFine: toFine(spec.upper, decimals),
      decimals,
      text,
      sentence: `Expected range: ${text}`,
    },
  };
}

/**
 * Where a figure stands against the range, at the published precision: both thresholds are within it.
 * @example rangeStatus(range, toFine(1451, 0)) // "above"
 */
export function rangeStatus(range: Pick<ExpectedRange, "lowerFine" | "upperFine">, fine: number): RangeStatus {
  if (fine < range.lowerFine) return "below";
  if (fine > range.upperFine) return "above";
  return "within";
}

/**
 * Where a figure stands, in the words the page and the data notes show: "Within expected range (1,250 to 1,450)",
 * "Above expected range", "Below expected range".
 * @example rangeStatusText("within", range) // "Within expected range (1,250 to 1,450)"
 */
export function rangeStatusText(status: RangeStatus, range: Pick<ExpectedRange, "text">): string {
  return status === "within" ? `${RANGE_STATUS_WORDS.within} (${range.text})` : RANGE_STATUS_WORDS[status];
}

/**
 * A result's status against the range and its words, in one step.
 * @example compareWithRange(range, 1302) // { status: "within", text: "Within expected range (1,250 to 1,450)" }
 */
export function compareWithRange(range: ExpectedRange, result: number): { status: RangeStatus; text: string } {
  const status = rangeStatus(range, toFine(result, range.decimals));
  return { status, text: rangeStatusText(status, range) };
}
