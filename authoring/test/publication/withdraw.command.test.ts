/**
 * A published meeting never disappears quietly: deleting its folder is refused, naming the lock's entry; withdrawing
 * it is its own recorded act, after which every address it had says when and why it was withdrawn.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../../src/pipeline/listFiles";
import { copyProject, runScript } from "../../../test/helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
let root: string;

beforeAll(async () => {
  root = await copyProject();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const text = (html: string) => (new JSDOM(html).window.document.querySelector("main")?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("a published meeting's folder", () => {
  it("deleted by hand: check and build refuse, naming the lock's entry and both ways to put it right", async () => {
    const copy = await copyProject();
    await rm(path.join(copy, SEPT), { recursive: true });
    for (const script of ["check", "build"]) {
      const result = await runScript(copy, script);
      expect(result.code, script).toBe(1);
      expect(result.stderr).toContain(
        "content/published.lock.json:2:3 2017-09-07-cype: records 2017-09-07-cype as published, but content/meetings/2017-09-07-cype/ is missing, so its pages would vanish without a word",
      );
      expect(result.stderr).toContain(
        "How to fix: restore the folder (git checkout -- content/meetings/2017-09-07-cype); to take a published meeting off the site, withdraw it",
      );
    }
    await rm(copy, { recursive: true, force: true });
  });

  it("withdrawn needs a reason", async () => {
    const result = await runScript(root, "withdraw-meeting", [SEPT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Say which meeting to withdraw, and why.");
  });

  it("withdrawn: recorded in the lock with its reason, its files gone, and a page at every address it had", async () => {
    const result = await runScript(root, "withdraw-meeting", [
      SEPT,
      "--reason",
      "the figures were found to include another council's cases",
      "--date",
      "2026-12-01",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Withdrew 2017-09-07-cype: content/published.lock.json records it, and its files are deleted.");
    const lock = JSON.parse(await readFile(path.join(root, "content/published.lock.json"), "utf8"));
    expect(lock["2017-09-07-cype"].withdrawn).toMatchObject({
      date: "2026-12-01",
      reason: "the figures were found to include another council's cases",
      meetingDate: "2017-09-07",
    });
    expect(await readFile(path.join(root, SEPT, "meeting.md"), "utf8").catch(() => "gone")).toBe("gone");
    expect((await runScript(root, "check")).code).toBe(0);
    const built = await runScript(root, "build");
    expect(built.code, built.stderr).toBe(0);
    const site = path.join(root, "_site");
    for (const page of [
      "meetings/2017-09-07-cype/index.html",
      "meetings/2017-09-07-cype/print/index.html",
      "meetings/2017-09-07-cype/average-caseload/index.html",
      "indicators/average-caseload/index.html",
    ]) {
      const main = text(await readFile(path.join(site, page), "utf8"));
      expect(main, page).toContain("This was withdrawn on 1 December 2026.");
      expect(main, page).toContain("Why: the figures were found to include another council's cases.");
      expect(main, page).toContain("Thursday 7 September 2017");
    }
    expect(text(await readFile(path.join(site, "meetings/2017-09-07-cype/average-caseload/index.html"), "utf8"))).toContain(
      "Average Caseload of Social Workers in CSWTs",
    );
    // Its figures are no longer offered as the committee's record.
    expect((await listFiles(site)).filter((file) => file.includes("2017-09-07-cype") && file.endsWith(".csv"))).toEqual([]);
  });
});
