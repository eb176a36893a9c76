import { writeSearchIndex } from "../search/searchIndex";
import type { PreparedBuild } from "../pipeline/prepareBuild";

/** The parts of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
}

export type SearchIndexing = ReturnType<typeof writeSearchIndex>;

/**
 * Builds the Pagefind index from the data step's records while Eleventy renders, reusing the previous site's bundles
 * that have not changed, and waits for it when rendering ends, so the build fails if the index cannot be written.
 * `started` hands the work in progress to the caller, which must not remove the output folder while it runs.
 * @example eleventyConfig.addPlugin(searchIndexPlugin, { prepared, started: (indexing) => (search = indexing) })
 */
export function searchIndexPlugin(
  eleventyConfig: EleventyConfig,
  { prepared, started }: { prepared: PreparedBuild; started?: (indexing: SearchIndexing) => void },
): void {
  let indexing: Promise<unknown> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const previousHashes = prepared.previousManifest?.search ?? {};
    const writing = writeSearchIndex(prepared.searchBundles, directories.output, {
      version: prepared.pageVersion,
      previousSite: prepared.previousSite,
      previousHashes,
    });
    started?.(writing);
    // Settled here so a build that fails while rendering does not also report an unhandled rejection.
    indexing = writing.then(
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
