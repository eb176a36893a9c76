import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ZodType } from "zod";
import type { Problem } from "./problems";
import { indicatorSchema, meetingSchema, type IndicatorFrontMatter, type MeetingFrontMatter } from "./schema";
import { validateFrontMatter } from "./validate";
import { readSourceFile, type SourceFile } from "./yamlSource";

export const MEETING_FILE = "meeting.md";

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
}

/**
 * Reads and schema-checks every meeting under a folder, collecting every problem rather than stopping at the first.
 * @example await readMeetings("content/meetings", "/work/main") // { meetings: [...], problems: [] }
 */
export async function readMeetings(meetingsDir: string, projectRoot: string): Promise<{ meetings: MeetingSource[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const meetings: MeetingSource[] = [];
  const entries = await readdir(meetingsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const folder of folders) {
    const dir = path.join(meetingsDir, folder);
    const files = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
    const relative = (name: string) => path.relative(projectRoot, path.join(dir, name)).split(path.sep).join("/");
    if (!files.includes(MEETING_FILE)) {
      problems.push({
        file: relative(MEETING_FILE),
        line: 1,
        column: 1,
        field: "",
        message: `the meeting folder "${folder}" has no ${MEETING_FILE}`,
        hint: `add ${MEETING_FILE} with the committee, date, agenda item and scorecards (see docs/content-format.md)`,
      });
      continue;
    }
    const meeting = await readOne(relative(MEETING_FILE), path.join(dir, MEETING_FILE), meetingSchema, problems);
    const indicators: IndicatorSource[] = [];
    let unreadableIndicators = 0;
    for (const name of files.filter((name) => name !== MEETING_FILE)) {
      const indicator = await readOne(relative(name), path.join(dir, name), indicatorSchema, problems);
      if (indicator) indicators.push({ source: indicator.source, front: indicator.value });
      else unreadableIndicators++;
    }
    if (meeting) meetings.push({ folder, source: meeting.source, front: meeting.value, indicators, unreadableIndicators });
  }
  return { meetings, problems };
}

async function readOne<T>(
  file: string,
  absolute: string,
  schema: ZodType<T>,
  problems: Problem[],
): Promise<{ source: SourceFile; value: T } | undefined> {
  const text = await readFile(absolute, "utf8");
  const read = readSourceFile(file, text);
  problems.push(...read.problems);
  if (!read.source) return undefined;
  const checked = validateFrontMatter(read.source, schema);
  problems.push(...checked.problems);
  return checked.value === undefined ? undefined : { source: read.source, value: checked.value };
}
