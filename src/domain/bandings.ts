import { asUnit, formatThreshold, mayBeNegative, PRECISION_STEP, toFine, type Polarity, type UnitLike } from "./units";

export type Rating = "Red" | "Amber" | "Green";
export const RATINGS: readonly Rating[] = ["Red", "Amber", "Green"];

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

/** Bandings exactly as a content file states them, in one of the three published forms. */
export type BandingsForm =
  | { form: "thresholds"; red: string; amber: string; green: string }
  | { form: "target-and-floor"; floor: number }
  | { form: "tolerance"; tolerancePercent: number };

export interface BandingsSpec {
  financialYear: number;
  target: number;
  form: BandingsForm;
}

/** Bandings ready to rate with: the three bands in order from worst to best. */
export interface Bandings {
  financialYear: number;
  target: number;
  bands: [Band, Band, Band];
  /** "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green" */
  sentence: string;
  /** "Target: 80% (RAG Bandings: ...)" as the data notes print it. */
  targetSentence: string;
}

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

/** Whether a unit is words after the figure (days, "per 1,000 population"), rather than a sign (%, £). */
function wordedUnit(unit: UnitLike): boolean {
  return !["percentage", "percentage-change", "money", "number", "count"].includes(asUnit(unit).kind);
}

function describeBand(band: Omit<Band, "text">, unit: UnitLike): string {
  const f = (b: Bound) => formatThreshold(b.value, unit);
  const { lower, upper } = band;
  // A range in a worded unit names it once, at its end: "18 to 22 days", not "18 days to 22 days"; "70% to 80%" as papers print it.
  if (lower && upper) return lower.fine === upper.fine ? f(lower) : `${wordedUnit(unit) ? formatThreshold(lower.value, "number") : f(lower)} to ${f(upper)}`;
  if (lower) return lower.inclusive ? `${f(lower)} and above` : `Above ${f(lower)}`;
  if (upper) return upper.inclusive ? `${f(upper)} and below` : `Below ${f(upper)}`;
  return "Any value";
}

/** Why a set of bands cannot be used, in words a clerk can act on; empty when they are sound. */
export function checkBands(bands: Omit<Band, "text">[], polarity: Polarity, unit: UnitLike): string[] {
  const problems: string[] = [];
  const ordered = [...bands].sort((a, b) => (a.lower?.fine ?? -Infinity) - (b.lower?.fine ?? -Infinity));
  const expected: Rating[] = polarity === "higher-is-better" ? ["Red", "Amber", "Green"] : ["Green", "Amber", "Red"];
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
      if (sharedPoint && low.rating !== "Green" && high.rating !== "Green") {
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
 * Rates a result against sound bands; at a boundary two bands share, Green wins, as the papers publish it
 * ("70% to 80% = Amber, 80% and above = Green" rates 80.0 Green).
 * @example rate(bandings, toFine(62.8, 1)) // "Red"
 */
export function rateFine(bands: readonly Omit<Band, "text">[], fine: number): Rating | undefined {
  const matching = bands.filter((band) => contains(band, fine)).map((band) => band.rating);
  if (matching.includes("Green")) return "Green";
  return matching[0];
}

/** Builds the three bands of a target-and-floor or tolerance form from the target. */
function derivedBands(spec: BandingsSpec, polarity: Polarity, decimals: number): Omit<Band, "text">[] {
  const higher = polarity === "higher-is-better";
  const target: Bound = { value: spec.target, fine: toFine(spec.target, decimals), inclusive: true };
  let edge: Bound;
  if (spec.form.form === "target-and-floor") {
    edge = { value: spec.form.floor, fine: toFine(spec.form.floor, decimals), inclusive: true };
  } else if (spec.form.form === "tolerance") {
    const hundredths = Math.round(spec.form.tolerancePercent * 100);
    const factor = higher ? 10000 - hundredths : 10000 + hundredths;
    const fine = Math.round((target.fine * factor) / 10000);
    edge = { value: (spec.target * factor) / 10000, fine, inclusive: true };
  } else {
    throw new Error("thresholds are read by parseBandText");
  }
  const exclusiveEdge: Bound = { ...edge, inclusive: false };
  return higher
    ? [
        { rating: "Red", upper: exclusiveEdge },
        { rating: "Amber", lower: edge, upper: target },
        { rating: "Green", lower: target },
      ]
    : [
        { rating: "Green", upper: target },
        { rating: "Amber", lower: target, upper: edge },
        { rating: "Red", lower: exclusiveEdge },
      ];
}

/**
 * Turns bandings as written into bands to rate with and the sentences the data notes print, or the reasons it
 * cannot.
 * @example readBandings({ financialYear: 2017, target: 80, form: { form: "thresholds", red: "below 70", amber: "70 to 80", green: "80 and above" } }, "higher-is-better", "percentage", 1)
 */
export function readBandings(
  spec: BandingsSpec,
  polarity: Polarity,
  unit: UnitLike,
  decimals: number,
): { bandings: Bandings } | { problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  let raw: Omit<Band, "text">[];
  if (spec.form.form === "thresholds") {
    raw = [];
    for (const rating of RATINGS) {
      const field = rating.toLowerCase() as "red" | "amber" | "green";
      const text = spec.form[field];
      const band = parseBandText(text, rating, decimals);
      if (!band) {
        problems.push({ field, message: `"${text}" is not a band this tool can read` });
      } else {
        raw.push(band);
      }
    }
    if (problems.length) return { problems };
  } else {
    raw = derivedBands(spec, polarity, decimals);
  }
  for (const message of checkBands(raw, polarity, unit)) problems.push({ field: "bands", message });
  if (problems.length) return { problems };

  const worstFirst = RATINGS.map((rating) => raw.find((band) => band.rating === rating)!);
  const bands = worstFirst.map((band) => ({ ...band, text: bandText(band, unit) })) as [Band, Band, Band];
  const target = formatThreshold(spec.target, unit);
  let sentence: string;
  let targetSentence: string;
  if (spec.form.form === "thresholds") {
    sentence = bands.map((band) => `${band.text} = ${band.rating}`).join(", ");
    targetSentence = `Target: ${target} (RAG Bandings: ${sentence})`;
  } else if (spec.form.form === "target-and-floor") {
    const floor = formatThreshold(spec.form.floor, unit);
    sentence = `Green = target of ${target} met, Amber = floor standard of ${floor} met but target not met, Red = floor standard not met`;
    targetSentence = `Target: ${target}, Floor standard: ${floor} (RAG Bandings: ${sentence})`;
  } else {
    const tolerance = `${formatThreshold(spec.form.tolerancePercent, "number")}%`;
    sentence = `Green = target met, Amber = within ${tolerance} of target, Red = more than ${tolerance} from target`;
    targetSentence = `Target: ${target} (RAG Bandings: ${sentence})`;
  }
  return { bandings: { financialYear: spec.financialYear, target: spec.target, bands, sentence, targetSentence } };
}

/** A band in the published words, capitalised as it opens a clause of the sentence. */
function bandText(band: Omit<Band, "text">, unit: UnitLike): string {
  const text = describeBand(band, unit);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The line a content file's tolerance note prints.
 * @example toleranceSentence("higher-is-better") // "Higher values are better"
 */
export function toleranceSentence(polarity: Polarity): string {
  if (polarity === "neither") return "Shown for context: neither higher nor lower values are better";
  return polarity === "higher-is-better" ? "Higher values are better" : "Lower values are better";
}
