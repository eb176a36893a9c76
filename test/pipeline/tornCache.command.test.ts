/**
 * A cache file torn by a full disk or a crash (here: cut to half its length) is never used: the next build compiles
 * or rates again and publishes exactly what a clean build does.
 */
import { readdir, readFile, rm, stat, truncate } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project";

let root: string;
let cleanCss: string;
let cleanPage: string;
const CACHE = ".cache/committee-scorecards";
const PAGE = "_site/meetings/2017-09-07-cype/average-caseload/index.html";

async function halve(file: string): Promise<void> {
  await truncate(file, Math.floor((await stat(file)).size / 2));
}

beforeAll(async () => {
  root = await copyProject();
  const first = await runScript(root, "build");
  expect(first.code, first.stderr).toBe(0);
  cleanCss = await readFile(path.join(root, "_site/assets/site.css"), "utf8");
  cleanPage = await readFile(path.join(root, PAGE), "utf8");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a torn cache file", () => {
  it("of the stylesheet: compiled again, and the whole stylesheet published", async () => {
    const [css] = (await readdir(path.join(root, CACHE))).filter((name) => /^site-.*\.css$/.test(name));
    await halve(path.join(root, CACHE, css!));
    const result = await runScript(root, "build");
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(path.join(root, "_site/assets/site.css"), "utf8")).toBe(cleanCss);
  });

  it("of a meeting: read and rated again, and the same pages published", async () => {
    const dir = (await readdir(path.join(root, CACHE))).find((name) => name.startsWith("meetings-"))!;
    const [meeting] = await readdir(path.join(root, CACHE, dir));
    await halve(path.join(root, CACHE, dir, meeting!));
    const again = await runScript(root, "build");
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(path.join(root, PAGE), "utf8")).toBe(cleanPage);
  });
});
