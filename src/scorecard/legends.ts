/**
 * A rule published as a legend without numbers (Reigate and Banstead's "Green = on or above target, Amber = within agreed
 * tolerance, Red = below target"): recorded and printed as the council's rule, with the ratings as the paper printed
 * them, since there is nothing to work them out from.
 */
import { parseRatingYear } from "../domain/periods";
import type { FieldChecks } from "./indicatorChecks";

/** The fields of a bandings entry that state a numeric rule, which a legend entry cannot also give. */
const NUMERIC_FIELDS = ["red", "amber", "green", "floor", "tolerancePercent", "tolerancePoints", "toleranceUnits", "profiled", "outsideTolerance"] as const;

/**
 * Each year's legend as the data notes print it, by the year's key; an entry with a numeric rule as well is reported.
 * @example readLegends(checks).get(2023) // "Green = on or above target, Amber = within agreed tolerance, Red = below target"
 */
export function readLegends({ front, at }: Pick<FieldChecks, "front" | "at">): Map<number, string> {
  const legends = new Map<number, string>();
  front.bandings.forEach((entry, index) => {
    if (!entry.legend) return;
    const numeric = NUMERIC_FIELDS.filter((field) => entry[field] !== undefined);
    if (numeric.length) {
      at(
        ["bandings", index, numeric[0]!],
        "a legend is the rule the paper prints when it gives no numbers, so it cannot come with a numeric rule as well",
        "keep the legend if the paper prints only words; otherwise delete the legend and keep the numbers",
      );
      return;
    }
    const year = parseRatingYear(entry.financialYear);
    if (year === undefined) return;
    const { green, amber, red } = entry.legend;
    legends.set(year, `Green = ${green}, Amber = ${amber}, Red = ${red}`);
  });
  return legends;
}
