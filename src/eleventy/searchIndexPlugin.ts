import type { SearchRecord } from "../search/records";
import { writeSearchIndex } from "../search/searchIndex";

/** The parts of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
}

/**
 * Builds the Pagefind index from the data step's records while Eleventy renders, and waits for it when rendering ends,
 * so the build fails if the index cannot be written.
 * @example eleventyConfig.addPlugin(searchIndexPlugin, { records: searchRecords(site, glossary.terms) })
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, { records }: { records: readonly SearchRecord[] }): void {
  let indexing: Promise<unknown> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const started = writeSearchIndex(records, directories.output);
    // Settled here so a build that fails while rendering does not also report an unhandled rejection.
    indexing = started.then(
      () => undefined,
      (error: unknown) => error,
    );
  });
  eleventyConfig.on("eleventy.after", async () => {
    const failure = await indexing;
    indexing = undefined;
    if (failure) throw failure;
  });
}
