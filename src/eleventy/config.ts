import { writeFile } from "node:fs/promises";
import path from "node:path";
import { HtmlBasePlugin } from "@11ty/eleventy";
import nunjucks from "nunjucks";
import { renderPlan, type RenderBatch, type RenderPlan } from "../pipeline/renderPlan";
import { prepareBuild, type PreparedBuild } from "../pipeline/prepareBuild";
import { TOOL_ROOT } from "../pipeline/toolRoot";
import { downloadFiles } from "../opendata/downloads";
import { isoDateInWords } from "../scorecard/dates";
import { ratingKey } from "../scorecard/ratingKey";
import { markAbbreviations } from "../theme/abbreviations";
import { faviconIco, faviconSvg } from "../theme/favicon";
import { compileStylesheet } from "../theme/stylesheet";
import { cacheCompiledTemplates } from "./compiledTemplates";
import { cacheMacroImports } from "./macroImports";
import { searchIndexPlugin } from "./searchIndexPlugin";

/** The parts of Eleventy's configuration API this project uses. */
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addExtension(extension: string, options: unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  setLibrary(name: string, library: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setTemplateFormats(formats: string[]): void;
  setIncludesDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  setUseTemplateCache(use: boolean): void;
  addPreprocessor(name: string, extensions: string, callback: (this: { inputPath: string }) => false | undefined): void;
  on(event: "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
}

/** Folders, set here so `npx @11ty/eleventy` and the build script agree. */
export const config = {
  // Absolute, so a build started from any folder (tests, the benchmark, another council's project) reads this tool's pages.
  // data/ is read and checked by the data step alone (strict JSON, with file and line); Eleventy is given what it read,
  // and a data folder that does not exist, so it never parses data/*.json itself with rules of its own.
  dir: { input: path.join(TOOL_ROOT, "pages"), includes: "../layouts", data: "../.eleventy-data-none" },
  templateFormats: ["njk", "scss"],
  htmlTemplateEngine: "njk",
};

/** The templates of a meeting's pages and downloads: all a run without the site's own pages renders (see RenderBatch). */
const MEETING_TEMPLATES = new Set(["meeting.njk", "meeting-print.njk", "indicator.njk", "download-files.njk"]);

/**
 * Wires the prepared data and the site's look into Eleventy; all computing happens in the data step (prepareBuild),
 * which every build runs first. Given a batch, it renders that batch alone; without one, everything, and it writes the
 * search index too (a build in batches writes it itself).
 * @example await configure(eleventyConfig, await prepareBuild({ projectRoot, output: "_site", pathPrefix: "/", fresh: true }));
 */
export default async function configure(eleventyConfig: EleventyConfig, prepared: PreparedBuild, batch?: RenderBatch): Promise<void> {
  const { projectRoot, toolRoot, scorecards, siteConfig, glossary } = prepared;
  const downloads = batch?.downloads ?? downloadFiles(scorecards, siteConfig.council);
  const plan: RenderPlan = batch?.plan ?? renderPlan(scorecards, downloads, prepared.reusedMeetings);
  const sitePages = batch?.sitePages ?? true;
  // A batch of meetings alone renders their templates and no other (the plan leaves their other pages out).
  if (!sitePages)
    eleventyConfig.addPreprocessor("meetings-only", "*", function () {
      return MEETING_TEMPLATES.has(path.basename(this.inputPath)) ? undefined : false;
    });
  eleventyConfig.setTemplateFormats(config.templateFormats);
  if (prepared.rereadTemplates) eleventyConfig.setUseTemplateCache(false);
  eleventyConfig.setIncludesDirectory(config.dir.includes);
  eleventyConfig.setDataDirectory(config.dir.data);
  eleventyConfig.addGlobalData("site", siteConfig);
  eleventyConfig.addGlobalData("glossary", glossary);
  eleventyConfig.addGlobalData("scorecards", scorecards);
  // The glossary and accessibility statement name the site's own ratings.
  eleventyConfig.addGlobalData("ratingKey", ratingKey(scorecards.ratingScheme, scorecards.indicators));
  eleventyConfig.addGlobalData("downloads", downloads);
  eleventyConfig.addGlobalData("render", plan);
  // The search page merges the yearly bundles into the site-wide one.
  eleventyConfig.addGlobalData("search", { mergedBundles: prepared.searchBundles.slice(1).map((bundle) => bundle.name) });
  // The commit is recorded (on the home page) only when the environment gives it, so two builds of the same content are identical.
  eleventyConfig.addGlobalData("build", { commit: process.env.SITE_COMMIT ?? "" });
  // The statement's dates in words, as running text writes them ("26 November 2026"); data/site.json keeps them ISO.
  eleventyConfig.addGlobalData("statementDates", {
    prepared: isoDateInWords(siteConfig.accessibility.statementPrepared, "plain"),
    lastTested: isoDateInWords(siteConfig.accessibility.lastTested, "plain"),
  });
  eleventyConfig.addWatchTarget(path.join(projectRoot, "content"));
  eleventyConfig.addWatchTarget(path.join(toolRoot, "src"));

  // GOV.UK Frontend's macros are found beside our layouts (both the tool's, whichever project is built).
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([path.join(toolRoot, "layouts"), path.join(toolRoot, "node_modules/govuk-frontend/dist")]),
    { autoescape: true, throwOnUndefined: false },
  );
  cacheMacroImports(environment);
  cacheCompiledTemplates(environment);
  eleventyConfig.setLibrary("njk", environment);

  // The search index is written while Eleventy renders.
  if (!batch) eleventyConfig.addPlugin(searchIndexPlugin, { prepared });

  // The icon in the council's colours, written beside the pages (favicon.ico is binary, which templates cannot write):
  // every browser asks for one, and a missing one is a 404 on every page.
  if (sitePages) {
    eleventyConfig.on("eleventy.after", async ({ directories }) => {
      await writeFile(path.join(directories.output, "favicon.svg"), faviconSvg(siteConfig.colours));
      await writeFile(path.join(directories.output, "favicon.ico"), faviconIco(siteConfig.colours));
    });
  }

  // Every internal URL honours --pathprefix, so the site works under a sub-path of any host.
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // The only script on the site: it starts Pagefind on the search page, which works without it too.
  if (sitePages) eleventyConfig.addPassthroughCopy({ [path.join(toolRoot, "assets", "search.js")]: "assets/search.js" });

  eleventyConfig.addExtension("scss", {
    outputFileExtension: "css",
    compile: (input: string, inputPath: string) => {
      if (path.basename(inputPath).startsWith("_")) return undefined;
      return async () => compileStylesheet(input, siteConfig, projectRoot, toolRoot, scorecards.ratingScheme);
    },
  });

  eleventyConfig.addTransform("abbreviations", function (content) {
    return this.page.outputPath && this.page.outputPath.endsWith(".html") ? markAbbreviations(content, glossary.terms) : content;
  });
}

/**
 * For `npx @11ty/eleventy` (through .eleventy.js): the same prepare step as `npm run build`, rendering every page
 * straight into Eleventy's output folder (no cache, no reuse, no atomic swap: `npm run build` adds those).
 * @example export default (eleventyConfig) => configureFromEleventyCli(eleventyConfig); // .eleventy.js
 */
export async function configureFromEleventyCli(eleventyConfig: EleventyConfig): Promise<void> {
  const prepared = await prepareBuild({ projectRoot: TOOL_ROOT, output: path.join(TOOL_ROOT, "_site"), pathPrefix: "/", fresh: true });
  for (const warning of prepared.warnings) console.warn(warning);
  await configure(eleventyConfig, prepared);
}
