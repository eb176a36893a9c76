import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../../src/pipeline/atomicWrite";
import { ContentProblems } from "../../src/content/problems";
import { MEETING_FILE, readMeetings, type MeetingSource } from "../../src/content/readContent";
import { readSourceFile } from "../../src/content/yamlSource";
import { recordProblems } from "../../src/publication/checkRecord";
import { hashFile, hashMeetingFiles, LOCK_FILE, lockText, meetingFolder, readLock, writeLock, type LockEntry } from "../../src/publication/lock";
import { recordOf } from "../../src/publication/record";
import { checkAsIf } from "./checkAsIf";

/**
 * Turns a draft meeting into a published one and records in the lock what was published (every figure, rating,
 * bandings line, erratum and word), or records a correction (a new erratum) to an already published meeting, keeping
 * the earlier records. Refuses a removed or edited erratum and a change no new erratum covers. Checks all content
 * first and changes nothing on failure; writes meeting.md and then the lock, each whole (write and rename).
 * @example await publishMeeting(process.cwd(), "content/meetings/2017-09-07-cype") // "Published …"
 */
export async function publishMeeting(projectRoot: string, folderArg: string): Promise<string> {
  const { dir, folder } = meetingFolder(projectRoot, folderArg);
  const meetingPath = path.join(dir, MEETING_FILE);
  const original = await readFile(meetingPath, "utf8").catch(() => {
    throw new Error(`There is no ${MEETING_FILE} in ${folderArg}.`);
  });
  const statusLine = /^status:[ \t]*(draft|published)[ \t]*$/m.exec(original);
  if (!statusLine) throw new Error(`${folderArg}/${MEETING_FILE} has no "status: draft" or "status: published" line.`);
  const wasDraft = statusLine[1] === "draft";
  const published = wasDraft ? original.replace(statusLine[0], "status: published") : original;
  const write = { [`content/meetings/${folder}/${MEETING_FILE}`]: published };

  const lock = await readLock(projectRoot);
  const previous = lock[folder];
  const source = await readMeeting(projectRoot, folder);
  // A folder that cannot be read is reported by the full check, with every problem in it.
  if (!source) await checkAsIf(projectRoot, { write });
  if (!source) throw new Error(`${folderArg} cannot be read.`);
  // The hashes are of the files as they will be: meeting.md marked published.
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md"));
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: name === MEETING_FILE ? published : await readFile(path.join(dir, name), "utf8") })),
  );
  const hashes = { sha256: hashMeetingFiles(files), files: Object.fromEntries(files.map((file) => [file.name, hashFile(file.text)])) };
  if (previous && previous.sha256 === hashes.sha256) return `${folder} is already published and unchanged.`;
  if (previous) {
    const problems = recordProblems(source, previous);
    if (problems.length) throw new ContentProblems(problems);
  }
  const entry = lockEntry(source, hashes, previous);
  const next = { ...lock, [folder]: entry };
  // Every check runs on the content as it will be, before anything is written: a kill at any moment leaves either
  // the draft as it was, or a published meeting whose lock entry is all that is missing (running this again adds it).
  await checkAsIf(projectRoot, { write: { ...write, [LOCK_FILE]: lockText(next) } });
  if (wasDraft) await writeFileAtomic(meetingPath, published);
  await writeLock(projectRoot, next);
  return previous
    ? `Recorded the correction to ${folder} (${entry.errata} ${entry.errata === 1 ? "erratum" : "errata"} in all); ${LOCK_FILE} keeps the meeting as first published and as corrected.`
    : `Published ${folder}: what it says is recorded in ${LOCK_FILE}, and it may now change only with an erratum.`;
}

/** The lock entry after this publication: the first record kept, this one added as a correction. */
function lockEntry(source: MeetingSource, hashes: Pick<LockEntry, "sha256" | "files">, previous: LockEntry | undefined): LockEntry {
  const record = recordOf(source);
  const recorded = { ...hashes, errata: record.errata.length };
  if (!previous) return { ...recorded, published: record };
  const correction = { date: record.errata.at(-1)!.date, record };
  return { ...previous, ...recorded, corrections: [...(previous.corrections ?? []), correction] };
}

/** One meeting folder read as the data step reads it, or undefined when it has problems. */
export async function readMeeting(projectRoot: string, folder: string): Promise<MeetingSource | undefined> {
  const { meetings } = await readMeetings(path.join(projectRoot, "content", "meetings"), projectRoot);
  return meetings.find((meeting) => meeting.folder === folder);
}

/**
 * How many errata a meeting file lists, read with the data step's own parser.
 * @example errataCount("content/meetings/x/meeting.md", text) // 1
 */
export function errataCount(file: string, text: string): number {
  const data = readSourceFile(file, text).source?.data as { errata?: unknown } | undefined;
  return Array.isArray(data?.errata) ? data.errata.length : 0;
}
