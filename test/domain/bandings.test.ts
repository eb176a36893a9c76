import { describe, expect, it } from "vitest";
import { readBandings, rateFine, toleranceSentence, type Bandings, type BandingsForm, type Rating } from "../../src/domain/bandings";
import { toFine, type Polarity, type UnitKind } from "../../src/domain/units";

function built(target: number, form: BandingsForm, polarity: Polarity, unit: UnitKind, decimals: number): Bandings {
  const result = readBandings({ financialYear: 2017, target, form }, polarity, unit, decimals);
  if ("problems" in result) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.bandings;
}

function problemsOf(target: number, form: BandingsForm, polarity: Polarity, unit: UnitKind, decimals: number) {
  const result = readBandings({ financialYear: 2017, target, form }, polarity, unit, decimals);
  if (!("problems" in result)) throw new Error(`expected problems, got bandings "${result.bandings.sentence}"`);
  return result.problems;
}

const thresholds = (red: string, amber: string, green: string): BandingsForm => ({ form: "thresholds", bands: { red, amber, green } });

// The three bandings forms as the 7 September 2017 paper writes them (content files write them lower case).
const adoption = built(80, thresholds("below 70", "70 to 80", "80 and above"), "higher-is-better", "percentage", 1);
const caseload = built(18, thresholds("above 22", "18 to 22", "18 and below"), "lower-is-better", "number", 1);
const unallocated = built(0, thresholds("above 10", "1 to 10", "0"), "lower-is-better", "count", 0);

const rate = (bandings: Bandings, value: number, decimals: number): Rating | undefined => rateFine(bandings.bands, toFine(value, decimals));

describe("rating at band boundaries", () => {
  it.each([
    [80.0, "Green"],
    [100.0, "Green"],
    [79.9, "Amber"],
    [70.0, "Amber"],
    [69.9, "Red"],
    [0.0, "Red"],
  ] as const)("higher is better, Below 70%% / 70%% to 80%% / 80%% and above: %d is %s", (value, rating) => {
    expect(rate(adoption, value, 1)).toBe(rating);
  });

  it.each([
    [22.0, "Amber"],
    [22.1, "Red"],
    [18.0, "Green"],
    [18.1, "Amber"],
    [17.9, "Green"],
    [0.0, "Green"],
  ] as const)("lower is better, Above 22 / 18 to 22 / 18 and below: %d is %s", (value, rating) => {
    expect(rate(caseload, value, 1)).toBe(rating);
  });

  it.each([
    [0, "Green"],
    [1, "Amber"],
    [10, "Amber"],
    [11, "Red"],
    [73, "Red"],
  ] as const)("counts, Above 10 / 1 to 10 / 0: %d is %s", (value, rating) => {
    expect(rate(unallocated, value, 0)).toBe(rating);
  });

  it("target and floor, higher is better: Green at target, Amber down to the floor, Red below it", () => {
    const b = built(90, { form: "target-and-floor", floor: 75 }, "higher-is-better", "percentage", 1);
    expect(rate(b, 90.0, 1)).toBe("Green");
    expect(rate(b, 95.5, 1)).toBe("Green");
    expect(rate(b, 89.9, 1)).toBe("Amber");
    expect(rate(b, 75.0, 1)).toBe("Amber");
    expect(rate(b, 74.9, 1)).toBe("Red");
  });

  it("target and floor, lower is better: Green at target, Amber up to the floor, Red above it", () => {
    const b = built(18, { form: "target-and-floor", floor: 22 }, "lower-is-better", "number", 1);
    expect(rate(b, 18.0, 1)).toBe("Green");
    expect(rate(b, 12.0, 1)).toBe("Green");
    expect(rate(b, 18.1, 1)).toBe("Amber");
    expect(rate(b, 22.0, 1)).toBe("Amber");
    expect(rate(b, 22.1, 1)).toBe("Red");
  });

  it("tolerance, higher is better: target 90 with 10% makes 81.0 the last Amber", () => {
    const b = built(90, { form: "tolerance", tolerancePercent: 10 }, "higher-is-better", "percentage", 1);
    expect(rate(b, 90.0, 1)).toBe("Green");
    expect(rate(b, 89.9, 1)).toBe("Amber");
    expect(rate(b, 81.0, 1)).toBe("Amber");
    expect(rate(b, 80.9, 1)).toBe("Red");
  });

  it("tolerance, lower is better: target 18 with 10% makes 19.8 the last Amber", () => {
    const b = built(18, { form: "tolerance", tolerancePercent: 10 }, "lower-is-better", "number", 1);
    expect(rate(b, 18.0, 1)).toBe("Green");
    expect(rate(b, 18.1, 1)).toBe("Amber");
    expect(rate(b, 19.8, 1)).toBe("Amber");
    expect(rate(b, 19.9, 1)).toBe("Red");
  });

  it("tolerance edges that floating-point multiplication would miss stay exact", () => {
    // 70 × 0.9 is 63 and 18 × 1.1 is 19.8 only up to floating-point error; the edge must still be 63.0 and 19.8.
    const b = built(70, { form: "tolerance", tolerancePercent: 10 }, "higher-is-better", "percentage", 1);
    expect(rate(b, 63.0, 1)).toBe("Amber");
    expect(rate(b, 62.9, 1)).toBe("Red");
    const c = built(85, { form: "tolerance", tolerancePercent: 10 }, "higher-is-better", "percentage", 1);
    expect(rate(c, 76.5, 1)).toBe("Amber");
    expect(rate(c, 76.4, 1)).toBe("Red");
  });
});

