/**
 * Hostile and broken input: nothing a content file contains breaks the site, injects script or slips through unnoticed.
 *
 * The corpus lives in test/fixtures/hostile/. Every folder but `inert` is a project whose content has one fault, and
 * fails the content check with one problem naming the file, line, column and field, in words a clerk can act on.
 * `inert` is one meeting whose every file is legitimate but dangerous (script tags, javascript: links, Nunjucks
 * syntax, a title that closes <title>, Word's typography, odd encodings and line ends): it builds, and each page
 * shows the danger as plain text. Two more failing cases are made here because they are too big to commit
 * (a 10 MB file, 100,000 levels of nesting), and one more inert one (a 500,000-character line).
 * See docs/hostile-input.md for the decision behind each case.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentProblems, formatProblem, sortProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { runScript } from "../helpers/project";
import { FOLDER, HOSTILE, listFiles, policyProblems, projectWith, text, unsafeMarkup } from "./helpers";

const CASELOAD = "01-average-caseload.md";
const ADOPTION = "01-adoption-within-4-months.md";
const UNALLOCATED = "01-unallocated-cases.md";
const MEETING = "meeting.md";

interface FailingCase {
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

const NUMBER_HINT = "write the figure as a plain number, e.g. 62.8, or leave it empty when there is no data";
const TAG = (tag: string) => `the front matter uses the YAML tag "${tag}", and tags are not allowed`;
const TAG_HINT = "delete the tag (the word starting with !) and write the value plainly; text that starts with ! goes in quotes";
const ODD = (found: string, what: string) => `found "${found}", which has ${what} where only ordinary keyboard characters belong`;
const NOT_UTF8 = /^the file is not valid UTF-8 text: the character at line \d+, column \d+ could not be read$/;

const failing: FailingCase[] = [
  // ---------------------------------------------------------------- YAML as an attack surface
  {
    name: "yaml-alias-bomb",
    fault: "billion laughs: nine levels of nine aliases, 387 million strings if expanded",
    file: CASELOAD,
    line: 5,
    column: 8,
    field: "",
    at: "*a,*a",
    message: "the front matter repeats values through YAML aliases (*name) so many times that it cannot be read safely",
    hint: "remove YAML anchors and aliases (& and *): write each value out",
    withinMs: 2000,
  },
  {
    name: "yaml-tag-js-function",
    fault: "title: !!js/function '…'",
    file: CASELOAD,
    line: 3,
    column: 8,
    field: "",
    message: TAG("!!js/function"),
    hint: TAG_HINT,
    at: "!!js/function",
  },
  {
    name: "yaml-tag-binary",
    fault: "dataSource: !!binary TGliZXJp",
    file: CASELOAD,
    line: 20,
    column: 13,
    field: "",
    message: TAG("!!binary"),
    hint: TAG_HINT,
    at: "!!binary",
  },
  {
    name: "yaml-tag-local",
    fault: "title: !Important … (a clerk's exclamation mark read as a local tag)",
    file: CASELOAD,
    line: 3,
    column: 8,
    field: "",
    message: TAG("!Important"),
    hint: TAG_HINT,
    at: "!Important",
  },
  {
    name: "yaml-merge-key",
    fault: "<<: { title: Merged in } (YAML 1.1 merge key)",
    file: CASELOAD,
    line: 21,
    column: 1,
    field: "<<",
    message: '"<<" is not a field this tool knows',
    hint: "delete the line, or check its spelling and indentation",
    at: "<<:",
  },
  {
    name: "yaml-proto-key",
    fault: "__proto__: { polluted: yes } (prototype pollution)",
    file: CASELOAD,
    line: 21,
    column: 1,
    field: "__proto__",
    message: '"__proto__" is not a field this tool knows',
    hint: "delete the line, or check its spelling and indentation",
    at: "__proto__:",
  },
  {
    name: "yaml-deep-nesting",
    fault: "dataSource: 200 nested lists",
    file: CASELOAD,
    line: 20,
    column: 28,
    field: "",
    at: "[[[",
    message: "the front matter is nested more than 16 levels deep",
    hint: /at most three levels deep/,
  },
  // ---------------------------------------------------------------- files that are not front matter at all
  {
    name: "empty-indicator-file",
    fault: "an indicator file of zero bytes",
    file: CASELOAD,
    line: 1,
    column: 1,
    field: "",
    at: "",
    message: "the file does not start with a front matter block",
    hint: /start the file with a line "---"/,
  },
  {
    name: "empty-front-matter",
    fault: "---, then --- at once",
    file: CASELOAD,
    line: 2,
    column: 1,
    field: "",
    at: "---",
    message: 'the front matter is empty, expected fields written "name: value"',
    hint: 'write one "name: value" per line between the two "---" lines',
  },
  {
    name: "front-matter-is-text",
    fault: "front matter holding a sentence, not a mapping",
    file: CASELOAD,
    line: 2,
    column: 1,
    field: "",
    at: "just a sentence",
    message: 'the front matter is a single value, expected fields written "name: value"',
  },
  // ---------------------------------------------------------------- folders, ids and paths
  {
    name: "folder-without-meeting-md",
    fault: "a meeting folder with an indicator but no meeting.md",
    file: MEETING,
    line: 1,
    column: 1,
    field: "",
    message: `the meeting folder "${FOLDER}" has no meeting.md`,
    hint: /add meeting.md/,
  },
  {
    name: "folder-name-with-dots",
    fault: "folder 2019-03-14-..-hostile",
    file: "2019-03-14-..-hostile/meeting.md",
    line: 1,
    column: 1,
    field: "",
    at: "---",
    message: 'the folder name "2019-03-14-..-hostile" is not the meeting date followed by a short committee name',
    hint: /rename the folder/,
  },
  {
    name: "id-path-traversal",
    fault: "id: ../../../etc/passwd (the id becomes part of the page's address)",
    file: CASELOAD,
    line: 2,
    column: 5,
    field: "id",
    message: 'found "../../../etc/passwd", expected lower-case words joined by hyphens',
    at: "../../../etc/passwd",
  },
  {
    name: "id-clash-across-files",
    fault: "the third file reuses the second file's id",
    file: "03-unallocated-cases.md",
    line: 2,
    column: 5,
    field: "id",
    message: `"adoption-within-4-months" is already the id of content/meetings/${FOLDER}/02-adoption-within-4-months.md`,
    hint: "give each indicator in a meeting its own id",
    at: "adoption-within-4-months",
  },
  {
    name: "id-zero-width-space",
    fault: "id: average\\u200B-caseload (looks right, is not)",
    file: CASELOAD,
    line: 2,
    column: 5,
    field: "id",
    message: ODD("average[zero-width space]-caseload", "a zero-width space (U+200B)"),
    hint: /^write "average-caseload" with ordinary characters/,
    at: "average\u200B-caseload",
  },
  {
    name: "id-tab",
    fault: 'id: "average\\tcaseload"',
    file: CASELOAD,
    line: 2,
    column: 5,
    field: "id",
    message: ODD("average[tab]caseload", "a tab (U+0009)"),
    hint: /^write "average-caseload"/,
    at: '"average\\tcaseload"',
  },
  // ---------------------------------------------------------------- invisible and control characters
  {
    name: "control-character-escape",
    fault: 'title: "Average Caseload\\a of …" (a bell character, by YAML escape)',
    file: CASELOAD,
    line: 3,
    column: 8,
    field: "title",
    message: "contains an invisible control character (U+0007)",
    hint: /^delete it/,
    at: '"Average Caseload\\a',
  },
  {
    name: "bidi-override-in-commentary",
    fault: "a right-to-left override in the commentary, making 23.10 display as 01.32",
    file: CASELOAD,
    line: 28,
    column: 16,
    field: "",
    message: "line 28 contains an invisible right-to-left override (U+202E), which changes the order text is displayed in",
    hint: /^delete it/,
    at: "\u202E01.32",
  },
  {
    name: "markdown-nesting-too-deep",
    fault: "1,000 nested quotes in the commentary (the renderer would silently drop the line)",
    file: CASELOAD,
    line: 28,
    column: 1,
    field: "",
    message: "line 28 puts quotes (>), lists or indentation inside each other too deeply to be shown",
    hint: /keep quotes and lists to a few levels/,
    at: ">>>>",
  },
  {
    name: "bidi-override-escape-in-title",
    fault: 'title with "\\u202E" written as a YAML escape',
    file: CASELOAD,
    line: 3,
    column: 8,
    field: "title",
    message: "contains an invisible right-to-left override (U+202E), which changes the order text is displayed in",
    at: '"Average Caseload \\u202E',
  },
  // ---------------------------------------------------------------- numbers as Word and spreadsheets write them
  {
    name: "result-percent-with-space",
    fault: "result: 62.8 %",
    file: ADOPTION,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "62.8 %", expected a number',
    hint: "write 62.8, without spaces and without a % sign",
    at: "62.8 %",
  },
  {
    name: "result-percent-with-nbsp",
    fault: "result: 62.8\\u00A0% (Word's non-breaking space before %)",
    file: ADOPTION,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "62.8[non-breaking space]%", expected a number',
    hint: "write 62.8, without the non-breaking space (Word puts them in) and without a % sign",
    at: "62.8\u00A0%",
  },
  {
    name: "result-thousands-comma",
    fault: 'result: "1,234"',
    file: UNALLOCATED,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "1,234", expected a number',
    hint: "write 1234, without the quotes and without the thousands comma",
    at: '"1,234"',
  },
  {
    name: "result-trailing-nbsp",
    fault: "result: 23.4\\u00A0 (a trailing non-breaking space: not white space to YAML)",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "23.4[non-breaking space]", expected a number',
    hint: "write 23.4, without the non-breaking space (Word puts them in)",
    at: "23.4\u00A0",
  },
  {
    name: "result-quoted-with-trailing-space",
    fault: 'result: "23.4 "',
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "23.4 ", expected a number',
    hint: "write 23.4, without the quotes and without spaces",
    at: '"23.4 "',
  },
  {
    name: "result-en-dash-minus",
    fault: "result: –5.0 (an en dash for a minus sign)",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "–5.0", expected a number',
    hint: "write -5.0, with an ordinary minus sign (-), not an en dash (–)",
    at: "–5.0",
  },
  {
    name: "result-curly-quotes",
    fault: "result: “23.4” (curly quotes are not YAML quotes)",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "“23.4”", expected a number',
    hint: "write 23.4, without the quotes",
    at: "“23.4”",
  },
  {
    name: "result-decimal-comma",
    fault: 'result: "23,4"',
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "23,4", expected a number',
    hint: "write 23.4, without the quotes and with a decimal point, not a comma",
    at: '"23,4"',
  },
  {
    name: "result-nan",
    fault: "result: .nan",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found .nan, which YAML reads as "not a number", expected a number',
    hint: NUMBER_HINT,
    at: ".nan",
  },
  {
    name: "result-infinity",
    fault: "result: -.inf",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found -.inf, which YAML reads as infinity, expected a number",
    hint: NUMBER_HINT,
    at: "-.inf",
  },
  {
    name: "result-1e308",
    fault: "result: 1e308",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found 1e308, a number in exponent (e) notation, expected a number written in plain digits",
    hint: /write the figure out in full/,
    at: "1e308",
  },
  {
    name: "result-twenty-digits",
    fault: "result: 99999999999999999999 (reads back as 100000000000000000000)",
    file: UNALLOCATED,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found 99999999999999999999, which has more digits than a figure can hold exactly (at most 15)",
    hint: /check the figure against the source system/,
    at: "99999999999999999999",
  },
  {
    name: "result-hexadecimal",
    fault: "result: 0x49 (YAML reads it as 73)",
    file: UNALLOCATED,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found 0x49, a number in hexadecimal notation, expected a number written in plain digits",
    at: "0x49",
  },
  {
    name: "negative-count",
    fault: "result: -3 for a count",
    file: UNALLOCATED,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found -3, but a count cannot be negative",
    at: "-3",
  },
  {
    name: "percentage-over-100",
    fault: "result: 162.8 for a percentage",
    file: ADOPTION,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: "found 162.8, but a percentage cannot be over 100",
    at: "162.8",
  },
  // ---------------------------------------------------------------- codes, dates and periods
  {
    name: "period-en-dash",
    fault: "period: 2018–11 (Word's autocorrected dash)",
    file: CASELOAD,
    line: 23,
    column: 15,
    field: "trend[1].period",
    message: ODD("2018–11", "an en dash (–)"),
    hint: /^write "2018-11" with ordinary characters/,
    at: "2018–11",
  },
  {
    name: "polarity-non-breaking-hyphens",
    fault: "polarity: lower‑is‑better with U+2011 hyphens",
    file: CASELOAD,
    line: 12,
    column: 11,
    field: "polarity",
    message: ODD("lower‑is‑better", "a non-breaking hyphen (‑)"),
    hint: /^write "lower-is-better"/,
    at: "lower\u2011is",
  },
  {
    name: "rating-trailing-nbsp",
    fault: "rating: Red\\u00A0",
    file: CASELOAD,
    line: 23,
    column: 60,
    field: "trend[1].rating",
    message: ODD("Red[non-breaking space]", "a non-breaking space (U+00A0)"),
    hint: /^write "Red"/,
    at: "Red\u00A0",
  },
  {
    name: "impossible-letter-date",
    fault: "letterDate: 2017-02-30",
    file: MEETING,
    line: 9,
    column: 13,
    field: "letterDate",
    message: 'found "2017-02-30", expected a real date written YYYY-MM-DD',
    at: "2017-02-30",
  },
  {
    name: "duplicate-quarter",
    fault: "quarters Q2, Q3, Q3",
    file: CASELOAD,
    line: 24,
    column: 15,
    field: "trend[2].period",
    message: "Q3 2018/19 appears twice in the trend",
    hint: "delete one of the two rows",
    at: "Q3 2018/19",
  },
  {
    name: "periods-out-of-order-across-years",
    fault: "Mar 2018 then Apr 2017",
    file: CASELOAD,
    line: 28,
    column: 15,
    field: "trend[1].period",
    message: "Apr 2017 comes after Mar 2018, but the trend must run oldest first",
    hint: "put the rows in date order, oldest first",
    at: "2017-04",
  },
  // ---------------------------------------------------------------- meeting fields that end up in attributes
  {
    name: "source-paper-javascript",
    fault: "sourcePaper: javascript:alert(document.domain)",
    file: MEETING,
    line: 9,
    column: 14,
    field: "sourcePaper",
    message: 'found "javascript:alert(document.domain)", expected a web address starting https://',
    at: "javascript:",
  },
  {
    name: "contact-email-breakout",
    fault: "contact email closing its mailto: attribute",
    file: MEETING,
    line: 11,
    column: 10,
    field: "contact.email",
    message: `found "emma@example.org"><script>alert(1)</script>", expected an email address`,
    at: "'emma@example.org\"><script>",
  },
  // ---------------------------------------------------------------- encodings and line ends
  {
    name: "windows-1252-bytes",
    fault: "curly quotes saved as Windows-1252 bytes 0x93 and 0x94",
    file: CASELOAD,
    line: 3,
    column: 44,
    field: "",
    message: NOT_UTF8,
    hint: /save it as "UTF-8" text/,
  },
  {
    name: "utf16-file",
    fault: 'saved as "Unicode" (UTF-16LE with its byte-order mark)',
    file: CASELOAD,
    line: 1,
    column: 1,
    field: "",
    message: NOT_UTF8,
    hint: /save it as "UTF-8" text/,
  },
  {
    name: "nul-byte",
    fault: "a NUL byte inside dataSource",
    file: CASELOAD,
    line: 20,
    column: 16,
    field: "",
    message: "the file is not plain UTF-8 text: line 20 has a NUL character",
    hint: /save it as "UTF-8" text/,
    at: "\u0000eri",
  },
  {
    name: "crlf-with-bad-value",
    fault: "Windows line ends, and result: twenty-three: the line and column are still right",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "twenty-three", expected a number',
    at: "twenty-three",
  },
  {
    name: "cr-only-with-bad-value",
    fault: "old Mac line ends (CR alone), and result: twenty-three",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "twenty-three", expected a number',
    at: "twenty-three",
  },
  {
    name: "bom-crlf-tab-indent",
    fault: "a byte-order mark and CRLF line ends (both fine), and a tab indenting line 16",
    file: CASELOAD,
    line: 16,
    column: 1,
    field: "",
    message: "the front matter is not valid YAML: Tabs are not allowed as indentation",
    hint: "indent with spaces, not tabs",
    at: "\tred: above 22",
  },
];

/** The problems loadSite reports for a project, sorted as the report prints them. */
async function problemsOf(root: string): Promise<Problem[]> {
  try {
    await loadScorecards(root);
  } catch (error) {
    if (error instanceof ContentProblems) return sortProblems(error.problems);
    throw error;
  }
  throw new Error(`${root} loaded without any problems`);
}

