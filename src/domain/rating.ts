/**
 * The one rating rule: which rating a period of an indicator's trend gets, and why it has none when it has none. The data
 * step, the importer and the accessibility gate all take their answer (and their words) from here.
 */
import { rateResult, ratingNeeds, type BandingsToRate, type Rating } from "./bandings";
import { RANGE_STATUS_WORDS } from "./expectedRange";
import type { RatingScheme } from "./ratingScheme";
import { toFine } from "./units";

/**
 * What a period's rating cell says: a rating; a status of the council's scheme that is not a rating ("Data only",
 * "Not due"), as the paper printed it; or why there is none.
 */
export type RatingState = "rated" | "status" | "no-data" | "awaiting" | "not-rated";

/** Where a row's rating came from: our bandings, or the paper itself for years whose bandings are not on record. */
export type RatingSource = "computed" | "as published";

/** One period as the rule needs it. */
export interface RatingInput {
  /** The period's result, or null when there is none. */
  result: number | null;
  /** True when an empty result is still to come (the newest period of a draft), not missing. */
  awaited: boolean;
  kind: "performance" | "activity";
  /** The indicator's published decimal places: results are rated at that precision. */
  decimals: number;
  /** The bandings in force for the period's financial year, when they are on record. */
  bandings?: BandingsToRate;
  /** The period's own target: profiled bandings rate against it. */
  target?: number | null;
  /** The same period a year before: a rule conditional on improvement reads it. */
  lastYear?: number | null;
  /** The rating the paper printed for the period, if any. */
  published?: Rating;
  /** A status the paper printed that is not a rating (Data only, Not due): shown as printed, never worked out. */
  status?: string;
  /** The paper showed the figure without rating it: before the indicator was rated, or before its bandings are on record. */
  unrated?: boolean;
  /** The paper's rating stands even where the bandings give another: it is shown as published, with the rule's beside it. */
  keepPublished?: boolean;
}

/** Why a period's rating cannot stand as given; each caller words it for its own reader. */
export type RatingProblem =
  /** An activity indicator is shown for context and never rated, yet a rating was given. */
  | { kind: "activity-rated"; published: Rating }
  /** A rating was given for a period with no result. */
  | { kind: "rated-without-result"; published: Rating }
  /** The rating as published is not what the bandings give the result. */
  | { kind: "disagrees"; published: Rating; computed: Rating | null }
  /** There are no bandings on record for the year, so only the rating as published can rate the result, and there is none. */
  | { kind: "published-needed" }
  /** A figure marked unrated was given a rating too. */
  | { kind: "unrated-with-rating"; published: Rating }
  /** A figure marked unrated falls in a year whose bandings are on record, which rate it. */
  | { kind: "unrated-with-bandings" }
  /** The rule needs a figure the row does not give: its own target (profiled bandings), or the same period last year. */
  | { kind: "rule-needs"; needs: "target" | "same-period-last-year" };

/** The rule's answer for one period. */
export interface RatingOutcome {
  rating: Rating | null;
  state: RatingState;
  /** Null when there is no rating (a status that is not a rating has none either). */
  source: RatingSource | null;
  problem?: RatingProblem;
  /** Where a published rating was kept against the bandings: what the bandings give (null for no rating). */
  ruleRating?: Rating | null;
  /** Where a published rating stands unchecked because the rule needs a figure the row does not give. */
  uncheckedFor?: "target" | "same-period-last-year";
}

/**
 * Rates one period: activity indicators and figures marked unrated are never rated; a period without a result has no data (or is awaiting it);
 * a result is rated by its year's bandings when they are on record, and otherwise keeps the rating as published.
 * @example rateRow({ result: 62.8, awaited: false, kind: "performance", decimals: 1, bandings, published: "Red" }) // { rating: "Red", state: "rated", source: "computed" }
 */
