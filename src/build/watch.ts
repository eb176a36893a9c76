import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { processAlive } from "./buildLock";

/** The folders whose files the built site is made from: a change in any of them means the site is out of date. */
export const WATCHED_FOLDERS = ["content", "data", "layouts", "pages", "styles"] as const;

/** How long to wait after a change for the rest of a save (editors write several files, or one file twice). */
const SETTLE_MS = 150;

/**
 * Calls `rebuild` after files under the folders change, one rebuild at a time: changes made while one runs are
 * gathered into the next. Returns a function that stops watching.
 * @example const stop = watchFolders(root, WATCHED_FOLDERS, async (changed) => { await build(); });
 */
export function watchFolders(root: string, folders: readonly string[], rebuild: (changed: string[]) => Promise<void>): () => void {
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
  const watchers: FSWatcher[] = folders.map((folder) =>
    watch(path.join(root, folder), { recursive: true }, (_event, name) => {
      changed.add(path.join(folder, String(name ?? "")).split(path.sep).join("/"));
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
 * The processes this one was started through, nearest first, up to and including npm's own (Linux: from /proc;
 * elsewhere the parent alone). Killing `npm start` kills only npm, so the server must notice its launcher is gone.
 * @example await launcherChain() // [4312 (tsx), 4301 (sh), 4290 (npm)]
 */
export async function launcherChain(): Promise<number[]> {
  const { readFile } = await import("node:fs/promises");
  const chain = [process.ppid];
  if (process.platform !== "linux") return chain;
  try {
    for (let pid = process.ppid; chain.length < 6; ) {
      const command = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
      if (/\bnpm\b|npm-cli/.test(command)) break;
      const stat = await readFile(`/proc/${pid}/stat`, "utf8");
      // Field 4 is the parent's pid; the command name before it, in brackets, may itself hold spaces.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!parent || parent <= 1) break;
      chain.push(parent);
      pid = parent;
    }
  } catch {
    // A process that ended while being read: the chain so far is what is left to watch.
  }
  return chain;
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
