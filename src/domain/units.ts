/** How an indicator's figures are expressed, in the words of the content format. */
export type Unit = "percentage" | "number" | "count";
export type Polarity = "higher-is-better" | "lower-is-better";

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

/**
 * A figure as the committee paper prints it: fixed decimals, thousands separators, % for percentages.
 * @example formatValue(68.6, "percentage", 1) // "68.6%"
 */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  const fixed = fixedFormat(decimals).format(value);
  return unit === "percentage" ? `${fixed}%` : fixed;
}

/**
 * A threshold as the bandings sentence prints it: only the decimals it was written with.
 * @example formatThreshold(70, "percentage") // "70%"
 */
export function formatThreshold(value: number, unit: Unit): string {
  const text = grouping.format(value);
  return unit === "percentage" ? `${text}%` : text;
}

/**
 * A difference between two figures, without sign, in the unit residents read it in.
 * @example formatDifference(0.4, "percentage", 1) // "0.4 percentage points"
 */
export function formatDifference(value: number, unit: Unit, decimals: number): string {
  const fixed = formatMagnitude(value, decimals);
  if (unit !== "percentage") return fixed;
  return `${fixed} ${fixed === "1" || fixed === "1.0" ? "percentage point" : "percentage points"}`;
}

/**
 * The target named as a sentence does: "the 80% target" for percentages, "the target of 18" otherwise.
 * @example targetName(18, "number") // "the target of 18"
 */
export function targetName(target: number, unit: Unit): string {
  return unit === "percentage" ? `the ${formatThreshold(target, unit)} target` : `the target of ${formatThreshold(target, unit)}`;
}

/**
 * A figure's size without its sign or unit, at the published precision, with thousands separators.
 * @example formatMagnitude(-1234.5, 1) // "1,234.5"
 */
export function formatMagnitude(value: number, decimals: number): string {
  return fixedFormat(decimals).format(Math.abs(value));
}