export function rateRow({
  result,
  awaited,
  kind,
  decimals,
  bandings,
  published,
  status,
  unrated,
  keepPublished,
  target,
  lastYear,
}: RatingInput): RatingOutcome {
  // The paper says why the figure has no rating, in the council's words: that stands, whatever the figure.
  if (status) return { rating: status, state: "status", source: null };
  if (unrated && kind === "performance") {
    const problem: RatingProblem | undefined = published
      ? { kind: "unrated-with-rating", published }
      : bandings
        ? { kind: "unrated-with-bandings" }
        : undefined;
    if (result === null) return { rating: null, state: awaited ? "awaiting" : "no-data", source: null, ...(problem ? { problem } : {}) };
    return { rating: null, state: "not-rated", source: null, ...(problem ? { problem } : {}) };
  }
  if (kind === "activity") return { rating: null, state: "not-rated", source: null, ...(published ? { problem: { kind: "activity-rated", published } } : {}) };
  if (result === null) {
    const state = awaited ? "awaiting" : "no-data";
    return { rating: null, state, source: null, ...(published ? { problem: { kind: "rated-without-result", published } } : {}) };
  }
  if (bandings) {
    const figures = {
      fine: toFine(result, decimals),
      targetFine: target === undefined || target === null ? null : toFine(target, decimals),
      lastYearFine: lastYear === undefined || lastYear === null ? null : toFine(lastYear, decimals),
    };
    const needs = ratingNeeds(bandings, figures);
    // Without the figure the rule reads, the rating the paper printed stands unchecked; without one, the figure is needed.
    if (needs && published) return { rating: published, state: "rated", source: "as published", uncheckedFor: needs };
    if (needs) return { rating: null, state: "no-data", source: null, problem: { kind: "rule-needs", needs } };
    const computed = rateResult(bandings, figures) ?? null;
    const disagrees = published !== undefined && computed !== published;
    // Never silently changed: a rating the paper printed against its own rule stands, marked, with the rule's beside it.
    if (disagrees && keepPublished) return { rating: published, state: "rated", source: "as published", ruleRating: computed };
    return {
      rating: computed,
      state: computed ? "rated" : "no-data",
      source: "computed",
      ...(disagrees ? { problem: { kind: "disagrees", published, computed } } : {}),
    };
  }
  if (published) return { rating: published, state: "rated", source: "as published" };
  return { rating: null, state: "no-data", source: null, problem: { kind: "published-needed" } };
}

/** The words each state without a rating is shown in, on every page and in the gate's check of rating tags. */
export const STATE_WORDS = {
  "no-data": "No data",
  awaiting: "Awaiting data",
  "not-rated": "Not rated",
} as const satisfies Record<Exclude<RatingState, "rated" | "status">, string>;

/**
 * Every word a rating tag of a site may say: its scheme's statuses, the states without one, then where an unrated
 * figure stands against an expected range.
 * @example ratingTagWords(DEFAULT_RATING_SCHEME) // ["Green", "Amber", "Red", "No data", …, "Within expected range"]
 */
export function ratingTagWords(scheme: RatingScheme): string[] {
  return [...scheme.statuses.map((status) => status.word), ...Object.values(STATE_WORDS), ...Object.values(RANGE_STATUS_WORDS)];
}

/**
 * The word a rating cell shows for the rule's answer: the rating or status in the council's words, or why there is none.
 * @example ratingWord({ rating: null, state: "awaiting" }) // "Awaiting data"
 */
export function ratingWord({ rating, state }: Pick<RatingOutcome, "rating" | "state">): string {
  if (state !== "rated" && state !== "status") return STATE_WORDS[state];
  return rating ?? STATE_WORDS["no-data"];
}

/**
 * The word a result cell shows when there is no result.
 * @example missingResultWord(true) // "Awaiting data"
 */
export function missingResultWord(awaited: boolean): string {
  return STATE_WORDS[awaited ? "awaiting" : "no-data"];
}
