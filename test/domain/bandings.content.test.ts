/**
 * The new rules as a content file writes them, read by checkBandings: each problem a clerk can make, at its field with
 * its message and hint, and a sound entry's sentence. The files are the sample's, with their bandings rewritten.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../../src/content/schema";
import type { Problem } from "../../src/content/problems";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";
import { rateResult } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { checkBandings, fieldChecks } from "../../src/scorecard/indicatorChecks";

const MEETING = "content/meetings/2017-09-07-cype";
/** Returner interviews: a percentage to 1 decimal place, higher is better, "Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)". */
const RETURNERS = `${MEETING}/06-returner-interviews.md`;
const RETURNER_BANDS = "    target: 85\n    red: below 75\n    amber: 75 to 85\n    green: 85 and above\n";
/** Average caseload: a number to 1 decimal place, lower is better, "Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)". */
const CASELOAD = `${MEETING}/02-average-caseload.md`;
const CASELOAD_BANDS = "    target: 18\n    red: above 22\n    amber: 18 to 22\n    green: 18 and below\n";

async function bandingsOf(file: string, bands: string, replacement: string) {
  const original = await readFile(path.resolve(import.meta.dirname, "../..", file), "utf8");
  expect(original).toContain(bands);
  const { source } = readSourceFile(file, original.replace(bands, replacement));
  const validated = validateFrontMatter(source!, indicatorSchema);
  expect(validated.problems).toEqual([]);
  const problems: Problem[] = [];
  const bandings = checkBandings(fieldChecks({ source: source!, front: validated.value! }, problems));
  return { bandings, problems: problems.map((p) => [p.field, p.message, p.hint]), lines: problems.map((p) => p.line) };
}

const returners = (replacement: string) => bandingsOf(RETURNERS, RETURNER_BANDS, replacement);
const caseload = (replacement: string) => bandingsOf(CASELOAD, CASELOAD_BANDS, replacement);

describe("each new form, read from a content file", () => {
  it("tolerancePoints: within 5 percentage points of an 85% target", async () => {
    const { bandings, problems } = await returners("    target: 85\n    tolerancePoints: 5\n");
    expect(problems).toEqual([]);
    expect(bandings.get(2017)!.targetSentence).toBe(
      "Target: 85% (RAG Bandings: Green = target met, Amber = within 5 percentage points of target, Red = more than 5 percentage points from target)",
    );
  });

  it("toleranceUnits: a caseload within 2 of its target of 18", async () => {
    const { bandings, problems } = await caseload("    target: 18\n    toleranceUnits: 2\n");
    expect(problems).toEqual([]);
    const b = bandings.get(2017)!;
    expect(b.sentence).toBe("Green = target met, Amber = within 2 of target, Red = more than 2 from target");
    // Rated as "Above 20 = Red, 18 to 20 = Amber, 18 and below = Green".
    expect(b.bands.map((band) => band.text)).toEqual(["Above 20", "18 to 20", "18 and below"]);
  });

  it("profiled, with the target left out: each month's own target, named as the trend's periods", async () => {
    const { bandings, problems } = await returners("    profiled: true\n    tolerancePoints: 5\n");
    expect(problems).toEqual([]);
    const b = bandings.get(2017)!;
    expect(b.profiled).toBe(true);
    expect(b.targetSentence).toBe(
      "Target: set for each month (RAG Bandings: Green = monthly target met, Amber = within 5 percentage points of the monthly target, Red = more than 5 percentage points from the monthly target)",
    );
    expect(rateResult(b, { fine: toFine(75.0, 1), targetFine: toFine(80.0, 1) })).toBe("Amber");
    expect(rateResult(b, { fine: toFine(75.0, 1), targetFine: toFine(85.0, 1) })).toBe("Red");
  });

  it("Havering's conditional rule on the year's target", async () => {
    const { bandings, problems } = await returners(
      "    target: 85\n    tolerancePercent: 10\n    outsideTolerance: { improvedOnLastYear: Amber, otherwise: Red }\n",
    );
    expect(problems).toEqual([]);
    const b = bandings.get(2017)!;
    expect(b.sentence).toBe(
      "Green = on or within 10% of target, Amber = more than 10% off target and improved on the same month last year, Red = more than 10% off target and not improved",
    );
    // 10% of 85 is 8.5: 76.5 is the last Green.
    expect(rateResult(b, { fine: toFine(76.5, 1) })).toBe("Green");
    expect(rateResult(b, { fine: toFine(76.4, 1), lastYearFine: toFine(70.1, 1) })).toBe("Amber");
    expect(rateResult(b, { fine: toFine(76.4, 1), lastYearFine: toFine(76.4, 1) })).toBe("Red");
  });
});

