/**
 * `data/ratings.json`: the council's rating scheme (see domain/ratingScheme.ts), read and checked. A site without the
 * file uses Kent's Red/Amber/Green.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "jsonc-parser";
import { z } from "zod";
import { RANGE_STATUS_WORDS } from "../domain/expectedRange";
import { STATE_WORDS } from "../domain/rating";
import { DEFAULT_RATING_SCHEME, defaultTargetRule, STATUS_BORDERS, type RatingScheme, type Status } from "../domain/ratingScheme";
import { contrastRatio } from "../theme/colours";
import type { Problem } from "./problems";
import type { SourceFile } from "./yamlSource";
import { problemAt } from "./validate";

const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { message: "expected a colour written #rrggbb, e.g. #1d5a9e" });
const words = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !/[<>]/.test(value), { message: "contains < or >; a status is plain text" });
const statusColours = z.strictObject({ text: colour, background: colour, border: colour });

/** The fields of a bandings entry, which a status's id (its band's field) cannot also be; and the page's tag for no rating. */
const RESERVED_IDS = [
  "none",
  "bands",
  "financialyear",
  "target",
  "floor",
  "tolerancepercent",
  "tolerancepoints",
  "toleranceunits",
  "profiled",
  "outsidetolerance",
  "legend",
];

/** Where a site sets its rating scheme. */
export const RATING_SCHEME_FILE = "data/ratings.json";

/** What each field of data/ratings.json holds, for the hints of its problems (the content's fields of the same names differ). */
export const RATING_SCHEME_HINTS: Record<string, string> = {
  statuses: "a list of the council's statuses, best rating first, each with id, word, symbol, border, rated, light and dark",
  id: 'the name content files give the status\'s band, in lower-case words joined by hyphens, e.g. "blue" or "data-only"',
  word: 'the status as the paper prints it, e.g. "Blue" or "Data only"',
  meaning: 'what the council\'s key says it means, e.g. "Target exceeded"',
  symbol: 'one to three characters shown beside the word, e.g. "★"',
  border: '"solid", "dashed", "dotted" or "double"',
  rated: "true for a rating, false for a status that says why a figure is not rated (Data only, Not due)",
  light: "the tag's colours on the light page: text, background and border, each #rrggbb",
  dark: "the tag's colours in the dark scheme: text, background and border, each #rrggbb",
  text: "the colour of the tag's words, #rrggbb",
  background: "the tag's background colour, #rrggbb",
  targetRule: 'the ratings a rule worked out from a target gives, e.g. { "onTarget": "Green", "nearTarget": "Amber", "offTarget": "Red" }',
  onTarget: 'the rating for a target met, e.g. "Green"',
  nearTarget: 'the rating for a result short of the target but within the floor or tolerance, e.g. "Amber"',
  offTarget: 'the rating for a result beyond the floor or tolerance, e.g. "Red"',
};

/**
 * A problem of data/ratings.json with the hint its own field's meaning gives, where the content's field of the same
 * name would give another ("id", "border", "text").
 */
export function withSchemeHint(problem: Problem): Problem {
  const key = /([A-Za-z]+)(?:\[\d+\])?$/.exec(problem.field)?.[1];
  // A colour pair's border is a colour; the status's own border is a line style.
  const own = /\.(?:light|dark)\.border$/.test(problem.field)
    ? "the colour of the tag's border, #rrggbb"
    : key === undefined
      ? undefined
      : RATING_SCHEME_HINTS[key];
  if (!own || (problem.hint !== undefined && !problem.hint.startsWith("write "))) return problem;
  return { ...problem, hint: `write ${own}` };
}

/** data/ratings.json as a council writes it. */
export const ratingSchemeSchema = z.strictObject({
  statuses: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'expected lower-case words joined by hyphens, e.g. "blue" or "data-only"' })
          .refine((id) => !RESERVED_IDS.includes(id.replaceAll("-", "")), { message: "is a name a bandings entry already uses; choose another id" }),
        word: words,
        meaning: words.optional(),
        symbol: z
          .string()
          .trim()
          .refine((value) => [...value].length >= 1 && [...value].length <= 3 && /[\p{L}\p{N}\p{P}\p{S}]/u.test(value), {
            message: 'expected one to three visible characters, e.g. "★" or "▲"',
          }),
        border: z.enum(STATUS_BORDERS as [string, ...string[]]),
        rated: z.boolean(),
        light: statusColours,
        dark: statusColours,
      }),
    )
    .min(1),
  targetRule: z.strictObject({ onTarget: words, nearTarget: words, offTarget: words }).optional(),
});
type SchemeFile = z.infer<typeof ratingSchemeSchema>;

