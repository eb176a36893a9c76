/**
 * Rules councils publish beyond fixed bands, entered as their papers state them and rated through the whole data step:
 * a year-to-date target profiled through the year, and Havering's rule, conditional on the same quarter last year.
 * Each case rewrites one indicator of a draft copy of test/fixtures/councils/riverside.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftRiverside, RIVERSIDE_MEETING } from "../helpers/councilFixture";
import { ContentProblems, formatReport } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import type { Indicator } from "../../src/scorecard/model";

const FOLDER = RIVERSIDE_MEETING;

let root: string;
beforeAll(async () => {
  root = await draftRiverside("scorecards-rules-");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Replaces the bandings and trend of one indicator file, then reads the project: the indicator, or the problems. */
async function withRule(file: string, bandingsAndTrend: string): Promise<{ indicator?: Indicator; report: string }> {
  const full = path.join(root, FOLDER, file);
  const before = await readFile(full, "utf8");
  const after = before
    .replace(/bandings:\n[\s\S]*?(?=dataBasis:)/, bandingsAndTrend.split("---trend---")[0]!)
    .replace(/trend:\n[\s\S]*?(?=---\n)/, bandingsAndTrend.split("---trend---")[1]!);
  expect(after).not.toBe(before);
  await writeFile(full, after);
  try {
    const scorecards = await loadScorecards(root);
    const id = /^id: (.*)$/m.exec(after)![1]!;
    return { indicator: scorecards.meetings[0]!.indicators.find((candidate) => candidate.id === id), report: "" };
  } catch (error) {
    if (error instanceof ContentProblems) return { report: formatReport(error.problems) };
    throw error;
  } finally {
    await writeFile(full, before);
  }
}

const ratings = (indicator: Indicator | undefined) => indicator!.rows.map((row) => [row.periodLabel, row.targetText, row.ratingText, row.ratingSource]);

describe("a year-to-date target profiled through the year", () => {
  const rule = `bandings:
  - financialYear: 2023/24
    target: 42000
    tolerancePercent: 2
    profiled: true
---trend---trend:
  - { period: Q1 2023/24, result: 10950, target: 11000 }
  - { period: Q2 2023/24, result: 21300, target: 21000 }
  - { period: Q3 2023/24, result: 31420, target: 32000 }
`;

  it("rates each quarter against its own target, at every band edge the tolerance gives", async () => {
    const { indicator, report } = await withRule("03-council-tax.md", rule);
    expect(report).toBe("");
    // Q1: 10,950 is within 2% of 11,000 (10,780 or more); Q2 beats 21,000; Q3: 31,420 is within 2% of 32,000 (31,360).
    expect(ratings(indicator)).toEqual([
      ["Q1 2023/24", "£11,000k", "Amber", "computed"],
      ["Q2 2023/24", "£21,000k", "Green", "computed"],
      ["Q3 2023/24", "£32,000k", "Amber", "computed"],
    ]);
    expect(indicator!.dataNotes.target).toMatch(/^Target: set for each quarter, year to date, £42,000k by year end \(RAG Bandings: .*\)$/);
    expect(indicator!.distanceToTargetText).toBe("£580k below the target of £32,000k");
    expect(indicator!.distanceToBandText).toBe("£580k below Green (£32,000k)");
  });

  it("one step below the tolerance's edge is Red", async () => {
    const { indicator } = await withRule("03-council-tax.md", rule.replace("result: 31420, target: 32000", "result: 31359, target: 32000"));
    expect(ratings(indicator).at(-1)).toEqual(["Q3 2023/24", "£32,000k", "Red", "computed"]);
  });

  it("needs each period's own target", async () => {
    const { report } = await withRule("03-council-tax.md", rule.replace("result: 21300, target: 21000", "result: 21300"));
    expect(report).toContain("trend[1].target: is missing: the 2023/24 bandings are profiled, so Q2 2023/24 is rated against its own target");
  });
});

describe("Havering's rule: beyond the tolerance, Amber if improved on the same quarter last year, Red if not", () => {
  const rule = (lastYear: number) => `bandings:
  - financialYear: 2023/24
    target: 50
    tolerancePercent: 10
    outsideTolerance:
      improvedOnLastYear: Amber
      otherwise: Red
---trend---trend:
  - { period: Q3 2022/23, result: ${lastYear}, unrated: true }
  - { period: Q4 2022/23, result: 42.5, target: 44, rating: Amber }
  - { period: Q1 2023/24, result: 46.1 }
  - { period: Q2 2023/24, result: 44.9, rating: Red }
  - { period: Q3 2023/24, result: 43.9 }
`;

  it("rates within 10% of the target Green, and beyond it by the same quarter last year", async () => {
    const { indicator, report } = await withRule("01-household-waste-recycled.md", rule(41.8));
    expect(report).toBe("");
    expect(ratings(indicator).slice(2)).toEqual([
      // 46.1 is within 10% of 50 (45.0 or more).
      ["Q1 2023/24", "50.0%", "Green", "computed"],
      // Beyond it, with no same quarter last year in the trend: the paper's rating stands, unchecked.
      ["Q2 2023/24", "50.0%", "Red", "as published"],
      // Beyond it, and up on Q3 2022/23's 41.8.
      ["Q3 2023/24", "50.0%", "Amber", "computed"],
    ]);
    expect(indicator!.dataNotes.target).toContain("Amber = more than 10% off target and improved on the same quarter last year");
    expect(indicator!.publishedRatingsNote).toBe(
      "Ratings marked “as published” are those printed in the paper. Where the council's rule needs a figure the paper does not give for the period, they could not be checked. Where the bandings for the year are not on record here, they could not be checked.",
    );
    // No "distance to Amber": Amber here is not a band a result reaches by moving.
    expect(indicator!.distanceToBandText).toBe("");
  });

  it("is Red where the quarter did not improve on last year (the same figure is not an improvement)", async () => {
    const { indicator } = await withRule("01-household-waste-recycled.md", rule(43.9));
    expect(ratings(indicator).at(-1)).toEqual(["Q3 2023/24", "50.0%", "Red", "computed"]);
  });

  it("says what is missing when the rule needs last year's figure and the paper printed no rating", async () => {
    const { report } = await withRule("01-household-waste-recycled.md", rule(41.8).replace("result: 44.9, rating: Red", "result: 44.9"));
    expect(report).toMatch(
      /trend\[3\]\.rating: cannot be worked out: the 2023\/24 rule \(.*\) reads the same period last year, which is not given for Q2 2023\/24/,
    );
  });
});

