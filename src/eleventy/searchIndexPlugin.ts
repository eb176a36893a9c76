import path from "node:path";
import type { SearchRecord } from "../search/records";
import { startSearchIndex, type SearchIndexSession } from "../search/searchIndex";

/** The parts of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
  addTransform(name: string, transform: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => string): void;
}

/**
 * Builds the Pagefind index with the site: records from the data step for the scorecard pages, and the rendered HTML
 * of the few other searchable pages (those marked data-pagefind-body). Pagefind works in its own process meanwhile.
 * @example eleventyConfig.addPlugin(searchIndexPlugin, { records: searchRecords(site) })
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, { records }: { records: readonly SearchRecord[] }): void {
  const indexed = new Set(records.map((record) => record.url));
  let session: SearchIndexSession | undefined;
  let output = "";
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    output = directories.output;
    session = await startSearchIndex();
    session.addRecords(records);
  });
  eleventyConfig.addTransform("search-index", function (content) {
    const { url, outputPath } = this.page;
    if (session && url && outputPath && outputPath.endsWith(".html") && !indexed.has(url) && content.includes("data-pagefind-body")) {
      session.addPage(path.relative(output, outputPath), content);
    }
    return content;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const finishing = session;
    session = undefined;
    await finishing?.finish(directories.output);
  });
}
