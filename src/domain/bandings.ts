import type { Band, Bandings, BandingsSpec, BandingsWording, Bound, Rating, RatingRule, TargetForm } from "./bandingsTypes";
import { bandText, ruleProblems, sentences, type FieldProblem } from "./bandingsWords";
import { DEFAULT_RATING_SCHEME, ratingWords, wordList, type RatingScheme, type TargetRule } from "./ratingScheme";
import { asUnit, formatThreshold, mayBeNegative, PRECISION_STEP, toFine, type Polarity, type UnitLike } from "./units";

export type {
  Band,
  Bandings,
  BandingsForm,
  BandingsSpec,
  BandingsWording,
  Bound,
  OutsideTolerance,
  Rating,
  RatingRule,
  TargetForm,
  ToleranceForm,
} from "./bandingsTypes";

const BAND_TEXT = {
  below: /^below (-?[\d.]+)%?$/i,
  above: /^above (-?[\d.]+)%?$/i,
  range: /^(-?[\d.]+)%? to (-?[\d.]+)%?$/i,
  andAbove: /^(-?[\d.]+)%? and above$/i,
  andBelow: /^(-?[\d.]+)%? and below$/i,
  exactly: /^(-?[\d.]+)%?$/,
};

/** The ways a band can be written, for error hints. */
export const BAND_TEXT_FORMS = '"below 70", "above 22", "70 to 80", "80 and above", "18 and below" or "0"';

/**
 * Reads one band as a clerk writes it; undefined when it follows none of the forms.
 * @example parseBandText("70 to 80", "Amber", 1) // { rating: "Amber", lower: 70 incl., upper: 80 incl. }
 */
export function parseBandText(text: string, rating: Rating, decimals: number): Omit<Band, "text"> | undefined {
  const bound = (raw: string | undefined, inclusive: boolean): Bound | undefined => {
    const value = Number(raw);
    return raw === undefined || raw === "" || !Number.isFinite(value) ? undefined : { value, fine: toFine(value, decimals), inclusive };
  };
  const trimmed = text.trim();
  let m: RegExpExecArray | null;
  const one = (b: Bound | undefined, key: "lower" | "upper") => (b ? { rating, [key]: b } : undefined);
  if ((m = BAND_TEXT.below.exec(trimmed))) return one(bound(m[1], false), "upper");
  if ((m = BAND_TEXT.above.exec(trimmed))) return one(bound(m[1], false), "lower");
  if ((m = BAND_TEXT.andAbove.exec(trimmed))) return one(bound(m[1], true), "lower");
  if ((m = BAND_TEXT.andBelow.exec(trimmed))) return one(bound(m[1], true), "upper");
  if ((m = BAND_TEXT.range.exec(trimmed))) {
    const lower = bound(m[1], true);
    const upper = bound(m[2], true);
    return lower && upper ? { rating, lower, upper } : undefined;
  }
  if ((m = BAND_TEXT.exactly.exec(trimmed))) {
    const at = bound(m[1], true);
    return at ? { rating, lower: at, upper: at } : undefined;
  }
  return undefined;
}

/** The lowest value a unit allows, where it has one: no negative counts or percentages. */
function naturalMinimum(unit: UnitLike): number | undefined {
  return mayBeNegative(unit) ? undefined : 0;
}

/** The highest value a unit allows, where it has one. */
function naturalMaximum(unit: UnitLike): number | undefined {
  return asUnit(unit).kind === "percentage" ? 100 : undefined;
}

/** What the order of a scheme's ratings means for bands: which is better, and where two bands may share a boundary. */
export interface BandOrder {
  /** The ratings, best first. */
  ranked: readonly Rating[];
  /** The rating for a target met: two bands may share a boundary when the better of them is this good. */
  onTarget?: Rating;
}

/** Kent's order: Green, Amber, Red, with Green for a target met. */
const DEFAULT_ORDER: BandOrder = { ranked: ["Green", "Amber", "Red"], onTarget: "Green" };

