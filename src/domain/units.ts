/** What an indicator's figures are measured in, as the content format names it. */
export type UnitKind = "percentage" | "percentage-change" | "number" | "count" | "money" | "days" | "hours" | "minutes" | "seconds" | "rate" | "custom";
export const UNIT_KINDS: readonly UnitKind[] = [
  "percentage",
  "percentage-change",
  "number",
  "count",
  "money",
  "days",
  "hours",
  "minutes",
  "seconds",
  "rate",
  "custom",
];

/** How money is printed: in pounds (£1,234), thousands (£1,234k) or millions (£2.3m). */
export type MoneyScale = "pounds" | "thousands" | "millions";

/** How an indicator's figures are expressed: the kind, and for a rate or a custom unit the words printed after the figure. */
export interface Unit {
  kind: UnitKind;
  /** For a rate or a custom unit: "per 1,000 population", "kg per household". */
  label?: string;
  /** For money: how the paper prints it; pounds when not given. */
  moneyIn?: MoneyScale;
}

/** A unit, or a unit kind alone where it needs no label (a percentage, a count). */
export type UnitLike = Unit | UnitKind;

/**
 * The unit a kind alone stands for.
 * @example asUnit("percentage") // { kind: "percentage" }
 */
export function asUnit(unit: UnitLike): Unit {
  return typeof unit === "string" ? { kind: unit } : unit;
}

/** Whether higher figures are better, lower ones are, or neither (a context indicator). */
export type Polarity = "higher-is-better" | "lower-is-better" | "neither";

/** The units whose figures may fall below zero: a plain number, a change, money, and a unit of the council's own. */
const SIGNED: ReadonlySet<UnitKind> = new Set(["number", "percentage-change", "money", "custom"]);
const TIME: ReadonlySet<UnitKind> = new Set(["days", "hours", "minutes", "seconds"]);

/**
 * Whether a figure of this unit may be negative.
 * @example mayBeNegative({ kind: "percentage-change" }) // true
 */
export function mayBeNegative(like: UnitLike): boolean {
  const unit = asUnit(like);
  return SIGNED.has(unit.kind);
}

/**
 * Whether differences of this unit are read in percentage points.
 * @example inPercentagePoints({ kind: "percentage" }) // true
 */
export function inPercentagePoints(like: UnitLike): boolean {
  const unit = asUnit(like);
  return unit.kind === "percentage" || unit.kind === "percentage-change";
}

/** Extra decimal places kept below the published precision, so tolerance boundaries stay exact. */
const FINE_DIGITS = 4;

/**
 * Number of decimal places a value was written with.
 * @example decimalPlacesOf(68.65) // 2
 */
export function decimalPlacesOf(value: number): number {
  const text = String(value);
  if (text.includes("e")) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * A value as an exact integer in units of 10^-(decimals + 4), so comparisons never meet floating-point error.
 * @example toFine(68.6, 1) // 6860000
 */
export function toFine(value: number, decimals: number): number {
  return Math.round(value * 10 ** (decimals + FINE_DIGITS));
}

/** One step at the published precision (0.1 at one decimal place, 1 at none), in fine units. */
export const PRECISION_STEP = 10 ** FINE_DIGITS;

/**
 * Back from fine units to an ordinary number, rounded to the published precision.
 * @example fromFine(6860000, 1) // 68.6
 */
export function fromFine(fine: number, decimals: number): number {
  return Number((fine / 10 ** (decimals + FINE_DIGITS)).toFixed(decimals));
}

// signDisplay "negative": a value that rounds to zero is printed "0.0", never "-0.0".
const grouping = new Intl.NumberFormat("en-GB", { useGrouping: true, maximumFractionDigits: 10, signDisplay: "negative" });

// Building an Intl.NumberFormat is far slower than using one, and an archive formats hundreds of thousands of figures.
const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixedFormat(decimals: number): Intl.NumberFormat {
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: "negative" });
    fixedFormats.set(decimals, format);
  }
  return format;
}

