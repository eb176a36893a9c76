/**
 * A plain clone has no folder beside it: nothing the project runs or tests may reach outside its own tree
 * for the seed papers, and the reference paper it imports is the committed copy.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/pipeline/listFiles";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The sibling folder the seeds came from, written in two parts so this file does not name it whole. */
const OUTSIDE = ["..", "shared"].join("/");
const CODE = /\.(?:[cm]?[jt]s|njk|json|scss|yml)$/;

describe("the project stands alone", () => {
  it("no code, template, setting or test names the folder beside the project", async () => {
    const files: string[] = [];
    for (const folder of ["src", "scripts", "test", "layouts", "pages", "styles", "data", ".github", ".ci"]) {
      files.push(...(await listFiles(path.join(ROOT, folder))).map((file) => path.join(folder, file)));
    }
    files.push("package.json", ".eleventy.js", "vitest.config.ts", "tsconfig.json");
    const naming: string[] = [];
    for (const file of files.filter((name) => CODE.test(name) || name.startsWith(".ci"))) {
      if ((await readFile(path.join(ROOT, file), "utf8")).includes(OUTSIDE)) naming.push(file);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(naming).toEqual([]);
  });

  it("keeps its own copy of the reference paper", async () => {
    const paper = await readFile(path.join(ROOT, "test/fixtures/papers/kent-cype-2017-09-07.txt"), "utf8");
    expect(paper).toContain("Children's, Young People and Education Cabinet Committee");
    expect(paper).toContain("7 September 2017");
  });
});
