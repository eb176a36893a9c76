import { chmod, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";

export interface BuildOptions {
  projectRoot: string;
  /** Final output folder; replaced only when the whole build succeeds. */
  outputDir: string;
  /** e.g. "/council/scorecards/" for a site under a sub-path. */
  pathPrefix?: string;
  quiet?: boolean;
}

/**
 * Builds the site and its search index (made by the Eleventy configuration) into a fresh folder beside the output
 * and swaps it in only on success, so a failed or killed build never leaves a half-built site.
 * @example await buildSiteFiles({ projectRoot: process.cwd(), outputDir: "_site" })
 */
export async function buildSiteFiles(options: BuildOptions): Promise<{ pages: number }> {
  const output = path.resolve(options.projectRoot, options.outputDir);
  const parent = path.dirname(output);
  const prefix = `.${path.basename(output)}-build-`;
  await recoverFromKilledBuild(output, prefix);
  const staging = await mkdtemp(path.join(parent, prefix));
  // mkdtemp makes a private folder; a published site must be readable by the web server.
  await chmod(staging, 0o755);
  try {
    const eleventy = new Eleventy(path.join(options.projectRoot, "pages"), staging, {
      configPath: path.join(options.projectRoot, ".eleventy.js"),
      quietMode: options.quiet ?? true,
      pathPrefix: options.pathPrefix ?? "/",
    });
    const written = (await eleventy.write()) as unknown;
    const pages = countPages(written);
    const retired = `${staging}-previous`;
    await rename(output, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, output);
    await rm(retired, { recursive: true, force: true });
    return { pages };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Tidies up after a build that was killed: puts the last good site back if the kill came between the two renames,
 * and removes half-written staging folders.
 */
async function recoverFromKilledBuild(output: string, prefix: string): Promise<void> {
  const parent = path.dirname(output);
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).sort();
  let outputExists = await stat(output).then(() => true, () => false);
  for (const name of leftovers) {
    if (name.endsWith("-previous") && !outputExists) {
      await rename(path.join(parent, name), output);
      outputExists = true;
    } else {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

function countPages(written: unknown): number {
  const results = Array.isArray(written) ? written.flat(2) : [];
  return results.filter((entry: { outputPath?: string }) => entry?.outputPath?.endsWith(".html")).length;
}
