import { hostname } from "node:os";
import { link, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { processAlive } from "./processes";

/** Another build of the same output folder is running; this one changed nothing. */
export class BuildLocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildLocked";
  }
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

/** The lock file of an output folder: beside it, so two projects building into one folder share it. */
export function lockFileOf(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}-build.lock`);
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, "utf8")) as Partial<Holder>;
    return typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.started === "string" ? (holder as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the output folder's build lock, so that one build at a time stages, swaps in and tidies up its site. A lock
 * left by a build that was killed (its process is gone) is taken over. Returns the function that releases it.
 * @example const release = await takeBuildLock("/work/main/_site"); try { … } finally { await release(); }
 */
export async function takeBuildLock(output: string): Promise<() => Promise<void>> {
  const file = lockFileOf(output);
  const mine: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  // Written whole under a private name, then linked into place: the lock never exists half-written.
  const draft = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(draft, `${JSON.stringify(mine)}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(draft, file);
        return async () => {
          const holder = await readHolder(file);
          if (holder?.pid === mine.pid && holder.started === mine.started) await unlink(file).catch(() => undefined);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = await readHolder(file);
      if (holder && (holder.host !== mine.host || processAlive(holder.pid))) {
        const elsewhere = holder.host === mine.host ? "" : ` on ${holder.host}`;
        throw new BuildLocked(
          `Another build of ${path.basename(output)}/ is running (pid ${holder.pid}${elsewhere}, started ${holder.started}), so this one changed nothing. ` +
            `Wait for it to finish and build again. If no build is running${elsewhere ? " there" : ""}, delete ${file}.`,
        );
      }
      // The holder is gone (killed, or the machine stopped): move its lock aside, and take it only if it was still the same one.
      const aside = `${file}.stale.${process.pid}`;
      await rename(file, aside).catch(() => undefined);
      const moved = await readHolder(aside);
      if (moved && (!holder || moved.pid !== holder.pid || moved.started !== holder.started)) await rename(aside, file).catch(() => undefined);
      await rm(aside, { force: true });
    }
    throw new BuildLocked(`The build lock ${file} could not be taken; if no build is running, delete it and build again.`);
  } finally {
    await rm(draft, { force: true });
  }
}
