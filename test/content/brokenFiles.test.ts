/**
 * Broken content files, one fault each, and one project holding many faults at once.
 *
 * Every fixture under test/fixtures/broken/<case>/ is a project root: a small copy of the 7 September 2017
 * meeting (meeting.md, 01-adoption-plan-within-4-months.md, 02-average-caseload.md) with exactly one deliberate
 * fault. Each case states the exact file, line, column, field and message a clerk should see, and the text the
 * line and column point at, so a position that drifts by one line fails loudly.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContentProblems, formatProblem, formatReport, sortProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";

const FIXTURES = fileURLToPath(new URL("../fixtures/broken/", import.meta.url));

const MEETINGS = "content/meetings/2017-09-07-cype";
const MEETING = `${MEETINGS}/meeting.md`;
const ADOPTION = `${MEETINGS}/01-adoption-plan-within-4-months.md`;
const CASELOAD = `${MEETINGS}/02-average-caseload.md`;

interface Expected {
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

interface BrokenCase {
  name: string;
  fault: string;
  problems: Expected[];
}

const BANDS_HINT = 'the three bands must meet without gaps or overlaps, e.g. red: "below 70", amber: "70 to 80", green: "80 and above"';
const NOT_YAML = "the front matter is not valid YAML: ";

const cases: BrokenCase[] = [
  // ---------------------------------------------------------------- YAML syntax
  {
    name: "yaml-unclosed-quote",
    fault: 'title: "% of cases … decision   (no closing quote)',
    problems: [
      // The quote opens on line 3; the YAML library notices only at the end of the front matter (line 26).
      { file: ADOPTION, line: 3, column: 8, field: "", message: `${NOT_YAML}Missing closing "quote`, hint: /quote/i, at: '"% of cases' },
    ],
  },
  {
    name: "yaml-bad-indentation",
    fault: "line 16 `     red: above 22` indented five spaces instead of four",
    problems: [
      { file: CASELOAD, line: 16, field: "", message: new RegExp(`^${NOT_YAML}`), hint: /indent|line the fields up/i, at: "     red: above 22" },
    ],
  },
  {
    name: "yaml-tab-indent",
    fault: "line 16 indented with a tab",
    problems: [
      { file: CASELOAD, line: 16, column: 1, field: "", message: `${NOT_YAML}Tabs are not allowed as indentation`, hint: "indent with spaces, not tabs", at: "\tred: above 22" },
    ],
  },
  {
    name: "yaml-duplicate-key",
    fault: "unit: given twice (lines 10 and 11)",
    problems: [
      { file: CASELOAD, line: 11, column: 1, field: "", message: `${NOT_YAML}Map keys must be unique`, hint: "each field may appear only once: delete one of the two", at: "unit: count" },
    ],
  },
  {
    name: "yaml-missing-space-after-colon",
    fault: "director:Philip Segurola",
    problems: [
      { file: CASELOAD, line: 8, column: 1, field: "", message: `${NOT_YAML}Implicit keys need to be on a single line`, hint: /"name: value"/, at: "director:Philip" },
    ],
  },
  {
    name: "yaml-colon-in-unquoted-text",
    fault: "title: Caseload: average for …   (unquoted text containing \": \")",
    problems: [
      { file: CASELOAD, line: 3, column: 8, field: "", message: `${NOT_YAML}Nested mappings are not allowed in compact mappings`, hint: /goes in quotes/, at: "Caseload: average" },
    ],
  },
  // ---------------------------------------------------------------- no usable front matter
  {
    name: "no-front-matter",
    fault: "an indicator file with no front matter at all",
    problems: [
      {
        file: CASELOAD, line: 1, column: 1, field: "", message: "the file does not start with a front matter block",
        hint: 'start the file with a line "---", then the fields, then another line "---", then the text', at: "Average Caseload",
      },
    ],
  },
  {
    name: "front-matter-not-closed",
    fault: 'the front matter opens with "---" but never closes',
    problems: [{ file: CASELOAD, line: 1, column: 1, field: "", message: 'the front matter block has no closing "---" line', at: "---" }],
  },
  {
    name: "front-matter-is-list",
    fault: "front matter written as a YAML list (- id: …) instead of fields",
    problems: [
      {
        file: CASELOAD, line: 2, column: 1, field: "", message: 'the front matter is a list, expected fields written "name: value"',
        hint: 'write one "name: value" per line between the two "---" lines', at: "- id: average-caseload",
      },
    ],
  },
  // ---------------------------------------------------------------- schema
  {
    name: "wrong-type-decimal-places",
    fault: 'decimalPlaces: "one"',
    problems: [{ file: CASELOAD, line: 11, column: 16, field: "decimalPlaces", message: 'found "one", expected a number', at: '"one"' }],
  },
  {
    name: "non-numeric-result",
    fault: "result: twenty-three in the May 2017 row",
    problems: [
      {
        file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number',
        hint: "write the figure as a plain number without a % sign, e.g. 62.8; leave it empty when there is no data", at: "twenty-three",
      },
    ],
  },
  {
    name: "result-with-percent-sign",
    fault: "result: 63.2%",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "63.2%", expected a number', hint: /without a % sign/, at: "63.2%" }],
  },
  {
    name: "unknown-key-typo",
    fault: "tarket: 80.0 in the Apr 2017 row",
    problems: [
      {
        file: ADOPTION, line: 23, column: 38, field: "trend[1].tarket", message: '"tarket" is not a field this tool knows',
        hint: 'did you mean "target"? Rename it, or delete the line', at: "tarket: 80.0",
      },
    ],
  },
  {
    name: "meeting-unknown-key",
    fault: "agendaitem: 16 (lower-case i) in meeting.md, so agendaItem is missing too",
    problems: [
      // A missing union field should read like every other missing field, never "found undefined".
      { file: MEETING, line: 2, column: 1, field: "agendaItem", message: "is missing: expected a number or some text", hint: "write the agenda item number, e.g. 16", at: "committee:" },
      { file: MEETING, line: 4, column: 1, field: "agendaitem", message: '"agendaitem" is not a field this tool knows', hint: 'did you mean "agendaItem"? Rename it, or delete the line', at: "agendaitem: 16" },
    ],
  },
  {
    name: "missing-required-field",
    fault: "dataSource deleted",
    problems: [
      // A missing field is placed at the mapping that should hold it: the first line of the front matter.
      { file: CASELOAD, line: 2, column: 1, field: "dataSource", message: "is missing: expected some text", hint: 'write where the figures come from, e.g. "Liberi"', at: "id: average-caseload" },
    ],
  },
  {
    name: "invalid-enum-polarity",
    fault: "polarity: up",
    problems: [
      { file: CASELOAD, line: 12, column: 11, field: "polarity", message: 'found "up", expected one of "higher-is-better", "lower-is-better"', hint: 'write "higher-is-better" or "lower-is-better"', at: "up" },
    ],
  },
  {
    name: "invalid-rating-word",
    fault: "rating: red (lower case)",
    problems: [{ file: ADOPTION, line: 24, column: 60, field: "trend[2].rating", message: 'found "red", expected one of "Red", "Amber", "Green"', at: "red }" }],
  },
  {
    name: "empty-trend",
    fault: "trend: []",
    problems: [{ file: CASELOAD, line: 21, column: 8, field: "trend", message: "has 0 entries, expected at least 1", at: "[]" }],
  },
  // ---------------------------------------------------------------- bandings
  {
    name: "bandings-gap",
    fault: 'red: below 70, amber: 72 to 80 (nothing rates 70 to 71.9)',
    problems: [
      {
        file: ADOPTION, line: 17, column: 12, field: "bandings[0].amber",
        message: "the bands leave a gap between Red (up to 70) and Amber (from 72): some results would have no rating", hint: BANDS_HINT, at: "72 to 80",
      },
    ],
  },
  {
    name: "bandings-overlap",
    fault: "red: below 75, amber: 70 to 80",
    problems: [
      { file: ADOPTION, line: 17, column: 12, field: "bandings[0].amber", message: "the bands overlap between Red (up to 75) and Amber (from 70)", hint: BANDS_HINT, at: "70 to 80" },
    ],
  },
  {
    name: "bandings-wrong-order-for-polarity",
    fault: "average caseload bands (Green lowest) with polarity: higher-is-better",
    problems: [
      {
        file: CASELOAD, line: 17, column: 12, field: "bandings[0].amber",
        message: "the bands run Green, Amber, Red from low to high values, but higher is better needs Red, Amber, Green", at: "18 to 22",
      },
    ],
  },
  {
    name: "bandings-duplicate-year",
    fault: "a second bandings entry for 2017/18",
    problems: [
      { file: ADOPTION, line: 19, column: 20, field: "bandings[1].financialYear", message: "bandings for 2017/18 are given twice", hint: "keep one entry per financial year", at: "2017/18" },
    ],
  },
  {
    name: "bandings-unreadable-band",
    fault: "red: under 70",
    problems: [
      {
        file: ADOPTION, line: 16, column: 10, field: "bandings[0].red",
        message: '"under 70" is not a band this tool can read', hint: 'write it as "below 70", "above 22", "70 to 80", "80 and above", "18 and below" or "0"', at: "under 70",
      },
    ],
  },
  {
    name: "bandings-incomplete",
    fault: "amber band deleted",
    problems: [
      {
        file: ADOPTION, line: 14, column: 5, field: "bandings[0]",
        message: "bandings need exactly one of: all three of red, amber and green; a floor; or a tolerancePercent", at: "financialYear: 2017/18",
      },
    ],
  },
  // ---------------------------------------------------------------- ids and scorecards
  {
    name: "duplicate-indicator-id",
    fault: "02-average-caseload.md reuses the id adoption-plan-within-4-months",
    problems: [
      { file: CASELOAD, line: 2, column: 5, field: "id", message: `"adoption-plan-within-4-months" is already the id of ${ADOPTION}`, hint: "give each indicator in a meeting its own id", at: "adoption-plan-within-4-months" },
    ],
  },
  {
    name: "scorecard-not-listed",
    fault: "scorecard: Education and Early Help, not listed in meeting.md",
    problems: [
      {
        file: CASELOAD, line: 4, column: 12, field: "scorecard",
        message: `"Education and Early Help" is not one of this meeting's scorecards ("Specialist Children's Services")`,
        hint: "use one of the names listed under `scorecards` in meeting.md, or add this one there", at: "Education and Early Help",
      },
    ],
  },
  {
    name: "scorecard-without-indicators",
    fault: "meeting.md lists Education and Early Help but no file belongs to it",
    problems: [
      {
        file: MEETING, line: 9, column: 5, field: "scorecards[1]", message: 'no indicator file in this folder belongs to the scorecard "Education and Early Help"',
        hint: "add its indicator files, or remove it from the list", at: "Education and Early Help",
      },
    ],
  },
  // ---------------------------------------------------------------- dates and folders
  {
    name: "impossible-date",
    fault: "date: 2017-02-30 (folder 2017-02-30-cype)",
    problems: [
      { file: "content/meetings/2017-02-30-cype/meeting.md", line: 3, column: 7, field: "date", message: 'found "2017-02-30", expected a real date written YYYY-MM-DD', at: "2017-02-30" },
    ],
  },
  {
    name: "folder-date-disagrees",
    fault: "folder 2017-09-08-cype, date: 2017-09-07",
    problems: [
      {
        file: "content/meetings/2017-09-08-cype/meeting.md", line: 3, column: 7, field: "date", message: "found 2017-09-07, but the folder is named for 2017-09-08",
        hint: "make the folder name and the date agree", at: "2017-09-07",
      },
    ],
  },
  {
    name: "bad-folder-name",
    fault: "folder cype-september-2017",
    problems: [
      {
        file: "content/meetings/cype-september-2017/meeting.md", line: 1, column: 1, field: "",
        message: 'the folder name "cype-september-2017" is not the meeting date followed by a short committee name', at: "---",
      },
    ],
  },
  // ---------------------------------------------------------------- periods
  {
    name: "periods-out-of-order",
    fault: "rows Mar, May, Apr, Jun",
    problems: [
      { file: ADOPTION, line: 24, column: 15, field: "trend[2].period", message: "Apr 2017 comes after May 2017, but the trend must run oldest first", hint: "put the rows in date order, oldest first", at: "2017-04" },
    ],
  },
  {
    name: "duplicate-period",
    fault: "rows Mar, Apr, Apr, Jun",
    problems: [{ file: ADOPTION, line: 24, column: 15, field: "trend[2].period", message: "Apr 2017 appears twice in the trend", hint: "delete one of the two rows", at: "2017-04" }],
  },
  {
    name: "period-month-13",
    fault: "period: 2017-13",
    problems: [
      { file: ADOPTION, line: 25, column: 15, field: "trend[3].period", message: 'found "2017-13", expected a month such as "2017-06" or a quarter such as "Q1 2017/18"', at: "2017-13" },
    ],
  },
  // ---------------------------------------------------------------- results, targets and ratings
  {
    name: "result-too-many-decimals",
    fault: "result: 63.25 with decimalPlaces: 1",
    problems: [
      {
        file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: "found 63.25, which has more decimal places than the 1 this indicator publishes",
        hint: "round it to 1 decimal place, or change decimalPlaces", at: "63.25",
      },
    ],
  },
  {
    name: "percentage-over-100",
    fault: "result: 100.4 for a percentage",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: "found 100.4, but a percentage cannot be over 100", at: "100.4" }],
  },
  {
    name: "rating-disagrees-with-bandings",
    fault: "Jun 2017: result 62.8 published as Amber, but the bandings make it Red",
    problems: [
      {
        file: ADOPTION, line: 25, column: 60, field: "trend[3].rating",
        message: "the paper's rating is Amber, but the 2017/18 bandings (Below 70% = Red, 70% to 80% = Amber, 80% and above = Green) rate 62.8% as Red",
        hint: "check the result and the bandings against the paper; a published rating must agree with them", at: "Amber }",
      },
    ],
  },
  {
    name: "missing-rating-without-bandings",
    fault: "Mar 2017 (financial year 2016/17, no bandings on record) has no rating",
    problems: [
      {
        file: ADOPTION, line: 22, column: 5, field: "trend[0].rating",
        message: "is missing: there are no bandings on record for 2016/17, so the rating as published is needed for Mar 2017",
        hint: "add rating: Red, Amber or Green as the paper printed it, or add bandings for 2016/17", at: "{ period: 2017-03",
      },
    ],
  },
  {
    name: "target-disagrees-with-bandings",
    fault: "May 2017 target 20.0, bandings target 18",
    problems: [{ file: CASELOAD, line: 24, column: 46, field: "trend[2].target", message: "found 20, but the 2017/18 bandings give a target of 18", at: "20.0" }],
  },
  // ---------------------------------------------------------------- no cascades
  {
    name: "only-broken-indicator",
    fault: "the meeting's only indicator has result: twenty-three; that is one problem, not also \"no indicator file belongs to the scorecard\"",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number', at: "twenty-three" }],
  },
  {
    name: "utf8-bom",
    fault: "result: twenty-three in a file saved with a UTF-8 byte-order mark (as Windows editors do): the mark is not a fault",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number', at: "twenty-three" }],
  },
];

/** The problems loadSite reports for a fixture project, sorted as the report prints them. */
async function problemsOf(name: string): Promise<Problem[]> {
  try {
    await loadScorecards(path.join(FIXTURES, name));
  } catch (error) {
    if (error instanceof ContentProblems) return sortProblems(error.problems);
    throw error;
  }
  throw new Error(`${name} loaded without any problems`);
}

