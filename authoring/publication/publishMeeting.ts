import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../../src/pipeline/atomicWrite";
import { MEETING_FILE } from "../../src/content/readContent";
import { readSourceFile } from "../../src/content/yamlSource";
import { checkAsIf } from "./checkAsIf";
import { hashMeetingFiles, LOCK_FILE, lockText, meetingFolder, readLock, writeLock } from "../../src/publication/lock";

/**
 * Turns a draft meeting into a published one and records it in the lock, or records a correction
 * (a new erratum) to an already published meeting. Checks all content first and changes nothing on failure; writes
 * meeting.md and then the lock, each whole (write and rename), the lock last.
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

  const lock = await readLock(projectRoot);
  const previous = lock[folder];
  const names = (await readdir(dir)).filter((name) => name.endsWith(".md"));
  const files = await Promise.all(
    names.map(async (name) => ({ name, text: name === MEETING_FILE ? published : await readFile(path.join(dir, name), "utf8") })),
  );
  const errata = errataCount(`content/meetings/${folder}/${MEETING_FILE}`, published);
  const sha256 = hashMeetingFiles(files);
  if (previous && previous.sha256 === sha256) return `${folder} is already published and unchanged.`;
  if (previous && errata <= previous.errata) {
    throw new Error(
      `${folder} was published before and its files have changed, but no new erratum says why. Add one under errata: in ${MEETING_FILE} (date, change, reason), or undo the change.`,
    );
  }
  const next = { ...lock, [folder]: { sha256, errata } };
  // Every check runs on the content as it will be, before anything is written: a kill at any moment leaves either
  // the draft as it was, or a published meeting whose lock entry is all that is missing (running this again adds it).
  await checkAsIf(projectRoot, { write: { [`content/meetings/${folder}/${MEETING_FILE}`]: published, [LOCK_FILE]: lockText(next) } });
  if (wasDraft) await writeFileAtomic(meetingPath, published);
  await writeLock(projectRoot, next);
  return previous
    ? `Recorded the correction to ${folder} (${errata} ${errata === 1 ? "erratum" : "errata"} in all).`
    : `Published ${folder}: its files are recorded in content/published.lock.json and may now change only with an erratum.`;
}

/**
 * How many errata a meeting file lists, read with the data step's own parser.
 * @example errataCount("content/meetings/x/meeting.md", text) // 1
 */
export function errataCount(file: string, text: string): number {
  const data = readSourceFile(file, text).source?.data as { errata?: unknown } | undefined;
  return Array.isArray(data?.errata) ? data.errata.length : 0;
}
