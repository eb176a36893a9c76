import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { chmod, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import configure from "../eleventy/config";
import { downloadFiles, type DownloadWriter } from "../opendata/downloads";
import { takeBuildLock } from "./buildLock";
import { processAlive } from "./processes";
import { safeOutputFolder } from "./outputFolder";
import { carryOverHistoryPages, carryOverMeetings, writeManifest } from "./pageReuse";
import { prepareBuild, writePreparedSearchIndex } from "./prepareBuild";
import { chartDrawer, type ChartDrawer } from "./chartDrawer";
import { chartsOfRun, MEETINGS_PER_RUN, meetingOfUrl, renderBatch, renderRuns } from "./renderPlan";
import { startTimings } from "./timings";
import { TOOL_ROOT } from "./toolRoot";

export interface BuildOptions {
  /** The content project: its content/ and data/ are built, its .cache/ kept, and outputDir is resolved inside it. */
  projectRoot: string;
  /** This tool's own folder, whose pages/, layouts/, styles/ and code build the site (default TOOL_ROOT). */
  toolRoot?: string;
  /** Final output folder, relative to the project; replaced only when the whole build succeeds. */
  outputDir: string;
  /** e.g. "/council/scorecards/" for a site under a sub-path. */
  pathPrefix?: string;
  quiet?: boolean;
  /** Build every page from scratch, ignoring the cache and the previous site (default: reuse what has not changed). */
  fresh?: boolean;
  /** Read every page template from disk again: set for a build in a process that has built before (npm start's rebuilds). */
  rereadTemplates?: boolean;
  /** Meetings rendered in one Eleventy run (default MEETINGS_PER_RUN). */
  meetingsPerRun?: number;
}

/** What a build did, for its report. */
export interface BuildResult {
  /** HTML pages in the new site. */
  pages: number;
  /** Pages rendered by this build; the rest were carried over from the previous site. */
  rendered: number;
  /** Meetings whose pages were carried over unchanged. */
  reusedMeetings: number;
  /** History pages carried over unchanged (a decade's page that no new figure touched, say). */
  reusedHistoryPages: number;
  /** Search bundles (one per year of meetings, and the site-wide one) carried over unchanged. */
  reusedSearchBundles: number;
  /** How long each phase took, and where the charts (indicators' and histories') were drawn: "data step 0.55 s, Eleventy 0.51 s, …; charts drawn: 11, 8 of them in worker threads" */
  timings: string;
  /** What looks wrong but stopped nothing, each with what to do: a leftover it could not delete, a file named .MD. */
  warnings: string[];
}

/**
 * Checks the content, then builds the site and its search index into a fresh folder beside the output and swaps it
 * in only on success, so a failed or killed build never leaves a half-built site. Published meetings never change:
 * meetings read and rated before come from the cache, and pages built from the same files are carried over.
 * Throws ContentProblems, listing every problem, when the content or site settings are wrong.
 * @example await buildSite({ projectRoot: process.cwd(), outputDir: "_site" })
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { projectRoot } = options;
  const timings = startTimings();
  const pathPrefix = options.pathPrefix ?? "/";
  // Checked before anything is read or written: a build never replaces a folder it did not make.
  const output = await safeOutputFolder(projectRoot, options.outputDir, options.toolRoot ?? TOOL_ROOT);
  // One build at a time per output folder: two would delete each other's staging folders, or swap in a half site.
  const release = await takeBuildLock(output);
  // Charts are drawn in worker threads from the moment each meeting is rated, up to about a run's worth ahead.
  const drawer = chartDrawer({ ahead: (options.meetingsPerRun ?? MEETINGS_PER_RUN) * INDICATORS_AHEAD });
  try {
    return await buildLocked(options, output, pathPrefix, timings, drawer);
  } finally {
    await drawer.close();
    await release();
  }
}

async function buildLocked(
  options: BuildOptions,
  output: string,
  pathPrefix: string,
  timings: ReturnType<typeof startTimings>,
  drawer: ChartDrawer,
): Promise<BuildResult> {
  const { projectRoot } = options;
  const toolRoot = options.toolRoot ?? TOOL_ROOT;
  const parent = path.dirname(output);
  const prefix = `.${path.basename(output)}-build-`;
  const warnings = await recoverFromKilledBuild(output, prefix);
  const prepared = await prepareBuild({
    projectRoot,
    toolRoot,
    output,
    pathPrefix,
    fresh: options.fresh ?? false,
    rereadTemplates: options.rereadTemplates,
    onMeetingPrepared: (meeting) => drawer.prefetch(meeting.indicators),
  });
  warnings.push(...prepared.warnings);
  const reused = prepared.reusedMeetings;
  timings.mark("data step");

  // The staging folder is named for this process, so a later build can tell whether its owner is still at work.
  const staging = await mkdtemp(path.join(parent, `${prefix}${process.pid}-`));
  // mkdtemp makes a private folder; a published site must be readable by the web server.
  await chmod(staging, 0o755);
  // Written while every run renders; a bundle the previous site has from the same records is linked from there.
  const searching = writePreparedSearchIndex(prepared, staging);
  // Earlier pages are linked in while Eleventy renders the rest.
  const carrying = Promise.all([carryOverMeetings(output, staging, reused), carryOverHistoryPages(output, staging, prepared.reusedHistoryPages)]);
  // Both awaited after rendering; handled now so a failure while Eleventy is still at work is not reported as unhandled.
  searching.catch(() => undefined);
  carrying.catch(() => undefined);
  try {
    // Written as they are made, not rendered: together they are as large as the rest of the model at 480 meetings.
    const downloads = downloadFiles(prepared.scorecards, prepared.siteConfig.council, downloadWriter(staging, reused));
    let rendered = 0;
    // A run at a time, each rendering some meetings (the last the site's own pages too): memory stays that of one run.
    const runs = renderRuns(prepared.scorecards, reused, options.meetingsPerRun, prepared.reusedHistoryPages);
    // The data step started the first run's meetings' charts; its histories' (when it is the last run) are started now.
    drawer.prefetch(chartsOfRun(runs[0]));
    for (const [index, run] of runs.entries()) {
      const charts = await drawer.draw(chartsOfRun(run));
      // The next run's charts are drawn while this one renders.
      drawer.prefetch(chartsOfRun(runs[index + 1]));
      const batch = renderBatch(prepared.scorecards, downloads, run, charts);
      const eleventy = new Eleventy(path.join(toolRoot, "pages"), staging, {
        // No configuration file: the configuration is called here with the data already prepared.
        configPath: false,
        config: (eleventyConfig) => configure(eleventyConfig, prepared, batch),
        quietMode: options.quiet ?? true,
        pathPrefix,
      });
      rendered += countPages((await eleventy.write()) as unknown);
    }
    timings.mark("Eleventy");
    const [search] = await Promise.all([searching, carrying]);
    await writeManifest(staging, {
      meetings: Object.fromEntries(prepared.pageKeys),
      search: search.hashes,
      histories: Object.fromEntries(prepared.historyKeys),
    });
    timings.mark("search index and carrying over");
    const reusedPages = prepared.scorecards.meetings
      .filter((meeting) => reused.has(meeting.slug))
      .reduce((sum, meeting) => sum + 2 + meeting.indicators.length, prepared.reusedHistoryPages.size);
    await swapIn(staging, output);
    timings.mark("swapping in");
    const charts = drawer.drawn();
    return {
      pages: rendered + reusedPages,
      rendered,
      reusedMeetings: reused.size,
      reusedHistoryPages: prepared.reusedHistoryPages.size,
      reusedSearchBundles: search.reused,
      timings: `${timings.report()}; charts drawn: ${charts.here + charts.inWorkers}, ${charts.inWorkers} of them in worker threads`,
      warnings,
    };
  } catch (error) {
    await Promise.allSettled([searching, carrying]);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Indicators a meeting is allowed for in what the chart drawer may hold ahead: a run of scorecards of 30 indicators. */
const INDICATORS_AHEAD = 30;

/**
 * Writes the downloads into the staging folder, but those of a meeting whose folder is carried over from the previous
 * site. A file written a piece at a time (the archive's) is hashed as it goes.
 */
function downloadWriter(staging: string, reused: ReadonlySet<string>): DownloadWriter {
  const target = (url: string) => {
    const file = path.join(staging, ...url.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    return file;
  };
  return {
    write(file) {
      const meeting = meetingOfUrl(file.url);
      if (meeting !== undefined && reused.has(meeting)) return;
      writeFileSync(target(file.url), file.content);
    },
    // Only the archive's files, in no meeting's folder, are written a piece at a time.
    open(url) {
      const descriptor = openSync(target(url), "w");
      const hash = createHash("sha256");
      let bytes = 0;
      // Pieces are a record each: written some 64 KB at a time, not one call each.
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = () => {
        const piece = Buffer.from(pending.join(""), "utf8");
        for (let offset = 0; offset < piece.length;) offset += writeSync(descriptor, piece, offset);
        hash.update(piece);
        bytes += piece.length;
        pending = [];
        pendingLength = 0;
      };
      return {
        append(text) {
          pending.push(text);
          pendingLength += text.length;
          if (pendingLength >= 65536) flush();
        },
        end() {
          flush();
          closeSync(descriptor);
          return { bytes, sha256: hash.digest("hex") };
        },
      };
    },
  };
}

/** Puts the staging folder where the output was, the previous site aside (deleted in the background). */
async function swapIn(staging: string, output: string): Promise<void> {
  const retired = `${staging}-previous`;
  await rename(output, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  removeInBackground(retired);
}

/**
 * Deletes the previous site from a detached process: it is no longer served, and deleting thousands of files can
 * take longer than the rest of an incremental build. Anything left over (say the machine stopped) is removed by
 * the next build's tidy-up.
 */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder], {
    detached: true,
    stdio: "ignore",
  });
  remover.on("error", () => rm(folder, { recursive: true, force: true }).catch(() => undefined));
  remover.unref();
}

