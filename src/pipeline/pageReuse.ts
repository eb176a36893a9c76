import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { historyPages } from "../scorecard/history";
import type { IndicatorHistory, Scorecards } from "../scorecard/model";
import { writeFileAtomic } from "./atomicWrite";
import { linkFile, linkTree } from "./linkTree";
import { hashProjectSources, PAGE_SOURCES } from "./sources";
import { TOOL_ROOT } from "./toolRoot";

/** Written into every built site: what each meeting's pages were built from, so the next build can reuse them. */
export const BUILD_MANIFEST = ".scorecards-build.json";

export interface Manifest {
  /** Meeting folder → the key its pages were built under. */
  meetings: Record<string, string>;
  /** Search bundle → the hash of what it was written from. */
  search: Record<string, string>;
  /** A history's page ("/indicators/average-caseload/2010s/") → the key it was built under (none before 2 December 2026). */
  histories?: Record<string, string>;
}

/**
 * A hash of everything that shapes a page besides the content: templates, styles, code, site settings, packages and
 * the path prefix; the site settings (data/) are the project's, the rest the tool's. When it changes, every page is
 * rendered again. (The recorded commit is only on the home page, which every build renders, so a new commit alone does not.)
 * @example await pageVersion("/work/main", "/") // "c01d…"
 */
export async function pageVersion(projectRoot: string, pathPrefix: string, toolRoot = TOOL_ROOT): Promise<string> {
  const hash = createHash("sha256").update(pathPrefix).update("\0");
  return (await hashProjectSources(hash, projectRoot, toolRoot, PAGE_SOURCES)).digest("hex");
}

/**
 * Each meeting's page key: its pages show its own files and a link to, and rating changes since, the committee's
 * previous meeting, so the key covers both meetings' files and the page version.
 * @example meetingPageKeys(scorecards, version).get("2017-09-07-cype") // "9b1e…"
 */
export function meetingPageKeys(scorecards: Scorecards, version: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const committee of scorecards.committees) {
    committee.meetings.forEach((meeting, index) => {
      const previous = committee.meetings[index + 1];
      // The corrections come from the lock as well as the files: a recorded correction may change what they say.
      const parts = [version, meeting.slug, meeting.contentHash, JSON.stringify(meeting.corrections), previous?.slug ?? "", previous?.contentHash ?? ""];
      keys.set(meeting.slug, createHash("sha256").update(parts.join("\0")).digest("hex"));
    });
  }
  return keys;
}

/**
 * Each page of each history's key: the page version and everything the page shows (a page holds nothing else). A
 * decade's page that no meeting since has changed keeps its key, and is carried over.
 * @example historyPageKeys(scorecards, version).get("/indicators/average-caseload/") // "4c2a…"
 */
export function historyPageKeys(scorecards: Scorecards, version: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const page of historyPages(scorecards.histories)) {
    // A history's own page is the indicator's too: of that, it shows only its own part.
    const { latest: _latest, decades: _decades, ...shown } = page as Partial<IndicatorHistory>;
    keys.set(page.url, createHash("sha256").update(version).update("\0").update(JSON.stringify(shown)).digest("hex"));
  }
  return keys;
}

/**
 * The history pages the previous build made under the same key, and whose file is still there.
 * @example await reusableHistoryPages("_site", manifest, keys) // Set { "/indicators/average-caseload/2010s/" }
 */
export async function reusableHistoryPages(previousOutput: string, manifest: Manifest, keys: ReadonlyMap<string, string>): Promise<Set<string>> {
  const reusable = new Set<string>();
  await Promise.all(
    [...keys].map(async ([url, key]) => {
      if (manifest.histories?.[url] !== key) return;
      const page = await stat(path.join(previousOutput, ...url.split("/"), "index.html")).catch(() => undefined);
      if (page?.isFile()) reusable.add(url);
    }),
  );
  return reusable;
}

/**
 * Puts the reused history pages into the new site as hard links to the previous build's files (only the page: a
 * history's own page has its decades' folders beside it).
 * @example await carryOverHistoryPages("_site", staging, new Set(["/indicators/average-caseload/2010s/"]))
 */
export async function carryOverHistoryPages(previousOutput: string, staging: string, reused: ReadonlySet<string>): Promise<void> {
  await Promise.all(
    [...reused].map(async (url) => {
      const folder = path.join(staging, ...url.split("/"));
      await mkdir(folder, { recursive: true });
      await linkFile(path.join(previousOutput, ...url.split("/"), "index.html"), path.join(folder, "index.html"));
    }),
  );
}

/**
 * What the previous build recorded about itself, if it left a readable record.
 * @example await readManifest("_site") // { meetings: { "2017-09-07-cype": "9b1e…" }, search: { pagefind: "…" } }
 */
export async function readManifest(siteDir: string): Promise<Manifest | undefined> {
  const manifest = await readFile(path.join(siteDir, BUILD_MANIFEST), "utf8")
    .then((text) => JSON.parse(text) as Partial<Manifest>)
    .catch(() => undefined);
  return manifest?.meetings && manifest.search ? (manifest as Manifest) : undefined;
}

/**
 * The meetings whose pages in the previous build were made under the same key, and whose meeting page is still there.
 * @example await reusableMeetings("_site", manifest, keys) // Set { "2017-09-07-cype" }
 */
export async function reusableMeetings(previousOutput: string, manifest: Manifest, keys: ReadonlyMap<string, string>): Promise<Set<string>> {
  const reusable = new Set<string>();
  await Promise.all(
    [...keys].map(async ([slug, key]) => {
      if (manifest.meetings[slug] !== key) return;
      const page = await stat(path.join(previousOutput, "meetings", slug, "index.html")).catch(() => undefined);
      if (page?.isFile()) reusable.add(slug);
    }),
  );
  return reusable;
}

/**
 * Puts the reused meetings' pages into the new site as hard links to the previous build's files, so the previous
 * site stays untouched.
 * @example await carryOverMeetings("_site", staging, new Set(["2017-09-07-cype"]))
 */
export async function carryOverMeetings(previousOutput: string, staging: string, reused: ReadonlySet<string>): Promise<void> {
  await Promise.all([...reused].map((slug) => linkTree(path.join(previousOutput, "meetings", slug), path.join(staging, "meetings", slug))));
}

/**
 * Records, in the new site, what its meetings' and histories' pages and its search bundles were built from.
 * @example await writeManifest(staging, { meetings: Object.fromEntries(keys), search: hashes })
 */
export async function writeManifest(staging: string, manifest: Manifest): Promise<void> {
  const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  await writeFileAtomic(
    path.join(staging, BUILD_MANIFEST),
    `${JSON.stringify({ meetings: sorted(manifest.meetings), search: sorted(manifest.search), histories: sorted(manifest.histories ?? {}) }, null, 1)}\n`,
  );
}
