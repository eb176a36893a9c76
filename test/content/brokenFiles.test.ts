/**
 * Broken content files, one fault each, and one project holding many faults at once.
 *
 * The one-fault cases are listed by family in brokenFiles.frontMatterCases.ts and brokenFiles.ruleCases.ts and run
 * by brokenFiles.frontMatter.test.ts and brokenFiles.rules.test.ts; this file checks the base they are laid over,
 * that every fixture folder has its case, and the project with many faults. See brokenFiles.ts.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentProblems, formatReport } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { FIXTURE_BASES, unchangedFiles } from "../helpers/overlay";
import { expectProblem, FIXTURES, fixtureProject, NOT_YAML, problemsOf, type Expected } from "./brokenFiles";
import { frontMatterCases } from "./brokenFiles.frontMatterCases";
import { ruleCases } from "./brokenFiles.ruleCases";

const cases = [...frontMatterCases, ...ruleCases];

describe("broken content files: each fault is reported once, at its file and line, with a message a clerk can act on", () => {
  it("the unbroken copy of the meeting that every case starts from loads cleanly", async () => {
    const site = await loadScorecards(await fixtureProject("control"));
    expect(site.meetings.map((meeting) => meeting.slug)).toEqual(["2017-09-07-cype"]);
    expect(site.indicators.map((indicator) => indicator.id)).toEqual(["adoption-plan-within-4-months", "average-caseload"]);
  });

  it("has a case for every fixture folder, and at least 15 of them", () => {
    const folders = readdirSync(FIXTURES).sort();
    expect(folders).toEqual([...cases.map((c) => c.name), "control", "many-problems"].sort());
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it("every case holds only the files its fault changes, laid over the base", async () => {
    for (const name of readdirSync(FIXTURES)) expect(await unchangedFiles(path.join(FIXTURE_BASES, "broken"), path.join(FIXTURES, name)), name).toEqual([]);
  });
});

describe("a project with many broken files reports every problem in one go", () => {
  const SEPT = "content/meetings/2017-09-07-cype";
  const OCT = "content/meetings/2017-10-05-cype";
  const NOV = "content/meetings/2017-11-02-cype";
  // Sorted as the report prints them: by file, then line.
  const expected: Expected[] = [
    {
      file: `${SEPT}/01-adoption-plan-within-4-months.md`,
      line: 24,
      column: 32,
      field: "trend[2].result",
      message: 'found "twenty-three", expected a number',
      at: "twenty-three",
    },
    {
      file: `${SEPT}/02-average-caseload.md`,
      line: 17,
      column: 12,
      field: "bandings[0].amber",
      message: "the bands run Green, Amber, Red from low to high values, but higher is better needs Red, Amber, Green",
      at: "18 to 22",
    },
    {
      file: `${SEPT}/03-cic-health-assessments.md`,
      line: 23,
      column: 38,
      field: "trend[1].tarket",
      message: '"tarket" is not a field this tool knows',
      hint: 'did you mean "target"? Rename it, or delete the line',
      at: "tarket: 90.0",
    },
    {
      file: `${SEPT}/04-cin-plans.md`,
      line: 24,
      column: 60,
      field: "trend[2].rating",
      message: "the paper's rating is Green, but the 2017/18 bandings (Below 80% = Red, 80% to 90% = Amber, 90% and above = Green) rate 80.9% as Amber",
      at: "Green }",
    },
    {
      file: `${SEPT}/05-unallocated-cases.md`,
      line: 1,
      column: 1,
      field: "",
      message: "the file does not start with a front matter block",
      at: "Number of unallocated cases",
    },
    {
      file: `${SEPT}/07-placement-arrangement-meetings.md`,
      line: 24,
      column: 32,
      field: "trend[2].result",
      message: "found 62.15, which has more decimal places than the 1 this indicator publishes",
      at: "62.15",
    },
    {
      file: `${SEPT}/07-placement-arrangement-meetings.md`,
      line: 25,
      column: 15,
      field: "trend[3].period",
      message: "May 2017 comes after Jul 2017, but the trend must run oldest first",
      at: "2017-05",
    },
    { file: `${OCT}/02-average-caseload.md`, line: 11, column: 1, field: "", message: `${NOT_YAML}Map keys must be unique`, at: "unit: count" },
    { file: `${OCT}/meeting.md`, line: 3, column: 7, field: "date", message: "found 2017-10-06, but the folder is named for 2017-10-05", at: "2017-10-06" },
    // meeting.md fails its schema, and its indicator file is still checked against its own.
    {
      file: `${NOV}/01-adoption-plan-within-4-months.md`,
      line: 12,
      column: 11,
      field: "polarity",
      message: 'found "up", expected one of "higher-is-better", "lower-is-better", "neither"',
      at: "up",
    },
    { file: `${NOV}/meeting.md`, line: 9, column: 9, field: "status", message: 'found "final", expected one of "draft", "published"', at: "final" },
  ];

  it("lists all 11 problems across 10 files, from YAML, schema and bandings checks alike, at their lines", async () => {
    const root = await fixtureProject("many-problems");
    const problems = await problemsOf("many-problems", root);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(expected.map((e) => `${e.file}:${e.line}`));
    problems.forEach((problem, index) => expectProblem("many-problems", root, problem, expected[index]!));
    expect(new Set(problems.map((p) => p.file)).size).toBe(10);
  });

  it("throws one ContentProblems whose message is the whole report, ending with the count", async () => {
    const error = await loadScorecards(await fixtureProject("many-problems")).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentProblems);
    const report = formatReport((error as ContentProblems).problems);
    expect((error as ContentProblems).message).toBe(`The scorecard content has problems:\n\n${report}`);
    expect(report.endsWith("\n\n11 problems in 10 files.")).toBe(true);
    // Top to bottom by file, each block starting with file:line:column.
    const blocks = report.split("\n\n").slice(0, -1);
    expect(blocks).toHaveLength(11);
    expect(blocks.map((block) => block.split(" ")[0])).toEqual(expected.map((e) => `${e.file}:${e.line}:${e.column}`));
    expect(blocks[0]).toBe(
      `${SEPT}/01-adoption-plan-within-4-months.md:24:32 trend[2].result: found "twenty-three", expected a number\n` +
        "    How to fix: write the figure as a plain number without a % sign, e.g. 62.8; leave it empty when there is no data",
    );
  });
});
