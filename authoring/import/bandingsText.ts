/**
 * Reads the data notes' target line, "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and
 * above = Green)", into the bandings a content file holds. Every form the papers publish is read, with its clauses
 * in any order and written either way round ("Below 70% = Red" or "Red = Below 70%"):
 *
 * - thresholds: "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green" (and its mirror image
 *   "80% and above = Green, 70% to 80% = Amber, Below 70% = Red");
 * - target and floor: "Green = target of 90% met, Amber = floor standard of 85% met but target not met,
 *   Red = floor standard not met";
 * - tolerance: "Green = target met, Amber = within 10% of target, Red = more than 10% from target".
 */
import type { BandingsFrontMatter } from "../../src/content/schema";
import { readBandings, type Bandings, type BandingsForm, type Rating } from "../../src/domain/bandings";
import { financialYearLabel } from "../../src/domain/periods";
import type { Polarity, UnitKind } from "../../src/domain/units";
import { readFigure } from "./figures";

const NUMBER = String.raw`(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)`;

/** Band wordings the papers use, each with the wording the content format takes ("below 70", "70 to 80", …). */
const BAND_WORDINGS: [RegExp, (a: string, b?: string) => string][] = [
  [new RegExp(`^(?:below|under|less than|fewer than|lower than|<)\\s*${NUMBER}$`), (a) => `below ${a}`],
  [new RegExp(`^(?:above|over|more than|greater than|higher than|>)\\s*${NUMBER}$`), (a) => `above ${a}`],
  [new RegExp(`^${NUMBER}\\s*(?:and|or) (?:above|over|more|higher|greater)$`), (a) => `${a} and above`],
  [new RegExp(`^(?:>=|≥|at least)\\s*${NUMBER}$`), (a) => `${a} and above`],
  [new RegExp(`^${NUMBER}\\s*(?:and|or) (?:below|under|less|lower|fewer)$`), (a) => `${a} and below`],
  [new RegExp(`^(?:<=|≤|at most|no more than)\\s*${NUMBER}$`), (a) => `${a} and below`],
  [new RegExp(`^(?:between\\s+)?${NUMBER}\\s*(?:to|-|–|—)\\s*${NUMBER}$`), (a, b) => `${a} to ${b}`],
  [new RegExp(`^between\\s+${NUMBER}\\s+and\\s+${NUMBER}$`), (a, b) => `${a} to ${b}`],
  [new RegExp(`^(?:exactly\\s+)?${NUMBER}$`), (a) => a],
];

const plain = (number: string) => String(Number(number.replaceAll(",", "")));

/**
 * One band as printed, in the content format's words; undefined when it is not a band.
 * @example bandText("80% and above") // "80 and above"
 * @example bandText("Below 70%") // "below 70"
 */
export function bandText(printed: string): string | undefined {
  const text = printed.replaceAll("%", "").trim().toLowerCase().replace(/\s+/g, " ");
  for (const [pattern, write] of BAND_WORDINGS) {
    const match = pattern.exec(text);
    if (match) return write(plain(match[1]!), match[2] === undefined ? undefined : plain(match[2]));
  }
  return undefined;
}

/** Splits a sentence at its commas and semicolons, but not at the comma of a thousands separator ("1,000"). */
function clauses(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!;
    if (char !== "," && char !== ";") continue;
    if (char === "," && /\d/.test(sentence[i - 1] ?? "") && /^\d{3}(?!\d)/.test(sentence.slice(i + 1))) continue;
    parts.push(sentence.slice(start, i));
    start = i + 1;
  }
  parts.push(sentence.slice(start));
  return parts.map((part) => part.trim().replace(/\.$/, "").trim());
}

const RATING_FIRST = /^(red|amber|green)\s*(?:=|:|–|—|-)\s*(.+)$/i;
const RATING_LAST = /^(.+?)\s*(?:=|:)\s*(red|amber|green)$/i;
const capital = (word: string) => (word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()) as Rating;

