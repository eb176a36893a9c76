import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { readVerified, writeVerified } from "../pipeline/atomicWrite";
import { cacheDir } from "../pipeline/cacheDir";
import { TOOL_ROOT } from "../pipeline/toolRoot";
import { Worker } from "node:worker_threads";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import { colours, darkColours } from "./colours";
import type { SiteConfig } from "./siteData";

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Compiles the site's Sass with the council's colours and the rating and chart palette as a `theme` module, in a
 * worker thread, or takes it from the cache. The Sass and packages are the tool's (`toolRoot`); the cache is the
 * project's. Calls with the same inputs share one compilation.
 * @example await compileStylesheet('@use "site";', siteConfig, process.cwd())
 */
export function compileStylesheet(
  source: string,
  site: SiteConfig,
  projectRoot: string,
  toolRoot = TOOL_ROOT,
  scheme: RatingScheme = DEFAULT_RATING_SCHEME,
): Promise<string> {
  const variables = [
    `$brand-colour: ${site.colours.brand};`,
    `$brand-text-colour: ${site.colours.brandText};`,
    `$link-colour: ${site.colours.link};`,
    `$link-visited-colour: ${site.colours.linkVisited};`,
    `$focus-colour: ${site.colours.focus};`,
    `$text-colour: ${colours.text};`,
    `$secondary-text-colour: ${colours.secondaryText};`,
    statusMap(scheme),
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
  // Compiling GOV.UK Frontend's Sass takes most of a second; the result depends only on these inputs, so it is cached.
  const key = createHash("sha256")
    .update(source)
    .update(variables)
    .update(readFileSync(path.join(toolRoot, "node_modules", "govuk-frontend", "package.json")))
    .update(readFileSync(path.join(toolRoot, "node_modules", "sass-embedded", "package.json")));
  for (const name of readdirSync(path.join(toolRoot, "styles")).sort()) key.update(name).update(readFileSync(path.join(toolRoot, "styles", name)));
  const cached = path.join(cacheDir(projectRoot), `site-${key.digest("hex")}.css`);
  let compiling = inFlight.get(cached);
  if (!compiling) {
    compiling = readVerified(cached).then(async (kept) => {
      if (kept) return kept.toString("utf8");
      const css = await compileInWorker({ source, variables, loadPaths: [path.join(toolRoot, "styles"), path.join(toolRoot, "node_modules")] });
      await mkdir(path.dirname(cached), { recursive: true });
      // Whole, and checked when read: a stylesheet torn by a full disk is compiled again, never published.
      await writeVerified(cached, css);
      return css;
    });
    inFlight.set(cached, compiling);
  }
  return compiling;
}

/**
 * The scheme's statuses as the Sass map the stylesheet draws a tag style from, each with its colours in both schemes.
 * @example statusMap(DEFAULT_RATING_SCHEME) // '$rating-statuses: ("green": ("text": #002d18, …, "style": double), …);'
 */
function statusMap(scheme: RatingScheme): string {
  const entries = scheme.statuses.map(({ id, light, dark, border }) => {
    const fields = {
      text: light.text,
      background: light.background,
      border: light.border,
      "dark-text": dark.text,
      "dark-background": dark.background,
      "dark-border": dark.border,
    };
    return `"${id}": (${Object.entries(fields)
      .map(([name, value]) => `"${name}": ${value}`)
      .join(", ")}, "style": ${border})`;
  });
  return `$rating-statuses: (${entries.join(", ")});`;
}

/** Compilations under way or done in this process, so a build can start one early and Eleventy pick it up later. */
const inFlight = new Map<string, Promise<string>>();

function compileInWorker(workerData: { source: string; variables: string; loadPaths: string[] }): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(TOOL_ROOT, "src", "theme", "stylesheetWorker.mjs"), { workerData });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The stylesheet worker stopped (exit code ${code}) before compiling the stylesheet`)));
  });
}
