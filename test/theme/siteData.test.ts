/** data/site.json and data/glossary.json read as the build reads them, with every slip placed at its line and column. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSiteData } from "../../src/theme/siteData";

const projectRoot = path.resolve(import.meta.dirname, "../..");
let root: string;
const edit = async (name: string, change: (text: string) => string) => {
  const file = path.join(root, "data", name);
  await writeFile(file, change(await readFile(file, "utf8")));
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "scorecards-data-"));
  await cp(path.join(projectRoot, "data"), path.join(root, "data"), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the site's configuration and glossary", () => {
  it("are read from data/ without problems", async () => {
    const { siteConfig, glossary, problems } = await readSiteData(root);
    expect(problems).toEqual([]);
    expect(siteConfig?.council).toBe("Kent County Council");
    expect(glossary?.terms.map((entry) => entry.term)).toContain("UASC");
  });

  it("report a JSON slip and a misspelt field with file, line and column", async () => {
    await edit("glossary.json", (text) => text.replace('"meaning": "Children in Care",', '"meaning": "Children in Care"'));
    await edit("site.json", (text) => text.replace('"team":', '"teem":'));
    const { problems } = await readSiteData(root);
    expect(problems.map((p) => [`${p.file}:${p.line}:${p.column}`, p.field, p.message, p.hint])).toEqual([
      ["data/site.json:12:14", "contact.team", "is missing: expected some text", expect.any(String)],
      ["data/site.json:13:5", "contact.teem", '"teem" is not a field this tool knows', 'did you mean "team"? Rename it, or delete the line'],
      [
        "data/glossary.json:4:51",
        "",
        "the file is not valid JSON: a comma is missing between two items",
        "look for a missing or extra comma, quote or bracket on this line or the one before",
      ],
    ]);
  });

  it("read JSON strictly, as the build's JSON.parse does: a trailing comma or YAML is named at its line", async () => {
    await edit("glossary.json", (text) => text.replace(/\}\s*\]\s*\}\s*$/, "},\n  ]\n}\n"));
    const { problems } = await readSiteData(root);
    const lines = (await readFile(path.join(root, "data/glossary.json"), "utf8")).split("\n");
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        "data/glossary.json",
        lines.findIndex((line) => line.trim() === "]") + 1,
        "the file is not valid JSON: a comma is followed by ]: JSON allows no comma after the last item",
      ],
    ]);
    await writeFile(path.join(root, "data/glossary.json"), "terms:\n  - term: CIC\n    meaning: Children in Care\n");
    expect((await readSiteData(root)).problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 1, "the file is not valid JSON: a name or text is not in double quotes, or a comment is here (JSON has no comments)"],
    ]);
  });
});
