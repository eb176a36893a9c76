import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { quickFrontMatter } from "../../src/content/quickYaml";
import { splitFrontMatter } from "../../src/content/frontMatter";

const root = path.resolve(import.meta.dirname, "../..");

/** Every content file of the sample and the examples: the quick reading must give exactly what the positional one does. */
function contentFiles(): string[] {
  const folders = ["content/meetings", ...readdirSync(path.join(root, "examples")).map((name) => `examples/${name}/content/meetings`)];
  return folders.flatMap((folder) =>
    (readdirSync(path.join(root, folder), { recursive: true }) as string[]).filter((file) => file.endsWith(".md")).map((file) => path.join(root, folder, file)),
  );
}

describe("quickFrontMatter", () => {
  it("reads every content file of the sample and the examples exactly as the positional parse does", () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(20);
    let quick = 0;
    for (const file of files) {
      const yaml = splitFrontMatter(readFileSync(file, "utf8").replace(/\r\n?/g, "\n"))!.yaml;
      const read = quickFrontMatter(yaml);
      if (!read) continue;
      quick += 1;
      expect(read.data, file).toEqual(parseDocument(yaml, { uniqueKeys: true }).toJS());
    }
    // Nearly all are read the quick way; one that is not is read by the positional parse, as before.
    expect(quick).toBeGreaterThan(files.length * 0.9);
  });

  it("keeps each figure's text as written, by its path", () => {
    const read = quickFrontMatter("id: adoption\ntrend:\n  - period: 2017-06\n    result: 68.60\n    target: 75\n");
    expect(read?.data).toEqual({ id: "adoption", trend: [{ period: "2017-06", result: 68.6, target: 75 }] });
    expect([...read!.figures]).toEqual([
      ['["trend",0,"result"]', "68.60"],
      ['["trend",0,"target"]', "75"],
    ]);
  });

  it("reads text with & * ! and % inside it, which are not anchors, aliases, tags or directives", () => {
    expect(quickFrontMatter('title: Health & Care, 95% right!\nnote: "R&D"\n')?.data).toEqual({ title: "Health & Care, 95% right!", note: "R&D" });
  });

  it.each(["a: 1_000\n", "a: 007\n", "a: Yes\n", "a: ~\n", "a: 2017-09-07\n", "a: |\n  two\n  lines\n"])("reads %j as the positional parse does", (yaml) => {
    expect(quickFrontMatter(yaml)?.data).toEqual(parseDocument(yaml).toJS());
  });

  it.each([
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a tab", "a:\t1\n"],
    ["a hexadecimal figure", "a: 0x1F\n"],
    ["a binary figure, which the positional parse reads as text", "a: 0b101\n"],
    ["a figure in exponent notation", "a: 1e3\n"],
    ["a figure with a plus sign", "a: +5\n"],
    ["a figure starting with a point", "a: .5\n"],
    ["not a number", "a: .nan\n"],
    ["minus zero, which the two readers read differently", "a: -0\n"],
    ["a number as a key", "2017: 5\nb: 6\n"],
    ["the same field twice", "a: 1\na: 2\n"],
    ["a syntax error", 'a: "open\n'],
    ["a list, not fields", "- 1\n- 2\n"],
    ["nothing", ""],
    ["nesting sixteen deep", `${Array.from({ length: 16 }, (_, depth) => `${"  ".repeat(depth)}a${depth}:`).join("\n")} 1\n`],
  ])("leaves %s to the positional parse", (_, yaml) => {
    expect(quickFrontMatter(yaml)).toBeUndefined();
  });
});
