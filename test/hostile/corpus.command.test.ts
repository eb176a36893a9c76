/**
 * Hostile and broken input: nothing a content file contains breaks the site, injects script or slips through unnoticed.
 *
 * The corpus lives in test/fixtures/hostile/, each case laid over test/fixtures/base/hostile/. Every folder but `inert`
 * is a project whose content has one fault, and fails the content check with one problem naming the file, line,
 * column and field, in words a clerk can act on: those cases are listed by family in corpus.*Cases.ts and run by
 * corpus.frontMatter.test.ts, corpus.values.test.ts and corpus.encodings.test.ts. `inert` is one meeting whose every
 * file is legitimate but dangerous: corpus.inert.test.ts builds it. This file checks that every fixture folder has its
 * case, a few cases further, and two more failing cases made here because they are too big to commit (a 10 MB file,
 * 100,000 levels of nesting). See docs/hostile-input.md for the decision behind each case.
 */
import { readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Problem } from "../../src/content/problems";
import { unchangedFiles } from "../helpers/overlay";
import { runScript } from "../helpers/project";
import { encodingCases } from "./corpus.encodingCases";
import { frontMatterCases } from "./corpus.frontMatterCases";
import { valueCases } from "./corpus.valueCases";
import { CASELOAD, caseProject, filePath, MEETING, problemsOf } from "./failing";
import { FOLDER, HOSTILE, HOSTILE_BASE, projectWith } from "./helpers";

const failing = [...frontMatterCases, ...valueCases, ...encodingCases];

describe("hostile and broken content files fail with one clear problem at their file and line", () => {
  it("has a case for every fixture folder, and at least 40 of them", () => {
    const folders = readdirSync(HOSTILE)
      .filter((name) => !name.startsWith("."))
      .sort();
    expect(folders).toEqual([...failing.map((c) => c.name), "inert"].sort());
    expect(failing.length).toBeGreaterThanOrEqual(40);
  });

  it("every case holds only the files its fault changes, laid over the base", async () => {
    const cases = readdirSync(HOSTILE).filter((name) => !name.startsWith("."));
    for (const name of cases) expect(await unchangedFiles(HOSTILE_BASE, path.join(HOSTILE, name)), name).toEqual([]);
  });

  it("yaml-proto-key leaves Object.prototype as it was", async () => {
    await problemsOf(await caseProject("yaml-proto-key"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("the alias bomb fails fast through the real command too, naming file, line and column", async () => {
    const root = await projectWith(path.join(HOSTILE, "yaml-alias-bomb"));
    try {
      const started = performance.now();
      const result = await runScript(root, "check");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${filePath(CASELOAD)}:5:8 the front matter repeats values through YAML aliases`);
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("inputs too big to commit, made at test time", () => {
  let root: string;
  const dir = () => path.join(root, "content/meetings", FOLDER);
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "scorecards-hostile-"));
    await mkdir(dir(), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  async function withIndicator(text: string): Promise<Problem[]> {
    await rm(dir(), { recursive: true, force: true });
    await mkdir(dir(), { recursive: true });
    await writeFile(path.join(dir(), MEETING), await readFile(path.join(HOSTILE_BASE, "content/meetings", FOLDER, MEETING)));
    await writeFile(path.join(dir(), CASELOAD), text);
    return problemsOf(root);
  }
  const caseload = () =>
    readFile(path.join(HOSTILE, "negative-count/content/meetings", FOLDER, "01-unallocated-cases.md"), "utf8").then((text) =>
      text.replace("result: -3,", "result: 73,"),
    );

  it("ten-megabyte-file: a 10 MB indicator file is refused by its size, before it is parsed", async () => {
    const valid = await caseload();
    const started = performance.now();
    const problems = await withIndicator(valid + "Padding the commentary. ".repeat(Math.ceil((10 * 1024 * 1024) / 24)));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: filePath(CASELOAD), line: 1, column: 1, field: "" });
    expect(problems[0]!.message).toMatch(/^the file is 10(\.\d)? MB, more than the 1 MB a content file may be$/);
    expect(problems[0]!.hint).toMatch(/a few kilobytes/);
  });

  it("nesting-100000-deep: 100,000 nested lists exhaust the parser's stack, and that is reported, not thrown", async () => {
    const valid = await caseload();
    const started = performance.now();
    const problems = await withIndicator(valid.replace("dataSource: Liberi", `dataSource: ${"[".repeat(100_000)}${"]".repeat(100_000)}`));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: filePath(CASELOAD), line: 20, field: "" });
    expect(problems[0]!.message).toMatch(/^the front matter is nested (too deeply to read|more than 16 levels deep)$/);
  });
});