const EXAMPLE = '"Below 70% = Red, 70% to 80% = Amber, 80% and above = Green"';

/**
 * Reads the words after "RAG Bandings:" into one of the three published forms.
 * @example readBandingsSentence("80% and above = Green, 70% to 80% = Amber, Below 70% = Red")
 * // { form: { form: "thresholds", red: "below 70", amber: "70 to 80", green: "80 and above" } }
 */
export function readBandingsSentence(sentence: string): { form: BandingsForm; targetInSentence?: number } | { problem: string } {
  const quoted = `"${sentence}"`;
  const byRating = new Map<Rating, string>();
  for (const clause of clauses(sentence)) {
    const first = RATING_FIRST.exec(clause);
    const last = first ? undefined : RATING_LAST.exec(clause);
    const rating = first ? capital(first[1]!) : last ? capital(last[2]!) : undefined;
    const text = first ? first[2]! : last ? last[1]! : undefined;
    if (!rating || text === undefined) {
      return { problem: `cannot read the RAG bandings ${quoted}: "${clause}" names no rating; expected each band as "<band> = <rating>", e.g. ${EXAMPLE}` };
    }
    if (byRating.has(rating)) return { problem: `cannot read the RAG bandings ${quoted}: ${rating} is given twice` };
    byRating.set(rating, text.trim());
  }
  const missing = (["Red", "Amber", "Green"] as const).filter((rating) => !byRating.has(rating));
  if (missing.length) {
    return { problem: `cannot read the RAG bandings ${quoted}: there is no ${missing.join(" or ")} band; expected all three, e.g. ${EXAMPLE}` };
  }
  const red = byRating.get("Red")!;
  const amber = byRating.get("Amber")!;
  const green = byRating.get("Green")!;
  const words = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

  // Tolerance: "Green = target met, Amber = within 10% of target, Red = more than 10% from target".
  const within = /^within (\d+(?:\.\d+)?)% of (?:the )?target$/.exec(words(amber));
  if (within) {
    const beyond = /^more than (\d+(?:\.\d+)?)% (?:from|away from|off|outside) (?:the )?target$/.exec(words(red));
    if (!/^(?:the )?target (?:met|achieved)$/.test(words(green)) || !beyond || Number(beyond[1]) !== Number(within[1])) {
      return {
        problem: `cannot read the RAG bandings ${quoted}: a tolerance is written "Green = target met, Amber = within 10% of target, Red = more than 10% from target"`,
      };
    }
    return { form: { form: "tolerance", tolerancePercent: Number(within[1]) } };
  }

  // Target and floor: "Green = target of 90% met, Amber = floor standard of 85% met but target not met, Red = floor standard not met".
  const floorMet = new RegExp(`^floor(?: standard)?(?: of ${NUMBER}%?)? (?:met|achieved),? but (?:the )?target not (?:met|achieved)$`).exec(words(amber));
  if (floorMet) {
    const targetMet = new RegExp(`^(?:the )?target(?: of ${NUMBER}%?)? (?:met|achieved)$`).exec(words(green));
    if (!targetMet || !/^(?:the )?floor(?: standard)? not (?:met|achieved)$/.test(words(red))) {
      return {
        problem: `cannot read the RAG bandings ${quoted}: a floor standard is written "Green = target of 90% met, Amber = floor standard of 85% met but target not met, Red = floor standard not met"`,
      };
    }
    const floor = floorMet[1] === undefined ? Number.NaN : Number(plain(floorMet[1]));
    return {
      form: { form: "target-and-floor", floor },
      ...(targetMet[1] === undefined ? {} : { targetInSentence: Number(plain(targetMet[1])) }),
    };
  }

  const bands = { red: bandText(red), amber: bandText(amber), green: bandText(green) };
  for (const [rating, text] of [
    ["Red", red],
    ["Amber", amber],
    ["Green", green],
  ] as const) {
    if (bands[rating.toLowerCase() as "red" | "amber" | "green"] === undefined) {
      return {
        problem: `cannot read the RAG bandings ${quoted}: "${text}" is not a band this importer can read for ${rating}; expected e.g. "Below 70%", "70% to 80%", "80% and above", "Above 22", "18 and below" or "0"`,
      };
    }
  }
  return { form: { form: "thresholds", bands: { red: bands.red!, amber: bands.amber!, green: bands.green! } } };
}