describe("a legend without numbers (Reigate and Banstead's)", () => {
  const rule = `bandings:
  - financialYear: 2023/24
    legend:
      green: on or above target
      amber: within agreed tolerance
      red: below target
---trend---trend:
  - { period: Q1 2023/24, result: 21.4, target: 18, rating: Amber }
  - { period: Q2 2023/24, result: 19.5, target: 18, rating: Amber }
  - { period: Q3 2023/24, result: 17.2, target: 18, rating: Green }
`;

  it("is printed as the rule, the ratings are as published, and the page says the council publishes no numeric rule", async () => {
    const { indicator, report } = await withRule("02-benefit-claims.md", rule);
    expect(report).toBe("");
    expect(ratings(indicator)).toEqual([
      ["Q1 2023/24", "18.0 days", "Amber", "as published"],
      ["Q2 2023/24", "18.0 days", "Amber", "as published"],
      ["Q3 2023/24", "18.0 days", "Green", "as published"],
    ]);
    expect(indicator!.dataNotes.target).toBe(
      "Target: 18 days (RAG legend: Green = on or above target, Amber = within agreed tolerance, Red = below target; the council publishes no numeric rule)",
    );
    expect(indicator!.publishedRatingsNote).toBe(
      "Ratings marked “as published” are those printed in the paper: the council publishes its rule as a legend without numbers, so there is nothing to check them against.",
    );
  });

  it("needs each rating as the paper printed it, saying why", async () => {
    const { report } = await withRule("02-benefit-claims.md", rule.replace("target: 18, rating: Green", "target: 18"));
    expect(report).toContain(
      "trend[2].rating: is missing: the 2023/24 rule is a legend without numbers (Green = on or above target, Amber = within agreed tolerance, Red = below target), so the rating the paper printed is needed for Q3 2023/24",
    );
  });

  it("cannot come with a numeric rule as well", async () => {
    const { report } = await withRule("02-benefit-claims.md", rule.replace("    legend:", "    tolerancePercent: 5\n    legend:"));
    expect(report).toContain(
      "bandings[0].tolerancePercent: a legend is the rule the paper prints when it gives no numbers, so it cannot come with a numeric rule as well",
    );
  });
});

describe("an activity indicator against an expected range (Kent's quarterly reports)", () => {
  async function withRange(ranges: string): Promise<{ indicator?: Indicator; report: string }> {
    const full = path.join(root, FOLDER, "06-rough-sleepers.md");
    const before = await readFile(full, "utf8");
    await writeFile(full, before.replace("trend:\n", `${ranges}trend:\n`));
    try {
      const scorecards = await loadScorecards(root);
      return { indicator: scorecards.meetings[0]!.indicators.find((candidate) => candidate.id === "rough-sleepers"), report: "" };
    } catch (error) {
      if (error instanceof ContentProblems) return { report: formatReport(error.problems) };
      throw error;
    } finally {
      await writeFile(full, before);
    }
  }

  it("says where each figure stands, both thresholds within the range, and stays unrated", async () => {
    // Figures 9, 6, 9 against 6 to 8: within at the lower edge, above one step past the upper.
    const { indicator, report } = await withRange("expectedRanges:\n  - { financialYear: 2023/24, lower: 6, upper: 8 }\n");
    expect(report).toBe("");
    expect(indicator!.rows.map((row) => [row.periodLabel, row.ratingText, row.state])).toEqual([
      ["Q1 2023/24", "Above expected range", "not-rated"],
      ["Q2 2023/24", "Within expected range (6 to 8)", "not-rated"],
      ["Q3 2023/24", "Above expected range", "not-rated"],
    ]);
    expect(indicator!.dataNotes.target).toBe("Expected range: 6 to 8 (activity indicator, shown for context and not rated)");
    expect(indicator!.summary).toBe("9 in Q3 2023/24, up 3 since Q2 2023/24; above expected range, not rated (shown for context).");
    expect(indicator!.rating).toBeNull();
  });

  it("refuses a range upside down, at its field", async () => {
    const { report } = await withRange("expectedRanges:\n  - { financialYear: 2023/24, lower: 8, upper: 6 }\n");
    expect(report).toContain("expectedRanges[0].upper: the upper threshold 6 is below the lower threshold 8");
  });
});
