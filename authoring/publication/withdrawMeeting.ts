import { rm, stat } from "node:fs/promises";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { parseIsoDate } from "../../src/scorecard/dates";
import { checkAsIf } from "./checkAsIf";
import { LOCK_FILE, lockText, meetingFolder, readLock, writeLock } from "../../src/publication/lock";

/**
 * Takes a published meeting off the site on purpose, as a recorded act: the lock keeps when and why, with what its
 * pages need, and its files are deleted. Every address it had then shows a page saying it was withdrawn, and why.
 * @example await withdrawMeeting(root, "content/meetings/2017-09-07-cype", "the figures included another council's cases", "2026-12-01")
 */
export async function withdrawMeeting(projectRoot: string, folderArg: string, reason: string, date: string): Promise<string> {
  const { dir, folder } = meetingFolder(projectRoot, folderArg);
  if (!reason.trim()) throw new Error('say why it is withdrawn, with --reason "…": the page left at its address gives the reason');
  if (!parseIsoDate(date)) throw new Error(`--date ${date} is not a real date written YYYY-MM-DD`);
  const lock = await readLock(projectRoot);
  const entry = lock[folder];
  const present = await stat(dir).then(
    () => true,
    () => false,
  );
  if (!entry) throw new Error(`${folder} is not recorded as published in ${LOCK_FILE}; a draft is not on the public record, so delete its folder instead`);
  if (entry.withdrawn) {
    // A withdrawal killed after recording it, before deleting the files: finish it.
    if (present) await rm(dir, { recursive: true, force: true });
    return `${folder} was withdrawn on ${entry.withdrawn.date}${present ? "; its files are now deleted as well" : ", and its files are gone"}.`;
  }
  if (!present)
    throw new Error(`content/meetings/${folder}/ is missing: restore it (git checkout -- content/meetings/${folder}) and withdraw it with this command`);

  const meeting = (await loadScorecards(projectRoot)).meetings.find((candidate) => candidate.slug === folder)!;
  const next = {
    ...lock,
    [folder]: {
      ...entry,
      withdrawn: {
        date,
        reason: reason.trim(),
        committee: meeting.committee,
        agendaTitle: meeting.agendaTitle,
        meetingDate: meeting.date,
        indicators: meeting.indicators.map((indicator) => ({ id: indicator.id, title: indicator.title })),
      },
    },
  };
  // The rest of the content must still pass without it (say, a later meeting that links back to it).
  await checkAsIf(projectRoot, { write: { [LOCK_FILE]: lockText(next) }, remove: [`content/meetings/${folder}`] });
  await writeLock(projectRoot, next);
  await rm(dir, { recursive: true, force: true });
  return `Withdrew ${folder}: ${LOCK_FILE} records it, and its files are deleted. Its pages now say it was withdrawn on ${date}, because ${reason.trim()}. Commit content/ (the lock and the deleted folder).`;
}
