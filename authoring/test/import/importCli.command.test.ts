/**
 * `npm run import` as a clerk runs it, in a child process against temporary folders: it writes the whole folder or
 * nothing, never overwrites without --force, and exits non-zero on any problem.
 */
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUp, FIXTURES, readFolder, runCli, SAMPLE, SEED, tempDir, tempProject } from "./helpers";

afterAll(cleanUp);

const FOLDER = "2017-09-07-cype";
const seed = readFileSync(SEED, "utf8");

/** A paper made from the seed with one passage replaced, saved in a temp folder. */
async function paperWith(from: string, to: string): Promise<string> {
  expect(seed).toContain(from);
  const file = path.join(await tempDir(), "paper.txt");
  await writeFile(file, seed.replace(from, to));
  return file;
}

describe("npm run import -- <paper.txt> --out <folder>: what it writes", () => {
  it("writes the seed's meeting folder, byte for byte the committed sample, and nothing else", async () => {
    const parent = await tempDir();
    const out = path.join(parent, "meetings");
    const run = await runCli("import", [SEED, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${FOLDER}/:`);
    expect(await readFolder(path.join(out, FOLDER))).toEqual(await readFolder(SAMPLE));
    expect(await readdir(out)).toEqual([FOLDER]);
    expect(await readdir(parent)).toEqual(["meetings"]);
  });

  it("refuses to overwrite an existing folder without --force, and replaces it with --force", async () => {
    const out = path.join(await tempDir(), "meetings");
    expect((await runCli("import", [SEED, "--out", out])).code).toBe(0);
    const edited = path.join(out, FOLDER, "02-average-caseload.md");
    await writeFile(edited, "a clerk's edit\n");

    const refused = await runCli("import", [SEED, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("already exists. Nothing was written. To replace it, run the command again with --force.");
    expect(await readFile(edited, "utf8")).toBe("a clerk's edit\n");

    const forced = await runCli("import", [SEED, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(await readFolder(path.join(out, FOLDER))).toEqual(await readFolder(SAMPLE));
    expect(await readdir(path.dirname(out))).toEqual(["meetings"]);
  });

  it("into a project that has not published it yet, says publish-meeting comes next", async () => {
    const root = await tempDir();
    await mkdir(path.join(root, "content", "meetings"), { recursive: true });
    const run = await runCli("import", [SEED], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Next: read them over, then record the meeting as published: npm run publish-meeting -- content/meetings/${FOLDER}`);
    expect(await readFolder(path.join(root, "content", "meetings", FOLDER))).toEqual(await readFolder(SAMPLE));
  });

  it("an indicator without an id on record gets one from its title, with a note saying how to fix it", async () => {
    const paper = await paperWith("Number of unallocated cases", "Number of cases not allocated to a social worker");
    const out = path.join(await tempDir(), "meetings");
    const run = await runCli("import", [paper, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'paper.txt:169: no id on record for "Number of cases not allocated to a social worker", so it is "cases-not-allocated-social-worker"',
    );
    expect(run.stderr).toContain("authoring/import/indicatorIds.ts");
    expect(await readdir(path.join(out, FOLDER))).toContain("05-cases-not-allocated-social-worker.md");
  });

  it("an indicator id is kept from an earlier meeting of the same title", async () => {
    const out = path.join(await tempDir(), "meetings");
    const retitled = await paperWith("Number of unallocated cases", "Number of cases not allocated to a social worker");
    expect((await runCli("import", [retitled, "--out", out])).code).toBe(0);
    // The clerk chose a better id for September by hand; October's paper keeps it.
    const september = path.join(out, FOLDER);
    const file = path.join(september, "05-cases-not-allocated-social-worker.md");
    await writeFile(
      path.join(september, "05-unallocated.md"),
      (await readFile(file, "utf8")).replace("id: cases-not-allocated-social-worker", "id: unallocated"),
    );
    await rm(file);
    const october = await paperWith("Number of unallocated cases", "Number of cases not allocated to a social worker");
    await writeFile(october, (await readFile(october, "utf8")).replace("THURSDAY, 7\nSEPTEMBER 2017", "THURSDAY, 5\nOCTOBER 2017"));
    const run = await runCli("import", [october, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await readdir(path.join(out, "2017-10-05-cype"))).toContain("05-unallocated.md");
  });
});

describe("npm run import -- <paper.txt> --out <folder>: what it refuses, writing nothing", () => {
  it.each([
    ["garbled-cell.txt", 144],
    ["truncated.txt", 251],
    ["garbled-missing-rag-row.txt", 82],
    ["unreadable-bandings.txt", 193],
  ])("%s: exits 1 naming line %i, and writes nothing", async (name, line) => {
    const parent = await tempDir();
    const out = path.join(parent, "meetings");
    const run = await runCli("import", [path.join(FIXTURES, name), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${name}:${line}: `));
    expect(run.stderr).toContain("Nothing was written.");
    expect(run.stdout).toBe("");
    expect(await readdir(parent)).toEqual([]);
  });

  it("names the file as the clerk typed it", async () => {
    const run = await runCli("import", ["authoring/test/fixtures/import/truncated.txt", "--out", path.join(await tempDir(), "meetings")]);
    expect(run.stderr.split("\n")[0]).toBe(
      'authoring/test/fixtures/import/truncated.txt:251: expected a "RAG Rating" row after the "Target" row (line 250), but the paper ends there',
    );
  });

  it("a paper that reads but fails the content checks leaves no folder and no staging folder behind", async () => {
    const paper = await paperWith("KCC Result\t68.6%", "KCC Result\t168.6%");
    const parent = await tempDir();
    const out = path.join(parent, "meetings");
    const run = await runCli("import", [paper, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("would not pass the content checks");
    expect(run.stderr).toContain("found 168.6, but a percentage cannot be over 100");
    expect(await readdir(parent)).toEqual([]);
  });

  it("a failed --force leaves the existing folder exactly as it was", async () => {
    const out = path.join(await tempDir(), "meetings");
    expect((await runCli("import", [SEED, "--out", out])).code).toBe(0);
    const before = await readFolder(path.join(out, FOLDER));
    const paper = await paperWith("KCC Result\t68.6%", "KCC Result\t168.6%");
    const run = await runCli("import", [paper, "--out", out, "--force"]);
    expect(run.code).toBe(1);
    expect(await readFolder(path.join(out, FOLDER))).toEqual(before);
    expect(await readdir(path.dirname(out))).toEqual(["meetings"]);
  });

  it("will not change the files of a meeting the project's lock records as published", async () => {
    const root = await tempProject({ [FOLDER]: SAMPLE }, { lock: true });
    const meetings = path.join(root, "content", "meetings");
    const same = await runCli("import", [SEED, "--out", meetings, "--force"]);
    expect(same.code).toBe(0);
    expect(same.stdout).not.toContain("publish-meeting");

    const paper = await paperWith("Data Source: Liberi and Area Staffing Spreadsheets", "Data Source: Liberi");
    const changed = await runCli("import", [paper, "--out", meetings, "--force"]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("is a published meeting (recorded in content/published.lock.json), and this would change its files. Nothing was written.");
    expect(await readFolder(path.join(meetings, FOLDER))).toEqual(await readFolder(SAMPLE));
  });

  it("refuses unknown options and a missing paper with the usage line", async () => {
    const unknown = await runCli("import", [SEED, "--overwrite"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --overwrite");
    expect(unknown.stderr).toContain("usage: npm run import -- <paper.txt>");
    expect((await runCli("import", [])).code).toBe(2);
    const missing = await runCli("import", ["no-such-paper.txt", "--out", path.join(await tempDir(), "m")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read no-such-paper.txt: there is no such file");
  });
});
