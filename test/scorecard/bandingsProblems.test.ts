import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../../src/content/schema";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";
import { prepareIndicator } from "../../src/scorecard/prepareIndicator";

const FILE = "content/meetings/2017-09-07-cype/06-returner-interviews.md";
const SCORECARDS = ["Specialist Children's Services"];

async function problemsWith(change: (text: string) => string) {
  const text = change(await readFile(path.resolve(import.meta.dirname, "../..", FILE), "utf8"));
  const { source } = readSourceFile(FILE, text);
  const { value } = validateFrontMatter(source!, indicatorSchema);
  return prepareIndicator({ source: source!, front: value! }, "2017-09-07-cype", SCORECARDS).problems;
}

describe("bandings a clerk gets wrong", () => {
  it("a floor standard on the wrong side of the target is named as such", async () => {
    const problems = await problemsWith((text) => text.replace("    red: below 75\n    amber: 75 to 85\n    green: 85 and above\n", "    floor: 90\n"));
    expect(problems.map((p) => [p.field, p.message, p.hint])).toEqual([
      [
        "bandings[0].floor",
        "the floor standard 90 is not below the target 85, but higher is better",
        "a floor standard is the worse limit: set it below the target, or check polarity",
      ],
    ]);
  });

  it("an unreadable band says which band and how to write one", async () => {
    const problems = await problemsWith((text) => text.replace("amber: 75 to 85", "amber: 75 or more"));
    expect(problems.map((p) => [p.field, p.message, p.hint])).toEqual([
      [
        "bandings[0].amber",
        '"75 or more" is not a band this tool can read',
        'write it as "below 70", "above 22", "70 to 80", "80 and above", "18 and below" or "0"',
      ],
    ]);
  });
});
