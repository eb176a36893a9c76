import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readDataFile } from "../content/dataFile";
import { ownerRolesSchema } from "../content/ownerRoles";
import { RATING_SCHEME_FILE, ratingSchemeProblems, ratingSchemeSchema, schemeFrom, withSchemeHint } from "../content/ratingSchemeFile";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import type { Problem } from "../content/problems";
import type { SourceFile } from "../content/yamlSource";
import { problemAt, validateFrontMatter } from "../content/validate";
import { contrastRatio } from "./colours";

const text = z.string().trim().min(1);
/** A name shown on every page: plain text, since markup in it would reach every page. */
const name = text.refine((value) => !/[<>]/.test(value), { message: "contains < or >, which could put markup on every page; names are plain text" });
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { message: "expected a colour written #rrggbb, e.g. #1d70b8" });
const isoDate = z.iso.date();

/** The council's own name, colours and contact details, from data/site.json. */
export const siteConfigSchema = z.strictObject({
  council: name,
  serviceName: name,
  url: z.url({ protocol: /^https?$/ }),
  colours: z.strictObject({ brand: colour, brandText: colour, link: colour, linkVisited: colour, focus: colour }),
  contact: z.strictObject({ team: name, email: z.email(), phone: name, address: name }),
  accessibility: z.strictObject({ lastTested: isoDate, statementPrepared: isoDate }),
  contentSecurityPolicy: text,
  /** Why the council's policy must allow script the default forbids (e.g. an analytics tag); without it such a policy is refused. */
  contentSecurityPolicyOverride: text.optional(),
  /** The owners each indicator names, and their labels; Kent's four when not given. */
  ownerRoles: ownerRolesSchema.optional(),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The abbreviations the content uses, from data/glossary.json. */
export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ term: z.string().regex(/^\S+$/), meaning: text, description: text.optional() })),
});
export type Glossary = z.infer<typeof glossarySchema>;

/**
 * How a Content-Security-Policy is weaker than the site's default for script, or undefined when it is not: no
 * default-src, or script (script-src, else default-src) allowed inline, by eval, from any host or from a whole scheme.
 * @example weakerPolicy("default-src 'none'; script-src 'self' 'unsafe-inline'") // "script-src allows 'unsafe-inline'"
 */
export function weakerPolicy(policy: string): string | undefined {
  const directives = new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([directive, ...sources]) => [directive!.toLowerCase(), sources] as const),
  );
  if (!directives.has("default-src")) return "the policy has no default-src";
  const [name, sources] = directives.has("script-src") ? ["script-src", directives.get("script-src")!] : ["default-src", directives.get("default-src")!];
  const loose = sources.find(
    (source) => /^'(unsafe-inline|unsafe-eval|unsafe-hashes)'$/i.test(source) || source === "*" || /^[a-z][a-z0-9+.-]*:$/i.test(source),
  );
  return loose ? `${name} allows ${loose}` : undefined;
}

/** Ids the glossary page gives its own parts. */
const GLOSSARY_PAGE_IDS = ["main-content", "words", "rating", "target", "bandings", "direction-of-travel", "data-notes", "abbreviations"];

/** The text colour of a focused link, on the focus colour as its background (GOV.UK Frontend's focus style). */
const FOCUSED_TEXT = "#0b0c0c";

/** Colours the council chooses that must still be readable: text 4.5:1 (WCAG 1.4.3). */
const READABLE: [keyof SiteConfig["colours"], keyof SiteConfig["colours"] | "white", string][] = [
  ["brandText", "brand", "the header text on the brand colour"],
  ["link", "white", "links on the white page"],
  ["linkVisited", "white", "visited links on the white page"],
];

