/**
 * Every rule read and rated by a council's own scheme, with figures as its paper prints them and every band edge: a
 * fourth rating (Blue) above Green; Harlow's words and symbols; two ratings with nothing between; and statuses that
 * are not ratings (Data only, Not due), which the rule never works out.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCHEME, defaultTargetRule, ratingWords, statusWordsWorstFirst, unratedStatusWords } from "../../src/domain/ratingScheme";
import { rateRow } from "../../src/domain/rating";
import { built, problemsOf, rate } from "../helpers/bandings";
import { BLUE, HARLOW, MET_OR_NOT } from "../helpers/schemes";

describe("a scheme's words", () => {
  it("lists the ratings best first for the summary and worst first for a clerk, then the statuses that are not ratings", () => {
    expect(ratingWords(BLUE)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(statusWordsWorstFirst(BLUE)).toEqual(["Red", "Amber", "Green", "Blue", "Data only", "Not due"]);
    expect(statusWordsWorstFirst(BLUE, true)).toEqual(["Red", "Amber", "Green", "Blue"]);
    expect(unratedStatusWords(BLUE)).toEqual(["Data only", "Not due"]);
    expect(statusWordsWorstFirst(DEFAULT_RATING_SCHEME)).toEqual(["Red", "Amber", "Green"]);
  });

  it("takes the three worst ratings as target met, near it and missed, unless the scheme names them", () => {
    expect(BLUE.targetRule).toEqual({ onTarget: "Green", nearTarget: "Amber", offTarget: "Red" });
    expect(HARLOW.targetRule).toEqual({ onTarget: "Above target", nearTarget: "Within target", offTarget: "Behind target" });
    expect(MET_OR_NOT.targetRule).toBeUndefined();
    expect(defaultTargetRule(["Met", "Not met"])).toBeUndefined();
  });
});

describe("Blue above Green: a band for a target exceeded", () => {
  // "Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue"
  const bands = { red: "below 75", amber: "75 to 80", green: "80 to 90", blue: "90 and above" };
  const calls = built({ target: 80, form: { form: "thresholds", bands } }, "higher-is-better", "percentage", 1, {}, BLUE);

  it("prints the four bands worst first, called Bandings since the scheme is not Red, Amber and Green alone", () => {
    expect(calls.sentence).toBe("Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue");
    expect(calls.targetSentence).toBe("Target: 80% (Bandings: Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue)");
  });

  it.each([
    [74.9, "Red"],
    [75.0, "Amber"],
    [79.9, "Amber"],
    [80.0, "Green"],
    [89.9, "Green"],
    [90.0, "Blue"],
    [100.0, "Blue"],
  ] as const)("%d%% is %s: a shared boundary goes to the better band", (result, rating) => {
    expect(rate(calls, 1, result)).toBe(rating);
  });

  it("lower is better too: 18 and below is Blue, the bands mirrored", () => {
    const waits = built(
      { target: 20, form: { form: "thresholds", bands: { red: "above 24", amber: "20 to 24", green: "18 to 20", blue: "18 and below" } } },
      "lower-is-better",
      "days",
      0,
      {},
      BLUE,
    );
    expect(waits.sentence).toBe("Above 24 days = Red, 20 to 24 days = Amber, 18 to 20 days = Green, 18 days and below = Blue");
    expect([25, 24, 21, 20, 19, 18, 0].map((days) => rate(waits, 0, days))).toEqual(["Red", "Amber", "Amber", "Green", "Green", "Blue", "Blue"]);
  });

  it("still refuses a shared boundary between two ratings worse than a target met", () => {
    const shared = { red: "below 75", amber: "75 to 80", green: "80 to 90", blue: "90 and above" };
    expect(
      problemsOf({ target: 80, form: { form: "thresholds", bands: { ...shared, red: "75 and below" } } }, "higher-is-better", "percentage", 1, BLUE),
    ).toEqual([{ field: "bands", message: '75 is in both the Red and the Amber band: write one of them with "below" or "above"' }]);
  });

  it("refuses bands out of the scheme's order, naming the order the polarity needs", () => {
    const swapped = { red: "below 75", amber: "75 to 80", green: "90 and above", blue: "80 to 90" };
    expect(problemsOf({ target: 80, form: { form: "thresholds", bands: swapped } }, "higher-is-better", "percentage", 1, BLUE)).toEqual([
      { field: "bands", message: "the bands run Red, Amber, Blue, Green from low to high values, but higher is better needs Red, Amber, Green, Blue" },
    ]);
  });

  it("gives a target-based form the scheme's target rule: Green met, Amber within, Red beyond; Blue is never worked out from a target", () => {
    const tolerance = built({ target: 90, form: { form: "tolerance", tolerancePercent: 10 } }, "higher-is-better", "percentage", 1, {}, BLUE);
    expect(tolerance.sentence).toBe("Green = target met, Amber = within 10% of target, Red = more than 10% from target");
    expect([95, 90, 89.9, 81, 80.9].map((result) => rate(tolerance, 1, result))).toEqual(["Green", "Green", "Amber", "Amber", "Red"]);
  });

  it("rates Havering's conditional rule with the scheme's words, every edge", () => {
    const outsideTolerance = { improvedOnLastYear: "Amber", otherwise: "Red" };
    const planning = built(
      { target: 90, form: { form: "tolerance", tolerancePercent: 10 }, outsideTolerance },
      "higher-is-better",
      "percentage",
      1,
      { periodKind: "quarter" },
      BLUE,
    );
    expect(planning.sentence).toBe(
      "Green = on or within 10% of target, Amber = more than 10% off target and improved on the same quarter last year, Red = more than 10% off target and not improved",
    );
    expect(rate(planning, 1, 81.0, { lastYear: 90 })).toBe("Green");
    expect(rate(planning, 1, 80.9, { lastYear: 80.8 })).toBe("Amber");
    expect(rate(planning, 1, 80.9, { lastYear: 80.9 })).toBe("Red");
    expect(rate(planning, 1, 79.2, { lastYear: 76.0 })).toBe("Amber");
    expect(rate(planning, 1, 78.6, { lastYear: 80.0 })).toBe("Red");
  });
});

describe("Harlow's star, circle and triangle", () => {
  const rule = { target: 80, form: { form: "tolerance" as const, tolerancePercent: 5 } };
  const higher = built(rule, "higher-is-better", "percentage", 1, {}, HARLOW);

  it("words the rule in the council's own statuses", () => {
    expect(higher.sentence).toBe("Above target = target met, Within target = within 5% of target, Behind target = more than 5% from target");
    expect(higher.targetSentence).toBe(
      "Target: 80% (Bandings: Above target = target met, Within target = within 5% of target, Behind target = more than 5% from target)",
    );
  });

  it.each([
    [80.1, "Above target"],
    [80.0, "Above target"],
    [79.9, "Within target"],
    [76.0, "Within target"],
    [75.9, "Behind target"],
  ] as const)("target 80%% within 5%%: %d%% is %s", (result, rating) => {
    expect(rate(higher, 1, result)).toBe(rating);
  });

  it("reads a band per status by its id", () => {
    const bands = { "behind-target": "below 76", "within-target": "76 to 80", "above-target": "80 and above" };
    const banded = built({ target: 80, form: { form: "thresholds", bands } }, "higher-is-better", "percentage", 1, {}, HARLOW);
    expect(banded.sentence).toBe("Below 76% = Behind target, 76% to 80% = Within target, 80% and above = Above target");
    expect([75.9, 76.0, 79.9, 80.0].map((result) => rate(banded, 1, result))).toEqual(["Behind target", "Within target", "Within target", "Above target"]);
  });
});

describe("two ratings with nothing between", () => {
  it("rates with a band for each, the boundary going to Met", () => {
    const met = built(
      { target: 95, form: { form: "thresholds", bands: { "not-met": "below 95", met: "95 and above" } } },
      "higher-is-better",
      "percentage",
      1,
      {},
      MET_OR_NOT,
    );
    expect(met.sentence).toBe("Below 95% = Not met, 95% and above = Met");
    expect([94.9, 95.0].map((result) => rate(met, 1, result))).toEqual(["Not met", "Met"]);
  });

  it("refuses a rule from a target, which needs a middle rating, and says to give a band for each", () => {
    expect(problemsOf({ target: 95, form: { form: "tolerance", tolerancePercent: 5 } }, "higher-is-better", "percentage", 1, MET_OR_NOT)).toEqual([
      {
        field: "bands",
        message: "a rule worked out from a target gives three ratings (target met, close to it, missed), but this council rates with two: Met and Not met",
        hint: 'give a band for each rating instead, e.g. met: "95 and above", not-met: "below 95"',
      },
    ]);
  });
});

describe("a status that is not a rating", () => {
  const calls = built(
    { target: 80, form: { form: "thresholds", bands: { red: "below 75", amber: "75 to 80", green: "80 to 90", blue: "90 and above" } } },
    "higher-is-better",
    "percentage",
    1,
    {},
    BLUE,
  );
  const row = { awaited: false, kind: "performance" as const, decimals: 1 };

  it("stands as printed, with or without a figure, whatever the bandings would give", () => {
    expect(rateRow({ ...row, result: 61, status: "Data only" })).toEqual({ rating: "Data only", state: "status", source: null });
    expect(rateRow({ ...row, result: null, status: "Not due" })).toEqual({ rating: "Not due", state: "status", source: null });
    expect(rateRow({ ...row, result: 95, bandings: calls, status: "Data only" })).toEqual({ rating: "Data only", state: "status", source: null });
  });

  it("stands for an activity indicator too, which is never rated", () => {
    expect(rateRow({ ...row, kind: "activity", result: 12, status: "Data only" })).toEqual({ rating: "Data only", state: "status", source: null });
  });
});
