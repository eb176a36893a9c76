import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { listFiles } from "../../src/pipeline/listFiles";
import { copyProject, runScript } from "../helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
let root: string;
beforeAll(async () => {
  root = await copyProject();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file of a built site and its bytes; Pagefind's index is compared by its file names only. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  return new Map(
    await Promise.all(files.map(async (file) => [file, file.startsWith("pagefind/") ? "" : await readFile(path.join(dir, file), "utf8")] as const)),
  );
}

/** Builds incrementally into _site and from scratch into _fresh, and expects the two sites to be the same. */
async function buildBothWays(): Promise<Awaited<ReturnType<typeof buildSite>>> {
  const incremental = await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_site" });
  await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_fresh", fresh: true });
  expect(await snapshot(path.join(root, "_site"))).toEqual(await snapshot(path.join(root, "_fresh")));
  return incremental;
}

describe("an incremental build", () => {
  it("renders everything the first time, then carries the unchanged published meeting over", async () => {
    const first = await buildBothWays();
    expect(first.reusedMeetings).toBe(0);
    expect(first.rendered).toBe(first.pages);

    const second = await buildBothWays();
    expect(second.reusedMeetings).toBe(1);
    // Nothing changed, so both search bundles (the site-wide one and 2017's) are carried over too.
    expect(second.reusedSearchBundles).toBe(2);
    expect(second.pages).toBe(first.pages);
    // The meeting page, its page for print, its seven indicator pages and the seven histories' pages are carried over;
    // the home page and the lists are not.
    expect(second.rendered).toBe(first.pages - 9 - 7);
  });

  it("renders a new meeting and carries the published one over, giving the same site as a fresh build", async () => {
    expect((await runScript(root, "new-meeting", ["--from", SEPT, "--date", "2017-10-05"])).code).toBe(0);
    const built = await buildBothWays();
    expect(built.reusedMeetings).toBe(1);
    // The October draft joins 2017's bundle, which is written again; drafts stay out of histories, so the site-wide one is kept.
    expect(built.reusedSearchBundles).toBe(1);
    const october = await readFile(path.join(root, "_site/meetings/2017-10-05-cype/index.html"), "utf8");
    expect(october).toContain("Draft: not yet sent to the committee");
    // The new meeting's pages link back to the one before and rate against it.
    expect(october).toContain('href="/meetings/2017-09-07-cype/"');
  });

  it("renders in Eleventy runs of one meeting each the very site one run renders", async () => {
    const inRuns = await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_runs", fresh: true, meetingsPerRun: 1 });
    const inOne = await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_one", fresh: true, meetingsPerRun: 100 });
    expect(inRuns.pages).toBe(inOne.pages);
    expect(await snapshot(path.join(root, "_runs"))).toEqual(await snapshot(path.join(root, "_one")));
  });

  it("renders a published meeting again once an erratum changes it, and the meeting after it too", async () => {
    const file = path.join(root, SEPT, "06-returner-interviews.md");
    const text = await readFile(file, "utf8");
    expect(text).toContain("result: 73.2");
    await writeFile(file, text.replace("result: 73.2", "result: 73.3"));
    const meeting = path.join(root, SEPT, "meeting.md");
    await writeFile(
      meeting,
      (await readFile(meeting, "utf8")).replace(
        "status: published\n",
        "status: published\nerrata:\n  - date: 2017-10-10\n    change: June 2017 result for Returner Interviews corrected from 73.2 to 73.3\n    reason: a late return\n",
      ),
    );
    const built = await buildBothWays();
    expect(built.reusedMeetings).toBe(0);
    expect(await readFile(path.join(root, "_site/meetings/2017-09-07-cype/returner-interviews/index.html"), "utf8")).toContain("73.3");
  });

  it("renders everything again when a template changes", async () => {
    await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_site" });
    const layout = path.join(root, "layouts/components/errata/macro.njk");
    await writeFile(layout, `${await readFile(layout, "utf8")}\n`);
    const built = await buildBothWays();
    expect(built.reusedMeetings).toBe(0);
    expect(built.rendered).toBe(built.pages);
  });
});
