/**
 * A council's rating scheme: the statuses its scorecard prints (Red/Amber/Green, Blue for exceeded, Harlow's star,
 * circle and triangle, "Data only" …), each with its word, symbol, border and colours, whether it is a rating, and its
 * place in the summary counts. Kent's Red/Amber/Green is the scheme of a site that sets none.
 */
import { colours, darkColours } from "../theme/colours";

/** A status's tag colours in one colour scheme: its words on its background, inside its border. */
export interface StatusColours {
  text: string;
  background: string;
  border: string;
}

/** The line a status's tag is drawn with: a cue beside its word and symbol (the symbol is what must differ). */
export type StatusBorder = "solid" | "dashed" | "dotted" | "double";
export const STATUS_BORDERS: readonly StatusBorder[] = ["solid", "dashed", "dotted", "double"];

/** One status a council's scorecard prints. */
export interface Status {
  /** The name content files use for its band ("red: below 70") and its legend, and the page's style: lower case, e.g. "data-only". */
  id: string;
  /** The word the paper prints and `rating:` gives: "Red", "Above target", "Data only". */
  word: string;
  /** What it means, as the council's key says: "Target achieved". */
  meaning?: string;
  /** A shape beside the word, so the tag never relies on colour: "✓", "★", "▲". */
  symbol: string;
  border: StatusBorder;
  /** False for a status that says why a figure has no rating ("Data only", "Not due"): it is shown and counted, never worked out. */
  rated: boolean;
  light: StatusColours;
  dark: StatusColours;
}

/** The statuses the rules worked out from a target give: target met, close to it (within the floor or tolerance), and not. */
export interface TargetRule {
  onTarget: string;
  nearTarget: string;
  offTarget: string;
}

export interface RatingScheme {
  /** Every status, in the order the summary counts them; the ratings among them best first. */
  statuses: readonly Status[];
  /** The words the target-based rules give; undefined when the scheme cannot say (fewer than three ratings and none named). */
  targetRule?: TargetRule;
}

/** The ratings a site that sets no scheme uses: Kent's, in the order its summary counts them. */
export const DEFAULT_RATING_SCHEME: RatingScheme = {
  statuses: [
    { id: "green", word: "Green", symbol: "✓", border: "double", rated: true, light: colours.ratingGreen, dark: darkColours.ratingGreen },
    { id: "amber", word: "Amber", symbol: "!", border: "dashed", rated: true, light: colours.ratingAmber, dark: darkColours.ratingAmber },
    { id: "red", word: "Red", symbol: "✕", border: "solid", rated: true, light: colours.ratingRed, dark: darkColours.ratingRed },
  ],
  targetRule: { onTarget: "Green", nearTarget: "Amber", offTarget: "Red" },
};

/**
 * The words of a scheme's ratings, best first.
 * @example ratingWords(DEFAULT_RATING_SCHEME) // ["Green", "Amber", "Red"]
 */
export function ratingWords(scheme: RatingScheme): string[] {
  return scheme.statuses.filter((status) => status.rated).map((status) => status.word);
}

/**
 * The words of a scheme's statuses as a key lists them for a clerk or a data user: the ratings worst first, as Kent's
 * key reads ("Red, Amber, Green"), then the statuses that are not ratings.
 * @example statusWordsWorstFirst(scheme) // ["Red", "Amber", "Green", "Blue", "Data only", "Not due"]
 */
export function statusWordsWorstFirst(scheme: RatingScheme, ratingsOnly = false): string[] {
  return [...ratingWords(scheme).reverse(), ...(ratingsOnly ? [] : unratedStatusWords(scheme))];
}

/**
 * The words of a scheme's statuses that are not ratings.
 * @example unratedStatusWords(scheme) // ["Data only", "Not due"]
 */
export function unratedStatusWords(scheme: RatingScheme): string[] {
  return scheme.statuses.filter((status) => !status.rated).map((status) => status.word);
}

/**
 * The status a word names, if the scheme has it.
 * @example statusOf(DEFAULT_RATING_SCHEME, "Red")?.symbol // "✕"
 */
export function statusOf(scheme: RatingScheme, word: string): Status | undefined {
  return scheme.statuses.find((status) => status.word === word);
}

/**
 * The target rule a scheme states, or else its three worst ratings (best first) as target met, near and not met.
 * @example defaultTargetRule(["Blue", "Green", "Amber", "Red"]) // { onTarget: "Green", nearTarget: "Amber", offTarget: "Red" }
 */
export function defaultTargetRule(ratings: readonly string[]): TargetRule | undefined {
  if (ratings.length < 3) return undefined;
  const [onTarget, nearTarget, offTarget] = ratings.slice(-3) as [string, string, string];
  return { onTarget, nearTarget, offTarget };
}

/** A list of words as a sentence says it: "Red, Amber or Green". */
export function wordList(words: readonly string[], last = "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}
