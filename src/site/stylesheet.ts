import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheDir } from "../build/cacheDir";
import { createRequire } from "node:module";
import type * as Sass from "sass";
import { colours, darkColours } from "./colours";
import type { SiteConfig } from "./siteData";

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);


/**
 * Compiles the site's Sass with the council's colours and the rating and chart palette as a `theme` module.
 * @example compileStylesheet('@use "site";', siteConfig, process.cwd())
 */
export function compileStylesheet(source: string, site: SiteConfig, projectRoot: string): string {
  const variables = [
    `$brand-colour: ${site.colours.brand};`,
    `$brand-text-colour: ${site.colours.brandText};`,
    `$link-colour: ${site.colours.link};`,
    `$link-visited-colour: ${site.colours.linkVisited};`,
    `$focus-colour: ${site.colours.focus};`,
    `$text-colour: ${colours.text};`,
    `$secondary-text-colour: ${colours.secondaryText};`,
    ...(["Red", "Amber", "Green"] as const).flatMap((rating) => {
      const palette = colours[`rating${rating}`];
      const name = rating.toLowerCase();
      return [`$rating-${name}-text: ${palette.text};`, `$rating-${name}-background: ${palette.background};`, `$rating-${name}-border: ${palette.border};`];
    }),
    ...Object.entries(darkColours).flatMap(([role, value]) =>
      typeof value === "string"
        ? [`$dark-${kebab(role)}: ${value};`]
        : Object.entries(value).map(([part, colour]) => `$dark-${kebab(role)}-${part}: ${colour};`),
    ),
    `$chart-result: ${colours.chartResult};`,
    `$chart-target: ${colours.chartTarget};`,
    `$chart-grid: ${colours.chartGrid};`,
    `$chart-axis-text: ${colours.chartAxisText};`,
  ].join("\n");
  // Partials read the palette with `@use "theme"`; Sass modules cannot see the entry file's variables.
  // Compiling GOV.UK Frontend's Sass takes over a second; the result depends only on these inputs, so it is cached.
  const cacheFolder = cacheDir(projectRoot);
  const key = createHash("sha256")
    .update(source)
    .update(variables)
    .update(readFileSync(path.join(projectRoot, "node_modules", "govuk-frontend", "package.json")))
    .update(readFileSync(path.join(projectRoot, "node_modules", "sass", "package.json")));
  for (const name of readdirSync(path.join(projectRoot, "styles")).sort()) key.update(name).update(readFileSync(path.join(projectRoot, "styles", name)));
  const cached = path.join(cacheFolder, `site-${key.digest("hex")}.css`);
  try {
    return readFileSync(cached, "utf8");
  } catch {
    // Not cached yet: compile below.
  }
  // Loaded only on a cache miss: loading the Sass compiler alone takes most of a second.
  const sass = createRequire(import.meta.url)("sass") as typeof Sass;
  const theme: Sass.Importer<"sync"> = {
    canonicalize: (url) => (url === "theme" ? new URL("theme:palette") : null),
    load: () => ({ contents: variables, syntax: "scss" }),
  };
  const result = sass.compileString(source, {
    importers: [theme],
    loadPaths: [path.join(projectRoot, "styles"), path.join(projectRoot, "node_modules")],
    style: "compressed",
    quietDeps: true,
    silenceDeprecations: ["import"],
  });
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(cached, result.css);
  return result.css;
}
