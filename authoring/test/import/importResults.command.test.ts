/**
 * `npm run import-results`: results exported from the case-management system, added to the newest draft meeting,
 * checked by the data step before anything is written, and every row it cannot place reported by its CSV line.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { readCsv } from "../../import/csv";
import { ImportFailed, ImportStopped } from "../../import/errors";
import { importResults } from "../../import/importResults";
import { loadScorecards } from "../../../src/pipeline/loadScorecards";
import { cleanUp, FIXTURES, readFolder, runCli, SAMPLE, tempDir, tempProject } from "./helpers";

afterAll(cleanUp);

const PUBLISHED = "2017-09-07-cype";
const OLDER_DRAFT = "2017-10-05-cype";
const DRAFT = "2017-11-02-cype";

let root: string;
let meetings: string;
const draftFile = (name: string) => path.join(meetings, DRAFT, name);

/** Turns a copy of the sample into a draft for another date, optionally with extra trend rows in some files. */
async function makeDraft(folder: string, date: string, extraRows: Record<string, string> = {}): Promise<void> {
  const dir = path.join(meetings, folder);
  const meeting = path.join(dir, "meeting.md");
  await writeFile(meeting, (await readFile(meeting, "utf8")).replace("date: 2017-09-07", `date: ${date}`).replace("status: published", "status: draft"));
  for (const [name, row] of Object.entries(extraRows)) {
    const file = path.join(dir, name);
    await writeFile(file, (await readFile(file, "utf8")).replace("\n---\n", `\n${row}\n---\n`));
  }
}

beforeEach(async () => {
  root = await tempProject({ [PUBLISHED]: SAMPLE, [OLDER_DRAFT]: SAMPLE, [DRAFT]: SAMPLE }, { lock: true });
  meetings = path.join(root, "content", "meetings");
  await makeDraft(OLDER_DRAFT, "2017-10-05");
  // The newest draft is waiting for July's placement meetings figure: its latest row is empty.
  await makeDraft(DRAFT, "2017-11-02", { "07-placement-arrangement-meetings.md": "  - { period: 2017-07, result: null, target: 90.0 }" });
  await loadScorecards(root);
});

