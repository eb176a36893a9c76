/**
 * A build killed part-way never loses the last good site.
 *
 * `npm run build` builds into a `._site-build-*` folder beside `_site/` and swaps it in only at the end
 * (src/pipeline/buildSite.ts). Here the real command is killed with SIGKILL, which no code can catch or clean up
 * after: once while Eleventy is starting, once after it has begun writing pages. `_site/` must be byte for byte
 * what it was. (A build that fails on bad content leaves `_site/` as it was too: test/scripts/build.command.test.ts.)
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashFiles, listFiles, projectWith } from "./helpers";

/** The last good site: a few files, one of them nested, none of them what a build would write, and a build's manifest (a build replaces only a folder it made). */
const LAST_GOOD = {
  ".scorecards-build.json": '{ "meetings": {}, "search": {} }\n',
  "index.html": "<!DOCTYPE html><title>last good build</title>",
  "marker.txt": "written by the test, not by any build\n",
  "meetings/2017-09-07-cype/index.html": "<!DOCTYPE html><title>last good meeting</title>",
};

describe("a build killed part-way", () => {
  let root: string;
  beforeAll(async () => {
    root = await projectWith();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function writeLastGood(): Promise<Map<string, string>> {
    const site = path.join(root, "_site");
    await rm(site, { recursive: true, force: true });
    for (const [file, content] of Object.entries(LAST_GOOD)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), content);
    }
    return hashFiles(site);
  }

  /** Staging folders in the project, including any a killed build left behind. */
  async function stagingFolders(): Promise<string[]> {
    return (await readdir(root)).filter((name) => name.startsWith("._site-build-") && !name.endsWith("-previous"));
  }

  /** This build's staging folder, once it exists, with how many files it holds; `stale` ones are earlier builds'. */
  async function staging(stale: readonly string[]): Promise<{ dir: string; files: number } | undefined> {
    const entry = (await stagingFolders()).find((name) => !stale.includes(name));
    if (!entry) return undefined;
    const files = await listFiles(path.join(root, entry)).catch(() => []);
    return { dir: entry, files: files.length };
  }

  /**
   * Starts `tsx scripts/build.ts` in its own process group, waits until `ready` says the moment has come,
   * and kills the whole group (tsx, the node process it starts, and any helper they started) with SIGKILL.
   */
  async function killBuildWhen(ready: (found: { files: number }) => boolean): Promise<{ killedWith: { files: number }; signal: NodeJS.Signals | null }> {
    // A killed build cannot clean up, so earlier tests leave their staging folders behind.
    const stale = await stagingFolders();
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
      cwd: root,
      detached: true,
      stdio: "ignore",
      env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );
    const deadline = Date.now() + 90_000;
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`the build finished (exit ${child.exitCode}) before it could be killed part-way`);
        if (Date.now() > deadline) throw new Error("the build never reached the point to kill it at");
        const found = await staging(stale);
        if (found && ready(found)) {
          process.kill(-child.pid!, "SIGKILL");
          const { signal } = await exited;
          return { killedWith: found, signal };
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    } finally {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
    }
  }

  it("while Eleventy is starting: _site/ is exactly the previous content", async () => {
    const before = await writeLastGood();
    const { signal } = await killBuildWhen(() => true);
    expect(signal).toBe("SIGKILL");
    expect(await hashFiles(path.join(root, "_site"))).toEqual(before);
  });

  it("after Eleventy has begun writing pages: _site/ is exactly the previous content", async () => {
    const before = await writeLastGood();
    const { killedWith, signal } = await killBuildWhen((found) => found.files > 0);
    expect(signal).toBe("SIGKILL");
    // The kill really was part-way: the new site was being written, beside the old one.
    expect(killedWith.files).toBeGreaterThan(0);
    expect(await hashFiles(path.join(root, "_site"))).toEqual(before);
  });

  it("and the next build, run normally, replaces it with a whole site", async () => {
    await writeLastGood();
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const files = await listFiles(path.join(root, "_site"));
    expect(files).not.toContain("marker.txt");
    expect(files).toContain("meetings/2017-09-07-cype/average-caseload/index.html");
  });
});
