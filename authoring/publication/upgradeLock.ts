import { recordOf } from "../../src/publication/record";
import { LOCK_FILE, readLock, writeLock, type Lock } from "../../src/publication/lock";
import { readMeetings } from "../../src/content/readContent";
import path from "node:path";

/**
 * Upgrades a lock that records meetings by hash only: each such meeting whose files still match their hash has what
 * it says recorded (as first published, or, if it was corrected before, as its last correction left it). A meeting
 * whose files no longer match is left as it is and named, since what was published cannot be read from them.
 * @example await upgradeLock(process.cwd()) // "Upgraded content/published.lock.json: 1 meeting now recorded in full."
 */
export async function upgradeLock(projectRoot: string): Promise<string> {
  const lock = await readLock(projectRoot);
  const { meetings } = await readMeetings(path.join(projectRoot, "content", "meetings"), projectRoot);
  const next: Lock = { ...lock };
  const upgraded: string[] = [];
  const left: string[] = [];
  for (const [folder, entry] of Object.entries(lock)) {
    if (entry.published || entry.corrections || entry.withdrawn) continue;
    const source = meetings.find((meeting) => meeting.folder === folder);
    if (!source || source.contentHash !== entry.sha256) {
      left.push(folder);
      continue;
    }
    const record = recordOf(source);
    const base = { ...entry, files: source.fileHashes };
    // Corrected before records were kept: the files are as the last correction left them, not as first published.
    next[folder] = entry.errata ? { ...base, corrections: [{ date: record.errata.at(-1)!.date, record }] } : { ...base, published: record };
    upgraded.push(folder);
  }
  if (upgraded.length) await writeLock(projectRoot, next);
  const done = upgraded.length
    ? `Upgraded ${LOCK_FILE}: ${upgraded.length} ${upgraded.length === 1 ? "meeting" : "meetings"} now recorded in full (${upgraded.join(", ")}).`
    : `${LOCK_FILE} has no meeting recorded by hash only that could be upgraded.`;
  const notes = left.map(
    (folder) =>
      `\n${folder} was left as it is: its files no longer match the hash recorded when it was published, so what was published cannot be read from them. Restore them from version control, upgrade, then make the change again with an erratum.`,
  );
  return done + notes.join("");
}
