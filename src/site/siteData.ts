import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readDataFile } from "../content/dataFile";
import type { Problem } from "../content/problems";
import { problemAt, validateFrontMatter } from "../content/validate";
import { contrastRatio } from "./colours";

const text = z.string().trim().min(1);
const colour = z.string().regex(/^#[0-9a-f]{6}$/i);
const isoDate = z.iso.date();

/** The council's own name, colours and contact details, from data/site.json. */
export const siteConfigSchema = z.strictObject({
  council: text,
  serviceName: text,
  url: z.url({ protocol: /^https?$/ }),
  colours: z.strictObject({ brand: colour, brandText: colour, link: colour, linkVisited: colour, focus: colour }),
  contact: z.strictObject({ team: text, email: z.email(), phone: text, address: text }),
  accessibility: z.strictObject({ lastTested: isoDate, statementPrepared: isoDate }),
  contentSecurityPolicy: text,
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** The abbreviations the content uses, from data/glossary.json. */
export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ term: z.string().regex(/^\S+$/), meaning: text, description: text.optional() })),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** Colours the council chooses that must still be readable: text 4.5:1 (WCAG 1.4.3). */
const READABLE: [keyof SiteConfig["colours"], keyof SiteConfig["colours"] | "white", string][] = [
  ["brandText", "brand", "the header text on the brand colour"],
  ["link", "white", "links on the white page"],
  ["linkVisited", "white", "visited links on the white page"],
];

/**
 * Reads and checks the site's configuration and glossary, reporting problems with file and line like content.
 * @example await readSiteData(process.cwd()) // { siteConfig: { council: "Kent County Council", … }, glossary: [...], problems: [] }
 */
export async function readSiteData(projectRoot: string): Promise<{ siteConfig?: SiteConfig; glossary?: Glossary; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async <T>(name: string, schema: z.ZodType<T>) => {
    const file = `data/${name}`;
    const { source, problems: found } = readDataFile(file, await readFile(path.join(projectRoot, file), "utf8"));
    problems.push(...found);
    if (!source) return undefined;
    const checked = validateFrontMatter(source, schema);
    problems.push(...checked.problems);
    return checked.value === undefined ? undefined : { source, value: checked.value };
  };
  const site = await read("site.json", siteConfigSchema);
  const glossary = await read("glossary.json", glossarySchema);
  if (site) {
    for (const [foreground, background, what] of READABLE) {
      const back = background === "white" ? "#ffffff" : site.value.colours[background];
      const ratio = contrastRatio(site.value.colours[foreground], back);
      if (ratio < 4.5) {
        problems.push(problemAt(site.source, ["colours", foreground], `${what} would have a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG asks for`,
          "choose a darker or lighter colour; a contrast checker shows the ratio as you try colours"));
      }
    }
  }
  return { siteConfig: site?.value, glossary: glossary?.value, problems };
}
