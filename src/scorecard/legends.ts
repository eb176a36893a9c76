/**
 * A rule published as a legend without numbers (Reigate and Banstead's "Green = on or above target, Amber = within agreed
 * tolerance, Red = below target"): recorded and printed as the council's rule, with the ratings as the paper printed
 * them, since there is nothing to work them out from.
 */
import { parseRatingYear } from "../domain/periods";
import type { FieldChecks } from "./indicatorChecks";

/** The fields of a bandings entry that state a numeric rule, besides a band per rating, which a legend entry cannot also give. */
const NUMERIC_FIELDS = ["floor", "tolerancePercent", "tolerancePoints", "toleranceUnits", "profiled", "outsideTolerance"] as const;

/**
 * Each year's legend as the data notes print it, by the year's key; an entry with a numeric rule as well is reported.
 * @example readLegends(checks).get(2023) // "Green = on or above target, Amber = within agreed tolerance, Red = below target"
 */
export function readLegends({ front, at, scheme }: Pick<FieldChecks, "front" | "at" | "scheme">): Map<number, string> {
  const legends = new Map<number, string>();
  const ratings = scheme.statuses.filter((status) => status.rated);
  front.bandings.forEach((entry, index) => {
    if (!entry.legend) return;
    const written = entry as unknown as Record<string, unknown>;
    const numeric = [...ratings.map((status) => status.id), ...NUMERIC_FIELDS].filter((field) => written[field] !== undefined);
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
    const { legend } = entry as unknown as { legend: Record<string, string | undefined> };
    // In the scheme's order, best first, as the council's key reads.
    const lines = ratings.flatMap((status) => (legend[status.id] === undefined ? [] : [`${status.word} = ${legend[status.id]}`]));
    legends.set(year, lines.join(", "));
  });
  return legends;
}
