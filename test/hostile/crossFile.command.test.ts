/**
 * Hostile and careless input that the per-file checks cannot see: names that clash on a page or on a disk, files that
 * are never read, periods from the future, drafts that would change a published page, and input so large that its
 * messages would flood the terminal. Each case starts from the sample turned back into a draft (so the lock plays no
 * part), puts one fault in, and checks what the clerk is told. See docs/hostile-input.md.
 */
import { readFile, rm, writeFile, cp } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { copyProject, runScript } from "../helpers/project";

const SAMPLE = "content/meetings/2017-09-07-cype";
const CASELOAD = `${SAMPLE}/02-average-caseload.md`;
const ADOPTION = `${SAMPLE}/01-adoption-plan-within-4-months.md`;
const MEETING = `${SAMPLE}/meeting.md`;
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((root) => rm(root, { recursive: true, force: true })));
});

/** The sample as a draft, with no lock, and each [file, from, to] change made (each `from` must be there). */
async function sampleWith(changes: [string, string | RegExp, string][] = []): Promise<string> {
  const root = await copyProject();
  made.push(root);
  await rm(path.join(root, "content/published.lock.json"));
  const all: [string, string | RegExp, string][] = [[MEETING, "status: published", "status: draft"], ...changes];
  for (const [file, from, to] of all) {
    const text = await readFile(path.join(root, file), "utf8");
    expect(typeof from === "string" ? text.includes(from) : from.test(text), `${file} has ${from}`).toBe(true);
    await writeFile(path.join(root, file), text.replace(from, to));
  }
  return root;
}

async function problemsOf(root: string): Promise<Problem[]> {
  return loadScorecards(root).then(
    () => [],
    (error: unknown) => (error instanceof ContentProblems ? [...error.problems] : Promise.reject(error)),
  );
}

/** The one problem a fault must give: where, which field, and words of its message. */
async function expectOne(root: string, file: string, field: string, message: string | RegExp): Promise<Problem> {
  const problems = await problemsOf(root);
  expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, field });
  expect(problems[0]!.message).toMatch(message);
  expect(problems[0]!.hint).toBeTruthy();
  return problems[0]!;
}

describe("ids and names", () => {
  it("id-303-characters: an id longer than 80 characters (it made a file name the disk refused)", async () => {
    const id = "average-caseload".padEnd(303, "-x").replace(/-$/, "x");
    const root = await sampleWith([[CASELOAD, "id: average-caseload", `id: ${id}`]]);
    await expectOne(root, CASELOAD, "id", "is longer than 80 characters");
  });

  it.each(["con", "aux", "nul", "lpt1"])("id-windows-%s: a name Windows keeps for a device", async (id) => {
    const root = await sampleWith([[CASELOAD, "id: average-caseload", `id: ${id}`]]);
    await expectOne(root, CASELOAD, "id", "is a name Windows keeps for a device");
  });

  it("id-main-content: an id the meeting page uses for itself", async () => {
    const root = await sampleWith([[CASELOAD, "id: average-caseload", "id: main-content"]]);
    await expectOne(
      root,
      CASELOAD,
      "id",
      /"main-content" would give this indicator's heading the address #main-content on the meeting page, which a part of the meeting page itself has already/,
    );
  });

  it("id-x-beside-x-trend: one indicator's id is another's with -trend after it", async () => {
    const root = await sampleWith([
      [ADOPTION, "id: adoption-plan-within-4-months", "id: caseload"],
      [CASELOAD, "id: average-caseload", "id: caseload-trend"],
    ]);
    await expectOne(
      root,
      CASELOAD,
      "id",
      /"caseload-trend" would give this indicator's heading the address #caseload-trend on the meeting page, which the trend data heading of .* \(id caseload\) has already/,
    );
  });

  it("scorecard-emoji-only: a scorecard named only with an emoji has no address", async () => {
    const root = await sampleWith([[MEETING, "  - Specialist Children's Services", '  - "📊"']]);
    for (const name of [
      "01-adoption-plan-within-4-months.md",
      "02-average-caseload.md",
      "03-cic-health-assessments.md",
      "04-cin-plans.md",
      "05-unallocated-cases.md",
      "06-returner-interviews.md",
      "07-placement-arrangement-meetings.md",
    ]) {
      const file = path.join(root, SAMPLE, name);
      await writeFile(file, (await readFile(file, "utf8")).replace("scorecard: Specialist Children's Services", 'scorecard: "📊"'));
    }
    await expectOne(root, MEETING, "scorecards[0]", '"📊" has no letters or digits to make its section\'s address on the page from');
  });

  it("scorecards-same-address: two scorecard names that differ only in punctuation", async () => {
    const root = await sampleWith([
      [MEETING, "  - Specialist Children's Services", "  - Specialist Children's Services\n  - Specialist Childrens Services"],
      [ADOPTION, "scorecard: Specialist Children's Services", "scorecard: Specialist Childrens Services"],
    ]);
    await expectOne(
      root,
      MEETING,
      "scorecards[1]",
      '"Specialist Childrens Services" would have the same address on the page (#specialist-childrens-services) as the scorecard "Specialist Children\'s Services"',
    );
  });

  it("title-invisible-only: a title of zero-width spaces", async () => {
    const root = await sampleWith([[CASELOAD, "title: Average Caseload of Social Workers in CSWTs", 'title: "\\u200B\\u200B"']]);
    await expectOne(root, CASELOAD, "title", "has no visible characters");
  });
});