/**
 * Tidies up after a build that was killed: puts the last good site back if the kill came between the two renames,
 * and removes staging folders whose build has gone. Returns what it could not remove, with what to do about it.
 */
async function recoverFromKilledBuild(output: string, prefix: string): Promise<string[]> {
  const parent = path.dirname(output);
  const warnings: string[] = [];
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).sort();
  let outputExists = await stat(output).then(
    () => true,
    () => false,
  );
  for (const name of leftovers) {
    const retired = name.endsWith("-previous");
    const owner = Number(/^\d+(?=-)/.exec(name.slice(prefix.length))?.[0] ?? NaN);
    // A staging folder of a build still running (one of a version without the build lock) is left to it.
    if (!retired && owner !== process.pid && processAlive(owner)) continue;
    if (retired && !outputExists) {
      await rename(path.join(parent, name), output);
      outputExists = true;
      continue;
    }
    const problem = await removeTree(path.join(parent, name));
    if (problem)
      warnings.push(
        `${path.join(parent, name)} is left from an earlier build and could not be deleted (${problem}); delete it by hand, e.g. chmod -R u+w then rm -rf.`,
      );
  }
  return warnings;
}

/** Deletes a folder, making read-only parts writable if it must; returns the error code if it still cannot. */
async function removeTree(folder: string): Promise<string | undefined> {
  try {
    await rm(folder, { recursive: true, force: true });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    if (code !== "EACCES" && code !== "EPERM") return code;
  }
  try {
    await makeWritable(folder);
    await rm(folder, { recursive: true, force: true });
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? "error";
  }
}

async function makeWritable(folder: string): Promise<void> {
  await chmod(folder, 0o755);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await makeWritable(file);
    else if (!entry.isSymbolicLink()) await chmod(file, 0o644);
  }
}

function countPages(written: unknown): number {
  const results = Array.isArray(written) ? written.flat(2) : [];
  return results.filter((entry: { outputPath?: string }) => entry?.outputPath?.endsWith(".html")).length;
}
