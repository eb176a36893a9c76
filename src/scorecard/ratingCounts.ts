import type { Indicator, RatingCounts, TrendRow } from "./model";

type Counted = Exclude<keyof RatingCounts, "text">;

/** Which count a latest row adds to: its rating when rated, otherwise its state. */
function countOf({ state, rating }: Pick<TrendRow, "state" | "rating">): Counted {
  if (state === "not-rated") return "notRated";
  if (state === "awaiting") return "awaitingData";
  if (state === "no-data" || !rating) return "noData";
  return rating === "Red" ? "red" : rating === "Amber" ? "amber" : "green";
}

/**
 * Counts the latest ratings of a set of indicators, as the summary tables show them.
 * @example countRatings(indicators).text // "1 Green, 2 Amber, 4 Red"
 */
export function countRatings(indicators: readonly Pick<Indicator, "latest">[]): RatingCounts {
  const counts: Record<Counted, number> = { red: 0, amber: 0, green: 0, noData: 0, awaitingData: 0, notRated: 0 };
  for (const indicator of indicators) counts[countOf(indicator.latest)]++;
  const parts = [
    [counts.green, "Green"],
    [counts.amber, "Amber"],
    [counts.red, "Red"],
    [counts.noData, "no data"],
    [counts.awaitingData, "awaiting data"],
    [counts.notRated, "not rated"],
  ]
    .filter(([count]) => count !== 0)
    .map(([count, label]) => `${count} ${label}`);
  return { ...counts, text: parts.join(", ") || "no indicators" };
}
