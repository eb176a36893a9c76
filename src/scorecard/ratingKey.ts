/**
 * What the glossary and the accessibility statement say of the site's ratings, in its scheme's words: Kent's "Red,
 * Amber or Green … (✕ Red, ! Amber, ✓ Green)", or another council's statuses with the meanings its key gives.
 */
import { DEFAULT_RATING_SCHEME, statusWordsWorstFirst, wordList, type RatingScheme } from "../domain/ratingScheme";
import type { Indicator } from "./model";

export interface RatingKey {
  /** "Red, Amber or Green" */
  ratingsText: string;
  /** "Red, Amber and Green", as the bandings entry names what bands count as. */
  ratingsAndText: string;
  /** "✕ Red, ! Amber, ✓ Green" */
  symbolsText: string;
  /** Every status a tag may say: "Red, Amber, Green, Blue, Data only or Not due". */
  statusesText: string;
  /** The council's key, where it gives meanings: each status's symbol, word and meaning, in the scheme's order. */
  meanings: { symbol: string; word: string; meaning: string; rated: boolean }[];
  /** A bandings sentence as the data notes print one: Kent's, or the first of the site's own. */
  bandingsExample: string;
}

const KENT_EXAMPLE = "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green";

/**
 * The key to a site's ratings.
 * @example ratingKey(DEFAULT_RATING_SCHEME, indicators).symbolsText // "✕ Red, ! Amber, ✓ Green"
 */
export function ratingKey(scheme: RatingScheme, indicators: readonly Pick<Indicator, "bandings">[]): RatingKey {
  const ratings = statusWordsWorstFirst(scheme, true);
  const bySymbol = new Map(scheme.statuses.map((status) => [status.word, status.symbol]));
  const ownExample = indicators.flatMap((indicator) => indicator.bandings).find((bandings) => !bandings.profiled)?.sentence;
  return {
    ratingsText: wordList(ratings),
    ratingsAndText: wordList(ratings, "and"),
    symbolsText: ratings.map((word) => `${bySymbol.get(word)} ${word}`).join(", "),
    statusesText: wordList(statusWordsWorstFirst(scheme)),
    meanings: scheme.statuses.flatMap((status) =>
      status.meaning ? [{ symbol: status.symbol, word: status.word, meaning: status.meaning, rated: status.rated }] : [],
    ),
    bandingsExample: scheme === DEFAULT_RATING_SCHEME ? KENT_EXAMPLE : (ownExample ?? KENT_EXAMPLE),
  };
}
