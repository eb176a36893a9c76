import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parsePeriod, periodKey, type Period } from "../../src/domain/periods";
import { latestBy, reportingPeriod, rollTrend } from "../newMeeting";
import { copyProject, projectRoot as TOOL_ROOT, runScript } from "../../test/helpers/project";

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

  it.each([
    [["H1 2016/17", "H2 2016/17"], "H1 2017/18", ["H2 2016/17", "H1 2017/18"]],
    [["2015/16", "2016/17"], "2017/18", ["2016/17", "2017/18"]],
    [["2016", "2017"], "2018", ["2017", "2018"]],
  ])("moves a window of %j on to %s", (periods, latest, expected) => {
    const rows = periods.map((period) => ({ period, result: 1, samePeriodLastYear: 2, directionOfTravel: "improving" as const }));
    const rolled = rollTrend(rows, parsePeriod(latest)!);
    expect(rolled.map((row) => row.period)).toEqual(expected);
    // The row carried keeps its fields; the new one is only awaiting its result.
    expect(rolled[0]).toEqual(rows[1]);
    expect(rolled[1]).toEqual({ period: latest, result: null });
  });

  it("leaves a trend already at the period as it is", () => {
    const rows = [{ period: "2016/17", result: 70.2 }];
    expect(rollTrend(rows, parsePeriod("2016/17")!)).toEqual(rows);
  });
});

