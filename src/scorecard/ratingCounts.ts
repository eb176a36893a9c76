import type { RatingScheme } from "../domain/ratingScheme";
import type { Indicator, RatingCount, RatingCounts, TrendRow } from "./model";

/** The states without a rating, as the summary counts them after the scheme's statuses. */
const STATE_LABELS = { "no-data": "no data", awaiting: "awaiting data", "not-rated": "not rated" } as const;

/** Which count a latest row adds to: its rating or status when it has one, otherwise its state. */
function countOf({ state, rating }: Pick<TrendRow, "state" | "rating">): string {
  if (state === "not-rated" || state === "awaiting") return STATE_LABELS[state];
  if (state === "no-data" || !rating) return STATE_LABELS["no-data"];
  return rating;
}

/**
 * Counts the latest ratings of a set of indicators, every status of the site's scheme in its order, as the summary
 * tables show them.
 * @example countRatings(indicators, DEFAULT_RATING_SCHEME).text // "1 Green, 2 Amber, 4 Red"
 */
export function countRatings(indicators: readonly Pick<Indicator, "latest">[], scheme: RatingScheme): RatingCounts {
  // By the word in lower case: a council's own "Awaiting data" status and a draft's awaited result are one count.
  const tally = new Map<string, RatingCount>();
  for (const label of [...scheme.statuses.map((status) => status.word), ...Object.values(STATE_LABELS)]) {
    if (!tally.has(label.toLowerCase())) tally.set(label.toLowerCase(), { label, count: 0 });
  }
  for (const indicator of indicators) tally.get(countOf(indicator.latest).toLowerCase())!.count++;
  const counts = [...tally.values()];
  const text = counts
    .filter(({ count }) => count !== 0)
    .map(({ label, count }) => `${count} ${label}`)
    .join(", ");
  return { counts, text: text || "no indicators" };
}
