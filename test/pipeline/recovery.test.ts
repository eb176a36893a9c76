import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { copyProject } from "../helpers/project";

let root: string;
beforeAll(async () => {
  root = await copyProject();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a build after one that was killed", () => {
  it("puts the last good site back when the kill came between the two renames, and removes half-built folders", async () => {
    // As a kill leaves it: _site already moved aside, the new site not yet moved in.
    await mkdir(path.join(root, "._site-build-AbC123-previous"), { recursive: true });
    await writeFile(path.join(root, "._site-build-AbC123-previous", "index.html"), "last good build");
    await mkdir(path.join(root, "._site-build-AbC123"), { recursive: true });
    await writeFile(path.join(root, "._site-build-AbC123", "half.html"), "half");
    // The next build fails on bad content, so what is left must be the last good site.
    const file = path.join(root, "content/meetings/2017-09-07-cype/02-average-caseload.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("result: 23.4", "result: twenty-three"));

    await expect(buildSite({ projectRoot: root, outputDir: "_site" })).rejects.toThrow(/trend\[1\]\.result: found "twenty-three", expected a number/);
    expect(await readFile(path.join(root, "_site", "index.html"), "utf8")).toBe("last good build");
    expect((await readdir(root)).filter((name) => name.startsWith("._site-build-"))).toEqual([]);
  });
});
