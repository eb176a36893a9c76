import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../../src/content/schema";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";

const FILE = "content/meetings/2017-09-07-cype/06-returner-interviews.md";

describe("an indicator's id", () => {
  it("cannot be print, the address of the meeting's page for print", async () => {
    const text = (await readFile(path.resolve(import.meta.dirname, "../..", FILE), "utf8")).replace("id: returner-interviews", "id: print");
    const { source } = readSourceFile(FILE, text);
    const { problems } = validateFrontMatter(source!, indicatorSchema);
    expect(problems.map(({ line, field, message }) => [line, field, message])).toEqual([
      [2, "id", 'found "print": is the address of the meeting\'s page for print; choose another id'],
    ]);
  });
});
