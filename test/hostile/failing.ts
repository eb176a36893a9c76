/**
 * Shared by the hostile corpus tests (corpus*.test.ts): what a failing case expects, the project it is checked in,
 * and the check that its one problem names the file, line, column and field, in words a clerk can act on.
 *
 * Every failing case under test/fixtures/hostile/<case>/ holds only the file its fault is in (and, in an overlay.txt,
 * any file it removes or folder it renames), laid over test/fixtures/base/hostile/: the meeting.md of a test
 * meeting and one sound indicator, 01-average-caseload.md. See test/helpers/overlay.ts.
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { ContentProblems, formatProblem, sortProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { materialise } from "../helpers/overlay";
import { FOLDER, HOSTILE, HOSTILE_BASE } from "./helpers";

export const CASELOAD = "01-average-caseload.md";
export const ADOPTION = "01-adoption-within-4-months.md";
export const UNALLOCATED = "01-unallocated-cases.md";
export const MEETING = "meeting.md";

/** The message for a value with a character that only looks like an ordinary one. */
export const ODD = (found: string, what: string) => `found "${found}", which has ${what} where only ordinary keyboard characters belong`;

export interface FailingCase {
  name: string;
  fault: string;
  /** File name in the meeting folder, or a path under content/meetings/ when the folder is not the usual one. */
  file: string;
  line: number;
  column: number;
  field: string;
  message: string | RegExp;
  hint?: string | RegExp;
  /** Text the file has at line:column; omitted where the file cannot be read as text at all. */
  at?: string;
  /** The whole check must take less than this many milliseconds: the defences fail fast. */
  withinMs?: number;
}

/**
 * A case laid over the hostile base in a temporary folder holding only its content, removed when the running test ends.
 * @example const root = await caseProject("yaml-proto-key");
 */
export async function caseProject(name: string): Promise<string> {
  const root = await materialise(HOSTILE_BASE, path.join(HOSTILE, name));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

/**
 * The problems loadScorecards reports for a project, sorted as the report prints them.
 * @example const problems = await problemsOf(await caseProject("result-nan"));
 */
export async function problemsOf(root: string): Promise<Problem[]> {
  try {
    await loadScorecards(root);
  } catch (error) {
    if (error instanceof ContentProblems) return sortProblems(error.problems);
    throw error;
  }
  throw new Error(`${root} loaded without any problems`);
}

/**
 * The project path of a case's file: a name in the usual meeting folder, or a path under content/meetings/.
 * @example filePath("meeting.md") // "content/meetings/2019-03-14-hostile/meeting.md"
 */
export function filePath(file: string): string {
  return file.includes("/") ? `content/meetings/${file}` : `content/meetings/${FOLDER}/${file}`;
}

/** A line of a fixture as an editor shows it: byte-order mark dropped, any line end. */
function lineOf(root: string, file: string, line: number): string | undefined {
  const content = readFileSync(path.join(root, file), "utf8").replace(/^\uFEFF/, "");
  return content.split(/\r\n|\r|\n/)[line - 1];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function expectProblems(name: string, root: string, problems: Problem[], expected: FailingCase): void {
  expect(
    problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`),
    `${name}: one problem`,
  ).toHaveLength(1);
  const problem = problems[0]!;
  const file = filePath(expected.file);
  expect({ file: problem.file, line: problem.line, column: problem.column, field: problem.field }).toEqual({
    file,
    line: expected.line,
    column: expected.column,
    field: expected.field,
  });
  if (typeof expected.message === "string") expect(problem.message).toBe(expected.message);
  else expect(problem.message).toMatch(expected.message);
  if (typeof expected.hint === "string") expect(problem.hint).toBe(expected.hint);
  else if (expected.hint) expect(problem.hint ?? "").toMatch(expected.hint);
  expect(problem.hint, `${name}: says how to put it right`).toBeTruthy();
  if (expected.at !== undefined) {
    const line = lineOf(root, file, expected.line);
    expect(line, `${name}: ${file} has line ${expected.line}`).toBeDefined();
    expect(line!.slice(expected.column - 1), `${name}: line ${expected.line}, column ${expected.column}`).toMatch(new RegExp(`^${escape(expected.at)}`));
  }
  // The terminal line starts with file:line:column, so editors can jump to it; invisible characters never reach it.
  const formatted = formatProblem(problem);
  expect(formatted.split("\n")[0]).toBe(`${file}:${problem.line}:${problem.column}${problem.field ? ` ${problem.field}:` : ""} ${problem.message}`);
  expect(formatted, `${name}: no invisible characters in the report`).not.toMatch(
    /[\u0000-\u0009\u000B-\u001F\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/,
  );
}

/**
 * One test per case: it fails, fast, with one problem at the file, line, column and field the case gives.
 * @example describeFailing("encodings and line ends", encodingCases);
 */
export function describeFailing(family: string, cases: FailingCase[]): void {
  describe(`hostile and broken content files, ${family}: each fails with one clear problem at its file and line`, () => {
    for (const hostile of cases) {
      it(`${hostile.name}: ${hostile.fault}`, async () => {
        const root = await caseProject(hostile.name);
        const started = performance.now();
        const problems = await problemsOf(root);
        expect(performance.now() - started, `${hostile.name}: fails fast`).toBeLessThan(hostile.withinMs ?? 10_000);
        expectProblems(hostile.name, root, problems, hostile);
      });
    }
  });
}
