import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/domain/periods";
import { rollTrend } from "../newMeeting";
import { copyProject, runScript } from "../../test/helpers/project";

describe("rollTrend", () => {
  const rows = ["2017-12", "2018-01", "2018-02", "2018-03"].map((period, i) => ({ period, result: 60 + i, target: 80 }));

  it("moves a monthly window on by one period across the financial year end", () => {
    expect(rollTrend(rows, parsePeriod("2018-04")!)).toEqual([
      { period: "2018-01", result: 61, target: 80 },
      { period: "2018-02", result: 62, target: 80 },
      { period: "2018-03", result: 63, target: 80 },
      { period: "2018-04", result: null },
    ]);
  });

  it("moves a quarterly window from Q4 into Q1 of the next financial year, and several periods at once", () => {
    const quarters = ["Q3 2016/17", "Q4 2016/17"].map((period) => ({ period, result: 1 }));
    expect(rollTrend(quarters, parsePeriod("Q2 2017/18")!).map((row) => row.period)).toEqual(["Q1 2017/18", "Q2 2017/18"]);
  });
});

describe("npm run new-meeting", () => {
  let root: string;
  const SEPT = "content/meetings/2017-09-07-cype";
  beforeEach(async () => {
    root = await copyProject();
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("starts the next meeting as a draft with the window moved on and placeholders, which checks and builds", async () => {
    const result = await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-10-05"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Started content/meetings/2017-10-05-cype/ as a draft, reporting up to 2017-07");
    const folder = path.join(root, "content/meetings/2017-10-05-cype");
    expect((await readdir(folder)).sort()).toEqual((await readdir(path.join(root, SEPT))).sort());
    const meeting = await readFile(path.join(folder, "meeting.md"), "utf8");
    expect(meeting).toContain("date: 2017-10-05");
    expect(meeting).toContain("status: draft");
    expect(meeting).not.toContain("letterDate");
    expect(meeting.trimEnd().endsWith("---\n[Awaiting covering note]")).toBe(true);
    const caseload = await readFile(path.join(folder, "02-average-caseload.md"), "utf8");
    expect(caseload.match(/period: [\d-]+/g)).toEqual(["period: 2017-04", "period: 2017-05", "period: 2017-06", "period: 2017-07"]);
    expect(caseload).toContain("  - { period: 2017-07, result: null }\n");
    expect(caseload.trimEnd().endsWith("---\n[Awaiting commentary]")).toBe(true);

    expect((await runScript(root, "check")).code).toBe(0);
    const build = await runScript(root, "build");
    expect(build.code).toBe(0);
    const page = await readFile(path.join(root, "_site/meetings/2017-10-05-cype/average-caseload/index.html"), "utf8");
    expect(page).toContain("Awaiting data for July 2017.");
    expect(page).toContain("Awaiting commentary");
  });

  it("refuses to overwrite an existing meeting and names what is wrong with its arguments", async () => {
    expect((await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-10-05"])).code).toBe(0);
    const again = await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-10-05"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "content/meetings/2017-10-05-cype already exists. Nothing was written. If it is a draft you want to start again, delete that folder first.",
    );
    const badDate = await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-02-30"]);
    expect(badDate.stderr).toContain('--date "2017-02-30" is not a real date');
    const early = await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-11-02", "--period", "2017-05"]);
    expect(early.stderr).toContain("--period 2017-05 is not after 2017-06");
  });

  it("rolls across the financial year end: the new year's row awaits data, and once filled needs its rating or bandings", async () => {
    // A draft meeting reporting Dec 2017 to Mar 2018, all in 2017/18, whose bandings are on record.
    const feb = path.join(root, "content/meetings/2018-05-03-cype");
    await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2018-05-03", "--period", "2018-03"]);
    const file = path.join(feb, "02-average-caseload.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/result: null/g, "result: 21.5"));
    for (const name of (await readdir(feb)).filter((n) => /^0[13-7]/.test(n))) await rm(path.join(feb, name));
    expect((await runScript(root, "check")).code).toBe(0);

    const result = await runScript(root, "new-meeting", ["--from", "content/meetings/2018-05-03-cype", "--date", "2018-06-07"]);
    expect(result.stdout).toContain("reporting up to 2018-04");
    const next = path.join(root, "content/meetings/2018-06-07-cype/02-average-caseload.md");
    const text = await readFile(next, "utf8");
    expect(text.match(/period: [\d-]+/g)).toEqual(["period: 2018-01", "period: 2018-02", "period: 2018-03", "period: 2018-04"]);
    expect((await runScript(root, "check")).code).toBe(0);

    await writeFile(next, text.replace("{ period: 2018-04, result: null }", "{ period: 2018-04, result: 20.1 }"));
    const filled = await runScript(root, "check");
    expect(filled.code).toBe(1);
    expect(filled.stderr).toContain("trend[3].target: is missing: Apr 2018 has no bandings on record for 2018/19, so its target must be given");
    expect(filled.stderr).toContain("trend[3].rating: is missing: there are no bandings on record for 2018/19");
  });
});
