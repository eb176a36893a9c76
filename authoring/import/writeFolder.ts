/**
 * Writes a meeting folder all at once or not at all. The files are written to a staging folder beside the meetings
 * folder, the data step checks them there, and only then does one rename put the folder in place (two, when it
 * replaces an existing one). A failure at any point leaves the meetings folder exactly as it was.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ContentProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { hashMeetingFiles, LOCK_FILE, readLock, type Lock } from "../../src/publication/lock";
import { errataCount } from "../publication/publishMeeting";
import { ImportStopped } from "./errors";

export interface FolderWrite {
  /** The meetings folder, e.g. content/meetings. */
  meetingsDir: string;
  /** The meeting folder's name, e.g. 2017-09-07-cype. */
  folder: string;
  /** File name → text, written over a copy of `base` when given. */
  files: Record<string, string>;
  /** An existing meeting folder to start from (import-results adds rows to a draft). */
  base?: string;
  /** Replace the folder when it already exists; otherwise refuse. */
  overwrite: boolean;
  /** Stage and check only; never move anything into place. */
  checkOnly?: boolean;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A path as the clerk would type it: relative to where the command runs, when it is inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : file;
}

/**
 * The project a meetings folder belongs to, when it is the usual <project>/content/meetings.
 * @example projectOf("/work/main/examples/riverside/content/meetings") // "/work/main/examples/riverside"
 */
export function projectOf(meetingsDir: string): string | undefined {
  const content = path.dirname(meetingsDir);
  return path.basename(meetingsDir) === "meetings" && path.basename(content) === "content" ? path.dirname(content) : undefined;
}

export interface FolderWritten {
  /** The data step's problems with the staged folder; when there are any, nothing was written. */
  problems: Problem[];
  /**
   * The folder says status: published but the project's lock does not record it yet: the data step will ask for
   * `npm run publish-meeting` before the site builds.
   */
  awaitingPublication: boolean;
}

/**
 * Stages, checks and moves a meeting folder into place; returns the data step's problems (nothing written) if any.
 *
 * The staged check runs with the project's data/site.json (its owner roles) and against its publication lock: a meeting the lock records must come out with the
 * very files it recorded (a published meeting changes only by an erratum, by hand), and a published meeting the
 * lock does not record yet is checked as if it were, so that only its content is judged.
 * @example await writeMeetingFolder({ meetingsDir: "content/meetings", folder: "2017-09-07-cype", files, overwrite: false })
 */
export async function writeMeetingFolder(write: FolderWrite): Promise<FolderWritten> {
  const meetingsDir = path.resolve(write.meetingsDir);
  const target = path.join(meetingsDir, write.folder);
  const already = await exists(target);
  if (already && !write.overwrite) {
    throw new ImportStopped(`${shownPath(target)} already exists. Nothing was written. To replace it, run the command again with --force.`);
  }
  const parent = path.dirname(meetingsDir);
  await mkdir(parent, { recursive: true });
  // Beside the meetings folder, not in it: the site never reads it, and the final rename stays on one disk.
  const stage = await mkdtemp(path.join(parent, ".import-"));
  try {
    const staged = path.join(stage, "content", "meetings", write.folder);
    await mkdir(path.dirname(staged), { recursive: true });
    if (write.base) await cp(write.base, staged, { recursive: true });
    else await mkdir(staged);
    for (const [name, text] of Object.entries(write.files)) await writeFile(path.join(staged, name), text, "utf8");

    const names = (await readdir(staged)).filter((name) => name.endsWith(".md"));
    const texts = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(staged, name), "utf8") })));
    const meetingText = texts.find((file) => file.name === "meeting.md")?.text ?? "";
    const project = projectOf(meetingsDir);
    const recorded = project ? (await readLock(project))[write.folder] : undefined;
    const sha256 = hashMeetingFiles(texts);
    if (recorded && recorded.sha256 !== sha256) {
      throw new ImportStopped(
        `${shownPath(target)} is a published meeting (recorded in ${LOCK_FILE}), and this would change its files. Nothing was written. ` +
          'A published meeting changes only by a correction recorded as an erratum: see "Correcting a published meeting" in docs/content-format.md.',
      );
    }
    const published = /^status:[ \t]*published[ \t]*$/m.test(meetingText);
    const lock: Lock = {};
    if (recorded) lock[write.folder] = recorded;
    else if (published) lock[write.folder] = { sha256, errata: errataCount("meeting.md", meetingText) };
    await writeFile(path.join(stage, LOCK_FILE), `${JSON.stringify(lock, null, 2)}\n`);
    // The site's settings say which owner roles an indicator may name, so the staged check reads the project's own.
    const site = project && (await readFile(path.join(project, "data", "site.json"), "utf8").catch(() => undefined));
    if (site !== undefined) {
      await mkdir(path.join(stage, "data"));
      await writeFile(path.join(stage, "data", "site.json"), site);
    }

    const problems = await dataStepProblems(stage);
    if (problems.length) {
      const shown = shownPath(target);
      return {
        problems: problems.map((problem) => ({ ...problem, file: problem.file.replace(`content/meetings/${write.folder}`, shown) })),
        awaitingPublication: false,
      };
    }

    if (write.checkOnly) return { problems: [], awaitingPublication: false };
    await mkdir(meetingsDir, { recursive: true });
    if (already) {
      const previous = path.join(stage, "previous");
      await rename(target, previous);
      try {
        await rename(staged, target);
      } catch (error) {
        await rename(previous, target);
        throw error;
      }
    } else {
      // Fails rather than merges if the folder appeared meanwhile.
      await rename(staged, target);
    }
    return { problems: [], awaitingPublication: published && !recorded && project !== undefined };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The data step's problems with a staged project, or none. */
async function dataStepProblems(projectRoot: string): Promise<Problem[]> {
  try {
    await loadScorecards(projectRoot);
    return [];
  } catch (error) {
    if (error instanceof ContentProblems) return [...error.problems];
    throw error;
  }
}
