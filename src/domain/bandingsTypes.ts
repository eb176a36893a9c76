/** The shapes of a council's rating rule, shared by the rule (bandings.ts) and its words (bandingsWords.ts). */
import type { Period } from "./periods";
import type { TargetRule } from "./ratingScheme";
import type { Polarity } from "./units";

/** A rating as the council's scheme words it: "Red", "Blue", "Above target" (see ratingScheme.ts). */
export type Rating = string;

/** One end of a band, in fine units (see toFine). */
export interface Bound {
  fine: number;
  inclusive: boolean;
  /** The value as written, for sentences. */
  value: number;
}

/** A range of results that earns one rating; a missing end is open. */
export interface Band {
  rating: Rating;
  lower?: Bound;
  upper?: Bound;
  /** The words of the published sentence: "Below 70%", "70% to 80%", "0". */
  text: string;
}

/**
 * The rule exactly as a content file states it, in one of the published forms: a band per rating (by the status's id,
 * e.g. { red: "below 70", amber: "70 to 80", green: "80 and above" }); a target and a floor; or a
 * tolerance around the target, as a percentage of it, in percentage points, or in the indicator's own unit.
 */
export type BandingsForm =
  | { form: "thresholds"; bands: Readonly<Record<string, string>> }
  | { form: "target-and-floor"; floor: number }
  | { form: "tolerance"; tolerancePercent: number }
  | { form: "tolerance-points"; tolerancePoints: number }
  | { form: "tolerance-units"; toleranceUnits: number };

/** The forms whose bands are built from the target, so can follow a target profiled through the year. */
export type TargetForm = Exclude<BandingsForm, { form: "thresholds" }>;

/** The forms that say how far from the target is still close to it; a conditional rule needs one. */
export type ToleranceForm = Extract<BandingsForm, { form: "tolerance" | "tolerance-points" | "tolerance-units" }>;

/**
 * A conditional rule's ratings for a result further from its target than the tolerance, by whether it improved on the
 * same period last year. Havering's: Amber when improved, otherwise Red; on or within the tolerance is Green.
 */
export interface OutsideTolerance {
  improvedOnLastYear: Rating;
  otherwise: Rating;
}

export interface BandingsSpec {
  financialYear: number;
  /** The year's target; for profiled bandings, the year's final target where the paper gives one. */
  target?: number;
  form: BandingsForm;
  /** Each period has its own target (a quarterly target, or a year-to-date one that grows), and the rule is applied to it. */
  profiled?: boolean;
  /** Makes the rule conditional: on or within the tolerance is Green, and beyond it the same period last year decides. */
  outsideTolerance?: OutsideTolerance;
}

/** How the sentences name the periods of a profiled or conditional rule: "the quarterly target", "the same quarter last year". */
export interface BandingsWording {
  /** The kind of period the indicator reports. */
  periodKind?: Period["kind"];
  /** The figures, so the profiled targets, count from 1 April: "the year-to-date target". */
  yearToDate?: boolean;
}

/** What rateResult needs beyond the year's bands: how to build bands from a period's own target, and a conditional rule. */
export interface RatingRule {
  polarity: Polarity;
  /** The scheme's ratings, best first: where two bands share a boundary, the better wins. */
  ranked: readonly Rating[];
  /** The ratings the target-based forms give (target met, near it, not); a scheme of fewer than three may name none. */
  targetRule?: TargetRule;
  /** The decimal places the bandings were read at: every fine value given to rateResult is at this precision. */
  decimals: number;
  /** For profiled bandings: the form whose bands are built from each period's own target. */
  profiledForm?: TargetForm;
  /** For a conditional rule: the ratings beyond the tolerance. */
  outsideTolerance?: OutsideTolerance;
}

/** Bandings ready to rate with: the bands in order from worst to best. */
export interface Bandings {
  financialYear: number;
  /**
   * The year's target, which every period is rated against. Profiled bandings have none (NaN), since each period is
   * rated against its own target: see finalTarget, and bandingsAt for one period's.
   */
  target: number;
  /**
   * The bands, worst first (three for a target-based form). Profiled bandings have no bands for the year as a whole, so these match no result:
   * rate with rateResult, and take a period's own bands from bandingsAt. For a conditional rule the Red and Amber bands
   * are both the results beyond the tolerance, between which the same period last year decides (rateResult does).
   */
  bands: Band[];
  /** "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green" */
  sentence: string;
  /** "Target: 80% (RAG Bandings: ...)" as the data notes print it. */
  targetSentence: string;
  /** True when each period is rated against its own target, the trend row's, rather than the year's. */
  profiled: boolean;
  /** For profiled bandings, the year's final target where the paper gives one. */
  finalTarget?: number;
  /** What rateResult applies beyond the bands. */
  rule: RatingRule;
}
