import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project";

const MEETING = "content/meetings/2017-09-07-cype";
let root: string;
const edit = async (file: string, change: (text: string) => string) => {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, "utf8")));
};

beforeEach(async () => {
  root = await copyProject();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("npm run check", () => {
  it("passes on the published sample", async () => {
    const result = await runScript(root, "check");
    expect(result.stdout).toContain("Content is valid: 1 meeting, 7 indicator reports.");
    expect(result.code).toBe(0);
  });

  it("fails on a placeholder left in a published meeting", async () => {
    await edit(`${MEETING}/04-cin-plans.md`, (text) =>
      text.replace(/---\n[\s\S]*$/, (tail) => tail.replace(/\nThe increase[\s\S]*$/, "\n[Awaiting commentary]\n")),
    );
    const line = (await readFile(path.join(root, MEETING, "04-cin-plans.md"), "utf8")).split("\n").indexOf("[Awaiting commentary]") + 1;
    expect(line).toBeGreaterThan(20);
    const result = await runScript(root, "check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${MEETING}/04-cin-plans.md:${line}:1 commentary: still has the placeholder "[Awaiting commentary]", but the meeting is published`,
    );
  });

  it("fails on an edited published meeting without an erratum, and passes once one says why", async () => {
    await edit(`${MEETING}/02-average-caseload.md`, (text) => text.replace("result: 23.8", "result: 23.9"));
    const failed = await runScript(root, "check");
    expect(failed.code).toBe(1);
    const line =
      (await readFile(path.join(root, MEETING, "02-average-caseload.md"), "utf8")).split("\n").findIndex((text) => text.includes("result: 23.9")) + 1;
    expect(failed.stderr).toContain(
      `${MEETING}/02-average-caseload.md:${line}:32 trend[2].result: May 2017 result for Average Caseload of Social Workers in CSWTs was 23.8 when published (as content/published.lock.json records), and is now 23.9, but no erratum says why`,
    );

    await edit(`${MEETING}/meeting.md`, (text) =>
      text.replace(
        "---\nI am now",
        "errata:\n  - date: 2017-09-20\n    change: May 2017 caseload corrected from 23.8 to 23.9\n    reason: the figure was mistyped in the paper\n---\nI am now",
      ),
    );
    const passed = await runScript(root, "check");
    expect(passed.stderr).toBe("");
    expect(passed.code).toBe(0);
  });

  it("prints GitHub annotations when run in GitHub Actions", async () => {
    await edit(`${MEETING}/05-unallocated-cases.md`, (text) => text.replace("polarity: lower-is-better", "polarity: down"));
    const result = await runScript(root, "check", [], { GITHUB_ACTIONS: "true" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error file=${MEETING}/05-unallocated-cases.md,line=12,col=11,title=polarity::found "down", expected one of "higher-is-better", "lower-is-better", "neither"`,
    );
  });
});