/** Why a set of bands cannot be used, in words a clerk can act on; empty when they are sound. */
export function checkBands(bands: Omit<Band, "text">[], polarity: Polarity, unit: UnitLike, order: BandOrder = DEFAULT_ORDER): string[] {
  const problems: string[] = [];
  const rank = (rating: Rating) => order.ranked.indexOf(rating);
  const ordered = [...bands].sort((a, b) => (a.lower?.fine ?? -Infinity) - (b.lower?.fine ?? -Infinity));
  const worstFirstRatings = bands.map((band) => band.rating).sort((a, b) => rank(b) - rank(a));
  const expected: Rating[] = polarity === "higher-is-better" ? worstFirstRatings : worstFirstRatings.reverse();
  // A shared boundary goes to the better band, as the papers publish it, where that band is the target met or better.
  const sharesAllowed = (low: Rating, high: Rating) => Math.min(rank(low), rank(high)) <= (order.onTarget ? rank(order.onTarget) : 0);
  if (ordered.map((b) => b.rating).join() !== expected.join()) {
    return [
      `the bands run ${ordered.map((b) => b.rating).join(", ")} from low to high values, but ${polarity.replaceAll("-", " ")} needs ${expected.join(", ")}`,
    ];
  }
  const minimum = naturalMinimum(unit);
  const first = ordered[0]!;
  if (first.lower && !(minimum !== undefined && first.lower.inclusive && first.lower.value <= minimum)) {
    problems.push(`values below ${first.lower.value} would have no rating: write the ${first.rating} band as "below …" or "… and below"`);
  }
  const last = ordered[ordered.length - 1]!;
  const maximum = naturalMaximum(unit);
  if (last.upper && !(maximum !== undefined && last.upper.inclusive && last.upper.value >= maximum)) {
    problems.push(`values above ${last.upper.value} would have no rating: write the ${last.rating} band as "above …" or "… and above"`);
  }
  for (let i = 0; i + 1 < ordered.length; i++) {
    const low = ordered[i]!;
    const high = ordered[i + 1]!;
    if (!low.upper || !high.lower) {
      problems.push(`the ${low.rating} and ${high.rating} bands overlap: one of them is open-ended towards the other`);
      continue;
    }
    const gap = high.lower.fine - low.upper.fine;
    const pair = `${low.rating} (up to ${low.upper.value}) and ${high.rating} (from ${high.lower.value})`;
    if (gap < 0) {
      problems.push(`the bands overlap between ${pair}`);
    } else if (gap === 0) {
      const sharedPoint = low.upper.inclusive && high.lower.inclusive;
      const neither = !low.upper.inclusive && !high.lower.inclusive;
      if (neither) problems.push(`the bands leave a gap at exactly ${low.upper.value}, between ${pair}`);
      if (sharedPoint && !sharesAllowed(low.rating, high.rating)) {
        problems.push(`${low.upper.value} is in both the ${low.rating} and the ${high.rating} band: write one of them with "below" or "above"`);
      }
    } else if (!(gap === PRECISION_STEP && low.upper.inclusive && high.lower.inclusive)) {
      problems.push(`the bands leave a gap between ${pair}: some results would have no rating`);
    }
  }
  return problems;
}

function contains(band: Omit<Band, "text">, fine: number): boolean {
  const { lower, upper } = band;
  if (lower && (lower.inclusive ? fine < lower.fine : fine <= lower.fine)) return false;
  if (upper && (upper.inclusive ? fine > upper.fine : fine >= upper.fine)) return false;
  return true;
}

/**
 * Rates a result against sound bands; at a boundary two bands share, the better wins, as the papers publish it
 * ("70% to 80% = Amber, 80% and above = Green" rates 80.0 Green).
 * @example rateFine(bandings.bands, toFine(62.8, 1), ["Green", "Amber", "Red"]) // "Red"
 */
export function rateFine(bands: readonly Omit<Band, "text">[], fine: number, ranked: readonly Rating[] = DEFAULT_ORDER.ranked): Rating | undefined {
  const matching = bands.filter((band) => contains(band, fine)).map((band) => band.rating);
  return matching.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b))[0];
}