function filePath(file: string): string {
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

describe("hostile and broken content files fail with one clear problem at their file and line", () => {
  it("has a case for every fixture folder, and at least 40 of them", () => {
    const folders = readdirSync(HOSTILE)
      .filter((name) => !name.startsWith("."))
      .sort();
    expect(folders).toEqual([...failing.map((c) => c.name), "inert"].sort());
    expect(failing.length).toBeGreaterThanOrEqual(40);
  });

  for (const hostile of failing) {
    it(`${hostile.name}: ${hostile.fault}`, async () => {
      const root = path.join(HOSTILE, hostile.name);
      const started = performance.now();
      const problems = await problemsOf(root);
      expect(performance.now() - started, `${hostile.name}: fails fast`).toBeLessThan(hostile.withinMs ?? 10_000);
      expectProblems(hostile.name, root, problems, hostile);
    });
  }

  it("yaml-proto-key leaves Object.prototype as it was", async () => {
    await problemsOf(path.join(HOSTILE, "yaml-proto-key"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("the alias bomb fails fast through the real command too, naming file, line and column", async () => {
    const root = await projectWith(path.join(HOSTILE, "yaml-alias-bomb"));
    try {
      const started = performance.now();
      const result = await runScript(root, "check");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${filePath(CASELOAD)}:5:8 the front matter repeats values through YAML aliases`);
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("inputs too big to commit, made at test time", () => {
  let root: string;
  const dir = () => path.join(root, "content/meetings", FOLDER);
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "scorecards-hostile-"));
    await mkdir(dir(), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  async function withIndicator(text: string): Promise<Problem[]> {
    await rm(dir(), { recursive: true, force: true });
    await mkdir(dir(), { recursive: true });
    const fixture = path.join(HOSTILE, "negative-count/content/meetings", FOLDER);
    await writeFile(path.join(dir(), MEETING), await readFile(path.join(fixture, MEETING)));
    await writeFile(path.join(dir(), CASELOAD), text);
    return problemsOf(root);
  }
  const caseload = () =>
    readFile(path.join(HOSTILE, "negative-count/content/meetings", FOLDER, "01-unallocated-cases.md"), "utf8").then((text) =>
      text.replace("result: -3,", "result: 73,"),
    );

  it("ten-megabyte-file: a 10 MB indicator file is refused by its size, before it is parsed", async () => {
    const valid = await caseload();
    const started = performance.now();
    const problems = await withIndicator(valid + "Padding the commentary. ".repeat(Math.ceil((10 * 1024 * 1024) / 24)));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: filePath(CASELOAD), line: 1, column: 1, field: "" });
    expect(problems[0]!.message).toMatch(/^the file is 10(\.\d)? MB, more than the 1 MB a content file may be$/);
    expect(problems[0]!.hint).toMatch(/a few kilobytes/);
  });

  it("nesting-100000-deep: 100,000 nested lists exhaust the parser's stack, and that is reported, not thrown", async () => {
    const valid = await caseload();
    const started = performance.now();
    const problems = await withIndicator(valid.replace("dataSource: Liberi", `dataSource: ${"[".repeat(100_000)}${"]".repeat(100_000)}`));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: filePath(CASELOAD), line: 20, field: "" });
    expect(problems[0]!.message).toMatch(/^the front matter is nested (too deeply to read|more than 16 levels deep)$/);
  });
});

// ==================================================================== inert: builds, and the danger is plain text
const INERT = path.join(HOSTILE, "inert");
const LONG_TITLE = `A very long title ${"word ".repeat(400)}end`.trim();
const LONG_LINE = `${"x".repeat(200_000)} ${"<script>alert('long')</script>".repeat(10_000)}`;

describe("legitimate but dangerous content builds, and every page shows it as inert text", () => {
  let root: string;
  let site: string;
  const page = async (file: string) => new JSDOM(await readFile(path.join(site, file), "utf8")).window.document;
  const indicator = (id: string) => page(`meetings/${FOLDER}/${id}/index.html`);
  const commentary = (doc: Document) => doc.querySelector("main .commentary")!;
  const links = (element: Element) => [...element.querySelectorAll("a")].map((a) => [text(a), a.getAttribute("href")]);
  const summary = (doc: Document, key: string) =>
    [...doc.querySelectorAll("main .govuk-summary-list__row")]
      .find((row) => text(row.querySelector("dt")) === key)
      ?.querySelector("dd")
      ?.textContent?.trim();

  beforeAll(async () => {
    root = await projectWith(INERT);
    // An extremely long line and title, generated because they would bloat the repository.
    const template = readFileSync(path.join(INERT, "content/meetings", FOLDER, "19-zero-width-text.md"), "utf8");
    const front = template
      .split(/^---$/m)[1]!
      .replace("id: zero-width-text", "id: long-lines")
      .replace(/^title: .*$/m, `title: ${LONG_TITLE}`);
    const long = `---${front}---\n${LONG_LINE}\n`;
    await writeFile(path.join(root, "content/meetings", FOLDER, "15-long-lines.md"), long);
    // Published, so the hostile text also reaches the indicator histories, the archive downloads and the feed.
    const published = await runScript(root, "publish-meeting", [`content/meetings/${FOLDER}`]);
    expect(published.code, published.stderr).toBe(0);
    const result = await runScript(root, "build");
    // Eleventy may print a benchmark note about the long page's transform; only the exit code matters.
    expect(result.code, result.stderr).toBe(0);
    site = path.join(root, "_site");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("builds a page for every inert indicator", async () => {
    const files = await listFiles(path.join(site, "meetings", FOLDER));
    const ids = files
      .filter((f) => f.endsWith("/index.html"))
      .map((f) => f.split("/")[0])
      .sort();
    const fixtures = readdirSync(path.join(INERT, "content/meetings", FOLDER)).filter((f) => f !== MEETING);
    expect(ids).toHaveLength(fixtures.length + 1);
    expect(ids).toContain("long-lines");
  });

  it("no page anywhere has a script of its own, an event attribute, a frame, or a javascript:, data: or vbscript: URL", async () => {
    const pages = (await listFiles(site)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const file of pages) {
      const html = await readFile(path.join(site, file), "utf8");
      const doc = new JSDOM(html).window.document;
      const search = file === "search/index.html";
      expect(unsafeMarkup(doc, search), file).toEqual([]);
      expect(policyProblems(doc), file).toEqual([]);
      // No inline script in the text either: only the search page loads script, and only from the site's own files.
      if (search)
        expect(
          html.match(/<script\b[^>]*>/gi)?.every((tag) => /\ssrc="\/[^/]/.test(tag)),
          file,
        ).toBe(true);
      else expect(html, file).not.toMatch(/<script/i);
    }
  });

  it("the Atom feed is well-formed XML with the hostile committee name as text", async () => {
    const xml = await readFile(path.join(site, "feed.xml"), "utf8");
    const doc = new JSDOM(xml, { contentType: "application/xml" }).window.document;
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.querySelector("entry > title")?.textContent).toContain("Hostile <script>alert('committee')</script> Committee");
  });

  it("the JSON downloads parse, with the hostile titles as plain strings", async () => {
    const json = JSON.parse(await readFile(path.join(site, "meetings", FOLDER, "scorecard-data.json"), "utf8")) as { records: { indicatorTitle: string }[] };
    expect(json.records.map((r) => r.indicatorTitle)).toContain('</title><script>alert("title")</script><!--');
  });

  it("done-when: <script>alert(1)</script>, <img src=x onerror=…> and [click](javascript:alert(3)) are text, not script, attribute or link", async () => {
    const doc = await indicator("done-when");
    const body = commentary(doc);
    expect(text(body)).toContain("<script>alert(1)</script>");
    expect(text(body)).toContain('<img src=x onerror="alert(2)">');
    expect(text(body)).toContain("[click](javascript:alert(3))");
    expect(body.querySelectorAll("script, img, a")).toHaveLength(0);
    expect(unsafeMarkup(doc)).toEqual([]);
    const html = await readFile(path.join(site, "meetings", FOLDER, "done-when/index.html"), "utf8");
    expect(html).not.toMatch(/<script|<img|<a [^>]*javascript:/i);
  });

  it("script-variants: upper-case, svg onload, style, meta refresh, base, form, object, embed, math and raw anchors are text", async () => {
    const body = commentary(await indicator("script-variants"));
    for (const raw of [
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
      "<svg/onload=alert('svg')>",
      "<body onload=alert('body')>",
      "<style>body { display: none }</style>",
      `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
      `<base href="//evil.example/">`,
      `<form action="javascript:alert('form')">`,
      `<object data="javascript:alert('object')"></object>`,
      `<embed src="javascript:alert('embed')">`,
      `<math><a xlink:href="javascript:alert('math')">x</a></math>`,
      `<a href="javascript:alert('anchor')">a raw anchor</a>`,
      `<div style="background:url(javascript:alert('style'))">styled</div>`,
    ]) {
      expect(text(body)).toContain(raw);
    }
    expect([...body.querySelectorAll("*")].map((e) => e.tagName.toLowerCase())).toEqual(Array(11).fill("p"));
  });

  it("html-comments: comments are shown, not hidden, and hide nothing", async () => {
    const body = commentary(await indicator("html-comments"));
    expect(text(body)).toContain("Before <!-- a note a clerk left for a colleague --> after.");
    expect(text(body)).toContain("<!--<script>alert('comment')</script>-->");
    expect(text(body)).toContain("<!--[if IE]><script>alert('ie')</script><![endif]-->");
    const walker = body.ownerDocument.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */);
    expect(walker.nextNode()).toBeNull();
  });

  it("iframes: <iframe> with onload, srcdoc and a frameset are text", async () => {
    const doc = await indicator("iframes");
    expect(text(commentary(doc))).toContain(`<iframe src="https://evil.example/" onload="alert('iframe')"></iframe>`);
    expect(text(commentary(doc))).toContain(`<iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>`);
    expect(doc.querySelectorAll("iframe, frame, frameset")).toHaveLength(0);
  });

  it("images: no image is loaded; HTML images are text and markdown images show their alt text", async () => {
    const doc = await indicator("images");
    const body = commentary(doc);
    expect(doc.querySelectorAll("img")).toHaveLength(0);
    expect(text(body)).toContain(`<img src=x onerror="alert('img')">`);
    expect(text(body)).toContain(`<IMG SRC="javascript:alert('IMG')">`);
    expect(text(body)).toContain(`chart of caseloads" onerror="alert('alt')`);
    expect(text(body)).toContain("a local picture");
    expect(text(body)).not.toContain("evil.example");
  });

  it("javascript-links: only http(s), mailto and relative links are links; the rest are the text that was written", async () => {
    const body = commentary(await indicator("javascript-links"));
    expect(links(body)).toEqual([
      ["kept: the council", "https://www.kent.gov.uk/"],
      ["kept: email", "mailto:emma.west@example.org"],
      ["kept: relative", "../"],
      ["kept: fragment", "#javascript-links-notes"],
    ]);
    for (const raw of [
      "[plain](javascript:alert('plain'))",
      "[mixed case](JaVaScRiPt:alert('case'))",
      "[encoded](java%09script:alert('encoded'))",
      "[data](data:text/html;base64,",
      "[vbscript](vbscript:msgbox('vb'))",
      "[file](file:///etc/passwd)",
      "[protocol relative](//evil.example/)",
    ]) {
      expect(text(body)).toContain(raw);
    }
  });

  it("autolinks: <javascript:…>, <data:…>, <vbscript:…> and <file:…> are text; web and email autolinks stay links", async () => {
    const body = commentary(await indicator("autolinks"));
    expect(links(body)).toEqual([
      ["https://www.kent.gov.uk/", "https://www.kent.gov.uk/"],
      ["emma.west@example.org", "mailto:emma.west@example.org"],
    ]);
    expect(text(body)).toContain("<javascript:alert('autolink')>");
    expect(text(body)).toContain("<JAVASCRIPT:alert('AUTOLINK')>");
    expect(text(body)).toContain("<file:///etc/passwd>");
  });

  it("reference-links: definitions with dangerous schemes define nothing; the title of a good one is escaped", async () => {
    const body = commentary(await indicator("reference-links"));
    expect(links(body)).toEqual([["kept", "https://www.kent.gov.uk/"]]);
    expect(body.querySelector("a")!.getAttribute("title")).toBe('A title with "quotes" and <b>tags</b>');
    expect(text(body)).toContain("[one][js] and [two][data] and [three]");
    expect(text(body)).toContain("[js]: javascript:alert('reference')");
  });

  it("nunjucks: {{ }}, {% %} and {# #} in a title, a data source and the commentary are printed, never evaluated", async () => {
    const doc = await indicator("nunjucks");
    const title = "{{ 7 * 7 }} caseload {{ site.council }} {% raw %}{{ 6 * 7 }}{% endraw %}";
    expect(text(doc.querySelector("h1"))).toBe(title);
    expect(doc.title.startsWith(`${title}: `)).toBe(true);
    expect(summary(doc, "Data Source")).toBe("{{ range(0, 99999999) | join }}");
    const body = text(commentary(doc));
    for (const raw of [
      "{{ 7 * 7 }}",
      '{% include "base.njk" %}',
      "{% raw %}{{ 6 * 7 }}{% endraw %}",
      `{{ "<script>alert('njk')</script>" | safe }}`,
      "{# not a comment #} ${7 * 7} <%= 7 * 7 %>",
    ]) {
      expect(body).toContain(raw);
    }
    expect(text(doc.querySelector("main"))).not.toMatch(/\b49\b|\b42\b/);
    // The meeting's agenda title carries Nunjucks too: its page, the home page and the feed print it as written.
    const meeting = await page(`meetings/${FOLDER}/index.html`);
    expect(text(meeting.querySelector("h1"))).toBe("{{ 7 * 7 }} Performance Scorecard {% raw %}");
  });

  it("title-breakout: </title><script>, \"> and ' onfocus=' in titles, owners and data source stay inside their elements", async () => {
    const doc = await indicator("title-breakout");
    const title = '</title><script>alert("title")</script><!--';
    expect(doc.title).toBe(`${title}: Red, Dec 2018 – Kent County Council`);
    expect(text(doc.querySelector("h1"))).toBe(title);
    expect(summary(doc, "Data Source")).toBe('"><script>alert("source")</script>');
    expect(summary(doc, "Director")).toBe(`<b onmouseover="alert('director')">Philip Segurola</b>`);
    expect(summary(doc, "Division")).toBe("' onfocus='alert(1)' autofocus x='");
    expect(text(commentary(doc))).toBe("</div></main><script>alert('body')</script>");
    // The page's structure is whole: one main, the data notes inside it, the footer after it.
    expect(doc.querySelectorAll("main")).toHaveLength(1);
    expect(doc.querySelector("main #title-breakout-notes")).not.toBeNull();
    expect(doc.querySelector("main ~ footer, .govuk-width-container ~ footer")).not.toBeNull();
    expect(doc.querySelector("[autofocus]")).toBeNull();
  });

  it("word-text: curly quotes, dashes, ellipses and non-breaking spaces are kept as the characters they are", async () => {
    const doc = await indicator("word-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("\u201CAverage\u201D caseload \u2013 social workers\u2019 teams\u2026 per\u00A0100 cases");
    expect(summary(doc, "Cabinet Member")).toBe("Roger\u00A0Gough");
    expect(commentary(doc).textContent).toContain("The figure \u201Crose\u201D \u2013 again \u2014 to 23.4 per\u00A0cent; officers\u2019 caseloads\u2026");
  });

  for (const [id, what] of [
    ["bom-crlf", "a byte-order mark and CRLF line ends"],
    ["cr-only", "old Mac line ends (CR alone)"],
  ] as const) {
    it(`${id}: a file with ${what} reads exactly like any other`, async () => {
      const doc = await indicator(id);
      expect(doc.querySelector("h1")!.textContent!.startsWith("A file ")).toBe(true);
      const results = [...doc.querySelectorAll("main table tbody tr")].map((row) => text(row.querySelectorAll("td")[0]));
      expect(results).toEqual(["22.0", "23.4", "23.8"]);
      expect([...commentary(doc).querySelectorAll("p")].map(text)).toEqual(["Line one of the commentary.", "Line two."]);
      expect(doc.querySelector("main")!.innerHTML).not.toMatch(/[\r\uFEFF]/);
    });
  }

  it("tabs: tabs after colons are white space; tab-indented HTML in the commentary is a code block of text", async () => {
    const doc = await indicator("tabs");
    expect(text(doc.querySelector("h1"))).toBe("Tabs after the colon");
    expect(summary(doc, "Data Source")).toBe("Liberi");
    expect(commentary(doc).querySelector("pre code")?.textContent).toBe("<script>alert('code')</script>\n");
    expect(commentary(doc).querySelector("p code")?.textContent).toBe("<img src=x onerror=alert('inline')>");
  });

  it("long-lines: a 500,000-character line and a 2,000-character title build, as text", async () => {
    const doc = await indicator("long-lines");
    expect(text(doc.querySelector("h1"))).toBe(LONG_TITLE);
    expect(commentary(doc).textContent!.length).toBeGreaterThanOrEqual(LONG_LINE.length);
    expect(commentary(doc).querySelectorAll("script")).toHaveLength(0);
  });

  it("deep-markdown: 40 nested quotes, 4,000 asterisks, 20 nested lists and 5,000 brackets build, and no text is lost", async () => {
    const doc = await indicator("deep-markdown");
    const body = commentary(doc);
    expect(text(body)).toContain("a deep quote");
    expect(body.querySelectorAll("blockquote")).toHaveLength(40);
    expect(text(body)).toContain("after the asterisks");
    expect(text(body)).toContain("level 19");
    expect(text(body)).toContain("[".repeat(5000));
    expect(text(body)).toContain("script>alert('angles')");
    expect(body.querySelectorAll("script")).toHaveLength(0);
  });

  it("html-entities: entities in front matter are printed as typed; entities in commentary become text, never tags", async () => {
    const doc = await indicator("html-entities");
    expect(text(doc.querySelector("h1"))).toBe("&lt;script&gt;alert('entity title')&lt;/script&gt; &amp; &#60;b&#62;");
    const body = commentary(doc);
    expect(text(body)).toContain("<script>alert('entity body')</script>");
    expect(text(body)).toContain("<img src=x onerror=alert('entity img')>");
    expect(body.querySelectorAll("script, img")).toHaveLength(0);
  });

  it("unicode-text: accents, Arabic and Hebrew, emoji with joiners and astral letters are kept", async () => {
    const doc = await indicator("unicode-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("Caseload: Zoë Ó Briain, محمد علي, 👩\u200D👧 and e\u0301");
    expect(summary(doc, "Director")).toBe("محمد علي");
    expect(summary(doc, "Cabinet Member")).toBe("Zoë Ó Briain");
    expect(commentary(doc).textContent).toContain("שלום and مرحبا side by side, 👩\u200D👩\u200D👧\u200D👦, and \u{1D54F}\u{1D560}.");
  });

  it("zero-width-text: zero-width characters in prose are text (in an id they are refused: see id-zero-width-space)", async () => {
    const doc = await indicator("zero-width-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("Average\u200Bcase\u00ADload of\u2060social workers");
  });

  it("meeting.md: script, javascript: links, a quote-breaking paper address and tags in names are text on the meeting page", async () => {
    const doc = await page(`meetings/${FOLDER}/index.html`);
    const main = doc.querySelector("main")!;
    expect(text(main.querySelector(".govuk-caption-l"))).toBe("Hostile <script>alert('committee')</script> Committee");
    expect(text(main)).toContain("agenda item 4 <b onmouseover=alert('agenda')>");
    const note = main.querySelector(".commentary")!;
    expect(text(note)).toContain("<script>alert('covering note')</script>");
    expect(text(note)).toContain("[Read the paper](javascript:alert('covering link'))");
    expect(text(note)).toContain("John Lynch, Head of Democratic Services</title><script>alert('role')</script>");
    expect(text(note)).toContain(`Ask for Emma "<img src=x onerror=alert('contact')>" West`);
    expect(links(note)).toEqual([
      ["the council's website", "https://www.kent.gov.uk/"],
      ["emma.west@example.org", "mailto:emma.west@example.org"],
      ["The published paper", `https://example.org/paper.pdf?x="><script>alert('paper')</script>`],
    ]);
    expect(unsafeMarkup(doc)).toEqual([]);
    const home = await page("index.html");
    expect(text(home.querySelector("main"))).toContain("Hostile <script>alert('committee')</script> Committee");
  });
});
