import { readFile } from "node:fs/promises";
import path from "node:path";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const CASELOAD = "content/meetings/2017-09-07-cype/02-average-caseload.md";

/** Runs the editor's remark configuration on a file, as vscode-remark does while a clerk types. */
async function lint(file: string, text: string): Promise<string[]> {
  const { default: config } = (await import(path.join(projectRoot, ".remarkrc.mjs"))) as { default: { plugins: unknown[] } };
  const options = (config.plugins[1] as [unknown, { schemas: Record<string, string[]> }])[1];
  const processor = unified().use(remarkParse).use(remarkStringify).use(remarkFrontmatter).use(remarkLintFrontmatterSchema, options);
  const vfile = new VFile({ path: path.join(projectRoot, file), value: text, cwd: projectRoot });
  await processor.process(vfile);
  return vfile.messages.map((message) => message.reason);
}

describe("the editor's front matter checking (.remarkrc.mjs)", () => {
  it("finds nothing wrong with the sample", async () => {
    expect(await lint(CASELOAD, await readFile(path.join(projectRoot, CASELOAD), "utf8"))).toEqual([]);
  });

  it("flags a misspelt field", async () => {
    const text = (await readFile(path.join(projectRoot, CASELOAD), "utf8")).replace("polarity:", "polarty:");
    const messages = await lint(CASELOAD, text);
    expect(messages.join("\n")).toContain("Must NOT have additional properties");
    expect(messages.join("\n")).toContain("Must have required property 'polarity'");
  });
});