describe("the problems a clerk can make, each at its field", () => {
  it("two forms at once, at the second", async () => {
    const { problems, lines } = await returners("    target: 85\n    tolerancePercent: 10\n    tolerancePoints: 5\n");
    expect(problems).toEqual([
      [
        "bandings[0].tolerancePoints",
        "these bandings give both a tolerancePercent and a tolerancePoints, but a year's rule is stated once, in one form",
        "keep the form the paper prints and delete the other",
      ],
    ]);
    expect(lines).toEqual([17]);
    const floorAndBands = await returners(`${RETURNER_BANDS}    floor: 75\n`);
    expect(floorAndBands.problems.map(([field, message]) => [field, message])).toEqual([
      ["bandings[0].floor", "these bandings give both red, amber and green bands and a floor, but a year's rule is stated once, in one form"],
    ]);
  });

  it("no form at all names every form in its hint", async () => {
    const { problems } = await returners("    target: 85\n");
    expect(problems).toEqual([
      [
        "bandings[0]",
        "bandings need exactly one of: all three of red, amber and green; a floor; or a tolerancePercent",
        'e.g. red: "below 70", amber: "70 to 80", green: "80 and above"; or floor: 70; or a tolerance: tolerancePercent: 10, tolerancePoints: 5 or toleranceUnits: 2',
      ],
    ]);
    const partial = await returners("    target: 85\n    red: below 75\n    green: 85 and above\n");
    expect(partial.problems[0]![2]).toBe('add amber, e.g. red: "below 70", amber: "70 to 80", green: "80 and above"');
  });

  it("tolerancePoints on an indicator not measured in percentages", async () => {
    const { problems } = await caseload("    target: 18\n    tolerancePoints: 2\n");
    expect(problems).toEqual([
      [
        "bandings[0].tolerancePoints",
        "a tolerance in percentage points is for an indicator measured in percentages, but this one is measured in plain numbers",
        'write the tolerance in the indicator\'s own unit with toleranceUnits (e.g. toleranceUnits: 2 for "within 2 of target"), or as a share of the target with tolerancePercent',
      ],
    ]);
  });

  it("toleranceUnits on a percentage", async () => {
    const { problems } = await returners("    target: 85\n    toleranceUnits: 5\n");
    expect(problems).toEqual([
      [
        "bandings[0].toleranceUnits",
        "this indicator is measured in percentages, so a tolerance in its own unit is in percentage points",
        "write it as tolerancePoints: 5, or as a share of the target with tolerancePercent",
      ],
    ]);
  });

  it("a tolerance finer than the indicator publishes", async () => {
    const { problems } = await returners("    target: 85\n    tolerancePoints: 2.55\n");
    expect(problems).toEqual([
      [
        "bandings[0].tolerancePoints",
        "found 2.55, which has more decimal places than the 1 this indicator publishes",
        "round it to 1 decimal place, or change decimalPlaces",
      ],
    ]);
  });

  it("profiled with fixed thresholds", async () => {
    const { problems } = await returners(`    profiled: true\n${RETURNER_BANDS}`);
    expect(problems).toEqual([
      [
        "bandings[0].profiled",
        "profiled bandings are applied to each period's own target, so they cannot be fixed red, amber and green bands",
        "delete profiled: true to use the bands for every period, or write the rule as a floor, tolerancePercent, tolerancePoints or toleranceUnits",
      ],
    ]);
  });

  it("no target, not profiled", async () => {
    const { problems } = await returners("    tolerancePercent: 10\n");
    expect(problems).toEqual([
      [
        "bandings[0].target",
        "is missing: bandings need the year's target, unless each period has its own (profiled: true)",
        "add the target the paper gives for the year, e.g. target: 80, or profiled: true when the target differs each period",
      ],
    ]);
  });

  it("a conditional rule without a tolerance", async () => {
    const { problems } = await returners(`${RETURNER_BANDS}    outsideTolerance: { improvedOnLastYear: Amber, otherwise: Red }\n`);
    expect(problems).toEqual([
      [
        "bandings[0].outsideTolerance",
        "a rule that looks at the same period last year needs a tolerance: Green is on or within it, and outsideTolerance rates what lies beyond it, but these bandings give red, amber and green bands",
        "give tolerancePercent, tolerancePoints or toleranceUnits instead, or delete outsideTolerance",
      ],
    ]);
  });

  it("a conditional rule whose improvement earns no better", async () => {
    const { problems } = await returners("    target: 85\n    tolerancePercent: 10\n    outsideTolerance: { improvedOnLastYear: Red, otherwise: Amber }\n");
    expect(problems.map(([field, message]) => [field, message])).toEqual([
      ["bandings[0].outsideTolerance", "improvedOnLastYear is Red, worse than otherwise (Amber): improving on last year must earn the better rating"],
    ]);
  });

  it("a floor on the wrong side of a profiled year's final target", async () => {
    const { problems } = await returners("    profiled: true\n    target: 85\n    floor: 90\n");
    expect(problems.map(([field, message]) => [field, message])).toEqual([
      ["bandings[0].floor", "the floor standard 90 is not below the year's final target 85, but higher is better"],
    ]);
  });

  it("the schema refuses a rating outside the three in outsideTolerance", async () => {
    const original = await readFile(path.resolve(import.meta.dirname, "../..", RETURNERS), "utf8");
    const text = original.replace(
      RETURNER_BANDS,
      "    target: 85\n    tolerancePercent: 10\n    outsideTolerance: { improvedOnLastYear: Blue, otherwise: Red }\n",
    );
    const { source } = readSourceFile(RETURNERS, text);
    const { problems } = validateFrontMatter(source!, indicatorSchema);
    expect(problems.map((p) => p.field)).toEqual(["bandings[0].outsideTolerance.improvedOnLastYear"]);
  });
});
