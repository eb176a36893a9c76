import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ZodType } from "zod";
import { hashFile, hashMeetingFiles } from "../publication/hashes";
import type { MeetingReport } from "../scorecard/model";
import type { Problem } from "./problems";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import { DEFAULT_OWNER_ROLES, readOwnerRoles, type OwnerRole } from "./ownerRoles";
import { readRatingScheme } from "./ratingSchemeFile";
import { indicatorSchema, indicatorSchemaFor, meetingSchema, type IndicatorFrontMatter, type MeetingFrontMatter } from "./schema";
import { validateFrontMatter } from "./validate";
import { fileTooLarge, MAX_FILE_CHARACTERS } from "./fileText";
import { mapLimited } from "./mapLimited";
import { readSourceFile, type SourceFile } from "./yamlSource";

export const MEETING_FILE = "meeting.md";

/** Meeting folders read at once, each reading so many of its files at once: a few hundred open files at most. */
const FOLDERS_AT_ONCE = 8;
const FILES_AT_ONCE = 16;

export interface IndicatorSource {
  source: SourceFile;
  front: IndicatorFrontMatter;
}

/** A meeting folder whose files all passed the schema. */
export interface MeetingSource {
  /** Folder name, e.g. "2017-09-07-cype": the meeting's address on the site. */
  folder: string;
  source: SourceFile;
  front: MeetingFrontMatter;
  /** In file-name order, which is the order the paper prints them. */
  indicators: IndicatorSource[];
  /** Indicator files that failed their schema, so checks across the folder know the picture is incomplete. */
  unreadableIndicators: number;
  /** Hash of every file in the folder, to tell whether a published meeting has changed. */
  contentHash: string;
  /** Each file's own hash, by name, to tell which file of a published meeting changed. */
  fileHashes: Record<string, string>;
  /** The owner roles the site names, in the order the page lists them. */
  ownerRoles: readonly OwnerRole[];
  /** The site's rating scheme (data/ratings.json), whose statuses the files' ratings name. */
  ratingScheme: RatingScheme;
}

export interface ReadOptions {
  /** The meeting an earlier build made from exactly these files, if it is still valid: it is used instead of parsing them. */
  reuse?: (folder: string, contentHash: string) => Promise<MeetingReport | undefined>;
  /** The owner roles the site names, whose fields an indicator file may give; read from data/site.json when not given. */
  ownerRoles?: readonly OwnerRole[];
  /** The site's rating scheme; read from data/ratings.json when not given. */
  ratingScheme?: RatingScheme;
}

/** The files of one meeting folder, read but not yet parsed. */
interface FolderFiles {
  folder: string;
  dir: string;
  /** The names of its markdown files, in order. */
  candidates: string[];
  results: { name: string; text?: string; problem?: Problem }[];
  /** Entries that are not plain files, reported unless the meeting is reused. */
  folderProblems: Problem[];
  /** Files that look like content but are never read, reported whether or not the meeting is reused. */
  warnings: Problem[];
  texts: { name: string; text: string }[];
  contentHash: string;
}

/** Paths as the project shows them, and problems with a whole file. */
interface Reporter {
  shown: (file: string) => string;
  whole: (file: string, message: string, hint: string) => Problem;
}

/**
 * Reads and schema-checks every meeting under a folder, collecting every problem rather than stopping at the first.
 * @example await readMeetings("content/meetings", "/work/main") // { meetings: [...], reused: [], folders: ["2017-09-07-cype"], problems: [], warnings: [] }
 */
export async function readMeetings(
  meetingsDir: string,
  projectRoot: string,
  options: ReadOptions = {},
): Promise<{ meetings: MeetingSource[]; reused: MeetingReport[]; folders: string[]; problems: Problem[]; warnings: Problem[] }> {
  const problems: Problem[] = [];
  const meetings: MeetingSource[] = [];
  const reused: MeetingReport[] = [];
  // The roles are the project's own (data/site.json) unless the caller read them already.
  const ownerRoles = options.ownerRoles ?? (await readOwnerRoles(projectRoot));
  const ratingScheme = options.ratingScheme ?? (await readRatingScheme(projectRoot));
  const schema =
    ownerRoles === DEFAULT_OWNER_ROLES && ratingScheme === DEFAULT_RATING_SCHEME
      ? indicatorSchema
      : indicatorSchemaFor(
          ownerRoles.map((role) => role.field),
          ratingScheme,
        );
  const entries = await readdir(meetingsDir, { withFileTypes: true }).catch(() => []);
  const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");
  const report: Reporter = { shown, whole: (file, message, hint) => ({ file: shown(file), line: 1, column: 1, field: "", message, hint }) };
  for (const entry of entries.filter((entry) => entry.isSymbolicLink())) {
    problems.push(
      report.whole(
        path.join(meetingsDir, entry.name),
        "is a link, not a folder, so it is not read",
        "put the meeting's files in a real folder here; links could point outside the project",
      ),
    );
  }
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  // Every folder is read at once, so the disk is never idle while files are parsed one after another; the parsing
  // below then goes through them in order, so problems are reported in the same order every time.
  const read = await mapLimited(folders, FOLDERS_AT_ONCE, (folder) => readFolderFiles(path.join(meetingsDir, folder), folder, report));
  // A meeting whose files all read cleanly and hash as before can be taken from an earlier build instead of parsed.
  const earlier = await mapLimited(read, FILES_AT_ONCE, async ({ folder, results, folderProblems, contentHash }) =>
    options.reuse && !folderProblems.length && results.every((result) => result.text !== undefined) ? options.reuse(folder, contentHash) : undefined,
  );
  for (const [index, files] of read.entries()) {
    const built = earlier[index];
    if (built) reused.push(built);
    else {
      const meeting = parseMeetingFolder(files, report, problems, schema, ownerRoles, ratingScheme);
      if (meeting) meetings.push(meeting);
    }
  }
  return { meetings, reused, folders, problems, warnings: read.flatMap((files) => files.warnings) };
}

