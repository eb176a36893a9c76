/**
 * Every message the guides in docs/ quote is what the tools print today. Each quoted output block follows a recipe in
 * an HTML comment (invisible on GitHub) saying how to make it; this test follows the recipe in a copy of the project,
 * runs the command and expects every line of the block in its output, in order. Change a message and this fails until
 * the guide is updated from a real run.
 *
 * A recipe, in YAML:
 *   <!-- checked example
 *   draft: 2017-10-05              (optional: first run new-meeting from the sample for this date)
 *   fill: { 06-returner-interviews.md: "76.0" }   (optional: fill the draft's placeholders; `true` fills every one,
 *                                  a number is that file's new result, null leaves that file's placeholders as they are)
 *   publish: true                  (optional: then publish the draft)
 *   copy: { papers/cype-broken.txt: authoring/test/fixtures/import/garbled-missing-rag-row.txt }   (optional)
 *   write: { results.csv: "…" }    (optional: files to write, with their text)
 *   remove: [content/meetings/2017-09-07-cype]   (optional: files or folders to delete)
 *   change:                        (optional: exact text replacements, each of which must match once)
 *     - { file: 02-average-caseload.md, from: "result: 23.4,", to: "result: twenty-three," }
 *   env: { GITHUB_ACTIONS: "true" } (optional)
 *   run: npm run check
 *   -->
 * A file without a folder is in the meeting being worked on: the draft if there is one, else the sample.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyProject, projectRoot, runScript } from "../helpers/project";

interface Recipe {
  draft?: string;
  fill?: true | Record<string, string | null>;
  publish?: boolean;
  copy?: Record<string, string>;
  write?: Record<string, string>;
  remove?: string[];
  change?: { file: string; from: string; to: string }[];
  env?: Record<string, string>;
  run: string;
}

interface Example {
  where: string;
  recipe: Recipe;
  expected: string[];
}

const SAMPLE = "content/meetings/2017-09-07-cype";
const GUIDES = ["content-format.md", "for-clerks.md", "importing.md"];
const RECIPE = /<!-- checked example\n([\s\S]*?)-->\n+```text\n([\s\S]*?)\n```/g;

async function examples(): Promise<{ all: Example[]; unchecked: string[] }> {
  const all: Example[] = [];
  const unchecked: string[] = [];
  for (const guide of GUIDES) {
    const text = await readFile(path.join(projectRoot, "docs", guide), "utf8");
    const lineOf = (index: number) => text.slice(0, index).split("\n").length;
    const checked = new Set<number>();
    for (const match of text.matchAll(RECIPE)) {
      const fence = match.index + match[0].indexOf("```text");
      checked.add(lineOf(fence));
      all.push({
        where: `docs/${guide}:${lineOf(fence)}`,
        recipe: parse(match[1]!) as Recipe,
        expected: match[2]!.split("\n").filter((line) => line.trim() && !line.startsWith("> ")),
      });
    }
    // Every quoted block that holds a clerk's message ("How to fix", or "Nothing was …") must have its recipe.
    for (const block of text.matchAll(/```text\n([\s\S]*?)\n```/g)) {
      if (/How to fix|^Nothing was|^Published |^Started |^Added /m.test(block[1]!) && !checked.has(lineOf(block.index)))
        unchecked.push(`docs/${guide}:${lineOf(block.index)}`);
    }
  }
  return { all, unchecked };
}

/** The draft's placeholders filled in: each empty latest result (the one before it, or the recipe's), each commentary and the covering note. */
async function fillDraft(folder: string, values: Record<string, string | null>): Promise<void> {
  for (const name of await readdir(folder)) {
    if (values[name] === null) continue;
    const file = path.join(folder, name);
    let text = await readFile(file, "utf8");
    if (name === "meeting.md") {
      text = text.replace("[Awaiting covering note]", "The scorecard for the meeting.");
    } else {
      const rows = [...text.matchAll(/result: ([\d.]+)/g)];
      text = text.replace("result: null }", `result: ${values[name] ?? rows.at(-1)![1]} }`).replace("[Awaiting commentary]", "Commentary for July.");
    }
    await writeFile(file, text);
  }
}

/** Runs one recipe in its own copy of the project and returns what the command printed. */
async function follow(recipe: Recipe, base: string): Promise<string> {
  const root = `${base}-${Math.random().toString(36).slice(2)}`;
  await cp(base, root, { recursive: true, verbatimSymlinks: true });
  try {
    const meeting = recipe.draft ? `content/meetings/${recipe.draft}-cype` : SAMPLE;
    const step = async (script: string, args: string[], env: Record<string, string> = {}) => {
      const result = await runScript(root, script, args, env);
      return `${result.stdout}\n${result.stderr}`;
    };
    if (recipe.draft) {
      const made = await step("new-meeting", ["--from", SAMPLE, "--date", recipe.draft]);
      expect(made, "new-meeting").toContain("Next:");
    }
    if (recipe.fill) await fillDraft(path.join(root, meeting), recipe.fill === true ? {} : recipe.fill);
    if (recipe.publish) expect(await step("publish-meeting", [meeting]), "publish-meeting").toContain(`Published ${path.basename(meeting)}`);
    for (const [to, from] of Object.entries(recipe.copy ?? {})) {
      await mkdir(path.dirname(path.join(root, to)), { recursive: true });
      await cp(path.join(projectRoot, from), path.join(root, to));
    }
    for (const [name, text] of Object.entries(recipe.write ?? {})) await writeFile(path.join(root, name), text);
    for (const name of recipe.remove ?? []) await rm(path.join(root, name), { recursive: true });
    for (const change of recipe.change ?? []) {
      const file = path.join(root, change.file.includes("/") ? change.file : path.join(meeting, change.file));
      const text = await readFile(file, "utf8");
      expect(text.split(change.from).length - 1, `"${change.from}" once in ${change.file}`).toBe(1);
      await writeFile(file, text.replace(change.from, change.to));
    }
    const [, script, args] = /^npm run ([\w-]+)(?: -- (.*))?$/.exec(recipe.run)!;
    return await step(script!, args ? args.split(" ") : [], recipe.env);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

let base: string;
let found: Awaited<ReturnType<typeof examples>>;
beforeAll(async () => {
  base = await copyProject();
  found = await examples();
});
afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

describe("messages quoted in the guides", () => {
  it("each has a recipe that makes it", () => {
    expect(found.all.length).toBeGreaterThan(15);
    expect(found.unchecked).toEqual([]);
  });

  it("are each what the command prints today", { timeout: 240_000 }, async () => {
    const stale: string[] = [];
    for (const example of found.all) {
      let printed: string[];
      try {
        printed = (await follow(example.recipe, base)).split("\n").map((line) => line.trimEnd());
      } catch (error) {
        stale.push(`${example.where}: its recipe could not be followed: ${(error as Error).message}`);
        continue;
      }
      let at = 0;
      for (const line of example.expected) {
        const next = printed.indexOf(line.trimEnd(), at);
        if (next === -1) {
          stale.push(`${example.where}: the guide quotes\n  ${line}\nbut \`${example.recipe.run}\` printed:\n  ${printed.filter(Boolean).join("\n  ")}`);
          break;
        }
        at = next + 1;
      }
    }
    expect(stale.join("\n\n")).toBe("");
  });
});
