/**
 * The caches hash explicit lists of what the site's output depends on (src/pipeline/sources.ts). These tests follow
 * the real imports, so a new dependency outside a list fails here instead of serving stale meetings or pages; and they
 * edit the clerk's and the developer's tools in a copy of the project to show that doing so throws nothing away.
 */
import { existsSync } from "node:fs";
import { appendFile, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { codeVersion } from "../../src/pipeline/meetingCache";
import { pageVersion } from "../../src/pipeline/pageReuse";
import { DATA_STEP_SOURCES, PAGE_SOURCES } from "../../src/pipeline/sources";
import { importsOf } from "../helpers/imports";
import { copyProject, projectRoot } from "../helpers/project";

/** Every project file reached from the entry files by relative imports (type imports too), as project paths. */
function importClosure(...entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((entry) => path.join(projectRoot, entry));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...importsOf(file));
  }
  return [...seen].map((file) => path.relative(projectRoot, file).split(path.sep).join("/")).sort();
}

const covered = (file: string, sources: readonly string[]) => sources.some((source) => file === source || file.startsWith(`${source}/`));

describe("what the caches hash", () => {
  it("the meeting cache covers every file the data step imports", () => {
    const closure = importClosure("src/pipeline/loadScorecards.ts");
    expect(closure).toContain("src/scorecard/prepareScorecards.ts");
    expect(closure.filter((file) => !covered(file, DATA_STEP_SOURCES))).toEqual([]);
  });

  it("the page version covers every file a build imports, and a build imports nothing of the clerk's or developer's tools", () => {
    const closure = importClosure("src/pipeline/buildSite.ts", ".eleventy.js");
    expect(closure).toContain("src/eleventy/config.ts");
    expect(closure.filter((file) => !covered(file, PAGE_SOURCES))).toEqual([]);
    expect(closure.filter((file) => /^(authoring|tools|scripts)\//.test(file))).toEqual([]);
  });

  it("the check would notice a file outside the list", () => {
    expect(covered("src/pipeline/buildSite.ts", DATA_STEP_SOURCES)).toBe(false);
    expect(covered("authoring/import/parsePaper.ts", PAGE_SOURCES)).toBe(false);
    expect(covered("src/scorecard/model.ts", DATA_STEP_SOURCES)).toBe(true);
  });
});

describe("editing the clerk's or the developer's tools", () => {
  // The copy is both the content project and the tool, as it is for the commands run in it.
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("keeps every cached meeting and every reused page", async () => {
    const first = await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_site" });
    expect(first.reusedMeetings).toBe(0);
    const before = { code: await codeVersion(root, root), pages: await pageVersion(root, "/", root) };
    for (const file of ["tools/a11y-gate/config.ts", "tools/bench/generateArchive.ts", "authoring/import/importPaper.ts", "authoring/newMeeting.ts"]) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
      await appendFile(path.join(root, file), "\n// edited by a test\n");
    }
    expect({ code: await codeVersion(root, root), pages: await pageVersion(root, "/", root) }).toEqual(before);
    const second = await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_site" });
    expect(second.reusedMeetings).toBe(1);
    // The meeting's page, its page for print, its seven indicator pages and the seven histories' pages are carried over.
    expect(second.rendered).toBe(first.pages - 9 - 7);
  });

  it("while editing the data step's code starts the meeting cache afresh, and a template renders every page again", async () => {
    const code = await codeVersion(root, root);
    await appendFile(path.join(root, "src/domain/periods.ts"), "\n// edited by a test\n");
    expect(await codeVersion(root, root)).not.toBe(code);
    const pages = await pageVersion(root, "/", root);
    await appendFile(path.join(root, "layouts/base.njk"), "\n");
    expect(await pageVersion(root, "/", root)).not.toBe(pages);
    expect((await buildSite({ projectRoot: root, toolRoot: root, outputDir: "_site" })).reusedMeetings).toBe(0);
  });
  it("the page version of a project elsewhere reads its data/ from the project and everything else from the tool", async () => {
    const project = await mkdtemp(path.join(tmpdir(), "scorecards-pages-"));
    try {
      await cp(path.join(root, "data"), path.join(project, "data"), { recursive: true });
      const sample = await pageVersion(root, "/", root);
      expect(await pageVersion(project, "/", root)).toBe(sample);
      await writeFile(path.join(project, "data/glossary.json"), "{}\n");
      expect(await pageVersion(project, "/", root)).not.toBe(sample);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
