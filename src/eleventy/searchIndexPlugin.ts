import { writePreparedSearchIndex, type PreparedBuild } from "../pipeline/prepareBuild";

/** The parts of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => Promise<void>): void;
}

/**
 * Builds the Pagefind index from the data step's records while Eleventy renders, reusing the previous site's bundles
 * that have not changed, and waits for it when rendering ends, so the build fails if the index cannot be written.
 * For a single Eleventy run (`npx @11ty/eleventy`); `npm run build`, which renders in several, writes the index itself.
 * @example eleventyConfig.addPlugin(searchIndexPlugin, { prepared })
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, { prepared }: { prepared: PreparedBuild }): void {
  let indexing: Promise<unknown> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const writing = writePreparedSearchIndex(prepared, directories.output);
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