/** A fine value back as the number it stands for, exactly as a figure written with those decimals parses. */
function valueOfFine(fine: number, decimals: number): number {
  return fine / (PRECISION_STEP * 10 ** decimals);
}

/**
 * The worse end of Amber, in fine units: the floor, or the target less (or, when lower is better, plus) the tolerance. A
 * percentage is of the target's size, so a negative target's tolerance still lies on the worse side.
 */
function edgeFine(form: TargetForm, targetFine: number, higher: boolean, decimals: number): number {
  const worse = higher ? -1 : 1;
  switch (form.form) {
    case "target-and-floor":
      return toFine(form.floor, decimals);
    case "tolerance": {
      const hundredths = Math.round(form.tolerancePercent * 100);
      const factor = higher === targetFine >= 0 ? 10000 - hundredths : 10000 + hundredths;
      return Math.round((targetFine * factor) / 10000);
    }
    case "tolerance-points":
      return targetFine + worse * toFine(form.tolerancePoints, decimals);
    case "tolerance-units":
      return targetFine + worse * toFine(form.toleranceUnits, decimals);
  }
}

/**
 * The three bands a target-based form gives at one target, from low to high values. In a conditional rule the tolerance
 * is Green, and Red and Amber are both what lies beyond it.
 */
function derivedBands(
  form: TargetForm,
  targetFine: number,
  { polarity, decimals, targetRule }: Pick<RatingRule, "polarity" | "decimals"> & { targetRule: TargetRule },
  conditional: boolean,
): Omit<Band, "text">[] {
  const { onTarget, nearTarget, offTarget } = targetRule;
  const higher = polarity === "higher-is-better";
  const target: Bound = { value: valueOfFine(targetFine, decimals), fine: targetFine, inclusive: true };
  const fine = edgeFine(form, targetFine, higher, decimals);
  const edge: Bound = { value: form.form === "target-and-floor" ? form.floor : valueOfFine(fine, decimals), fine, inclusive: true };
  const beyond: Bound = { ...edge, inclusive: false };
  if (conditional) {
    return higher
      ? [
          { rating: offTarget, upper: beyond },
          { rating: nearTarget, upper: beyond },
          { rating: onTarget, lower: edge },
        ]
      : [
          { rating: onTarget, upper: edge },
          { rating: nearTarget, lower: beyond },
          { rating: offTarget, lower: beyond },
        ];
  }
  return higher
    ? [
        { rating: offTarget, upper: beyond },
        { rating: nearTarget, lower: edge, upper: target },
        { rating: onTarget, lower: target },
      ]
    : [
        { rating: onTarget, upper: target },
        { rating: nearTarget, lower: target, upper: edge },
        { rating: offTarget, lower: beyond },
      ];
}

/** Bands that no result falls in: profiled bandings have none for the year as a whole. */
function noYearBands({ offTarget, nearTarget, onTarget }: TargetRule): Band[] {
  const nowhere: Bound = { value: 0, fine: 0, inclusive: false };
  return [offTarget, nearTarget, onTarget].map((rating) => ({ rating, lower: nowhere, upper: nowhere, text: "" }));
}

/**
 * What the data notes call a year's bands: Kent's "RAG Bandings" for Red, Amber and Green, else "Bandings".
 * @example bandingsLabel(DEFAULT_RATING_SCHEME) // "RAG Bandings"
 */
export function bandingsLabel(scheme: RatingScheme): string {
  return ratingWords(scheme).sort().join() === "Amber,Green,Red" ? "RAG Bandings" : "Bandings";
}

/**
 * Turns bandings as written into bands to rate with and the sentences the data notes print, or the reasons it
 * cannot. `wording` names the periods in the sentences of a profiled or conditional rule; `scheme` is the council's
 * ratings, which a band per rating is written for (by id) and the target-based forms give.
 * @example readBandings({ financialYear: 2017, target: 80, form: { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } } }, "higher-is-better", "percentage", 1)
 */
