import type { Hash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "./listFiles";

/**
 * Everything a build of the site reads besides `content/` and `node_modules/`: what a page can depend on, so a change
 * to any of it renders every page again. `data/` is the content project's (PROJECT_SOURCES); the rest is the tool's
 * own. The clerk's tools (`authoring/`) and the developer's tools (`tools/`) are not here: editing them changes no
 * page. (Also what copies of a project take: benchmark, tests.)
 */
export const SITE_SOURCES = ["data", "pages", "layouts", "styles", "src", "assets", ".eleventy.js", "package.json"] as const;

/** The sources that are the content project's, read from the project folder; every other source is the tool's. */
export const PROJECT_SOURCES = ["data"] as const;

/** What the page version hashes: the site's sources and the installed packages. */
export const PAGE_SOURCES = [...SITE_SOURCES, "package-lock.json"] as const;

/**
 * The code a meeting's data (its ratings, sentences and charts) is computed from, and the installed packages: the
 * meeting cache starts afresh when any of it changes. test/pipeline/sources.test.ts fails if the data step imports
 * a file outside this list.
 */
export const DATA_STEP_SOURCES = [
  "src/content",
  "src/domain",
  "src/scorecard",
  "src/charts",
  "src/publication",
  "src/theme/colours.ts",
  "src/pipeline/loadScorecards.ts",
  // The cache itself: how it stores, names and verifies its files.
  "src/pipeline/meetingCache.ts",
  "src/pipeline/atomicWrite.ts",
  "src/pipeline/cacheDir.ts",
  "src/pipeline/listFiles.ts",
  "src/pipeline/sources.ts",
  "src/pipeline/toolRoot.ts",
  "package-lock.json",
] as const;

/**
 * Adds every file of the listed folders and files of a project to a hash, each with its path; a missing one is skipped.
 * @example await hashSources(createHash("sha256"), "/work/main", PAGE_SOURCES)
 */
export async function hashSources(hash: Hash, projectRoot: string, sources: readonly string[]): Promise<Hash> {
  for (const source of sources) {
    const full = path.join(projectRoot, source);
    const info = await stat(full).catch(() => undefined);
    const files = info?.isDirectory() ? (await listFiles(full)).map((file) => path.join(full, file)) : info ? [full] : [];
    for (const file of files) {
      hash.update(path.relative(projectRoot, file).split(path.sep).join("/")).update("\0");
      hash.update(await readFile(file)).update("\0");
    }
  }
  return hash;
}

/**
 * Adds the listed sources to a hash, as hashSources does, each from where a build reads it: PROJECT_SOURCES from the
 * content project, everything else from the tool's own folder (the same folder for the built-in sample).
 * @example await hashProjectSources(createHash("sha256"), "/work/main/examples/surrey", "/work/main", PAGE_SOURCES)
 */
export async function hashProjectSources(hash: Hash, projectRoot: string, toolRoot: string, sources: readonly string[]): Promise<Hash> {
  for (const source of sources) {
    await hashSources(hash, (PROJECT_SOURCES as readonly string[]).includes(source) ? projectRoot : toolRoot, [source]);
  }
  return hash;
}
