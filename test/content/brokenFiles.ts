/**
 * Shared by the broken-content tests (brokenFiles*.test.ts): where the cases live, what a case expects, and the check
 * that a reported problem is at its file, line, column and field, with its message, its hint and the text it points at.
 *
 * Every case under test/fixtures/broken/<case>/ holds only the file its fault is in (and, in an overlay.txt, any file
 * it removes or folder it renames), laid over test/fixtures/base/broken/: a small copy of the 7 September 2017 meeting
 * (meeting.md, 01-adoption-plan-within-4-months.md, 02-average-caseload.md). See test/helpers/overlay.ts.
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { ContentProblems, formatProblem, sortProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { FIXTURE_BASES, materialise } from "../helpers/overlay";

/** test/fixtures/broken/: one folder per case. */
export const FIXTURES = fileURLToPath(new URL("../fixtures/broken/", import.meta.url));

const MEETINGS = "content/meetings/2017-09-07-cype";
export const MEETING = `${MEETINGS}/meeting.md`;
export const ADOPTION = `${MEETINGS}/01-adoption-plan-within-4-months.md`;
export const CASELOAD = `${MEETINGS}/02-average-caseload.md`;
export const NOT_YAML = "the front matter is not valid YAML: ";

export interface Expected {
  file: string;
  line: number;
  /** Omitted only where the exact column is not the point of the case. */
  column?: number;
  field: string;
  message: string | RegExp;
  hint?: string | RegExp;
  /** Text the fixture has at line:column (or, without a column, somewhere on the line). */
  at: string;
}

export interface BrokenCase {
  name: string;
  fault: string;
  problems: Expected[];
}

/**
 * A case laid over the base in a temporary project, removed when the running test ends.
 * @example const root = await fixtureProject("control");
 */
export async function fixtureProject(name: string): Promise<string> {
  const root = await materialise(path.join(FIXTURE_BASES, "broken"), path.join(FIXTURES, name));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

/**
 * The problems loadScorecards reports for a case's project, sorted as the report prints them.
 * @example const problems = await problemsOf("yaml-tab-indent", await fixtureProject("yaml-tab-indent"));
 */
export async function problemsOf(name: string, root: string): Promise<Problem[]> {
  try {
    await loadScorecards(root);
  } catch (error) {
    if (error instanceof ContentProblems) return sortProblems(error.problems);
    throw error;
  }
  throw new Error(`${name} loaded without any problems`);
}

/** The 1-based line of a file in a case's project. */
function lineOf(name: string, root: string, file: string, line: number): string {
  const lines = readFileSync(path.join(root, file), "utf8").split("\n");
  const text = lines[line - 1];
  if (text === undefined) throw new Error(`${name}/${file} has no line ${line}`);
  return text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Checks one reported problem against what the case expects, and the text its line and column point at.
 * @example expectProblem("yaml-tab-indent", root, problems[0], cases[0].problems[0]);
 */
export function expectProblem(name: string, root: string, actual: Problem | undefined, expected: Expected): void {
  expect(actual, `${name}: a problem in ${expected.file}`).toBeDefined();
  const problem = actual!;
  expect({ file: problem.file, line: problem.line, field: problem.field }).toEqual({ file: expected.file, line: expected.line, field: expected.field });
  if (expected.column !== undefined) expect(problem.column, `${name}: column`).toBe(expected.column);
  if (typeof expected.message === "string") expect(problem.message).toBe(expected.message);
  else expect(problem.message).toMatch(expected.message);
  if (typeof expected.hint === "string") expect(problem.hint).toBe(expected.hint);
  else if (expected.hint) expect(problem.hint ?? "").toMatch(expected.hint);
  // Every problem says how to put it right.
  expect(problem.hint, `${name}: a hint`).toBeTruthy();

  // The position points at the text the fault is in.
  const text = lineOf(name, root, expected.file, expected.line);
  if (expected.column !== undefined)
    expect(text.slice(expected.column - 1), `${name}: line ${expected.line}, column ${expected.column}`).toMatch(new RegExp(`^${escape(expected.at)}`));
  else expect(text).toContain(expected.at);

  // The terminal line starts with file:line:column, so editors can jump to it.
  const formatted = formatProblem(problem);
  expect(formatted.startsWith(`${problem.file}:${problem.line}:${problem.column}`)).toBe(true);
  expect(formatted.split("\n")[0]).toBe(`${problem.file}:${problem.line}:${problem.column}${problem.field ? ` ${problem.field}:` : ""} ${problem.message}`);
}

/**
 * One test per case: the case's faults, and only they, are reported, each where the case says.
 * @example describeCases("YAML syntax", frontMatterCases);
 */
export function describeCases(family: string, cases: BrokenCase[]): void {
  describe(`broken content files, ${family}: each fault is reported once, at its file and line, with a message a clerk can act on`, () => {
    for (const brokenCase of cases) {
      it(`${brokenCase.name}: ${brokenCase.fault}`, async () => {
        const root = await fixtureProject(brokenCase.name);
        const problems = await problemsOf(brokenCase.name, root);
        expect(
          problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`),
          `${brokenCase.name}: number of problems`,
        ).toHaveLength(brokenCase.problems.length);
        brokenCase.problems.forEach((expected, index) => expectProblem(brokenCase.name, root, problems[index], expected));
      });
    }
  });
}