/** The figure's digits with the unit's words around them; `digits` is the magnitude, already formatted. */
function withUnit(negative: boolean, digits: string, unit: Unit): string {
  // The minus sign, not a hyphen: screen readers say "minus", and it lines up with the digits.
  const sign = negative ? "\u2212" : "";
  switch (unit.kind) {
    case "percentage":
      return `${sign}${digits}%`;
    case "percentage-change":
      // A change says which way it went: "+1.3%", "-3.2%", "0.0%".
      return `${negative ? sign : /^[0.,]+$/.test(digits) ? "" : "+"}${digits}%`;
    case "money":
      return `${sign}£${digits}${unit.moneyIn === "thousands" ? "k" : unit.moneyIn === "millions" ? "m" : ""}`;
    case "rate":
    case "custom":
      return `${sign}${digits} ${unit.label ?? ""}`.trimEnd();
    case "number":
    case "count":
      return `${sign}${digits}`;
    default:
      // Time: "1 day", "2.5 days".
      return `${sign}${digits} ${digits === "1" ? unit.kind.slice(0, -1) : unit.kind}`;
  }
}

/**
 * A figure as the committee paper prints it: fixed decimals, thousands separators and the unit.
 * @example formatValue(68.6, { kind: "percentage" }, 1) // "68.6%"
 */
export function formatValue(value: number, unit: UnitLike, decimals: number): string {
  const fixed = fixedFormat(decimals).format(value);
  return withUnit(fixed.startsWith("-"), fixed.replace(/^-/, ""), asUnit(unit));
}

/**
 * A threshold as the bandings sentence prints it: only the decimals it was written with.
 * @example formatThreshold(70, { kind: "percentage" }) // "70%"
 */
export function formatThreshold(value: number, unit: UnitLike): string {
  const text = grouping.format(value);
  return withUnit(text.startsWith("-"), text.replace(/^-/, ""), asUnit(unit));
}

/**
 * A difference between two figures, without sign, in the unit residents read it in.
 * @example formatDifference(0.4, { kind: "percentage" }, 1) // "0.4 percentage points"
 */
export function formatDifference(value: number, unit: UnitLike, decimals: number): string {
  const fixed = formatMagnitude(value, decimals);
  if (inPercentagePoints(unit)) return `${fixed} ${fixed === "1" || fixed === "1.0" ? "percentage point" : "percentage points"}`;
  return withUnit(false, fixed, asUnit(unit));
}

/**
 * The target named as a sentence does: "the 80% target" for percentages, "the target of 18" otherwise.
 * @example targetName(18, { kind: "number" }) // "the target of 18"
 */
export function targetName(target: number, unit: UnitLike): string {
  return asUnit(unit).kind === "percentage" ? `the ${formatThreshold(target, unit)} target` : `the target of ${formatThreshold(target, unit)}`;
}

/**
 * The unit in words for a download's column and a chart's axis: "%", "£", "days", "per 1,000 population"; empty for a
 * plain number or count.
 * @example unitLabel({ kind: "money", moneyIn: "millions" }) // "£ millions"
 */
export function unitLabel(like: UnitLike): string {
  const unit = asUnit(like);
  switch (unit.kind) {
    case "percentage":
      return "%";
    case "percentage-change":
      return "% change";
    case "money":
      return unit.moneyIn === "thousands" ? "£ thousands" : unit.moneyIn === "millions" ? "£ millions" : "£";
    case "rate":
    case "custom":
      return unit.label ?? "";
    case "number":
    case "count":
      return "";
    default:
      return TIME.has(unit.kind) ? unit.kind : "";
  }
}

/**
 * A figure's size without its sign or unit, at the published precision, with thousands separators.
 * @example formatMagnitude(-1234.5, 1) // "1,234.5"
 */
export function formatMagnitude(value: number, decimals: number): string {
  return fixedFormat(decimals).format(Math.abs(value));
}
