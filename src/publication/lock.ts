import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../pipeline/atomicWrite";

/** Where published meetings are recorded, relative to the project. */
export const LOCK_FILE = "content/published.lock.json";

/** A published meeting taken off the site on purpose: what its pages then say, kept here since its files are gone. */
export interface Withdrawal {
  /** When it was withdrawn, YYYY-MM-DD. */
  date: string;
  /** Why, in the clerk's words: "the figures were found to include another council's cases". */
  reason: string;
  committee: string;
  agendaTitle: string;
  /** The meeting's date, YYYY-MM-DD. */
  meetingDate: string;
  indicators: { id: string; title: string }[];
}

/** What was published: a hash of every file of the meeting, how many errata it had then, and any withdrawal. */
export interface LockEntry {
  sha256: string;
  errata: number;
  withdrawn?: Withdrawal;
}
export type Lock = Record<string, LockEntry>;

/**
 * A hash of a meeting's files, by name and content, that changes when any of them changes.
 * Line ends are normalised so a checkout on Windows does not look like an edit.
 * @example hashMeetingFiles([{ name: "meeting.md", text: "---\n..." }]) // "9f2c…"
 */
export function hashMeetingFiles(files: readonly { name: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(file.name).update("\0").update(file.text.replace(/\r\n/g, "\n")).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Reads the lock and its text (for placing problems at its lines); a project that has never published anything has none.
 * @example await readLockFile(process.cwd()) // { lock: { "2017-09-07-cype": { sha256: "…", errata: 0 } }, text: "{\n  …" }
 */
export async function readLockFile(projectRoot: string): Promise<{ lock: Lock; text: string }> {
  let text: string;
  try {
    text = await readFile(path.join(projectRoot, LOCK_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { lock: {}, text: "" };
    throw new Error(`${LOCK_FILE} cannot be read: ${(error as Error).message}. Restore it from version control.`, { cause: error });
  }
  try {
    return { lock: JSON.parse(text) as Lock, text };
  } catch (error) {
    throw new Error(`${LOCK_FILE} cannot be read: ${(error as Error).message}. Restore it from version control.`, { cause: error });
  }
}

/**
 * Reads the lock; a project that has never published anything has none.
 * @example await readLock(process.cwd()) // { "2017-09-07-cype": { sha256: "…", errata: 0 } }
 */
export async function readLock(projectRoot: string): Promise<Lock> {
  return (await readLockFile(projectRoot)).lock;
}

/**
 * The meeting folder a tool was given, by its name; throws unless it is a folder directly inside content/meetings.
 * @example meetingFolder("/work/main", "content/meetings/2017-09-07-cype") // { dir: "/work/main/content/meetings/2017-09-07-cype", folder: "2017-09-07-cype" }
 */
export function meetingFolder(projectRoot: string, folderArg: string): { dir: string; folder: string } {
  const dir = path.resolve(projectRoot, folderArg);
  if (path.dirname(dir) !== path.join(projectRoot, "content", "meetings")) {
    throw new Error(`"${folderArg}" is not a meeting folder: give a folder inside content/meetings, e.g. content/meetings/2017-09-07-cype`);
  }
  return { dir, folder: path.basename(dir) };
}

/** The lock as its file holds it: stable key order, so diffs show only what changed. */
export function lockText(lock: Lock): string {
  const ordered = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes the lock whole or not at all (write and rename), so a kill never leaves it torn. */
export async function writeLock(projectRoot: string, lock: Lock): Promise<void> {
  await writeFileAtomic(path.join(projectRoot, LOCK_FILE), lockText(lock));
}
