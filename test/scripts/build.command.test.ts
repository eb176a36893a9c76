import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project";

const CASELOAD = "content/meetings/2017-09-07-cype/02-average-caseload.md";
const build = (root: string) => runScript(root, "build");

describe("npm run build on broken content", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("exits non-zero naming the file and line, and leaves the last good site untouched", async () => {
    await mkdir(path.join(root, "_site"));
    await writeFile(path.join(root, "_site/index.html"), "last good build");
    // A build replaces only a folder it made, which its manifest marks.
    await writeFile(path.join(root, "_site/.scorecards-build.json"), '{ "meetings": {}, "search": {} }\n');
    const file = path.join(root, CASELOAD);
    const original = await readFile(file, "utf8");
    expect(original).toContain("result: 23.4");
    await writeFile(file, original.replace("result: 23.4", "result: twenty-three"));
    const line = original.split("\n").findIndex((text) => text.includes("result: 23.4")) + 1;

    const result = await build(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${CASELOAD}:${line}:`);
    expect(result.stderr).toContain('trend[1].result: found "twenty-three", expected a number');
    expect(await readFile(path.join(root, "_site/index.html"), "utf8")).toBe("last good build");
  });

  it("reports every problem in every file at once", async () => {
    const other = path.join(root, "content/meetings/2017-09-07-cype/05-unallocated-cases.md");
    await writeFile(other, (await readFile(other, "utf8")).replace("polarity: lower-is-better", "polarity: down"));
    const result = await build(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(CASELOAD);
    expect(result.stderr).toContain("05-unallocated-cases.md");
    // Editing a published meeting without an erratum is a problem of its own, reported with the others.
    expect(result.stderr).toContain(
      "content/meetings/2017-09-07-cype/05-unallocated-cases.md:1:1 this file has changed since it was published, and no erratum says why (what changed is named once the file can be read)",
    );
    expect(result.stderr).toContain("4 problems in 2 files.");
  });
});

describe("npm run build with a mistyped option", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("names the option and the ones there are, exits 2 and builds nothing", async () => {
    const result = await runScript(root, "build", ["--timing"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--timing'");
    expect(result.stderr).toContain("[--fresh] [--timings]");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await expect(readFile(path.join(root, "_site/index.html"), "utf8")).rejects.toThrow(/ENOENT/);
  });
});

describe("npm run build and data/", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("refuses a glossary check would have refused, with its line, not a stack trace from Eleventy", async () => {
    const file = path.join(root, "data/glossary.json");
    const original = await readFile(file, "utf8");
    await writeFile(file, original.replace(/\}\s*\]\s*\}\s*$/, "},\n  ]\n}\n"));
    for (const script of ["check", "build"]) {
      const result = await runScript(root, script);
      expect(result.code, script).toBe(1);
      expect(result.stderr).toMatch(/data\/glossary\.json:\d+:\d+ the file is not valid JSON: a comma is followed by \]/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    await writeFile(file, original);
  });

  it("prints the council's name as text on every page, & and all", async () => {
    const file = path.join(root, "data/site.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"council": "Kent County Council"', '"council": "Kent & Medway \\"Joint\\" Council"'));
    const result = await runScript(root, "build");
    expect(result.code, result.stderr).toBe(0);
    const home = await readFile(path.join(root, "_site/index.html"), "utf8");
    expect(home).toMatch(/class="govuk-generic-header__homepage-link">\s*Kent &amp; Medway &quot;Joint&quot; Council<span class="council-header__service">/);
  });
});
