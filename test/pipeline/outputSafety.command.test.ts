/**
 * What a build may write over, and how builds of one folder keep out of each other's way: the output folder is never
 * the project or one of its folders, never a folder of someone else's files, a link to a web root is followed, two
 * builds at once never leave a gutted site, and leftovers that cannot be deleted do not stop the next build.
 */
import { execFileSync, spawn } from "node:child_process";
import { cp, lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildLocked, lockFileOf, takeBuildLock } from "../../src/pipeline/buildLock";
import { listFiles } from "../../src/pipeline/listFiles";
import { BUILD_MANIFEST } from "../../src/pipeline/pageReuse";
import { hashFiles } from "../hostile/helpers";
import { copyProject, projectRoot, runScript } from "../helpers/project";

let root: string;
let complete: string[];
const build = (args: string[] = []) => runScript(root, "build", args);
/** Every page and download of a site; the search index's fragments are named by their content, so they are counted apart. */
const siteFiles = async (site: string) => {
  const files = await listFiles(site);
  const index = files.filter((file) => file.startsWith("pagefind/"));
  expect(index).toContain("pagefind/pagefind-entry.json");
  return files.filter((file) => !file.startsWith("pagefind/"));
};

beforeAll(async () => {
  root = await copyProject();
  await cp(path.join(projectRoot, "docs"), path.join(root, "docs"), { recursive: true });
  const first = await build(["--fresh"]);
  expect(first.code, first.stderr).toBe(0);
  complete = await siteFiles(path.join(root, "_site"));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the output folder", () => {
  it.each([
    ["docs", "is the project's docs/ folder"],
    [".", "is the project folder itself"],
    ["..", "holds the project folder"],
    ["content/meetings", "lies inside the project's content/ folder"],
    ["src", "is the project's src/ folder"],
    ["package.json", "is the project's package.json file"],
  ])("--output %s is refused, and nothing is changed", async (output, why) => {
    const before = await hashFiles(path.join(root, "docs"));
    const result = await build(["--output", output]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`The site cannot be built into ${output}: it ${why.replace(/^it /, "")}`);
    expect(result.stderr).toContain("nothing was built and nothing was changed");
    expect(await hashFiles(path.join(root, "docs"))).toEqual(before);
    expect((await lstat(path.join(root, "package.json"))).isFile()).toBe(true);
    expect((await listFiles(path.join(root, "content"))).length).toBeGreaterThan(8);
  });

  it("refuses a folder that holds files this tool did not build, and builds into a new or empty one", async () => {
    const theirs = await mkdtemp(path.join(tmpdir(), "someone-elses-"));
    await writeFile(path.join(theirs, "thesis.docx"), "years of work");
    const refused = await build(["--output", theirs]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("it already holds 1 entry (thesis.docx) that this tool did not build");
    expect(await readFile(path.join(theirs, "thesis.docx"), "utf8")).toBe("years of work");
    const empty = await mkdtemp(path.join(tmpdir(), "empty-output-"));
    const fresh = path.join(empty, "site");
    expect((await build(["--output", empty])).code).toBe(0);
    expect((await build(["--output", fresh])).code).toBe(0);
    // A folder it built before is its own to replace.
    expect((await build(["--output", fresh])).code).toBe(0);
    expect(await listFiles(fresh)).toContain(BUILD_MANIFEST);
    await Promise.all([theirs, empty].map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it("follows a link to the web root, so the folder the server reads is the one replaced", async () => {
    const webroot = await mkdtemp(path.join(tmpdir(), "webroot-"));
    const served = path.join(webroot, "html");
    expect((await build(["--output", served])).code).toBe(0);
    const link = path.join(root, "linked-site");
    await symlink(served, link);
    await writeFile(
      path.join(root, "data/glossary.json"),
      (await readFile(path.join(root, "data/glossary.json"), "utf8")).replace('"Children in Care"', '"Children in Care (linked)"'),
    );
    const result = await build(["--output", "linked-site"]);
    expect(result.code, result.stderr).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(served);
    expect(await readFile(path.join(served, "glossary/index.html"), "utf8")).toContain("Children in Care (linked)");
    await rm(link);
    await rm(webroot, { recursive: true, force: true });
  });
});

describe("two builds at once", () => {
  it("the second is told another build is running, with its pid, and a lock left by a killed build is taken over", async () => {
    const output = path.join(root, "_site");
    const release = await takeBuildLock(output);
    try {
      await expect(takeBuildLock(output)).rejects.toThrow(BuildLocked);
      await expect(takeBuildLock(output)).rejects.toThrow(`Another build of _site/ is running (pid ${process.pid}, started `);
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Another build of _site/ is running (pid ${process.pid}`);
    } finally {
      await release();
    }
    // A build killed while it held the lock: a process that has ended.
    const dead = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }));
    await writeFile(lockFileOf(output), JSON.stringify({ pid: dead, host: (await import("node:os")).hostname(), started: "2026-01-01T00:00:00.000Z" }));
    const after = await build();
    expect(after.code, after.stderr).toBe(0);
    await expect(lstat(lockFileOf(output))).rejects.toThrow();
  });

  it("never leaves the live site anything but a complete build, however many start together", { timeout: 180_000 }, async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round++) {
      // Each round changes the content, so every build has a new site to swap in.
      const glossary = path.join(root, "data/glossary.json");
      await writeFile(glossary, (await readFile(glossary, "utf8")).replace(/Children in Care[^"]*/, `Children in Care ${round}`));
      const runs = await Promise.all(
        [0, 1, 2].map(
          (n) =>
            new Promise<{ code: number; output: string }>((resolve) => {
              // Started a fraction of a second apart, as two clerks' saves or a save and a CI job would be.
              setTimeout(
                () => {
                  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
                    cwd: root,
                    env: { ...process.env, GITHUB_ACTIONS: "" },
                  });
                  let output = "";
                  child.stdout.on("data", (chunk) => (output += chunk));
                  child.stderr.on("data", (chunk) => (output += chunk));
                  child.on("close", (code) => resolve({ code: code ?? -1, output }));
                },
                n * 150 * (round % 3),
              );
            }),
        ),
      );
      for (const run of runs) {
        const built = run.code === 0 && /Built \d+ pages/.test(run.output);
        const locked = run.code === 1 && /Another build of _site\/ is running \(pid \d+, started /.test(run.output);
        expect(built || locked, run.output).toBe(true);
        outcomes.push(built ? "built" : "locked");
      }
      expect(runs.some((run) => run.code === 0)).toBe(true);
      expect(await siteFiles(path.join(root, "_site"))).toEqual(complete);
      expect(await readFile(path.join(root, "_site/glossary/index.html"), "utf8")).toContain(`Children in Care ${round}`);
    }
    expect(outcomes.length).toBe(18);
  });
});

describe("leftovers of earlier builds", () => {
  it("one that cannot be deleted is reported with what to do, and the build goes on", async () => {
    const leftover = path.join(root, ".\u005fsite-build-999999-stuck");
    await mkdir(leftover, { recursive: true });
    await writeFile(path.join(leftover, "index.html"), "a half-written page");
    const root0 = process.getuid?.() === 0;
    // Root can delete read-only files, so for root the file is made immutable; anyone else, a read-only folder will do.
    if (root0) execFileSync("chattr", ["+i", path.join(leftover, "index.html")]);
    else execFileSync("chmod", ["0555", leftover]);
    try {
      const result = await build();
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`Warning: ${leftover} is left from an earlier build and could not be deleted (`);
      expect(result.stderr).toContain("delete it by hand");
      expect(await siteFiles(path.join(root, "_site"))).toEqual(complete);
    } finally {
      if (root0) execFileSync("chattr", ["-i", path.join(leftover, "index.html")]);
      else execFileSync("chmod", ["0755", leftover]);
      await rm(leftover, { recursive: true, force: true });
    }
  });
});