/** Lists a meeting folder and reads its markdown files, noting any it cannot read or will not. */
async function readFolderFiles(dir: string, folder: string, { shown, whole }: Reporter): Promise<FolderFiles> {
  const folderProblems: Problem[] = [];
  const warnings: Problem[] = [];
  const listing = await readdir(dir, { withFileTypes: true });
  for (const entry of listing.filter((entry) => entry.name.endsWith(".md") && !entry.isFile())) {
    folderProblems.push(
      whole(path.join(dir, entry.name), "is not a plain file, so it is not read", "content files must be ordinary markdown files; rename or remove it"),
    );
  }
  const candidates = listing
    .filter((entry) => entry.name.endsWith(".md") && entry.isFile())
    .map((entry) => entry.name)
    .sort();
  // A content file saved as .MD or .md.txt (Windows hides the real ending) looks right but is never read.
  for (const entry of listing.filter((entry) => entry.isFile() && !entry.name.endsWith(".md") && /\.md(?:\.[a-z0-9]+)?$/i.test(entry.name))) {
    warnings.push(
      whole(
        path.join(dir, entry.name),
        "is not read: only files whose names end in .md (in small letters) are content files",
        `rename it to ${entry.name.replace(/\.md(?:\.[a-z0-9]+)?$/i, ".md")} if it belongs to the meeting, or move it out of the folder`,
      ),
    );
  }
  const results = await mapLimited(candidates, FILES_AT_ONCE, async (name): Promise<{ name: string; text?: string; problem?: Problem }> => {
    const file = path.join(dir, name);
    try {
      // A huge file is refused before it is read into memory; readSourceFile refuses anything over its limit too.
      const { size } = await stat(file);
      if (size > MAX_FILE_CHARACTERS * 4) return { name, problem: fileTooLarge(shown(file), size) };
      return { name, text: await readFile(file, "utf8") };
    } catch (error) {
      return {
        name,
        problem: whole(
          file,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          "check the file's permissions, or restore it from version control",
        ),
      };
    }
  });
  const texts = results.flatMap((result) => (result.text === undefined ? [] : [{ name: result.name, text: result.text }]));
  return { folder, dir, candidates, results, folderProblems, warnings, texts, contentHash: hashMeetingFiles(texts) };
}

/** Parses and schema-checks a meeting folder's files, adding their problems; undefined when its meeting.md fails. */
function parseMeetingFolder(
  { folder, dir, candidates, results, folderProblems, texts, contentHash }: FolderFiles,
  { shown }: Reporter,
  problems: Problem[],
  schema: ZodType<IndicatorFrontMatter>,
  ownerRoles: readonly OwnerRole[],
  ratingScheme: RatingScheme,
): MeetingSource | undefined {
  problems.push(...folderProblems);
  for (const result of results) if (result.problem) problems.push(result.problem);
  const files = texts.map((file) => file.name);
  const relative = (name: string) => shown(path.join(dir, name));
  if (!files.includes(MEETING_FILE)) {
    problems.push({
      file: relative(MEETING_FILE),
      line: 1,
      column: 1,
      field: "",
      message: `the meeting folder "${folder}" has no ${MEETING_FILE}`,
      hint: `add ${MEETING_FILE} with the committee, date, agenda item and scorecards (see docs/content-format.md)`,
    });
    return undefined;
  }
  const text = (name: string) => texts.find((file) => file.name === name)!.text;
  const meeting = readOne(relative(MEETING_FILE), text(MEETING_FILE), meetingSchema, problems);
  const indicators: IndicatorSource[] = [];
  let unreadableIndicators = candidates.filter((name) => name !== MEETING_FILE && !files.includes(name)).length;
  for (const name of files.filter((name) => name !== MEETING_FILE)) {
    const indicator = readOne(relative(name), text(name), schema, problems);
    if (indicator) indicators.push({ source: indicator.source, front: indicator.value });
    else unreadableIndicators++;
  }
  const fileHashes = Object.fromEntries(texts.map((file) => [file.name, hashFile(file.text)]));
  return (
    meeting && { folder, source: meeting.source, front: meeting.value, indicators, unreadableIndicators, contentHash, fileHashes, ownerRoles, ratingScheme }
  );
}

function readOne<T>(file: string, text: string, schema: ZodType<T>, problems: Problem[]): { source: SourceFile; value: T } | undefined {
  const read = readSourceFile(file, text);
  problems.push(...read.problems);
  if (!read.source) return undefined;
  const checked = validateFrontMatter(read.source, schema);
  problems.push(...checked.problems);
  return checked.value === undefined ? undefined : { source: read.source, value: checked.value };
}