export function readBandings(
  spec: BandingsSpec,
  polarity: Polarity,
  unit: UnitLike,
  decimals: number,
  wording: BandingsWording = {},
  scheme: RatingScheme = DEFAULT_RATING_SCHEME,
): { bandings: Bandings } | { problems: FieldProblem[] } {
  const ranked = ratingWords(scheme);
  const { targetRule } = scheme;
  const ruleFaults = ruleProblems(spec, unit, scheme);
  if (ruleFaults.length) return { problems: ruleFaults };
  const problems: FieldProblem[] = [];
  const { form } = spec;
  const conditional = spec.outsideTolerance !== undefined;
  let raw: Omit<Band, "text">[] | undefined;
  if (form.form === "thresholds") {
    raw = [];
    // Worst first, as the sentence reads: "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green".
    for (const status of scheme.statuses.filter((candidate) => candidate.rated).reverse()) {
      const text = form.bands[status.id];
      if (text === undefined) continue;
      const band = parseBandText(text, status.word, decimals);
      if (!band) problems.push({ field: status.id, message: `"${text}" is not a band this tool can read` });
      else raw.push(band);
    }
    if (raw.length + problems.length < 2) {
      problems.push({
        field: "bands",
        message: `gives ${raw.length + problems.length} band, but a rule needs one for each rating the paper's key gives (${wordList(ranked, "and")})`,
      });
    }
    if (problems.length) return { problems };
  } else if (!targetRule) {
    return {
      problems: [
        {
          field: "bands",
          message: `a rule worked out from a target gives three ratings (target met, close to it, missed), but this council rates with ${ranked.length === 2 ? "two" : ranked.length}: ${wordList(ranked, "and")}`,
          hint: `give a band for each rating instead, e.g. ${ranked.map((rating, index) => `${scheme.statuses.find((status) => status.word === rating)!.id}: "${index === 0 ? "95 and above" : "below 95"}"`).join(", ")}`,
        },
      ],
    };
  } else if (spec.target !== undefined) {
    // Profiled bandings are checked at the year's final target where it is given: a floor must be worse than it.
    raw = derivedBands(form, toFine(spec.target, decimals), { polarity, decimals, targetRule }, conditional);
  }
  const order: BandOrder = { ranked, ...(targetRule ? { onTarget: targetRule.onTarget } : {}) };
  if (raw && !conditional) for (const message of checkBands(raw, polarity, unit, order)) problems.push({ field: "bands", message });
  if (problems.length) return { problems };

  const rule: RatingRule = {
    polarity,
    decimals,
    ranked,
    ...(targetRule ? { targetRule } : {}),
    ...(spec.profiled && form.form !== "thresholds" ? { profiledForm: form } : {}),
  };
  if (spec.outsideTolerance) rule.outsideTolerance = spec.outsideTolerance;
  const label = bandingsLabel(scheme);
  if (form.form === "thresholds") {
    const bands = worstFirst(raw!, unit, ranked);
    const sentence = bands.map((band) => `${band.text} = ${band.rating}`).join(", ");
    const targetSentence = `Target: ${formatThreshold(spec.target!, unit)} (${label}: ${sentence})`;
    return { bandings: { financialYear: spec.financialYear, target: spec.target!, bands, sentence, targetSentence, profiled: false, rule } };
  }
  const common = { financialYear: spec.financialYear, ...sentences(spec, form, unit, wording, targetRule!, label), rule };
  if (spec.profiled) {
    return {
      bandings: { ...common, target: NaN, bands: noYearBands(targetRule!), profiled: true, ...(spec.target !== undefined ? { finalTarget: spec.target } : {}) },
    };
  }
  return { bandings: { ...common, target: spec.target!, bands: worstFirst(raw!, unit, ranked), profiled: false } };
}

/** Bands in the published words, worst first. */
function worstFirst(raw: Omit<Band, "text">[], unit: UnitLike, ranked: readonly Rating[]): Band[] {
  return [...raw].sort((a, b) => ranked.indexOf(b.rating) - ranked.indexOf(a.rating)).map((band) => ({ ...band, text: bandText(band, unit) }));
}

