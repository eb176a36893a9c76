import { createHash } from "node:crypto";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { mapLimited } from "../content/mapLimited";
import type { MeetingReport } from "../scorecard/model";
import { readVerified, writeVerified } from "./atomicWrite";
import { DATA_STEP_SOURCES, hashSources, PROJECT_SOURCES } from "./sources";
import { cacheDir } from "./cacheDir";
import { TOOL_ROOT } from "./toolRoot";

/** Built meetings from earlier builds, by a key that changes whenever anything they were built from changes. */
export interface MeetingCache {
  get(key: string): Promise<MeetingReport | undefined>;
  /** Keeps a meeting built in this build, for the next. */
  set(key: string, meeting: MeetingReport): void;
  /** Writes what was kept and forgets entries this build did not use. */
  save(): Promise<void>;
}

/**
 * A hash of the code that turns content into meetings (DATA_STEP_SOURCES) and of the installed packages, both the
 * tool's, and of the project's data/ (the council's settings, which the checks of a meeting may read). A change to
 * any of them starts a fresh cache, so a cached meeting is always what this code would build.
 * @example await codeVersion("/work/main") // "3f9a…"
 */
export async function codeVersion(projectRoot: string, toolRoot = TOOL_ROOT): Promise<string> {
  const hash = await hashSources(createHash("sha256"), toolRoot, DATA_STEP_SOURCES);
  await hashSources(hash, projectRoot, PROJECT_SOURCES);
  return hash.digest("hex").slice(0, 16);
}

/**
 * The meeting cache of a project, one file per meeting (V8's own serialisation, which keeps shared objects shared).
 * Published meetings never change, so after the first build only new or corrected meetings are read and rated again.
 * @example const cache = await openMeetingCache(process.cwd()); await loadSite(process.cwd(), { cache });
 */
export async function openMeetingCache(projectRoot: string, toolRoot = TOOL_ROOT): Promise<MeetingCache> {
  const version = await codeVersion(projectRoot, toolRoot);
  const root = cacheDir(projectRoot);
  const dir = path.join(root, `meetings-${version}`);
  const used = new Set<string>();
  const fresh = new Map<string, MeetingReport>();
  const file = (key: string) => path.join(dir, `${key}.v8`);
  return {
    async get(key) {
      used.add(key);
      // A file torn by a full disk or a crash fails its check and the meeting is read and rated again.
      const kept = await readVerified(file(key));
      try {
        return kept && (deserialize(kept) as MeetingReport);
      } catch {
        return undefined;
      }
    },
    set(key, meeting) {
      used.add(key);
      fresh.set(key, meeting);
    },
    async save() {
      await mkdir(dir, { recursive: true });
      // A few at a time: serialised all at once, a long archive's meetings would be held twice over.
      await mapLimited([...fresh], 8, ([key, meeting]) => writeVerified(file(key), serialize(meeting)));
      fresh.clear();
      const stale = (await readdir(dir)).filter((name) => !used.has(name.replace(/\.v8$/, "")));
      const oldVersions = (await readdir(root)).filter((name) => name.startsWith("meetings-") && name !== `meetings-${version}`);
      await Promise.all([
        ...stale.map((name) => rm(path.join(dir, name), { force: true })),
        ...oldVersions.map((name) => rm(path.join(root, name), { recursive: true, force: true })),
      ]);
    },
  };
}
