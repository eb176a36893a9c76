/**
 * Which form a bandings entry is written in, by the fields it gives (a band per rating of the site's scheme, a floor,
 * or a tolerance), and how its problems are placed and worded.
 */
import type { BandingsForm } from "../domain/bandings";
import { DEFAULT_RATING_SCHEME, wordList, type RatingScheme } from "../domain/ratingScheme";
import type { IndicatorSource } from "../content/readContent";

type FieldPath = (string | number)[];
type BandingsEntry = IndicatorSource["front"]["bandings"][number];

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

/** The bands a scheme's rule is written with: a field per rating, worst first, and those a rule must give. */
function bandFields(scheme: RatingScheme): { fields: string[]; required: string[] } {
  const ratings = scheme.statuses.filter((status) => status.rated).reverse();
  const { targetRule } = scheme;
  // A rating beyond the target rule's three (Blue for exceeded) is a band a year may give or leave to the paper.
  const required = targetRule ? ratings.filter((status) => Object.values(targetRule).includes(status.word)) : ratings;
  return { fields: ratings.map((status) => status.id), required: required.map((status) => status.id) };
}

/** An example of a band per rating, for a hint: Kent's published one, or one for the scheme's own fields. */
function bandsExample(scheme: RatingScheme, fields: readonly string[]): string {
  if (scheme === DEFAULT_RATING_SCHEME || fields.join() === "red,amber,green") return 'red: "below 70", amber: "70 to 80", green: "80 and above"';
  const edges = fields.map((_, index) => 50 + index * 10);
  return fields
    .map(
      (field, index) =>
        `${field}: "${index === 0 ? `below ${edges[1]}` : index === fields.length - 1 ? `${edges[index]} and above` : `${edges[index]} to ${edges[index + 1]}`}"`,
    )
    .join(", ");
}

/**
 * The form an entry is written in; or, when it gives none, only some of the bands, or two forms at once, the
 * problem, at the field to change.
 */
export function bandingsForm(
  entry: BandingsEntry,
  scheme: RatingScheme,
): { form: BandingsForm } | { problem: { at: FieldPath; message: string; hint: string } } {
  const { fields, required } = bandFields(scheme);
  const written = entry as unknown as Record<string, string | undefined>;
  const formFields = [
    { fields, words: `${wordList(fields, "and")} bands` },
    { fields: ["floor"], words: "a floor" },
    { fields: ["tolerancePercent"], words: "a tolerancePercent" },
    { fields: ["tolerancePoints"], words: "a tolerancePoints" },
    { fields: ["toleranceUnits"], words: "a toleranceUnits" },
  ];
  const given = formFields.filter((form) => form.fields.some((field) => written[field] !== undefined));
  if (given.length > 1) {
    const [first, second] = given as [(typeof formFields)[number], (typeof formFields)[number]];
    return {
      problem: {
        at: [second.fields.find((field) => written[field] !== undefined)!],
        message: `these bandings give both ${first.words} and ${second.words}, but a year's rule is stated once, in one form`,
        hint: "keep the form the paper prints and delete the other",
      },
    };
  }
  const missing = required.filter((field) => written[field] === undefined);
  if (!missing.length) {
    const bands = Object.fromEntries(fields.flatMap((field) => (written[field] === undefined ? [] : [[field, written[field]!]])));
    return { form: { form: "thresholds", bands } };
  }
  if (entry.floor !== undefined) return { form: { form: "target-and-floor", floor: entry.floor } };
  if (entry.tolerancePercent !== undefined) return { form: { form: "tolerance", tolerancePercent: entry.tolerancePercent } };
  if (entry.tolerancePoints !== undefined) return { form: { form: "tolerance-points", tolerancePoints: entry.tolerancePoints } };
  if (entry.toleranceUnits !== undefined) return { form: { form: "tolerance-units", toleranceUnits: entry.toleranceUnits } };
  const example = bandsExample(scheme, fields);
  return {
    problem: {
      at: [],
      message: `bandings need exactly one of: all ${NUMBER_WORDS[required.length] ?? required.length} of ${wordList(required, "and")}; a floor; or a tolerancePercent`,
      hint:
        missing.length < required.length
          ? `add ${missing.join(" and ")}, e.g. ${example}`
          : `e.g. ${example}; or floor: 70; or a tolerance: tolerancePercent: 10, tolerancePoints: 5 or toleranceUnits: 2`,
    },
  };
}

/** The field a problem with how the bands fit together is reported at: for bands, the second (Kent's amber). */
export function bandsField(form: BandingsForm): string {
  switch (form.form) {
    case "thresholds": {
      const fields = Object.keys(form.bands);
      return fields[1] ?? fields[0] ?? "";
    }
    case "target-and-floor":
      return "floor";
    case "tolerance":
      return "tolerancePercent";
    case "tolerance-points":
      return "tolerancePoints";
    case "tolerance-units":
      return "toleranceUnits";
  }
}

export function bandsHint(form: BandingsForm, scheme: RatingScheme): string {
  const near = scheme.targetRule?.nearTarget ?? "the middle rating";
  switch (form.form) {
    case "thresholds": {
      const { fields } = bandFields(scheme);
      return `the ${NUMBER_WORDS[Object.keys(form.bands).length] ?? "given"} bands must meet without gaps or overlaps, e.g. ${bandsExample(scheme, fields)}`;
    }
    case "target-and-floor":
      return "the floor must be worse than the target: below it when higher is better, above it when lower is better";
    case "tolerance":
      return `tolerancePercent is how far from the target, as a percentage of it, still counts as ${near}`;
    case "tolerance-points":
      return `tolerancePoints is how many percentage points from the target still count as ${near}`;
    case "tolerance-units":
      return `toleranceUnits is how far from the target, in the indicator's own unit, still counts as ${near}`;
  }
}
