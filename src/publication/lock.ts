import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../pipeline/atomicWrite";
import { z } from "zod";
import { ContentProblems } from "../content/problems";
import type { PublishedRecord } from "./record";

export { hashFile, hashMeetingFiles } from "./hashes";

const recordSchema = z.object({
  errata: z.array(z.object({ date: z.string(), change: z.string(), reason: z.string() })),
  coveringNote: z.string(),
  indicators: z.record(
    z.string(),
    z.object({
      file: z.string(),
      title: z.string(),
      trend: z.array(z.object({ period: z.string(), result: z.number().nullable(), target: z.number().nullable(), rating: z.string().nullable() })),
      bandings: z.array(z.string()),
      comparisons: z.array(z.string()).optional(),
      commentary: z.string(),
    }),
  ),
});
/** The lock's shape, as publish-meeting and withdraw-meeting write it. */
const lockSchema = z.record(
  z.string(),
  z.object({
    sha256: z.string(),
    errata: z.number(),
    files: z.record(z.string(), z.string()).optional(),
    published: recordSchema.optional(),
    corrections: z.array(z.object({ date: z.string(), record: recordSchema })).optional(),
    withdrawn: z.object({}).passthrough().optional(),
  }),
);

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

/** A correction as recorded by publish-meeting: the date of its erratum, and the meeting's record as it then stood. */
export interface RecordedCorrection {
  date: string;
  record: PublishedRecord;
}

/**
 * What was published: a hash of the meeting's files and of each file, how many errata it had, the record of every
 * figure and word as first published and after each recorded correction, and any withdrawal. A lock written before
 * records were kept has only `sha256` and `errata` (see publish-meeting --upgrade-lock).
 */
export interface LockEntry {
  sha256: string;
  errata: number;
  files?: Record<string, string>;
  published?: PublishedRecord;
  corrections?: RecordedCorrection[];
  withdrawn?: Withdrawal;
}
export type Lock = Record<string, LockEntry>;

/**
 * The record a meeting's files must now agree with: after its last recorded correction, or as first published.
 * @example latestRecord(lock["2017-09-07-cype"])?.errata.length // 0
 */
export function latestRecord(entry: LockEntry): PublishedRecord | undefined {
  return entry.corrections?.at(-1)?.record ?? entry.published;
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${LOCK_FILE} cannot be read: ${(error as Error).message}. Restore it from version control.`, { cause: error });
  }
  // Only the tools write the lock; a hand-edited one is named at its entry and field, not met later as a crash.
  const checked = lockSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const [folder] = issue.path;
    const at = typeof folder === "string" ? text.split("\n").findIndex((line) => line.includes(JSON.stringify(folder))) + 1 : 1;
    throw new ContentProblems([
      {
        file: LOCK_FILE,
        line: Math.max(at, 1),
        column: 1,
        field: issue.path.join("."),
        message: `${issue.message}: the lock is written only by publish-meeting and withdraw-meeting, and this entry is not as they write it`,
        hint: `restore ${LOCK_FILE} from version control (git checkout -- ${LOCK_FILE})`,
      },
    ]);
  }
  return { lock: parsed as Lock, text };
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