/** The scheme a checked file states, with its target rule named or taken from its three worst ratings. */
export function schemeFrom(file: SchemeFile): RatingScheme {
  const statuses = file.statuses as Status[];
  const targetRule = file.targetRule ?? defaultTargetRule(statuses.filter((status) => status.rated).map((status) => status.word));
  return { statuses, ...(targetRule ? { targetRule } : {}) };
}

/** The page backgrounds a tag sits on, light and dark (src/theme/colours.ts). */
const PAGES = { light: "#ffffff", dark: "#121416" } as const;

/**
 * What a scheme cannot be, beyond its shape: statuses named twice, words the site already uses for other things, fewer
 * than two ratings, a target rule that does not name ratings best first, and colours too faint to read in either scheme.
 */
export function ratingSchemeProblems(source: SourceFile, file: SchemeFile): Problem[] {
  const problems: Problem[] = [];
  const at = (where: (string | number)[], message: string, hint?: string) => problems.push(problemAt(source, where, message, hint));
  // A status named like a word the site uses without one ("Awaiting data") means the same, so the two are counted as one.
  const ranges = Object.values(RANGE_STATUS_WORDS);
  file.statuses.forEach((status, index) => {
    for (const field of ["id", "word", "symbol"] as const) {
      const first = file.statuses.findIndex((other) => other[field].toLowerCase() === status[field].toLowerCase());
      if (first < index)
        at(
          ["statuses", index, field],
          `"${status[field]}" is also the ${field} of status ${first + 1}`,
          `give each status its own ${field}, so a reader can tell them apart`,
        );
    }
    if (status.rated && [...ranges, ...Object.values(STATE_WORDS)].includes(status.word)) {
      at(
        ["statuses", index, "word"],
        `"${status.word}" is what the site says where a figure has no rating, so it cannot be a rating`,
        'set "rated": false, or choose the word the council\'s key prints',
      );
    }
    for (const scheme of ["light", "dark"] as const) {
      const { text, background, border } = status[scheme];
      const readable = contrastRatio(text, background);
      if (readable < 4.5) {
        at(
          ["statuses", index, scheme, "text"],
          `the ${status.word} tag's words on its background would have a contrast of ${readable.toFixed(2)}:1 in the ${scheme} scheme, below the 4.5:1 WCAG asks for`,
          `choose a ${scheme === "light" ? "darker" : "lighter"} text colour or a ${scheme === "light" ? "paler" : "deeper"} background; a contrast checker shows the ratio as you try colours`,
        );
      }
      const edge = contrastRatio(border, PAGES[scheme]);
      if (edge < 3) {
        at(
          ["statuses", index, scheme, "border"],
          `the ${status.word} tag's border would have a contrast of ${edge.toFixed(2)}:1 with the ${scheme} page (${PAGES[scheme]}), below the 3:1 WCAG asks for a shape`,
          `choose a ${scheme === "light" ? "darker" : "lighter"} border colour`,
        );
      }
    }
  });
  const ratings = file.statuses.filter((status) => status.rated).map((status) => status.word);
  if (ratings.length < 2)
    at(
      ["statuses"],
      `names ${ratings.length} status with rated: true, but a rating scheme needs at least two`,
      'set "rated": true on each status the council rates a figure with',
    );
  if (file.targetRule) {
    const { onTarget, nearTarget, offTarget } = file.targetRule;
    const named = [onTarget, nearTarget, offTarget];
    for (const [field, word] of [
      ["onTarget", onTarget],
      ["nearTarget", nearTarget],
      ["offTarget", offTarget],
    ] as const) {
      if (!ratings.includes(word))
        at(["targetRule", field], `"${word}" is not one of this scheme's ratings (${[...ratings].reverse().join(", ")})`, "name a status with rated: true");
    }
    const order = named.map((word) => ratings.indexOf(word));
    if (order.every((place) => place >= 0) && !(order[0]! < order[1]! && order[1]! < order[2]!)) {
      at(
        ["targetRule"],
        "must name three different ratings, best first: a target met, close to it, and missed",
        "list the statuses best first, and name them in that order",
      );
    }
  }
  return problems;
}

/**
 * The rating scheme of the project at `projectRoot`: data/ratings.json's, or Kent's when there is none or it cannot be
 * read (the check of the site's data files reports why).
 * @example (await readRatingScheme("examples/riverside-district")).statuses.map((status) => status.word) // ["Blue", "Green", …]
 */
export async function readRatingScheme(projectRoot: string): Promise<RatingScheme> {
  const text = await readFile(path.join(projectRoot, RATING_SCHEME_FILE), "utf8").catch(() => undefined);
  if (text === undefined) return DEFAULT_RATING_SCHEME;
  const parsed = ratingSchemeSchema.safeParse(parse(text));
  return parsed.success ? schemeFrom(parsed.data) : DEFAULT_RATING_SCHEME;
}
