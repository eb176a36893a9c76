/**
 * `npx @11ty/eleventy` goes through .eleventy.js to the same prepare step and configuration as `npm run build`, so
 * both give the same site (the build script adds its manifest, the cache and the atomic swap) and both refuse bad content.
 */
import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/pipeline/listFiles";
import { BUILD_MANIFEST } from "../../src/pipeline/pageReuse";
import { copyProject, runScript } from "../helpers/project";

const run = promisify(execFile);

async function eleventyCli(root: string, output: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(path.join(root, "node_modules/.bin/eleventy"), ["--output", output, "--quiet"], { cwd: root });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe("npx @11ty/eleventy", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("builds the same pages, downloads and search index as npm run build", async () => {
    expect((await eleventyCli(root, "by-eleventy")).code).toBe(0);
    expect((await runScript(root, "build", ["--fresh", "--output", "by-script"])).code).toBe(0);
    const byScript = (await listFiles(path.join(root, "by-script"))).filter((file) => file !== BUILD_MANIFEST);
    expect(await listFiles(path.join(root, "by-eleventy"))).toEqual(byScript);
    expect(byScript).toContain("meetings/2017-09-07-cype/index.html");
    expect(byScript.some((file) => file.startsWith("pagefind/"))).toBe(true);
    for (const file of byScript) {
      const [a, b] = await Promise.all([readFile(path.join(root, "by-eleventy", file)), readFile(path.join(root, "by-script", file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it("refuses bad content with the file, line and field, as npm run build does", async () => {
    const file = path.join(root, "content/meetings/2017-09-07-cype/02-average-caseload.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("result: 23.4", "result: twenty-three"));
    const result = await eleventyCli(root, "broken");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/02-average-caseload\.md:\d+:\d+ trend\[1\]\.result: found "twenty-three", expected a number/);
  });
});
