import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { processAlive } from "./processes";
import { TOOL_ROOT } from "./toolRoot";

/** The content project's folders the built site is made from: a change in any of them means the site is out of date. */
export const WATCHED_PROJECT_FOLDERS = ["content", "data"] as const;

/** This tool's template folders the built site is made from, likewise. */
export const WATCHED_TOOL_FOLDERS = ["layouts", "pages", "styles"] as const;

/** A folder to watch: `folder` inside `root`; changes are reported as paths from `root` ("content/meetings/…"). */
export interface WatchedFolder {
  root: string;
  folder: string;
}

/**
 * Every folder a build of a project reads: the project's content/ and data/, and the tool's templates and styles.
 * @example watchedFolders("/work/main/examples/surrey") // [{ root: "/work/main/examples/surrey", folder: "content" }, …, { root: "/work/main", folder: "styles" }]
 */
export function watchedFolders(projectRoot: string, toolRoot = TOOL_ROOT): WatchedFolder[] {
  return [...WATCHED_PROJECT_FOLDERS.map((folder) => ({ root: projectRoot, folder })), ...WATCHED_TOOL_FOLDERS.map((folder) => ({ root: toolRoot, folder }))];
}

/** How long to wait after a change for the rest of a save (editors write several files, or one file twice). */
const SETTLE_MS = 150;

/**
 * Calls `rebuild` after files under the folders change, one rebuild at a time: changes made while one runs are
 * gathered into the next. Returns a function that stops watching.
 * @example const stop = watchFolders(watchedFolders(projectRoot), async (changed) => { await build(); });
 */
export function watchFolders(folders: readonly WatchedFolder[], rebuild: (changed: string[]) => Promise<void>): () => void {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = (): void => {
    timer = undefined;
    if (running) return;
    const files = [...changed].sort();
    changed.clear();
    running = rebuild(files).finally(() => {
      running = undefined;
      if (changed.size && !timer) timer = setTimeout(run, SETTLE_MS);
    });
  };
  const watchers: FSWatcher[] = folders.map(({ root, folder }) =>
    watch(path.join(root, folder), { recursive: true }, (_event, name) => {
      changed.add(
        path
          .join(folder, String(name ?? ""))
          .split(path.sep)
          .join("/"),
      );
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, SETTLE_MS);
    }),
  );
  return () => {
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

/**
 * Calls `stop` once any process in `chain` has gone (or this one's parent has changed), checking every `everyMs`.
 * @example stopWithLauncher(await launcherChain(), () => server.close());
 */
export function stopWithLauncher(chain: readonly number[], stop: () => void, everyMs = 500): NodeJS.Timeout {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent || !chain.every(processAlive)) {
      clearInterval(timer);
      stop();
    }
  }, everyMs);
  timer.unref();
  return timer;
}
