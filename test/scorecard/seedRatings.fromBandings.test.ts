/**
 * The sample's Apr–Jun 2017 ratings come from its bandings, not from the ratings typed in its files: deleted, they are
 * computed just the same; changed, they are reported (expectations from the paper, see seedRatings.paper.ts).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Rating } from "../../src/domain/bandings";
import { ContentProblems } from "../../src/content/problems";
import { indicatorSchema } from "../../src/content/schema";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { prepareIndicator } from "../../src/scorecard/prepareIndicator";
import { IDS, MEETING, PUBLISHED_2017_18, SCORECARD } from "./seedRatings.paper";

describe("computed ratings do not come from the files' rating fields", () => {
  const folder = path.join(process.cwd(), "content", "meetings", MEETING);
  const APR_TO_JUN_RATING = /^(\s*- \{ period: 2017-0[4-6],.*?), rating: (Red|Amber|Green) \}$/gm;
  const tmpDirs: string[] = [];

  /** A copy of the sample under a fresh project root, with each Apr–Jun 2017 row's rating rewritten. */
  async function copyWithRatings(rewrite: (rowStart: string, rating: Rating) => string): Promise<{ root: string; replaced: number }> {
    const root = await mkdtemp(path.join(os.tmpdir(), "scorecard-seed-"));
    tmpDirs.push(root);
    const target = path.join(root, "content", "meetings", MEETING);
    await cp(folder, target, { recursive: true });
    // The copy is edited, so it is a draft: published meetings may not change without an erratum.
    const meetingFile = path.join(target, "meeting.md");
    await writeFile(meetingFile, (await readFile(meetingFile, "utf8")).replace("status: published", "status: draft"));
    let replaced = 0;
    for (const name of (await readdir(target)).filter((n) => n.endsWith(".md") && n !== "meeting.md")) {
      const file = path.join(target, name);
      const text = await readFile(file, "utf8");
      const changed = text.replace(APR_TO_JUN_RATING, (_, rowStart: string, rating: Rating) => {
        replaced++;
        return rewrite(rowStart, rating);
      });
      await writeFile(file, changed);
    }
    return { root, replaced };
  }

  afterAll(async () => {
    for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
  });

  it("with the Apr–Jun 2017 ratings deleted, the computed ratings are still the paper's", async () => {
    const { root, replaced } = await copyWithRatings((rowStart) => `${rowStart} }`);
    expect(replaced).toBe(21);
    const stripped = await loadScorecards(root);
    const computed = Object.fromEntries(
      IDS.map((id) => [
        id,
        stripped.indicators
          .find((i) => i.id === id)!
          .rows.slice(1)
          .map((row) => row.rating),
      ]),
    );
    expect(computed).toEqual(PUBLISHED_2017_18);
    for (const indicator of stripped.indicators) {
      expect(indicator.rows.slice(1).map((row) => row.ratingSource)).toEqual(["computed", "computed", "computed"]);
    }
  });

  it("a published rating that disagrees with the bandings is reported, not used", async () => {
    const wrong = (rating: Rating): Rating => (rating === "Green" ? "Red" : "Green");
    const { root, replaced } = await copyWithRatings((rowStart, rating) => `${rowStart}, rating: ${wrong(rating)} }`);
    expect(replaced).toBe(21);
    const error = await loadScorecards(root).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentProblems);
    const problems = (error as ContentProblems).problems;
    expect(problems).toHaveLength(21);
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(["trend[1].rating", "trend[2].rating", "trend[3].rating"]));
  });

  it("prepareIndicator on modified text: the adoption file without ratings still rates Apr–Jun 2017 Red, Red, Red", async () => {
    const file = `content/meetings/${MEETING}/01-adoption-plan-within-4-months.md`;
    const original = await readFile(path.join(process.cwd(), file), "utf8");
    const text = original.replace(APR_TO_JUN_RATING, (_, rowStart: string) => `${rowStart} }`);
    expect(text).not.toBe(original);
    expect(text).not.toMatch(/period: 2017-0[4-6].*rating/);

    const read = readSourceFile(file, text);
    expect(read.problems).toEqual([]);
    const checked = validateFrontMatter(read.source!, indicatorSchema);
    expect(checked.problems).toEqual([]);
    expect(checked.value!.trend.slice(1).map((row) => row.rating)).toEqual([undefined, undefined, undefined]);

    const built = prepareIndicator({ source: read.source!, front: checked.value! }, MEETING, [SCORECARD]);
    expect(built.problems).toEqual([]);
    expect(built.indicator!.rows.map((row) => row.rating)).toEqual(["Amber", "Red", "Red", "Red"]);
    expect(built.indicator!.rows.map((row) => row.ratingSource)).toEqual(["as published", "computed", "computed", "computed"]);
  });
});
