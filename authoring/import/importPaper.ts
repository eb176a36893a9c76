/**
 * `npm run import -- <paper.txt> [--force] [--out content/meetings] [--short-name cype]`: a published scorecard
 * paper's text in, a meeting folder out (meeting.md and one file per indicator), checked by the data step before it
 * is moved into place.
 */
import path from "node:path";
import { readOwnerRoles } from "../../src/content/ownerRoles";
import { readRatingScheme } from "../../src/content/ratingSchemeFile";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import { formatReport } from "../../src/content/problems";
import { readMeetings } from "../../src/content/readContent";
import { ImportFailed, ImportStopped, readInput, type ImportProblem } from "./errors";
import { committeeShortName, recordedId, titleKey, titleSlug } from "./indicatorIds";
import { readPaper, type PaperMeeting } from "./parsePaper";
import { serialiseIndicator, serialiseMeeting } from "./serialise";
import { projectOf, shownPath, writeMeetingFolder } from "./writeFolder";

export interface ImportPaperOptions {
  paper: string;
  /** The meetings folder to write into; content/meetings by default. */
  out: string;
  force: boolean;
  /** Write status: draft instead of status: published. */
  draft?: boolean;
  /** The committee's short name in the folder name; by default the one earlier meetings use, or its initials. */
  shortName?: string;
}

export interface ImportedFolder {
  /** Where the folder was written. */
  folder: string;
  files: string[];
  /** Things the clerk should know that did not stop the import. */
  notes: string[];
  /** Published but not yet recorded in the lock: `npm run publish-meeting -- <folder>` comes next. */
  awaitingPublication: boolean;
}

/** What earlier meetings in the output folder say: ids by title and folder short names by committee. */
interface Earlier {
  ids: Map<string, string>;
  shortNames: Map<string, string>;
  committees: Map<string, string>;
}

async function earlierMeetings(meetingsDir: string): Promise<Earlier> {
  const project = projectOf(meetingsDir);
  const { meetings } = await readMeetings(
    meetingsDir,
    meetingsDir,
    project ? { ownerRoles: await readOwnerRoles(project), ratingScheme: await readRatingScheme(project) } : { ratingScheme: DEFAULT_RATING_SCHEME },
  );
  const earlier: Earlier = { ids: new Map(), shortNames: new Map(), committees: new Map() };
  // Oldest first, so the newest meeting's choice wins.
  for (const meeting of [...meetings].sort((a, b) => a.front.date.localeCompare(b.front.date) || a.folder.localeCompare(b.folder))) {
    const short = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(meeting.folder)?.[1];
    if (short) {
      earlier.shortNames.set(meeting.front.committee, short);
      earlier.committees.set(short, meeting.front.committee);
    }
    for (const indicator of meeting.indicators) earlier.ids.set(titleKey(indicator.front.title), indicator.front.id);
  }
  return earlier;
}

/**
 * The files of a meeting folder for a paper, named as the content format wants them: meeting.md, then
 * 01-<id>.md, 02-<id>.md … in the paper's order.
 */
export function meetingFiles(paper: PaperMeeting, ids: readonly string[]): Record<string, string> {
  const files: Record<string, string> = { "meeting.md": serialiseMeeting(paper.meeting, paper.coveringNote) };
  paper.indicators.forEach((indicator, index) => {
    const id = ids[index]!;
    files[`${String(index + 1).padStart(2, "0")}-${id}.md`] = serialiseIndicator({ id, ...indicator.front }, indicator.commentary);
  });
  return files;
}

/**
 * Imports one paper; throws ImportFailed (problems by line) or ImportStopped (folder exists, and the like).
 * @example await importPaper({ paper: "paper.txt", out: "content/meetings", force: false })
 */
export async function importPaper(options: ImportPaperOptions): Promise<ImportedFolder> {
  const shown = shownPath(path.resolve(options.paper));
  const text = await readInput(options.paper, shown);
  const read = readPaper(text);
  if (!read.paper) throw new ImportFailed(shown, read.problems);
  const paper = read.paper;

  const earlier = await earlierMeetings(path.resolve(options.out));
  const notes: string[] = [];
  const problems: ImportProblem[] = [];

  // Ids: on record, else as an earlier meeting had it, else from the title.
  const ids = paper.indicators.map((indicator) => {
    const title = indicator.front.title;
    const id = recordedId(title) ?? earlier.ids.get(titleKey(title));
    if (id) return id;
    const derived = titleSlug(title);
    notes.push(
      `${shown}:${indicator.line}: no id on record for "${title}", so it is "${derived}". ` +
        "To keep it the same at every meeting, add the title and an id to authoring/import/indicatorIds.ts (see docs/importing.md).",
    );
    return derived;
  });
  ids.forEach((id, index) => {
    const first = ids.indexOf(id);
    if (first !== index) {
      problems.push({
        line: paper.indicators[index]!.line,
        message: `this indicator would get the id "${id}", as the one at line ${paper.indicators[first]!.line} does; give one of them its own id in authoring/import/indicatorIds.ts`,
      });
    }
  });

  const committee = paper.meeting.committee;
  const shortName = options.shortName ?? earlier.shortNames.get(committee) ?? committeeShortName(committee);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(shortName)) {
    throw new ImportStopped(`the short name "${shortName}" is not lower-case letters, digits and hyphens, e.g. "cype"`);
  }
  const owner = earlier.committees.get(shortName);
  if (owner !== undefined && owner !== committee) {
    throw new ImportStopped(
      `meetings in ${shownPath(path.resolve(options.out))} already use the short name "${shortName}" for "${owner}", not "${committee}". ` +
        "Use the same committee name, or choose another short name with --short-name.",
    );
  }
  if (problems.length) throw new ImportFailed(shown, problems);

  const folder = `${paper.meeting.date}-${shortName}`;
  if (options.draft) paper.meeting.status = "draft";
  const files = meetingFiles(paper, ids);
  const written = await writeMeetingFolder({ meetingsDir: options.out, folder, files, overwrite: options.force });
  if (written.problems.length) {
    throw new ImportFailed(shown, [], ["The files made from this paper would not pass the content checks:", "", formatReport(written.problems)]);
  }
  return {
    folder: shownPath(path.join(path.resolve(options.out), folder)),
    files: Object.keys(files),
    notes,
    awaitingPublication: written.awaitingPublication,
  };
}
