import { statusOf, type RatingScheme } from "../domain/ratingScheme";
import type { RatingTag } from "./model";

/**
 * How a rating tag is drawn for a rating or status of the scheme: its style (the status's id) and symbol; a figure
 * with none is drawn with a dotted border and a dash.
 * @example ratingTagOf(DEFAULT_RATING_SCHEME, "Red") // { modifier: "red", symbol: "✕" }
 */
export function ratingTagOf(scheme: RatingScheme, rating: string | null): RatingTag {
  const status = rating === null ? undefined : statusOf(scheme, rating);
  return status ? { modifier: status.id, symbol: status.symbol } : { modifier: "none", symbol: "–" };
}
