/**
 * Every new field of the content model refuses a wrong value with one problem at its file, line and field, saying what
 * was found and how to fix it. Each case makes one edit to a draft copy of test/fixtures/councils/riverside.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftRiverside, RIVERSIDE_MEETING } from "../helpers/councilFixture";
import { ContentProblems, type Problem } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { readSiteData } from "../../src/theme/siteData";

const FOLDER = RIVERSIDE_MEETING;

let root: string;
beforeAll(async () => {
  root = await draftRiverside("scorecards-fields-");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The problems the data step reports with one file edited, the file put back afterwards. */
async function problemsWith(file: string, from: string | RegExp, to: string): Promise<readonly Problem[]> {
  const full = path.join(root, file);
  const before = await readFile(full, "utf8");
  const after = before.replace(from, to);
  expect(after, `the edit to ${file} must change it`).not.toBe(before);
  await writeFile(full, after);
  try {
    await loadScorecards(root);
    return [];
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems;
    throw error;
  } finally {
    await writeFile(full, before);
  }
}

const at = (name: string) => `${FOLDER}/${name}`;

interface Case {
  fault: string;
  file: string;
  from: string | RegExp;
  to: string;
  expected: Pick<Problem, "line" | "field" | "message"> & { hint?: string | RegExp };
}

const cases: Case[] = [
  {
    fault: "a rate with no unitLabel",
    file: at("04-fly-tipping.md"),
    from: "unitLabel: per 1,000 population\n",
    to: "",
    expected: {
      line: 6,
      field: "unit",
      message: "a rate needs a unitLabel: the words the paper prints after each figure",
      hint: 'add unitLabel: "per 1,000 population" (or as the paper words it)',
    },
  },
  {
    fault: "a unitLabel on days",
    file: at("02-benefit-claims.md"),
    from: "unit: days\n",
    to: "unit: days\nunitLabel: working days\n",
    expected: { line: 7, field: "unitLabel", message: "a days unit takes no unitLabel", hint: /set unit: "custom"/ },
  },
  {
    fault: "moneyIn on a percentage",
    file: at("01-household-waste-recycled.md"),
    from: "unit: percentage\n",
    to: "unit: percentage\nmoneyIn: thousands\n",
    expected: { line: 8, field: "moneyIn", message: "only money is printed in pounds, thousands or millions, not a percentage", hint: "delete the line" },
  },
  {
    fault: "dataBasis other without the paper's sentence",
    file: at("09-residual-waste-per-household.md"),
    from: /dataBasisText: .*\n/,
    to: "",
    expected: { line: 9, field: "dataBasis", message: '"other" needs a dataBasisText: the sentence the paper prints about the figures' },
  },
  {
    fault: "a data basis the tool does not know",
    file: at("02-benefit-claims.md"),
    from: "dataBasis: in-period",
    to: "dataBasis: quarterly",
    expected: {
      line: 15,
      field: "dataBasis",
      message: /^found "quarterly": expected one of "in-period", "year-to-date", "rolling-12-months"/ as unknown as string,
    },
  },
  {
    fault: "bandings on an indicator where neither direction is better",
    file: at("02-benefit-claims.md"),
    from: "polarity: lower-is-better",
    to: "polarity: neither",
    expected: {
      line: 10,
      field: "bandings",
      message: "a figure where neither higher nor lower is better cannot be rated against bandings",
      hint: /set polarity to "higher-is-better" or "lower-is-better", or delete the bandings/,
    },
  },
  {
    fault: "targets printed with fewer decimals than results",
    file: at("02-benefit-claims.md"),
    from: "decimalPlaces: 1\n",
    to: "decimalPlaces: 1\ntargetDecimalPlaces: 0\n",
    expected: { line: 8, field: "targetDecimalPlaces", message: "found 0, fewer than the 1 decimal places of the results" },
  },
  {
    fault: "a same-period-last-year figure that the trend's own row contradicts",
    file: at("01-household-waste-recycled.md"),
    from: "samePeriodLastYear: 41.8",
    to: "samePeriodLastYear: 40.9",
    expected: {
      line: 37,
      field: "trend[4].samePeriodLastYear",
      message: "found 40.9, but this trend's own row for Q3 2022/23 gives 41.8",
      hint: "make the two agree with the paper, or delete samePeriodLastYear",
    },
  },
  {
    fault: "a quartile benchmark given a value",
    file: at("01-household-waste-recycled.md"),
    from: "{ period: 2022/23, quartile: 2 }",
    to: "{ period: 2022/23, value: 2 }",
    expected: {
      line: 31,
      field: "benchmarks[2].values[0]",
      message: "a quartile benchmark gives a quartile (1 for the top quartile to 4 for the bottom), not a value",
      hint: "write quartile: 1, 2, 3 or 4",
    },
  },
  {
    fault: "a benchmark period that is no period",
    file: at("02-benefit-claims.md"),
    from: "{ period: Q2 2023/24, value: 19.0 }",
    to: "{ period: Q5 2023/24, value: 19.0 }",
    expected: { line: 22, field: "benchmarks[0].values[0].period", message: 'found "Q5 2023/24", but a quarter is Q1 to Q4' },
  },
  {
    fault: "the paper's arrow disagreeing with the figures",
    file: at("02-benefit-claims.md"),
    from: "directionOfTravel: improving",
    to: "directionOfTravel: worsening",
    expected: {
      line: 26,
      field: "trend[2].directionOfTravel",
      message: 'the paper\'s arrow says "worsening", but the figures say down 2.3 days since Q2 2023/24: better (lower is better)',
      hint: /if the paper's arrow is wrong, delete the line/,
    },
  },
  {
    fault: "an arrow on a context indicator",
    file: at("06-rough-sleepers.md"),
    from: "{ period: Q3 2023/24, result: 9 }",
    to: "{ period: Q3 2023/24, result: 9, directionOfTravel: worsening }",
    expected: {
      line: 15,
      field: "trend[2].directionOfTravel",
      message: 'found "worsening", but neither higher nor lower is better for this indicator, so it cannot improve or worsen',
    },
  },
  {
    fault: "an unrated figure given a rating",
    file: at("01-household-waste-recycled.md"),
    from: "result: 41.8, unrated: true",
    to: "result: 41.8, rating: Amber, unrated: true",
    expected: {
      line: 33,
      field: "trend[0].rating",
      message: 'found "Amber", but the row says unrated: true',
      hint: "delete the rating, or delete unrated: true",
    },
  },
  {
    fault: "an unrated figure in a year whose bandings rate it",
    file: at("01-household-waste-recycled.md"),
    from: "{ period: Q2 2023/24, result: 44.9 }",
    to: "{ period: Q2 2023/24, result: 44.9, unrated: true }",
    expected: {
      line: 36,
      field: "trend[3].rating",
      message:
        "says unrated: true, but the 2023/24 bandings (Green = target met, Amber = within 10% of target, Red = more than 10% from target) rate Q2 2023/24",
    },
  },
  {
    fault: "a period no paper spells so",
    file: at("07-missed-bins.md"),
    from: "period: November 2023",
    to: "period: Novembre 2023",
    expected: { line: 20, field: "trend[1].period", message: /^found "Novembre 2023", expected a month such as "2017-06"/ as unknown as string },
  },
  {
    fault: "a negative rate",
    file: at("04-fly-tipping.md"),
    from: "result: 1.42",
    to: "result: -1.42",
    expected: { line: 13, field: "trend[0].result", message: "found -1.42, but a rate cannot be negative" },
  },
  {
    fault: "an owner role this site does not name (Kent's Cabinet Member)",
    file: at("02-benefit-claims.md"),
    from: "service: Revenues and Benefits\n",
    to: "service: Revenues and Benefits\ncabinetMember: Jo Bloggs\n",
    expected: { line: 6, field: "cabinetMember", message: '"cabinetMember" is not a field this tool knows' },
  },
];

