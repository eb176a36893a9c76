import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatProblem } from "../content/problems";
import { searchBundles, type SearchBundle } from "../search/records";
import { writeSearchIndex } from "../search/searchIndex";
import { readSiteData } from "../theme/siteData";
import { compileStylesheet } from "../theme/stylesheet";
import { checkProject, type ProjectData } from "./checkProject";
import { openMeetingCache } from "./meetingCache";
import { historyPageKeys, meetingPageKeys, pageVersion, readManifest, reusableHistoryPages, reusableMeetings, type Manifest } from "./pageReuse";
import type { MeetingReport } from "../scorecard/model";
import { TOOL_ROOT } from "./toolRoot";

export interface PrepareOptions {
  /** The content project: its content/, data/ and .cache/. */
  projectRoot: string;
  /** This tool's own folder, whose pages/, layouts/, styles/ and code build the site (default TOOL_ROOT). */
  toolRoot?: string;
  /** The folder the previous site is in (and the new one will be): its pages are reused where nothing changed. */
  output: string;
  /** e.g. "/council/scorecards/" for a site under a sub-path. */
  pathPrefix: string;
  /** Read and rate every meeting and render every page again, ignoring the cache and the previous site. */
  fresh: boolean;
  /** Read every page template from disk again: set for a build in a process that has built before. */
  rereadTemplates?: boolean;
  /** Told of each meeting read and rated afresh, as soon as it is (see LoadOptions). */
  onMeetingPrepared?: (meeting: MeetingReport) => void;
}

/** Everything a build knows before Eleventy starts: the checked data, and what of the previous site can be reused. */
export interface PreparedBuild extends ProjectData {
  projectRoot: string;
  toolRoot: string;
  /** The folder the previous site is in, whose search bundles and meeting pages may be reused. */
  previousSite: string;
  /** A hash of everything but the content that shapes a page (see pageVersion). */
  pageVersion: string;
  /** Each meeting's page key, recorded in the build manifest for the next build. */
  pageKeys: Map<string, string>;
  /** The previous build's manifest, if it left one and this build may reuse its work. */
  previousManifest?: Manifest;
  /** Meetings whose pages the previous build made from the same files: they are copied, not rendered. */
  reusedMeetings: ReadonlySet<string>;
  /** Each history page's key (see historyPageKeys), recorded in the build manifest for the next build. */
  historyKeys: Map<string, string>;
  /** History pages the previous build made from the same data ("/indicators/cin-plans/2010s/"): copied, not rendered. */
  reusedHistoryPages: ReadonlySet<string>;
  searchBundles: SearchBundle[];
  rereadTemplates: boolean;
  /** What looks wrong but stopped nothing, each with what to do. */
  warnings: string[];
}

/**
 * The one prepare step of every build (`npm run build`, and `npx @11ty/eleventy` through .eleventy.js): reads and
 * checks data/ and the content, rates every meeting (or takes it from the cache) and works out which pages the
 * previous site already has. Throws ContentProblems, listing every problem, when anything is wrong.
 * @example const prepared = await prepareBuild({ projectRoot: process.cwd(), output: "/work/main/_site", pathPrefix: "/", fresh: false });
 */
export async function prepareBuild(options: PrepareOptions): Promise<PreparedBuild> {
  const { projectRoot, output, pathPrefix, fresh } = options;
  const toolRoot = options.toolRoot ?? TOOL_ROOT;
  // The stylesheet compiles in a worker while the content is read; Eleventy picks up the same compilation later.
  const siteData = await readSiteData(projectRoot);
  if (siteData.siteConfig) {
    const source = await readFile(path.join(toolRoot, "pages", "assets", "site.scss"), "utf8");
    compileStylesheet(source, siteData.siteConfig, projectRoot, toolRoot, siteData.ratingScheme).catch(() => undefined);
  }
  const cache = fresh ? undefined : await openMeetingCache(projectRoot, toolRoot);
  const data = await checkProject(projectRoot, { cache, siteData, onMeetingPrepared: options.onMeetingPrepared });
  const version = await pageVersion(projectRoot, pathPrefix, toolRoot);
  const pageKeys = meetingPageKeys(data.scorecards, version);
  const historyKeys = historyPageKeys(data.scorecards, version);
  const previousManifest = fresh ? undefined : await readManifest(output);
  return {
    ...data,
    projectRoot,
    toolRoot,
    previousSite: output,
    pageVersion: version,
    pageKeys,
    previousManifest,
    reusedMeetings: previousManifest ? await reusableMeetings(output, previousManifest, pageKeys) : new Set<string>(),
    historyKeys,
    reusedHistoryPages: previousManifest ? await reusableHistoryPages(output, previousManifest, historyKeys) : new Set<string>(),
    searchBundles: searchBundles(data.scorecards, data.glossary.terms),
    rereadTemplates: options.rereadTemplates ?? false,
    warnings: data.scorecards.warnings.map(formatProblem),
  };
}

/**
 * Writes a prepared build's search index into `siteDir`, linking the bundles the previous site has from the same records.
 * @example await writePreparedSearchIndex(prepared, staging) // { hashes, written: 1, reused: 9 }
 */
export function writePreparedSearchIndex(prepared: PreparedBuild, siteDir: string): ReturnType<typeof writeSearchIndex> {
  return writeSearchIndex(prepared.searchBundles, siteDir, {
    version: prepared.pageVersion,
    previousSite: prepared.previousSite,
    previousHashes: prepared.previousManifest?.search ?? {},
  });
}