describe("where each indicator moves to in a meeting of mixed periods", () => {
  const key = (period: Period) => periodKey(period);
  it("reports up to the period after the newest of the shortest kind", () => {
    expect(key(reportingPeriod([parsePeriod("2016/17")!, parsePeriod("2017-06")!, parsePeriod("2017-05")!]))).toBe("2017-07");
    expect(key(reportingPeriod([parsePeriod("2015/16")!, parsePeriod("Q3 2016/17")!]))).toBe("Q4 2016/17");
    expect(key(reportingPeriod([parsePeriod("2016/17")!]))).toBe("2017/18");
  });

  it("moves a longer kind on only to the periods that have ended by then, and a shorter kind up to the end of a longer one", () => {
    const annual = parsePeriod("2016/17")!;
    expect(key(latestBy(annual, parsePeriod("2017-07")!))).toBe("2016/17");
    expect(key(latestBy(annual, parsePeriod("2018-03")!))).toBe("2017/18");
    expect(key(latestBy(parsePeriod("Q4 2016/17")!, parsePeriod("2017-08")!))).toBe("Q1 2017/18");
    expect(key(latestBy(parsePeriod("2017-06")!, parsePeriod("Q2 2017/18")!))).toBe("2017-09");
    expect(key(latestBy(parsePeriod("2017-06")!, parsePeriod("2017-07")!))).toBe("2017-07");
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

/** A council with a committee system: its own owner roles, a quarterly year-to-date money indicator and an annual one. */
const SPEND = `---
id: temporary-accommodation-spend
title: Spending on temporary accommodation (year to date)
scorecard: Housing
kind: performance
service: Housing Options
leadOfficer: Jo Bloggs
unit: money
moneyIn: thousands
decimalPlaces: 0
targetDecimalPlaces: 1
polarity: lower-is-better
dataBasis: year-to-date
dataSource: Finance ledger
outturns:
  - { financialYear: 2015/16, result: 402 }
benchmarks:
  - name: Statistical neighbours' average
    kind: statistical-neighbours-average
    source: Revenue outturn 2015/16
    values:
      - { period: 2015/16, value: 430 }
trend:
  - { period: Q4 2015/16, result: 402, unrated: true }
  - { period: Q1 2016/17, result: 118, target: 112.5, rating: Amber, samePeriodLastYear: 104, directionOfTravel: worsening }
  - { period: Q2 2016/17, result: 225, target: 225.0, rating: Green, samePeriodLastYear: 230 }
  - { period: Q3 2016/17, result: 340, target: 337.5, rating: Amber, samePeriodLastYear: 331 }
---
Spending is a little over the profile.
`;
const HOUSEHOLDS = `---
id: households-in-temporary-accommodation
title: Households in temporary accommodation at the year end
scorecard: Housing
kind: activity
service: Housing Options
unit: count
decimalPlaces: 0
polarity: neither
dataBasis: snapshot
dataSource: H-CLIC returns
trend:
  - { period: 2013/14, result: 61 }
  - { period: 2014/15, result: 70 }
  - { period: 2015/16, result: 84 }
---
Shown for context.
`;
const MEETING = `---
committee: Housing and Communities Committee
date: 2017-02-16
agendaItem: 9
agendaTitle: Quarterly performance report
scorecards:
  - Housing
status: draft
---
The report for the third quarter.
`;

describe("npm run new-meeting -- --project, for a council with its own owner roles and periods", () => {
  let tool: string;
  let project: string;
  beforeEach(async () => {
    tool = await copyProject();
    project = await mkdtemp(path.join(tmpdir(), "scorecards-council-"));
    await mkdir(path.join(project, "data"));
    const site = JSON.parse(await readFile(path.join(TOOL_ROOT, "data/site.json"), "utf8")) as Record<string, unknown>;
    const roles = [
      { field: "service", label: "Service" },
      { field: "leadOfficer", label: "Lead officer" },
    ];
    await writeFile(path.join(project, "data/site.json"), JSON.stringify({ ...site, council: "Riverside District Council", ownerRoles: roles }, null, 2));
    await cp(path.join(TOOL_ROOT, "data/glossary.json"), path.join(project, "data/glossary.json"));
    const folder = path.join(project, "content/meetings/2017-02-16-hcc");
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(project, "content/published.lock.json"), "{}\n");
    await writeFile(path.join(folder, "meeting.md"), MEETING);
    await writeFile(path.join(folder, "01-temporary-accommodation-spend.md"), SPEND);
    await writeFile(path.join(folder, "02-households-in-temporary-accommodation.md"), HOUSEHOLDS);
  });
  afterEach(async () => {
    await rm(tool, { recursive: true, force: true });
    await rm(project, { recursive: true, force: true });
  });

  const newMeeting = (from: string, date: string, more: string[] = []) =>
    runScript(tool, "new-meeting", ["--project", project, "--from", `content/meetings/${from}`, "--date", date, ...more]);
  const read = (folder: string, name: string) => readFile(path.join(project, "content/meetings", folder, name), "utf8");

  it("moves each indicator on by one of its own periods, keeping every field, and the draft checks with the council's roles", async () => {
    const result = await newMeeting("2017-02-16-hcc", "2017-05-18");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("as a draft, reporting up to Q4 2016/17:");

    // Every line as it was, but the oldest row gone, an empty row for the new quarter and the commentary awaited.
    const spend = await read("2017-05-18-hcc", "01-temporary-accommodation-spend.md");
    expect(spend).toBe(
      SPEND.replace("  - { period: Q4 2015/16, result: 402, unrated: true }\n", "")
        .replace("samePeriodLastYear: 331 }\n", "samePeriodLastYear: 331 }\n  - { period: Q4 2016/17, result: null }\n")
        .replace("Spending is a little over the profile.", "[Awaiting commentary]"),
    );
    // The annual figure for 2016/17 is due once its year has ended, with the fourth quarter.
    const households = await read("2017-05-18-hcc", "02-households-in-temporary-accommodation.md");
    expect(households).toBe(
      HOUSEHOLDS.replace("  - { period: 2013/14, result: 61 }\n", "")
        .replace("result: 84 }\n", "result: 84 }\n  - { period: 2016/17, result: null }\n")
        .replace("Shown for context.", "[Awaiting commentary]"),
    );
    const check = await runScript(tool, "check", ["--project", project]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);

    // Into the new financial year: the quarter moves on, the annual figure waits for 2017/18 to end.
    const next = await newMeeting("2017-05-18-hcc", "2017-08-10");
    expect(next.stderr).toBe("");
    expect(next.stdout).toContain("reporting up to Q1 2017/18:");
    expect((await read("2017-08-10-hcc", "01-temporary-accommodation-spend.md")).match(/period: Q\d \d{4}\/\d\d/g)).toEqual([
      "period: Q2 2016/17",
      "period: Q3 2016/17",
      "period: Q4 2016/17",
      "period: Q1 2017/18",
    ]);
    expect(await read("2017-08-10-hcc", "02-households-in-temporary-accommodation.md")).toBe(households);
    expect((await runScript(tool, "check", ["--project", project])).code).toBe(0);
  });

  it("names the kinds of period the indicators report when --period is unreadable or of another kind", async () => {
    const unreadable = await newMeeting("2017-02-16-hcc", "2017-05-18", ["--period", "Q5 2016/17"]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(
      '--period: found "Q5 2016/17", but a quarter is Q1 to Q4. The indicators report quarters and financial years: give one such as "Q4 2016/17" or "2016/17".',
    );
    const month = await newMeeting("2017-02-16-hcc", "2017-05-18", ["--period", "2017-03"]);
    expect(month.stderr).toContain(
      '--period "2017-03" is a month, but the indicators report quarters and financial years: give one such as "Q4 2016/17" or "2016/17".',
    );
    const annual = await newMeeting("2017-02-16-hcc", "2017-05-18", ["--period", "2017/18"]);
    expect(annual.stderr).toContain(
      "--period 2017/18 moves the indicators reported by quarter on to Q4 2017/18, which begins after the meeting on 2017-05-18, so no figure for it can be reported then. Nothing was written.",
    );
    expect(await readdir(path.join(project, "content/meetings"))).toEqual(["2017-02-16-hcc"]);
  });

  it("refuses an earlier meeting whose indicator names an owner role the council does not have", async () => {
    const file = path.join(project, "content/meetings/2017-02-16-hcc/02-households-in-temporary-accommodation.md");
    await writeFile(file, HOUSEHOLDS.replace("service: Housing Options", "cabinetMember: Roger Gough"));
    const result = await newMeeting("2017-02-16-hcc", "2017-05-18");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The earlier meeting has problems; put them right first.");
    expect(result.stderr).toContain("cabinetMember");
  });
});
