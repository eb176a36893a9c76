/**
 * The benchmark's synthetic archive is only a fair yardstick if it is a real archive: every meeting passes the same
 * checks as a council's own, is recorded as published, and comes out the same on every run.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../../src/pipeline/listFiles";
import { loadScorecards } from "../../../src/pipeline/loadScorecards";
import { copyProject } from "../../../test/helpers/project";
import { writeBareSite } from "../bareSite";
import { generateArchive } from "../generateArchive";

const SIZE = { meetings: 3, indicators: 4 };
let roots: string[] = [];
beforeAll(async () => {
  roots = [await copyProject(), await copyProject()];
});
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

describe("generateArchive", () => {
  it("writes meetings that pass every check, published and each with every indicator", async () => {
    const [root] = roots;
    const generated = await generateArchive(root!, SIZE);
    expect(generated.folders).toHaveLength(3);
    expect(generated.files).toBe(3 * (SIZE.indicators + 1));
    const scorecards = await loadScorecards(root!);
    const synthetic = scorecards.meetings.filter((meeting) => generated.folders.includes(meeting.slug));
    expect(synthetic).toHaveLength(3);
    for (const meeting of synthetic) {
      expect(meeting.status).toBe("published");
      expect(meeting.indicators).toHaveLength(SIZE.indicators);
    }
    const lock = JSON.parse(await readFile(path.join(root!, "content/published.lock.json"), "utf8")) as Record<string, { published?: unknown }>;
    for (const folder of generated.folders) expect(lock[folder]?.published).toBeDefined();
    expect(scorecards.warnings).toEqual([]);
  });

  it("writes the same files on every run", async () => {
    const [first, second] = roots;
    await generateArchive(second!, SIZE);
    const meetings = (root: string) => path.join(root, "content/meetings");
    const files = await listFiles(meetings(first!));
    expect(await listFiles(meetings(second!))).toEqual(files);
    for (const file of files)
      expect(await readFile(path.join(meetings(second!), file), "utf8")).toBe(await readFile(path.join(meetings(first!), file), "utf8"));
  });
});

describe("writeBareSite", () => {
  it("writes the asked-for number of one-table pages", async () => {
    const root = path.join(roots[0]!, "bare");
    await writeBareSite(root, 5);
    const pages = (await listFiles(root)).filter((file) => file.endsWith(".md"));
    expect(pages).toHaveLength(5);
    expect(await readFile(path.join(root, pages[0]!), "utf8")).toContain("|");
  });
});