/** The 1-based line of a fixture file. */
function lineOf(name: string, file: string, line: number): string {
  const lines = readFileSync(path.join(FIXTURES, name, file), "utf8").split("\n");
  const text = lines[line - 1];
  if (text === undefined) throw new Error(`${name}/${file} has no line ${line}`);
  return text;
}

function expectProblem(name: string, actual: Problem | undefined, expected: Expected): void {
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
  const text = lineOf(name, expected.file, expected.line);
  if (expected.column !== undefined) expect(text.slice(expected.column - 1), `${name}: line ${expected.line}, column ${expected.column}`).toMatch(new RegExp(`^${escape(expected.at)}`));
  else expect(text).toContain(expected.at);

  // The terminal line starts with file:line:column, so editors can jump to it.
  const formatted = formatProblem(problem);
  expect(formatted.startsWith(`${problem.file}:${problem.line}:${problem.column}`)).toBe(true);
  expect(formatted.split("\n")[0]).toBe(`${problem.file}:${problem.line}:${problem.column}${problem.field ? ` ${problem.field}:` : ""} ${problem.message}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("broken content files: each fault is reported once, at its file and line, with a message a clerk can act on", () => {
  it("the unbroken copy of the meeting that every case starts from loads cleanly", async () => {
    const site = await loadScorecards(path.join(FIXTURES, "control"));
    expect(site.meetings.map((meeting) => meeting.slug)).toEqual(["2017-09-07-cype"]);
    expect(site.indicators.map((indicator) => indicator.id)).toEqual(["adoption-plan-within-4-months", "average-caseload"]);
  });

  it("has a case for every fixture folder, and at least 15 of them", () => {
    const folders = readdirSync(FIXTURES).sort();
    expect(folders).toEqual([...cases.map((c) => c.name), "control", "many-problems"].sort());
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const brokenCase of cases) {
    it(`${brokenCase.name}: ${brokenCase.fault}`, async () => {
      const problems = await problemsOf(brokenCase.name);
      expect(
        problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`),
        `${brokenCase.name}: number of problems`,
      ).toHaveLength(brokenCase.problems.length);
      brokenCase.problems.forEach((expected, index) => expectProblem(brokenCase.name, problems[index], expected));
    });
  }
});

