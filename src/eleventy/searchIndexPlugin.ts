import type { SearchBundle } from "../search/records";
import { writeSearchIndex } from "../search/searchIndex";

/** The parts of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
}

/**
 * Builds the Pagefind index from the data step's records while Eleventy renders, and waits for it when rendering ends,
 * so the build fails if the index cannot be written. For `npx @11ty/eleventy`; `npm run build` writes the index itself.
 * @example eleventyConfig.addPlugin(searchIndexPlugin, { bundles: searchBundles(site, glossary.terms) })
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, { bundles }: { bundles: readonly SearchBundle[] }): void {
  let indexing: Promise<unknown> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const started = writeSearchIndex(bundles, directories.output);
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