/** What rateResult reads of a year's bandings (a whole Bandings will do). */
export interface BandingsToRate {
  bands: readonly Omit<Band, "text">[];
  rule: RatingRule;
}

/** The figures rateResult rates one period by, each in fine units at the bandings' decimals (see toFine and RatingRule.decimals). */
export interface ResultFigures {
  /** The period's result. */
  fine: number;
  /** The period's own target, the trend row's: needed by profiled bandings, which rate against it. */
  targetFine?: number | null;
  /** The result of the same period a year before: needed by a conditional rule for a result beyond the tolerance. */
  lastYearFine?: number | null;
}

/**
 * Rates one period's result by its year's bandings, in every form: fixed bands as rateFine does; profiled bandings by the
 * bands their form gives at the period's own target; a conditional rule, beyond its tolerance, by whether the result
 * improved on the same period last year (strictly better; the same is not improved). Undefined when a figure the rule
 * needs is missing (ratingNeeds says which).
 * @example rateResult(havering, { fine: toFine(70, 1), targetFine: toFine(80, 1), lastYearFine: toFine(65, 1) }) // "Amber"
 */
export function rateResult(bandings: BandingsToRate, figures: ResultFigures): Rating | undefined {
  const { rule } = bandings;
  let bands: readonly Omit<Band, "text">[] = bandings.bands;
  if (rule.profiledForm) {
    if (figures.targetFine === undefined || figures.targetFine === null) return undefined;
    bands = derivedBands(rule.profiledForm, figures.targetFine, { ...rule, targetRule: rule.targetRule! }, rule.outsideTolerance !== undefined);
  }
  const rating = rateFine(bands, figures.fine, rule.ranked);
  if (!rule.outsideTolerance || rating === undefined || rating === rule.targetRule?.onTarget) return rating;
  const lastYear = figures.lastYearFine;
  if (lastYear === undefined || lastYear === null) return undefined;
  const improved = rule.polarity === "higher-is-better" ? figures.fine > lastYear : figures.fine < lastYear;
  return improved ? rule.outsideTolerance.improvedOnLastYear : rule.outsideTolerance.otherwise;
}

/**
 * Which figure rateResult lacks to rate a result, so the caller can say so: "target" (profiled bandings need the period's
 * target) or "same-period-last-year" (a conditional rule, for a result beyond its tolerance); undefined when it lacks none.
 * @example ratingNeeds(havering, { fine: toFine(70, 1), targetFine: toFine(80, 1) }) // "same-period-last-year"
 */
export function ratingNeeds(bandings: BandingsToRate, figures: ResultFigures): "target" | "same-period-last-year" | undefined {
  if (bandings.rule.profiledForm && (figures.targetFine === undefined || figures.targetFine === null)) return "target";
  if (rateResult(bandings, figures) !== undefined || !bandings.rule.outsideTolerance) return undefined;
  return figures.lastYearFine === undefined || figures.lastYearFine === null ? "same-period-last-year" : undefined;
}

/**
 * The bandings as they stand for one period: profiled bandings with the bands their form gives at that period's own
 * target (for the distance to the next band, say); any other bandings as they are.
 * @example bandingsAt(quarterly, 20, "percentage").bands[2].text // "20% and above"
 */
export function bandingsAt(bandings: Bandings, periodTarget: number, unit: UnitLike): Bandings {
  const { rule } = bandings;
  if (!rule.profiledForm) return bandings;
  const raw = derivedBands(
    rule.profiledForm,
    toFine(periodTarget, rule.decimals),
    { ...rule, targetRule: rule.targetRule! },
    rule.outsideTolerance !== undefined,
  );
  return { ...bandings, target: periodTarget, bands: worstFirst(raw, unit, rule.ranked) };
}

/**
 * The line a content file's tolerance note prints.
 * @example toleranceSentence("higher-is-better") // "Higher values are better"
 */
export function toleranceSentence(polarity: Polarity): string {
  if (polarity === "neither") return "Shown for context: neither higher nor lower values are better";
  return polarity === "higher-is-better" ? "Higher values are better" : "Lower values are better";
}
