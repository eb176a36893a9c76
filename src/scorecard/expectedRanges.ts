/**
 * Activity indicators a paper compares with an expected range instead of a target (Kent's quarterly reports): each
 * year's range read and checked at its field, and each figure said to be within, above or below it. They stay unrated:
 * the range is shown beside the figure, not as a rating.
 */
import { readExpectedRange, type ExpectedRange } from "../domain/expectedRange";
import { parseRatingYear } from "../domain/periods";
import type { FieldChecks } from "./indicatorChecks";

/**
 * Each financial year's expected range, by the year's key; an entry with problems is left out, and reported.
 * @example readExpectedRanges(checks).get(2023)?.text // "6 to 12"
 */
export function readExpectedRanges({
  front,
  at,
  unit,
  targetDecimals,
}: Pick<FieldChecks, "front" | "at" | "unit" | "targetDecimals">): Map<number, ExpectedRange> {
  const ranges = new Map<number, ExpectedRange>();
  if (front.expectedRanges.length && front.kind !== "activity") {
    at(
      ["expectedRanges"],
      "an expected range is for an activity indicator, shown for context and not rated",
      'set kind: "activity", or give the rule as bandings for a performance indicator',
    );
    return ranges;
  }
  front.expectedRanges.forEach((entry, index) => {
    const path = ["expectedRanges", index];
    const year = parseRatingYear(entry.financialYear);
    if (year === undefined) return at([...path, "financialYear"], `found "${entry.financialYear}", expected a financial year such as "2023/24"`);
    if (ranges.has(year))
      return at([...path, "financialYear"], `the expected range for ${entry.financialYear} is given twice`, "keep one entry per financial year");
    const read = readExpectedRange(entry, unit, targetDecimals);
    if ("problems" in read) {
      for (const problem of read.problems) at([...path, problem.field], problem.message, problem.hint);
      return;
    }
    ranges.set(year, read.expectedRange);
  });
  return ranges;
}