/** The data notes' target line split into its parts. */
interface TargetLine {
  target: string;
  floor?: string;
  sentence: string;
}

function splitTargetLine(line: string): TargetLine | undefined {
  const match = /^Target\s*:\s*(.+?)\s*\(\s*(?:RAG\s+)?Bandings?\s*:\s*(.+)\)\.?$/i.exec(line.trim());
  if (!match) return undefined;
  const floor = /^(.+?),?\s+Floor(?: standard)?\s*:\s*(.+)$/i.exec(match[1]!);
  return floor ? { target: floor[1]!.trim(), floor: floor[2]!.trim(), sentence: match[2]!.trim() } : { target: match[1]!.trim(), sentence: match[2]!.trim() };
}

/**
 * Reads the data notes' "Target: …" line into a content file's bandings entry for a financial year, checked by the
 * data step's own rules (no gaps, no overlaps, bands in the order the polarity needs).
 * @example readTargetLine("Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)", "lower-is-better", "number", 1, 2017)
 */
export function readTargetLine(
  line: string,
  polarity: Polarity,
  unit: UnitKind,
  decimals: number,
  financialYear: number,
): { entry: BandingsFrontMatter; bandings: Bandings } | { problem: string } {
  const split = splitTargetLine(line);
  if (!split) {
    return {
      problem: `expected the target and its bandings, e.g. "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)", found "${line}"`,
    };
  }
  const target = readFigure(split.target);
  if (!target) return { problem: `cannot read the target "${split.target}" in "${line}": expected a figure such as "80%" or "18"` };
  const read = readBandingsSentence(split.sentence);
  if ("problem" in read) return read;
  let form = read.form;
  if (read.targetInSentence !== undefined && read.targetInSentence !== target.value) {
    return { problem: `the RAG bandings "${split.sentence}" name a target of ${read.targetInSentence}, but the line gives ${split.target}` };
  }
  if (form.form === "target-and-floor") {
    const printed = split.floor === undefined ? undefined : readFigure(split.floor);
    if (split.floor !== undefined && !printed) return { problem: `cannot read the floor standard "${split.floor}" in "${line}"` };
    const floor = Number.isNaN(form.floor) ? printed?.value : form.floor;
    if (floor === undefined) return { problem: `the RAG bandings "${split.sentence}" use a floor standard but do not say what it is` };
    if (printed && printed.value !== floor) {
      return { problem: `the floor standard is ${split.floor} but the RAG bandings "${split.sentence}" give ${floor}` };
    }
    form = { form: "target-and-floor", floor };
  }
  const built = readBandings({ financialYear, target: target.value, form }, polarity, unit, decimals);
  if ("problems" in built) {
    return { problem: `the RAG bandings "${split.sentence}" cannot be used: ${built.problems.map((p) => p.message).join("; ")}` };
  }
  const entry: BandingsFrontMatter = { financialYear: financialYearLabel(financialYear), target: target.value };
  if (form.form === "thresholds") Object.assign(entry, form.bands);
  else if (form.form === "target-and-floor") entry.floor = form.floor;
  else if (form.form === "tolerance") entry.tolerancePercent = form.tolerancePercent;
  else if (form.form === "tolerance-points") entry.tolerancePoints = form.tolerancePoints;
  else entry.toleranceUnits = form.toleranceUnits;
  return { entry, bandings: built.bandings };
}