describe("a project with many broken files reports every problem in one go", () => {
  const SEPT = "content/meetings/2017-09-07-cype";
  const OCT = "content/meetings/2017-10-05-cype";
  const NOV = "content/meetings/2017-11-02-cype";
  // Sorted as the report prints them: by file, then line.
  const expected: Expected[] = [
    { file: `${SEPT}/01-adoption-plan-within-4-months.md`, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number', at: "twenty-three" },
    {
      file: `${SEPT}/02-average-caseload.md`, line: 17, column: 12, field: "bandings[0].amber",
      message: "the bands run Green, Amber, Red from low to high values, but higher is better needs Red, Amber, Green", at: "18 to 22",
    },
    { file: `${SEPT}/03-cic-health-assessments.md`, line: 23, column: 38, field: "trend[1].tarket", message: '"tarket" is not a field this tool knows', hint: 'did you mean "target"? Rename it, or delete the line', at: "tarket: 90.0" },
    {
      file: `${SEPT}/04-cin-plans.md`, line: 24, column: 60, field: "trend[2].rating",
      message: "the paper's rating is Green, but the 2017/18 bandings (Below 80% = Red, 80% to 90% = Amber, 90% and above = Green) rate 80.9% as Amber", at: "Green }",
    },
    { file: `${SEPT}/05-unallocated-cases.md`, line: 1, column: 1, field: "", message: "the file does not start with a front matter block", at: "Number of unallocated cases" },
    { file: `${SEPT}/07-placement-arrangement-meetings.md`, line: 24, column: 32, field: "trend[2].result", message: "found 62.15, which has more decimal places than the 1 this indicator publishes", at: "62.15" },
    { file: `${SEPT}/07-placement-arrangement-meetings.md`, line: 25, column: 15, field: "trend[3].period", message: "May 2017 comes after Jul 2017, but the trend must run oldest first", at: "2017-05" },
    { file: `${OCT}/02-average-caseload.md`, line: 11, column: 1, field: "", message: `${NOT_YAML}Map keys must be unique`, at: "unit: count" },
    { file: `${OCT}/meeting.md`, line: 3, column: 7, field: "date", message: "found 2017-10-06, but the folder is named for 2017-10-05", at: "2017-10-06" },
    // meeting.md fails its schema, and its indicator file is still checked against its own.
    { file: `${NOV}/01-adoption-plan-within-4-months.md`, line: 12, column: 11, field: "polarity", message: 'found "up", expected one of "higher-is-better", "lower-is-better"', at: "up" },
    { file: `${NOV}/meeting.md`, line: 9, column: 9, field: "status", message: 'found "final", expected one of "draft", "published"', at: "final" },
  ];

  it("lists all 11 problems across 10 files, from YAML, schema and bandings checks alike, at their lines", async () => {
    const problems = await problemsOf("many-problems");
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(expected.map((e) => `${e.file}:${e.line}`));
    problems.forEach((problem, index) => expectProblem("many-problems", problem, expected[index]!));
    expect(new Set(problems.map((p) => p.file)).size).toBe(10);
  });

  it("throws one ContentProblems whose message is the whole report, ending with the count", async () => {
    const error = await loadScorecards(path.join(FIXTURES, "many-problems")).then(
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
