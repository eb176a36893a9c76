import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Site } from "../scorecard/model";
import { listFiles } from "./listFiles";
import { SITE_SOURCES } from "./projectFiles";

/** Written into every built site: what each meeting's pages were built from, so the next build can reuse them. */
export const BUILD_MANIFEST = ".scorecards-build.json";

interface Manifest {
  /** Meeting folder → the key its pages were built under. */
  meetings: Record<string, string>;
}

/**
 * A hash of everything that shapes a page besides the content: templates, styles, code, site settings, packages,
 * the path prefix and the recorded commit. When it changes, every page is rendered again.
 * @example await pageVersion("/work/main", "/") // "c01d…"
 */
export async function pageVersion(projectRoot: string, pathPrefix: string): Promise<string> {
  const hash = createHash("sha256").update(pathPrefix).update("\0").update(process.env.SITE_COMMIT ?? "").update("\0");
  for (const source of [...SITE_SOURCES, "package-lock.json"]) {
    const full = path.join(projectRoot, source);
    const info = await stat(full).catch(() => undefined);
    const files = info?.isDirectory() ? (await listFiles(full)).map((file) => path.join(full, file)) : info ? [full] : [];
    for (const file of files) hash.update(path.relative(projectRoot, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Each meeting's page key: its pages show its own files and a link to, and rating changes since, the committee's
 * previous meeting, so the key covers both meetings' files and the page version.
 * @example meetingPageKeys(site, version).get("2017-09-07-cype") // "9b1e…"
 */
export function meetingPageKeys(site: Site, version: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const committee of site.committees) {
    committee.meetings.forEach((meeting, index) => {
      const previous = committee.meetings[index + 1];
      const parts = [version, meeting.slug, meeting.contentHash, previous?.slug ?? "", previous?.contentHash ?? ""];
      keys.set(meeting.slug, createHash("sha256").update(parts.join("\0")).digest("hex"));
    });
  }
  return keys;
}

/**
 * The meetings whose pages in the previous build were made under the same key and are all still there.
 * @example await reusableMeetings("_site", keys) // Set { "2017-09-07-cype" }
 */
export async function reusableMeetings(previousOutput: string, keys: ReadonlyMap<string, string>): Promise<Set<string>> {
  const manifest = await readFile(path.join(previousOutput, BUILD_MANIFEST), "utf8")
    .then((text) => JSON.parse(text) as Manifest)
    .catch(() => undefined);
  const reusable = new Set<string>();
  if (!manifest?.meetings) return reusable;
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
 * Puts the reused meetings' pages into the new site as hard links to the previous build's files (copies where the
 * file system cannot link), so the previous site stays untouched, and records every meeting's key.
 * @example await carryOverMeetings("_site", staging, reused, keys)
 */
export async function carryOverMeetings(
  previousOutput: string,
  staging: string,
  reused: ReadonlySet<string>,
  keys: ReadonlyMap<string, string>,
): Promise<void> {
  await Promise.all([...reused].map((slug) => linkTree(path.join(previousOutput, "meetings", slug), path.join(staging, "meetings", slug))));
  const manifest: Manifest = { meetings: Object.fromEntries([...keys].sort(([a], [b]) => a.localeCompare(b))) };
  await writeFile(path.join(staging, BUILD_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}

async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      if (!entry.isFile()) return;
      await link(source, target).catch((error: NodeJS.ErrnoException) => {
        // Some file systems (and some mounts) cannot hard-link; a copy is slower but just as correct.
        if (["EXDEV", "EPERM", "ENOTSUP", "EMLINK"].includes(error.code ?? "")) return copyFile(source, target);
        throw error;
      });
    }),
  );
}