describe("new fields, wrongly written", () => {
  it.each(cases)("$fault", async ({ file, from, to, expected }) => {
    const problems = await problemsWith(file, from, to);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toBe(file);
    expect(problem!.line).toBe(expected.line);
    expect(problem!.field).toBe(expected.field);
    if (typeof expected.message === "string") expect(problem!.message).toBe(expected.message);
    else expect(problem!.message).toMatch(expected.message as RegExp);
    if (expected.hint !== undefined)
      expect(problem!.hint).toMatch(typeof expected.hint === "string" ? new RegExp(`^${escape(expected.hint)}$`) : expected.hint);
  });
});

describe("owner roles in data/site.json", () => {
  it("refuses a role whose field is one every indicator already has, at its line", async () => {
    const site = path.join(root, "data/site.json");
    const before = await readFile(site, "utf8");
    await writeFile(site, before.replace('"field": "leadOfficer"', '"field": "unit"'));
    try {
      const { problems } = await readSiteData(root);
      expect(problems.map((problem) => [problem.file, problem.field, problem.message])).toEqual([
        ["data/site.json", "ownerRoles[1].field", 'found "unit": is a field every indicator already has; choose another name for the role'],
      ]);
      expect(problems[0]!.line).toBeGreaterThan(1);
    } finally {
      await writeFile(site, before);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