describe("npm run import-results -- <results.csv>: what it adds", () => {
  it("adds each result to the newest draft, fills its empty row, and the draft still passes the checks", async () => {
    const before = await readFolder(path.join(meetings, DRAFT));
    const olderBefore = await readFolder(path.join(meetings, OLDER_DRAFT));
    const run = await runCli("import-results", [path.join(FIXTURES, "results-july.csv")], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Added 4 results to the draft content/meetings/${DRAFT}/:`);
    expect(run.stdout).toContain("line 5: placement-arrangement-meetings, Jul 2017: 63.0% (filled in the empty row)");

    const after = await readFolder(path.join(meetings, DRAFT));
    const lastRow = (name: string) => after[name]!.split("\n---\n")[0]!.split("\n").at(-1);
    expect(lastRow("01-adoption-plan-within-4-months.md")).toBe("  - { period: 2017-07, result: 64.1, target: 80.0 }");
    expect(lastRow("02-average-caseload.md")).toBe("  - { period: 2017-07, result: 23.1, target: 18.0 }");
    expect(lastRow("05-unallocated-cases.md")).toBe("  - { period: 2017-07, result: 5 }");
    expect(lastRow("07-placement-arrangement-meetings.md")).toBe("  - { period: 2017-07, result: 63.0, target: 90.0 }");
    expect(after["07-placement-arrangement-meetings.md"]!.match(/period: 2017-07/g)).toHaveLength(1);
    // Only the new row differs; files without results are untouched, as is the older draft.
    expect(after["01-adoption-plan-within-4-months.md"]).toBe(
      before["01-adoption-plan-within-4-months.md"]!.replace("\n---\n", "\n  - { period: 2017-07, result: 64.1, target: 80.0 }\n---\n"),
    );
    for (const name of ["meeting.md", "03-cic-health-assessments.md", "04-cin-plans.md", "06-returner-interviews.md"]) expect(after[name]).toBe(before[name]);
    expect(await readFolder(path.join(meetings, OLDER_DRAFT))).toEqual(olderBefore);

    // The data step rates the new rows from the 2017/18 bandings.
    const site = await loadScorecards(root);
    const july = (id: string) => site.indicators.find((i) => i.meetingSlug === DRAFT && i.id === id)!.rows.at(-1)!;
    expect(
      ["adoption-plan-within-4-months", "average-caseload", "unallocated-cases", "placement-arrangement-meetings"].map((id) => [
        july(id).periodLabel,
        july(id).rating,
      ]),
    ).toEqual([
      ["Jul 2017", "Red"],
      ["Jul 2017", "Red"],
      ["Jul 2017", "Amber"],
      ["Jul 2017", "Red"],
    ]);
  });

  it("the period may be written as the paper does, and a percentage may carry its sign", async () => {
    const csv = path.join(root, "july.csv");
    await writeFile(csv, '\uFEFFIndicator ID,Period,Result,Target\r\n"cin-plans","Jul 2017","79.0%","90.0%"\r\n');
    const result = await importResults({ csv, meetings });
    expect(result.placements).toEqual([{ line: 2, id: "cin-plans", period: "2017-07", periodLabel: "Jul 2017", resultText: "79.0%", how: "added" }]);
    expect(await readFile(draftFile("04-cin-plans.md"), "utf8")).toContain("  - { period: 2017-07, result: 79.0, target: 90.0 }\n---\n");
  });
});

describe("npm run import-results -- <results.csv>: what it refuses", () => {
  it("rejects every row it cannot place, by CSV line, and writes nothing", async () => {
    const before = await readFolder(path.join(meetings, DRAFT));
    const run = await runCli("import-results", [path.join(FIXTURES, "results-bad.csv")], root);
    expect(run.code).toBe(1);
    const file = path.join(FIXTURES, "results-bad.csv");
    expect(
      run.stderr
        .split("\n")
        .filter((line) => line.startsWith(file))
        .map((line) => line.slice(file.length)),
    ).toEqual([
      `:3: unknown indicator id "caseload": the draft ${DRAFT} has adoption-plan-within-4-months, average-caseload, cic-health-assessments, cin-plans, unallocated-cases, returner-interviews, placement-arrangement-meetings`,
      ":4: cin-plans, May 2017: the draft already has a result for May 2017 (80.9); a row is added only for a new period or to fill an empty one",
      ':5: returner-interviews, Jul 2017: the result "n/a" is not a number',
      ":6: cic-health-assessments, Jul 2017: result found 84.25, which has more decimal places than the 1 this indicator publishes (round it to 1 decimal place, or change decimalPlaces)",
      ":7: average-caseload, Feb 2017: the period is not after the last row (Jun 2017), and there is no empty Feb 2017 row to fill",
    ]);
    expect(run.stderr).toContain("Nothing was written.");
    expect(await readFolder(path.join(meetings, DRAFT))).toEqual(before);
    // No staging folder is left beside the meetings.
    expect((await readdir(path.dirname(meetings))).sort()).toEqual(["meetings", "published.lock.json"]);
  });

  it("a result the bandings cannot rate is reported at its CSV line", async () => {
    const csv = path.join(root, "april.csv");
    await writeFile(csv, "indicator id,period,result,target\nadoption-plan-within-4-months,2018-04,70.0,\n");
    const error = await importResults({ csv, meetings }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFailed);
    // Its target, its rating, and (for a draft dated November 2017) the period itself, which has not begun yet.
    expect((error as ImportFailed).problems.map((p) => [p.line, p.message.split(":")[0]])).toEqual([
      [2, "adoption-plan-within-4-months, Apr 2018"],
      [2, "adoption-plan-within-4-months, Apr 2018"],
      [2, "adoption-plan-within-4-months, Apr 2018"],
    ]);
    expect((error as ImportFailed).message).toContain("no bandings on record for 2018/19");
    expect((error as ImportFailed).message).toContain("Apr 2018 begins after the meeting on 2017-11-02");
  });

  it("with no draft meeting, says so and writes nothing", async () => {
    const project = await tempProject({ [PUBLISHED]: SAMPLE }, { lock: true });
    const run = await runCli("import-results", [path.join(FIXTURES, "results-july.csv")], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("There is no draft meeting in content/meetings");
    expect(await readFolder(path.join(project, "content", "meetings", PUBLISHED))).toEqual(await readFolder(SAMPLE));
  });

  it("refuses a CSV without the expected header", async () => {
    const csv = path.join(await tempDir(), "no-header.csv");
    await writeFile(csv, "adoption-plan-within-4-months,2017-07,64.1,80.0\n");
    await expect(importResults({ csv, meetings })).rejects.toThrow(
      /no-header\.csv:1: expected a header row naming the columns "indicator id", "period", "result" and "target"/,
    );
    await expect(importResults({ csv: path.join(root, "missing.csv"), meetings })).rejects.toBeInstanceOf(ImportStopped);
  });
});

describe("reading CSV", () => {
  it("quoted fields, doubled quotes, CRLF, a BOM and blank lines, with each record's line", () => {
    expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n1,\n')).toEqual({
      records: [
        { line: 1, fields: ["a", "b"] },
        { line: 2, fields: ["x, y", 'say "hi"'] },
        { line: 4, fields: ["1", ""] },
      ],
    });
  });

  it("an unclosed quote is reported at the line it opens", () => {
    expect(readCsv('a,b\n"open,1\n2,3\n')).toEqual({ problem: { line: 2, message: expect.stringContaining("not closed") } });
  });

  it("refuses a row with more cells than the header, naming a decimal comma or a thousands separator, and writes nothing", async () => {
    const before = await readFolder(path.join(meetings, DRAFT));
    const csv = path.join(await tempDir(), "commas.csv");
    // An export without a target column, where a decimal comma used to be read as 87 and the 5 dropped.
    await writeFile(
      csv,
      "indicator id,period,result\ncin-plans,2017-07,87,5\nunallocated-cases,2017-07,1,234\nadoption-plan-within-4-months,2017-07,64.1,80.0\n",
    );
    const run = await runCli("import-results", [csv], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'commas.csv:2: expected 3 columns (indicator id, period, result), found 4: "87,5" has a decimal comma, which splits it into two cells; write 87.5',
    );
    expect(run.stderr).toContain(
      'commas.csv:3: expected 3 columns (indicator id, period, result), found 4: "1,234" has a thousands separator, which splits it into two cells; write 1234',
    );
    expect(run.stderr).toContain(
      "commas.csv:4: expected 3 columns (indicator id, period, result), found 4: a comma inside a cell splits it in two; put that cell in double quotes",
    );
    expect(await readFolder(path.join(meetings, DRAFT))).toEqual(before);
  });

  it("edits the figures in place, keeping the clerk's # notes and everything else in the file as it was", async () => {
    const file = draftFile("07-placement-arrangement-meetings.md");
    const noted = (await readFile(file, "utf8"))
      .replace("dataSource: Liberi", "dataSource: Liberi # confirmed with the performance team, 3 Oct")
      .replace(
        "  - { period: 2017-07, result: null, target: 90.0 }",
        "  # July is late: Liberi was down\n  - { period: 2017-07, result: null, target: 90.0 } # chase Tuesday",
      );
    await writeFile(file, noted);
    const csv = path.join(await tempDir(), "july.csv");
    await writeFile(csv, "indicator id,period,result,target\nplacement-arrangement-meetings,2017-07,63.0,90.0\n");
    const run = await runCli("import-results", [csv], root);
    expect(run.stderr).toBe("");
    expect(await readFile(file, "utf8")).toBe(
      noted.replace(
        "  - { period: 2017-07, result: null, target: 90.0 } # chase Tuesday",
        "  - { period: 2017-07, result: 63.0, target: 90.0 } # chase Tuesday",
      ),
    );
  });
});

describe("npm run import-results -- <results.csv>: periods of every kind, and a council's own owner roles", () => {
  /** An annual count whose target the paper prints to one decimal place, for a council naming a service, not a Cabinet Member. */
  const HOUSEHOLDS = `---
id: households-in-temporary-accommodation
title: Households in temporary accommodation at the year end
scorecard: Housing
kind: performance
service: Housing Options
unit: count
decimalPlaces: 0
targetDecimalPlaces: 1
polarity: lower-is-better
bandings:
  - financialYear: 2016/17
    target: 112.5
    tolerancePercent: 10
dataBasis: snapshot
dataSource: H-CLIC returns
trend:
  - { period: 2014/15, result: 70, unrated: true }
  - { period: 2015/16, result: 84, unrated: true }
  - { period: 2016/17, result: null, samePeriodLastYear: 84 }
---
[Awaiting commentary]
`;
  const MEETING = `---
committee: Housing and Communities Committee
date: 2017-05-18
agendaItem: 9
agendaTitle: Annual performance report
scorecards:
  - Housing
status: draft
---
[Awaiting covering note]
`;

  async function councilProject(): Promise<string> {
    const project = await tempDir("import-council-");
    const folder = path.join(project, "content", "meetings", "2017-05-18-hcc");
    await mkdir(folder, { recursive: true });
    await mkdir(path.join(project, "data"));
    await writeFile(path.join(project, "data", "site.json"), JSON.stringify({ ownerRoles: [{ field: "service", label: "Service" }] }));
    await writeFile(path.join(folder, "meeting.md"), MEETING);
    await writeFile(path.join(folder, "01-households-in-temporary-accommodation.md"), HOUSEHOLDS);
    return project;
  }

  it("fills a financial year's empty row, keeping its comparison, with the target at the target's precision", async () => {
    const project = await councilProject();
    const csv = path.join(project, "outturn.csv");
    await writeFile(csv, "indicator id,period,result,target\nhouseholds-in-temporary-accommodation,2016-17,118,112.5\n");
    const run = await runCli("import-results", [csv], project);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("line 2: households-in-temporary-accommodation, 2016/17: 118 (filled in the empty row)");
    const file = path.join(project, "content", "meetings", "2017-05-18-hcc", "01-households-in-temporary-accommodation.md");
    expect(await readFile(file, "utf8")).toBe(
      HOUSEHOLDS.replace(
        "{ period: 2016/17, result: null, samePeriodLastYear: 84 }",
        "{ period: 2016/17, result: 118, target: 112.5, samePeriodLastYear: 84 }",
      ),
    );
  });

  it("names the period's problem, and the kinds of period when an indicator reports another", async () => {
    const project = await councilProject();
    const csv = path.join(project, "bad.csv");
    await writeFile(
      csv,
      "indicator id,period,result,target\nhouseholds-in-temporary-accommodation,2016/18,118,\nhouseholds-in-temporary-accommodation,Q4 2016/17,118,\n",
    );
    const run = await runCli("import-results", [csv], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`bad.csv:2: cannot read the period: found "2016/18", but the two years of a financial year follow on, e.g. 2016/17`);
    expect(run.stderr).toContain(`bad.csv:3: households-in-temporary-accommodation reports financial years, but "Q4 2016/17" is a quarter`);
  });

  it("in the sample, a month's indicator refuses a quarter in the same words", async () => {
    const csv = path.join(root, "quarter.csv");
    await writeFile(csv, "indicator id,period,result,target\naverage-caseload,Jul-Sep 2017,20.0,18.0\n");
    const run = await runCli("import-results", [csv], root);
    expect(run.stderr).toContain(`quarter.csv:2: average-caseload reports months, but "Jul-Sep 2017" is a quarter`);
  });
});
