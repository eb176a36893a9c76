/**
 * The public record cannot be changed quietly. Each case starts from the published sample, whose lock records every
 * figure, rating, bandings line, erratum and word as published: errata are append-only, a change without a new
 * erratum is refused at its line, and every change is shown on the pages and in the downloads, whatever the erratum says.
 */
import { checkReport } from "../helpers/checkReport";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishMeeting } from "../../authoring/publication/publishMeeting";
import { upgradeLock } from "../../authoring/publication/upgradeLock";
import { ContentProblems } from "../../src/content/problems";
import { buildSite } from "../../src/pipeline/buildSite";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { copyProject } from "../helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
const RETURNER_ERRATUM =
  "errata:\n  - date: 2017-10-10\n    change: June 2017 result for Returner Interviews corrected from 73.2 to 73.3\n    reason: a late return\n";

let root: string;
beforeEach(async () => {
  root = await copyProject();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(root, SEPT, file);
  const before = await readFile(full, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(full, after);
}

/** The report of every problem `npm run check` would print, or "" when the content is accepted. */
const check = () => checkReport(root);

const addErratum = (text: string) => text.replace("status: published\n", `status: published\n${RETURNER_ERRATUM}`);
const correctReturner = () => edit("06-returner-interviews.md", (text) => text.replace("result: 73.2, target: 85.0", "result: 73.3, target: 85.0"));

/** The sample with the returner interviews correction recorded, as publish-meeting leaves it. */
async function recordedCorrection(): Promise<void> {
  await correctReturner();
  await edit("meeting.md", addErratum);
  expect(await publishMeeting(root, SEPT)).toMatch(/^Recorded the correction to 2017-09-07-cype \(1 erratum in all\)/);
  expect(await check()).toBe("");
}

describe("errata are append-only", () => {
  it("(1) refuses a recorded erratum deleted, quoting it", async () => {
    await recordedCorrection();
    await edit("meeting.md", (text) => text.replace(RETURNER_ERRATUM, ""));
    const report = await check();
    // The message docs/for-clerks.md quotes.
    expect(report).toContain(
      `${SEPT}/meeting.md:9:9 status: the erratum of 10 October 2017 ("June 2017 result for Returner Interviews corrected from 73.2 to 73.3"; reason: "a late return") is on the public record, but has been removed`,
    );
    await expect(publishMeeting(root, SEPT)).rejects.toThrow(ContentProblems);
  });

  it("(2) refuses a recorded erratum's text edited, even with a new erratum after it", async () => {
    await recordedCorrection();
    await edit("meeting.md", (text) =>
      text
        .replace("reason: a late return\n", "reason: a data entry slip\n")
        .replace("reason: a data entry slip\n", "reason: a data entry slip\n  - date: 2017-11-01\n    change: nothing\n    reason: to cover the edit\n"),
    );
    const report = await check();
    // The message docs/for-clerks.md quotes.
    expect(report).toContain(
      `${SEPT}/meeting.md:13:13 errata[0].reason: the erratum of 10 October 2017 ("June 2017 result for Returner Interviews corrected from 73.2 to 73.3"; reason: "a late return") is on the public record, but its reason has been edited to "a data entry slip"`,
    );
    expect(report).not.toContain("this file has changed");
  });
});

describe("every change is shown", () => {
  it("(3) shows a change the erratum does not mention beside the one it does, on every page and in the CSV", async () => {
    await correctReturner();
    await edit("01-adoption-plan-within-4-months.md", (text) => text.replace("period: 2017-06, result: 62.8", "period: 2017-06, result: 69.1"));
    await edit("meeting.md", addErratum);
    expect(await check()).toBe("");
    await buildSite({ projectRoot: root, outputDir: "_site" });
    const page = (url: string) => readFile(path.join(root, "_site", url, "index.html"), "utf8");
    const adoption = "Jun 2017 result for % of cases where adoption agreed as plan within 4 months, for those with an agency decision: 62.8% → 69.1%";
    const returner = "Jun 2017 result for % of Returner Interviews completed within 3 working days: 73.2% → 73.3%";
    const meeting = await page("meetings/2017-09-07-cype");
    expect(meeting).toContain(adoption);
    expect(meeting).toContain(returner);
    const indicator = await page("meetings/2017-09-07-cype/adoption-plan-within-4-months");
    expect(indicator).toContain(adoption);
    expect(indicator).not.toContain(returner);
    const history = await page("indicators/adoption-plan-within-4-months");
    expect(history).toContain("Corrected on 10 October 2017: was 62.8%");
    expect(history).toContain(adoption);
    const csv = await readFile(path.join(root, "_site/meetings/2017-09-07-cype/scorecard-data.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/,status,firstPublishedResult$/);
    const row = csv.split("\r\n").find((line) => line.includes("adoption-plan-within-4-months") && line.includes(",2017-06,"))!;
    expect(row).toMatch(/,69\.1,percentage,.*,corrected,62\.8$/);
    const returnerRow = csv.split("\r\n").find((line) => line.includes("returner-interviews") && line.includes(",2017-06,"))!;
    expect(returnerRow).toMatch(/,73\.3,percentage,.*,corrected,73\.2$/);
    const returnerHistory = await page("indicators/returner-interviews");
    expect(returnerHistory).toContain("Corrected on 10 October 2017: was 73.2%");
    expect(returnerHistory).toContain(returner);
    const feed = await readFile(path.join(root, "_site/feed.xml"), "utf8");
    expect(feed).toContain("<updated>2017-10-10T00:00:00Z</updated>");
    expect(feed).toContain(`Corrected on 10 October 2017: ${adoption}; ${returner}.`);
  });

  it("(4) refuses a figure changed with no erratum, naming the file, line, field and what it was", async () => {
    await edit("02-average-caseload.md", (text) => text.replace("result: 24.6", "result: 24.8"));
    const line = (await readFile(path.join(root, SEPT, "02-average-caseload.md"), "utf8")).split("\n").findIndex((text) => text.includes("result: 24.8")) + 1;
    expect(await check()).toContain(
      `${SEPT}/02-average-caseload.md:${line}:32 trend[3].result: Jun 2017 result for Average Caseload of Social Workers in CSWTs was 24.6 when published (as content/published.lock.json records), and is now 24.8, but no erratum says why`,
    );
  });

  it("(5) shows a reworded commentary as a change of that section, with the text as published", async () => {
    await edit("06-returner-interviews.md", (text) => text.replace("is 1.8% away from moving", "is 1.8 percentage points away from moving"));
    await edit("meeting.md", addErratum);
    expect(await check()).toBe("");
    await buildSite({ projectRoot: root, outputDir: "_site" });
    const meeting = await readFile(path.join(root, "_site/meetings/2017-09-07-cype/index.html"), "utf8");
    expect(meeting).toContain("The commentary on % of Returner Interviews completed within 3 working days was reworded");
    expect(meeting).toMatch(
      /<summary class="govuk-details__summary"><span class="govuk-details__summary-text">The text as published<\/span><\/summary>\s*<div class="govuk-details__text">[\s\S]*<p>At 73\.2%, performance for this measure is 1\.8% away from moving/,
    );
  });
});

describe("an older lock, recorded by hash only", () => {
  it("is read as before, with a warning naming the upgrade, which then records the meeting in full", async () => {
    const lockFile = path.join(root, "content/published.lock.json");
    const lock = JSON.parse(await readFile(lockFile, "utf8")) as Record<string, { sha256: string; errata: number }>;
    const { sha256, errata } = lock["2017-09-07-cype"]!;
    await writeFile(lockFile, `${JSON.stringify({ "2017-09-07-cype": { sha256, errata } }, null, 2)}\n`);
    const scorecards = await loadScorecards(root);
    expect(scorecards.warnings.map((warning) => warning.message)).toEqual([
      "records 2017-09-07-cype by hash only, as locks did before they kept what was published: a change to them is still refused, but cannot be named field by field or shown on their pages",
    ]);
    await edit("02-average-caseload.md", (text) => text.replace("result: 24.6", "result: 24.8"));
    expect(await check()).toContain(
      `${SEPT}/meeting.md:9:9 status: the files of this published meeting have changed since it was published, and no erratum says why`,
    );
    expect(await upgradeLock(root)).toMatch(/2017-09-07-cype was left as it is: its files no longer match the hash/);
    await edit("02-average-caseload.md", (text) => text.replace("result: 24.8", "result: 24.6"));
    expect(await upgradeLock(root)).toBe("Upgraded content/published.lock.json: 1 meeting now recorded in full (2017-09-07-cype).");
    expect((await loadScorecards(root)).warnings).toEqual([]);
    expect(JSON.parse(await readFile(lockFile, "utf8"))["2017-09-07-cype"].published.indicators["average-caseload"].trend[3]).toEqual({
      period: "2017-06",
      result: 24.6,
      target: 18,
      rating: "Red",
    });
  });
});

describe("a lock edited by hand", () => {
  it("is refused at its entry and field, not met later as a crash", async () => {
    const lockFile = path.join(root, "content/published.lock.json");
    const lock = JSON.parse(await readFile(lockFile, "utf8"));
    delete lock["2017-09-07-cype"].published.errata;
    await writeFile(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    expect(await check()).toContain(
      "content/published.lock.json:2:1 2017-09-07-cype.published.errata: Invalid input: expected array, received undefined: the lock is written only by publish-meeting and withdraw-meeting, and this entry is not as they write it",
    );
  });
});