describe("files and figures", () => {
  it.each(["08-extra.MD", "08-extra.md.txt"])("a content file named %s is reported, not silently skipped", async (name) => {
    const root = await sampleWith();
    await cp(path.join(root, CASELOAD), path.join(root, SAMPLE, name));
    const result = await runScript(root, "check");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Warning: ${SAMPLE}/${name}:1:1 is not read: only files whose names end in .md (in small letters) are content files`);
    expect(result.stderr).toContain("How to fix: rename it to 08-extra.md if it belongs to the meeting, or move it out of the folder");
  });

  it("period-after-meeting: a trend row for a month that begins after the meeting", async () => {
    const root = await sampleWith([
      [
        CASELOAD,
        "  - { period: 2017-06, result: 24.6, target: 18.0, rating: Red }",
        "  - { period: 2017-06, result: 24.6, target: 18.0, rating: Red }\n  - { period: 2017-10, result: 25.0 }",
      ],
    ]);
    await expectOne(root, CASELOAD, "trend[4].period", "Oct 2017 begins after the meeting on 2017-09-07, so no figure for it can have been reported");
  });

  it("new-meeting --period 9999-12 is refused before it writes anything", async () => {
    const root = await copyProject();
    made.push(root);
    const result = await runScript(root, "new-meeting", ["--from", SAMPLE, "--date", "2017-10-05", "--period", "9999-12"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--period 9999-12 begins after the meeting on 2017-10-05, so no figure for it can be reported then. Nothing was written.");
    await expect(readFile(path.join(root, "content/meetings/2017-10-05-cype/meeting.md"))).rejects.toThrow(/ENOENT/);
  });

  it("percentage-target-over-100 and percentage-band-over-100", async () => {
    const target = await sampleWith([[ADOPTION, "{ period: 2017-03, result: 68.6, target: 75.0", "{ period: 2017-03, result: 68.6, target: 101.0"]]);
    await expectOne(target, ADOPTION, "trend[0].target", "found 101, but a percentage cannot be over 100");
    const band = await sampleWith([[ADOPTION, "green: 80 and above", "green: 80 to 110"]]);
    const problems = await problemsOf(band);
    expect(problems.map((p) => [p.field, p.message])).toContainEqual(["bandings[0].green", "found 110, but a percentage cannot be over 100"]);
  });

  it("minus-zero: a result of -0.0 is printed 0.0%, never -0.0%", async () => {
    const root = await sampleWith([[ADOPTION, "{ period: 2017-03, result: 68.6,", "{ period: 2017-03, result: -0.0,"]]);
    const site = await loadScorecards(root).catch((error: unknown) => Promise.reject(error));
    const row = site.indicators.find((indicator) => indicator.id === "adoption-plan-within-4-months")!.rows[0]!;
    expect(row.resultText).toBe("0.0%");
  });

  it("code-fence-with-words: a commentary line opening a code block would drop its words", async () => {
    const root = await sampleWith([[CASELOAD, /\n---\n/, "\n---\n```Note: July figures have stabilised\n\n"]]);
    const problem = await expectOne(
      root,
      CASELOAD,
      "commentary",
      'opens a code block with ``` and the words after it ("Note: July figures have stabilised") would not be shown',
    );
    expect(problem.line).toBe(27);
  });
});

describe("drafts and published pages", () => {
  it("a draft dated before a published meeting never becomes that meeting's 'last meeting'", async () => {
    const root = await copyProject();
    made.push(root);
    const before = (await loadScorecards(root)).meetings.find((meeting) => meeting.slug === "2017-09-07-cype")!;
    await cp(path.join(root, SAMPLE), path.join(root, "content/meetings/2017-08-03-cype"), { recursive: true });
    const draft = path.join(root, "content/meetings/2017-08-03-cype/meeting.md");
    await writeFile(draft, (await readFile(draft, "utf8")).replace("date: 2017-09-07", "date: 2017-08-03").replace("status: published", "status: draft"));
    const caseload = path.join(root, "content/meetings/2017-08-03-cype/02-average-caseload.md");
    await writeFile(
      caseload,
      (await readFile(caseload, "utf8")).replace(
        "{ period: 2017-06, result: 24.6, target: 18.0, rating: Red }",
        "{ period: 2017-06, result: 12.0, target: 18.0 }",
      ),
    );
    const after = (await loadScorecards(root)).meetings.find((meeting) => meeting.slug === "2017-09-07-cype")!;
    expect(after.previousMeeting).toBeUndefined();
    expect(after.indicators.map((indicator) => indicator.ratingChangeText)).toEqual(before.indicators.map((indicator) => indicator.ratingChangeText));
  });
});

describe("size", () => {
  it("a 0.9 MB value aliased into every trend row is quoted cut short: the report stays small", async () => {
    const huge = "x".repeat(900_000);
    const root = await sampleWith([
      [CASELOAD, "dataSource: Liberi and Area Staffing Spreadsheets", `dataSource: &big "${huge}"`],
      [CASELOAD, /result: 2[0-9.]+,/g, "result: *big,"],
    ]);
    const result = await runScript(root, "check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('trend[0].result: found "xxxxxxxxxxxx');
    expect(result.stderr).toContain("(900,000 characters), expected a number");
    expect(result.stderr.length).toBeLessThan(10_000);
  });
});
