import type { Problem } from "../content/problems";
import { isoDateInWords } from "../scorecard/dates";
import type { WithdrawnPage } from "../scorecard/model";
import { LOCK_FILE, type Lock } from "./lock";

/**
 * The lock against the meeting folders there are: a published meeting's folder may not simply vanish (its pages and
 * feed entry would go without a word), and a withdrawn one's may not stay.
 * @example lockProblems(lock, lockText, new Set(["2017-10-05-cype"])) // one problem: 2017-09-07-cype is missing
 */
export function lockProblems(lock: Lock, lockText: string, folders: ReadonlySet<string>): Problem[] {
  // The lock holds every figure of every meeting, so its lines are searched only for a folder with a problem.
  const lineOf = (folder: string) => Math.max(1, lockText.split("\n").findIndex((line) => line.includes(JSON.stringify(folder))) + 1);
  const at = (folder: string) => ({ file: LOCK_FILE, line: lineOf(folder), column: 3, field: folder });
  const problems: Problem[] = [];
  for (const [folder, entry] of Object.entries(lock)) {
    if (entry.withdrawn && folders.has(folder)) {
      problems.push({
        ...at(folder),
        message: `records ${folder} as withdrawn on ${entry.withdrawn.date}, but content/meetings/${folder}/ is still there`,
        hint: `delete the folder (git rm -r content/meetings/${folder}); its pages already say it was withdrawn`,
      });
    } else if (!entry.withdrawn && !folders.has(folder)) {
      problems.push({
        ...at(folder),
        message: `records ${folder} as published, but content/meetings/${folder}/ is missing, so its pages would vanish without a word`,
        hint: `restore the folder (git checkout -- content/meetings/${folder}); to take a published meeting off the site, withdraw it: npm run withdraw-meeting -- content/meetings/${folder} --reason "why"`,
      });
    }
  }
  return problems;
}

/**
 * The page at each address of each withdrawn meeting: the meeting's own, its page for print, each of its indicators', and the history of
 * an indicator no other meeting reported (`histories`: the ids that still have one).
 * @example withdrawnPages(lock, new Set())[0] // { url: "/meetings/2017-09-07-cype/", title: "CYPE and SCS Performance Scorecard", … }
 */
export function withdrawnPages(lock: Lock, histories: ReadonlySet<string>): WithdrawnPage[] {
  return Object.entries(lock).flatMap(([folder, entry]) => {
    const withdrawn = entry.withdrawn;
    if (!withdrawn) return [];
    const reason = /[.!?]$/.test(withdrawn.reason) ? withdrawn.reason : `${withdrawn.reason}.`;
    const common = {
      committee: withdrawn.committee,
      meetingDateLabel: isoDateInWords(withdrawn.meetingDate, "meeting"),
      withdrawnDateLabel: isoDateInWords(withdrawn.date, "plain"),
      reason,
    };
    return [
      { url: `/meetings/${folder}/`, title: withdrawn.agendaTitle, ...common },
      { url: `/meetings/${folder}/print/`, title: withdrawn.agendaTitle, ...common },
      ...withdrawn.indicators.map((indicator) => ({ url: `/meetings/${folder}/${indicator.id}/`, title: indicator.title, ...common })),
      ...withdrawn.indicators
        .filter((indicator) => !histories.has(indicator.id))
        .map((indicator) => ({ url: `/indicators/${indicator.id}/`, title: indicator.title, ...common })),
    ];
  });
}
