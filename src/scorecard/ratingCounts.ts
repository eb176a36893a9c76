import type { Indicator, RatingCounts } from "./model";

/**
 * Counts the latest ratings of a set of indicators, as the summary tables show them.
 * @example countRatings(indicators).text // "1 Green, 2 Amber, 4 Red"
 */
export function countRatings(indicators: readonly Pick<Indicator, "rating" | "kind" | "latest" | "ratingText">[]): RatingCounts {
  const counts = { red: 0, amber: 0, green: 0, noData: 0, awaitingData: 0, notRated: 0 };
  for (const indicator of indicators) {
    if (indicator.kind === "activity") counts.notRated++;
    else if (indicator.rating === "Red") counts.red++;
    else if (indicator.rating === "Amber") counts.amber++;
    else if (indicator.rating === "Green") counts.green++;
    else if (indicator.ratingText === "Awaiting data") counts.awaitingData++;
    else counts.noData++;
  }
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