/** Terms the glossary page could not tell apart from each other or from its own parts. */
function glossaryProblems(source: SourceFile, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  // Each term is a row of the glossary page with its lower-cased term as its id, beside the page's own sections.
  const taken = new Set(GLOSSARY_PAGE_IDS);
  glossary.terms.forEach((entry, index) => {
    const id = entry.term.toLowerCase();
    if (taken.has(id)) {
      problems.push(
        problemAt(
          source,
          ["terms", index, "term"],
          `"${entry.term}" would have the same address on the glossary page (#${id}) as ${GLOSSARY_PAGE_IDS.includes(id) ? "a part of the page itself" : "another term"}`,
          "list each term once; a term that differs only in capitals is the same term",
        ),
      );
    }
    taken.add(id);
  });
  return problems;
}

/**
 * Reads and checks the site's configuration, glossary and rating scheme, reporting problems with file and line like content.
 * @example await readSiteData(process.cwd()) // { siteConfig: { council: "Kent County Council", … }, glossary: [...], problems: [] }
 */
export async function readSiteData(
  projectRoot: string,
): Promise<{ siteConfig?: SiteConfig; glossary?: Glossary; ratingScheme: RatingScheme; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async <T>(name: string, schema: z.ZodType<T>) => {
    const file = `data/${name}`;
    // A project without a glossary has no abbreviations to explain; every other data file must be there.
    // A site that sets no rating scheme uses Kent's Red/Amber/Green.
    const text = await readFile(path.join(projectRoot, file), "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" && name === "glossary.json") return '{ "terms": [] }';
      if (error.code === "ENOENT" && name === "ratings.json") return undefined;
      throw error;
    });
    if (text === undefined) return undefined;
    const { source, problems: found } = readDataFile(file, text);
    problems.push(...found);
    if (!source) return undefined;
    const checked = validateFrontMatter(source, schema);
    problems.push(...checked.problems);
    return checked.value === undefined ? undefined : { source, value: checked.value };
  };
  const site = await read("site.json", siteConfigSchema);
  const glossary = await read("glossary.json", glossarySchema);
  const before = problems.length;
  const ratings = await read("ratings.json", ratingSchemeSchema);
  problems.splice(before, problems.length - before, ...problems.slice(before).map(withSchemeHint));
  if (ratings) problems.push(...ratingSchemeProblems(ratings.source, ratings.value));
  if (glossary) problems.push(...glossaryProblems(glossary.source, glossary.value));
  if (site) {
    const weaker = weakerPolicy(site.value.contentSecurityPolicy);
    if (weaker && !site.value.contentSecurityPolicyOverride) {
      problems.push(
        problemAt(
          site.source,
          ["contentSecurityPolicy"],
          `${weaker}, which lets script the site did not write run on its pages`,
          'keep the default policy; if the council must allow it, add "contentSecurityPolicyOverride" saying why (see docs/hosting.md)',
        ),
      );
    }
    // A focused link is drawn as GOV.UK draws it: its text in near-black on the focus colour.
    const focusRatio = contrastRatio(FOCUSED_TEXT, site.value.colours.focus);
    if (focusRatio < 4.5) {
      problems.push(
        problemAt(
          site.source,
          ["colours", "focus"],
          `a focused link's text (${FOCUSED_TEXT}) on the focus colour would have a contrast of ${focusRatio.toFixed(2)}:1, below the 4.5:1 WCAG asks for, so keyboard users could not see where they are`,
          "choose a light, bright focus colour, such as GOV.UK's yellow #ffdd00",
        ),
      );
    }
    for (const [foreground, background, what] of READABLE) {
      const back = background === "white" ? "#ffffff" : site.value.colours[background];
      const ratio = contrastRatio(site.value.colours[foreground], back);
      if (ratio < 4.5) {
        problems.push(
          problemAt(
            site.source,
            ["colours", foreground],
            `${what} would have a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG asks for`,
            "choose a darker or lighter colour; a contrast checker shows the ratio as you try colours",
          ),
        );
      }
    }
  }
  const ratingScheme = ratings && !problems.some((problem) => problem.file === RATING_SCHEME_FILE) ? schemeFrom(ratings.value) : DEFAULT_RATING_SCHEME;
  return { siteConfig: site?.value, glossary: glossary?.value, ratingScheme, problems };
}
