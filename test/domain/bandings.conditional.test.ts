/**
 * Havering's rule, conditional on the same period last year, with figures as a paper prints them: on or within the
 * tolerance is Green; beyond it, improved on the same quarter last year is Amber, otherwise Red.
 */
import { describe, expect, it } from "vitest";
import { rateFine, rateResult, ratingNeeds, type Rating } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { built, problemsOf, rate, type Spec } from "../helpers/bandings";

describe("Havering's rule, conditional on the same quarter last year", () => {
  // "Green = on or within 10% of the quarterly target; Amber = more than 10% off target AND improved on the same quarter
  // last year; Red = more than 10% off target and not improved." Here a quarterly target of 80.0% of calls answered.
  const havering = built(
    { form: { form: "tolerance", tolerancePercent: 10 }, profiled: true, outsideTolerance: { improvedOnLastYear: "Amber", otherwise: "Red" } },
    "higher-is-better",
    "percentage",
    1,
    { periodKind: "quarter" },
  );

  it("words the rule as Havering does", () => {
    expect(havering.sentence).toBe(
      "Green = on or within 10% of the quarterly target, Amber = more than 10% off target and improved on the same quarter last year, Red = more than 10% off target and not improved",
    );
    expect(havering.targetSentence).toBe(`Target: set for each quarter (RAG Bandings: ${havering.sentence})`);
  });

  it.each([
    [85.0, undefined, "Green"],
    [80.0, undefined, "Green"],
    [79.9, undefined, "Green"],
    [72.0, undefined, "Green"],
    [71.9, 70.0, "Amber"],
    [71.9, 71.8, "Amber"],
    [71.9, 71.9, "Red"],
    [71.9, 75.0, "Red"],
    [50.0, 49.9, "Amber"],
  ] as const)("higher is better, target 80.0%%: %d%% (same quarter last year %s) is %s", (result, lastYear, rating) => {
    expect(rate(havering, 1, result, { target: 80.0, ...(lastYear === undefined ? {} : { lastYear }) })).toBe(rating);
  });

  it("applies the tolerance to each quarter's own target", () => {
    // 63.0 is within 10% of a 70.0 target but not of an 80.0 one.
    expect(rate(havering, 1, 63.0, { target: 70.0, lastYear: 65.0 })).toBe("Green");
    expect(rate(havering, 1, 63.0, { target: 80.0, lastYear: 65.0 })).toBe("Red");
    expect(rate(havering, 1, 63.0, { target: 80.0, lastYear: 60.0 })).toBe("Amber");
  });

  it("lower is better, not profiled: average days to process a claim against 20 days, improved means fewer days", () => {
    const claims = built(
      { target: 20, form: { form: "tolerance", tolerancePercent: 10 }, outsideTolerance: { improvedOnLastYear: "Amber", otherwise: "Red" } },
      "lower-is-better",
      "days",
      1,
      { periodKind: "quarter" },
    );
    expect(claims.targetSentence).toBe(
      "Target: 20 days (RAG Bandings: Green = on or within 10% of target, Amber = more than 10% off target and improved on the same quarter last year, Red = more than 10% off target and not improved)",
    );
    expect(rate(claims, 1, 20.0)).toBe("Green");
    expect(rate(claims, 1, 22.0)).toBe("Green");
    expect(rate(claims, 1, 22.1, { lastYear: 22.2 })).toBe("Amber");
    expect(rate(claims, 1, 22.1, { lastYear: 22.1 })).toBe("Red");
    expect(rate(claims, 1, 22.1, { lastYear: 21.0 })).toBe("Red");
    // Without profiling, a conditional rule's bands are those of the year: within the tolerance is Green.
    expect(rateFine(claims.bands, toFine(22.0, 1))).toBe("Green");
  });

  it("without the same period last year, a result beyond the tolerance has no rating, and ratingNeeds says why", () => {
    const beyond = { fine: toFine(71.9, 1), targetFine: toFine(80.0, 1) };
    expect(rateResult(havering, beyond)).toBeUndefined();
    expect(rateResult(havering, { ...beyond, lastYearFine: null })).toBeUndefined();
    expect(ratingNeeds(havering, beyond)).toBe("same-period-last-year");
    expect(ratingNeeds(havering, { ...beyond, lastYearFine: toFine(70.0, 1) })).toBeUndefined();
    // Within the tolerance last year's figure is not needed.
    expect(ratingNeeds(havering, { fine: toFine(72.0, 1), targetFine: toFine(80.0, 1) })).toBeUndefined();
    expect(ratingNeeds(havering, { fine: toFine(72.0, 1) })).toBe("target");
  });

  it("takes a tolerance in points or units, and Green for an improvement where the council says so", () => {
    const points = built(
      { target: 90, form: { form: "tolerance-points", tolerancePoints: 5 }, outsideTolerance: { improvedOnLastYear: "Green", otherwise: "Amber" } },
      "higher-is-better",
      "percentage",
      0,
      { periodKind: "month" },
    );
    expect(points.sentence).toBe(
      "Green = on or within 5 percentage points of target, or more than 5 percentage points off target and improved on the same month last year, Amber = more than 5 percentage points off target and not improved",
    );
    expect(rate(points, 0, 85)).toBe("Green");
    expect(rate(points, 0, 84, { lastYear: 83 })).toBe("Green");
    expect(rate(points, 0, 84, { lastYear: 84 })).toBe("Amber");
  });

  it("is refused without a tolerance, naming the form given instead", () => {
    const outsideTolerance = { improvedOnLastYear: "Amber", otherwise: "Red" } as const;
    expect(problemsOf({ target: 90, form: { form: "target-and-floor", floor: 85 }, outsideTolerance }, "higher-is-better", "percentage", 1)).toEqual([
      {
        field: "outsideTolerance",
        message:
          "a rule that looks at the same period last year needs a tolerance: Green is on or within it, and outsideTolerance rates what lies beyond it, but these bandings give a floor",
        hint: "give tolerancePercent, tolerancePoints or toleranceUnits instead, or delete outsideTolerance",
      },
    ]);
    const thresholds = problemsOf(
      { target: 80, form: { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } }, outsideTolerance },
      "higher-is-better",
      "percentage",
      1,
    );
    expect(thresholds.map((p) => p.message)).toEqual([expect.stringMatching(/but these bandings give red, amber and green bands$/)]);
  });

  it("is refused when improving would earn no better a rating", () => {
    const spec = (improvedOnLastYear: Rating, otherwise: Rating): Spec => ({
      target: 80,
      form: { form: "tolerance", tolerancePercent: 10 },
      outsideTolerance: { improvedOnLastYear, otherwise },
    });
    expect(problemsOf(spec("Red", "Amber"), "higher-is-better", "percentage", 1)).toEqual([
      {
        field: "outsideTolerance",
        message: "improvedOnLastYear is Red, worse than otherwise (Amber): improving on last year must earn the better rating",
        hint: 'write the ratings the paper gives beyond the tolerance, e.g. improvedOnLastYear: Amber, otherwise: Red ("Amber = more than 10% off target and improved on the same quarter last year")',
      },
    ]);
    expect(problemsOf(spec("Red", "Red"), "higher-is-better", "percentage", 1).map((p) => p.message)).toEqual([
      "both improvedOnLastYear and otherwise are Red, so last year's figure would change nothing",
    ]);
  });
});