describe("floating-point results compare at the published precision", () => {
  it("69.99999999999999 is 70.0, so Amber, not Red", () => {
    expect(69.99999999999999).not.toBe(70);
    expect(toFine(69.99999999999999, 1)).toBe(toFine(70, 1));
    expect(rate(adoption, 69.99999999999999, 1)).toBe("Amber");
  });

  it("79.99999999999999 is 80.0, so Green, not Amber", () => {
    expect(rate(adoption, 79.99999999999999, 1)).toBe("Green");
  });

  it("22.000000000000004 is 22.0, so Amber, not Red, when lower is better", () => {
    expect(rate(caseload, 22.000000000000004, 1)).toBe("Amber");
  });

  it('0.1 + 0.2 is 0.3, so Green against "0.3 and below"', () => {
    const b = built(0.3, thresholds("above 0.5", "0.3 to 0.5", "0.3 and below"), "lower-is-better", "number", 1);
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(rate(b, 0.1 + 0.2, 1)).toBe("Green");
  });
});

describe("the sentences the data notes print", () => {
  it("writes the bandings sentences exactly as the paper", () => {
    expect(adoption.sentence).toBe("Below 70% = Red, 70% to 80% = Amber, 80% and above = Green");
    expect(caseload.sentence).toBe("Above 22 = Red, 18 to 22 = Amber, 18 and below = Green");
    expect(unallocated.sentence).toBe("Above 10 = Red, 1 to 10 = Amber, 0 = Green");
  });

  it("writes the target line exactly as the paper", () => {
    expect(adoption.targetSentence).toBe("Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)");
    expect(caseload.targetSentence).toBe("Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)");
    expect(unallocated.targetSentence).toBe("Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)");
    const returner = built(85, thresholds("below 75", "75 to 85", "85 and above"), "higher-is-better", "percentage", 1);
    expect(returner.targetSentence).toBe("Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)");
  });

  it("accepts the bands written with % signs and capitals, as the paper prints them", () => {
    const b = built(80, thresholds("Below 70%", "70% to 80%", "80% and above"), "higher-is-better", "percentage", 1);
    expect(b.sentence).toBe("Below 70% = Red, 70% to 80% = Amber, 80% and above = Green");
    expect(rate(b, 70.0, 1)).toBe("Amber");
  });

  it("keeps the bands worst first and the target", () => {
    expect(adoption.bands.map((band) => band.rating)).toEqual(["Red", "Amber", "Green"]);
    expect(caseload.bands.map((band) => band.rating)).toEqual(["Red", "Amber", "Green"]);
    expect(adoption.target).toBe(80);
    expect(adoption.financialYear).toBe(2017);
  });

  it("words the tolerance line by polarity", () => {
    expect(toleranceSentence("higher-is-better")).toBe("Higher values are better");
    expect(toleranceSentence("lower-is-better")).toBe("Lower values are better");
  });
});

describe("bandings that cannot be used", () => {
  it("reports a gap between Red and Amber", () => {
    const problems = problemsOf(80, thresholds("below 70", "71 to 80", "80 and above"), "higher-is-better", "percentage", 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe("bands");
    expect(problems[0]!.message).toMatch(/gap/);
    expect(problems[0]!.message).toContain("70");
    expect(problems[0]!.message).toContain("71");
  });

  it("accepts adjacent whole-number bands at 0 decimal places but not at 1", () => {
    expect("bandings" in readBandings({ financialYear: 2017, target: 0, form: thresholds("above 10", "1 to 10", "0") }, "lower-is-better", "count", 0)).toBe(
      true,
    );
    const problems = problemsOf(0, thresholds("above 10", "1 to 10", "0"), "lower-is-better", "number", 1);
    expect(problems.some((p) => /gap/.test(p.message))).toBe(true);
  });

  it("reports an overlap between Red and Amber", () => {
    const problems = problemsOf(80, thresholds("below 75", "70 to 80", "80 and above"), "higher-is-better", "percentage", 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/overlap/);
    expect(problems[0]!.message).toContain("75");
    expect(problems[0]!.message).toContain("70");
  });

  it("reports a value in both Red and Amber", () => {
    const problems = problemsOf(80, thresholds("70 and below", "70 to 80", "80 and above"), "higher-is-better", "percentage", 1);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/70 is in both the Red and the Amber band/);
  });

  it("reports bands in the wrong order for higher is better", () => {
    const problems = problemsOf(80, thresholds("80 and above", "70 to 80", "below 70"), "higher-is-better", "percentage", 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/Green, Amber, Red/);
    expect(problems[0]!.message).toMatch(/higher is better/);
  });

  it("reports bands in the wrong order for lower is better", () => {
    const problems = problemsOf(18, thresholds("below 18", "18 to 22", "above 22"), "lower-is-better", "number", 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/lower is better/);
  });

  it("reports a floor on the wrong side of the target", () => {
    expect(problemsOf(80, { form: "target-and-floor", floor: 90 }, "higher-is-better", "percentage", 1).length).toBeGreaterThan(0);
    expect(problemsOf(18, { form: "target-and-floor", floor: 15 }, "lower-is-better", "number", 1).length).toBeGreaterThan(0);
  });

  it("reports text it cannot read, naming the field", () => {
    const problems = problemsOf(80, thresholds("seventy-ish", "70 to 80", "80 and above"), "higher-is-better", "percentage", 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe("red");
    expect(problems[0]!.message).toContain("seventy-ish");
  });

  it("reports a band left open at the unrated end", () => {
    const problems = problemsOf(80, thresholds("60 to 70", "70.1 to 79.9", "80 and above"), "higher-is-better", "percentage", 1);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/below 60 would have no rating/);
  });
});
