/**
 * Tolerances beyond a percentage of the target, with figures as a paper prints them: in percentage points, and in the
 * indicator's own unit. Every band edge: on target, on the tolerance boundary, one step beyond, both polarities.
 */
import { describe, expect, it } from "vitest";
import { rateFine, rateResult } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { built, problemsOf, rate } from "../helpers/bandings";

describe("tolerance in percentage points", () => {
  // "Green = target met, Amber = within 5 percentage points of target, Red = more than 5 percentage points from target"
  const higher = built({ target: 80, form: { form: "tolerance-points", tolerancePoints: 5 } }, "higher-is-better", "percentage", 1);
  const lower = built({ target: 12, form: { form: "tolerance-points", tolerancePoints: 2.5 } }, "lower-is-better", "percentage", 1);

  it("prints the sentence and the target line as the paper words them", () => {
    expect(higher.sentence).toBe("Green = target met, Amber = within 5 percentage points of target, Red = more than 5 percentage points from target");
    expect(higher.targetSentence).toBe(
      "Target: 80% (RAG Bandings: Green = target met, Amber = within 5 percentage points of target, Red = more than 5 percentage points from target)",
    );
    expect(lower.sentence).toBe("Green = target met, Amber = within 2.5 percentage points of target, Red = more than 2.5 percentage points from target");
    const one = built({ target: 95, form: { form: "tolerance-points", tolerancePoints: 1 } }, "higher-is-better", "percentage", 1);
    expect(one.sentence).toBe("Green = target met, Amber = within 1 percentage point of target, Red = more than 1 percentage point from target");
  });

  it.each([
    [80.1, "Green"],
    [80.0, "Green"],
    [79.9, "Amber"],
    [75.0, "Amber"],
    [74.9, "Red"],
  ] as const)("higher is better, target 80%% within 5 points: %d%% is %s", (result, rating) => {
    expect(rate(higher, 1, result)).toBe(rating);
    expect(rateFine(higher.bands, toFine(result, 1))).toBe(rating);
  });

  it.each([
    [11.9, "Green"],
    [12.0, "Green"],
    [12.1, "Amber"],
    [14.5, "Amber"],
    [14.6, "Red"],
  ] as const)("lower is better, target 12%% within 2.5 points: %d%% is %s", (result, rating) => {
    expect(rate(lower, 1, result)).toBe(rating);
  });

  it("points are not a share of the target: 5 points from 80% is 75%, where 5% of it would be 76%", () => {
    const percent = built({ target: 80, form: { form: "tolerance", tolerancePercent: 5 } }, "higher-is-better", "percentage", 1);
    expect(rate(higher, 1, 75.5)).toBe("Amber");
    expect(rate(percent, 1, 75.5)).toBe("Red");
  });

  it("is read at the published precision: 68.6% is 1 point from a 69.6% target, at 0.1 steps", () => {
    const b = built({ target: 69.6, form: { form: "tolerance-points", tolerancePoints: 1 } }, "higher-is-better", "percentage", 1);
    expect(rate(b, 1, 68.6)).toBe("Amber");
    expect(rate(b, 1, 68.5)).toBe("Red");
    expect(rate(b, 1, 68.60000000000001)).toBe("Amber");
  });

  it("takes a percentage change too, whose differences are percentage points", () => {
    const change = built({ target: 0, form: { form: "tolerance-points", tolerancePoints: 2 } }, "higher-is-better", "percentage-change", 1);
    expect(change.targetSentence).toBe(
      "Target: 0% (RAG Bandings: Green = target met, Amber = within 2 percentage points of target, Red = more than 2 percentage points from target)",
    );
    expect(rate(change, 1, 0.0)).toBe("Green");
    expect(rate(change, 1, -2.0)).toBe("Amber");
    expect(rate(change, 1, -2.1)).toBe("Red");
  });

  it("is refused for an indicator not measured in percentages, pointing to toleranceUnits", () => {
    expect(problemsOf({ target: 20, form: { form: "tolerance-points", tolerancePoints: 2 } }, "lower-is-better", "days", 0)).toEqual([
      {
        field: "tolerancePoints",
        message: "a tolerance in percentage points is for an indicator measured in percentages, but this one is measured in days",
        hint: 'write the tolerance in the indicator\'s own unit with toleranceUnits (e.g. toleranceUnits: 2 for "within 2 days of target"), or as a share of the target with tolerancePercent',
      },
    ]);
  });
});

describe("tolerance in the indicator's own unit", () => {
  // Housing benefit new claims, in days, lower is better: "within 2 days of target".
  const days = built({ target: 20, form: { form: "tolerance-units", toleranceUnits: 2 } }, "lower-is-better", "days", 0);
  // A count, higher is better: homes delivered within 15 of a target of 250.
  const homes = built({ target: 250, form: { form: "tolerance-units", toleranceUnits: 15 } }, "higher-is-better", "count", 0);

  it("prints the tolerance in the unit, as formatDifference words a difference", () => {
    expect(days.sentence).toBe("Green = target met, Amber = within 2 days of target, Red = more than 2 days from target");
    expect(days.targetSentence).toBe("Target: 20 days (RAG Bandings: Green = target met, Amber = within 2 days of target, Red = more than 2 days from target)");
    expect(homes.sentence).toBe("Green = target met, Amber = within 15 of target, Red = more than 15 from target");
    const oneDay = built({ target: 5, form: { form: "tolerance-units", toleranceUnits: 1 } }, "lower-is-better", "days", 1);
    expect(oneDay.sentence).toBe("Green = target met, Amber = within 1 day of target, Red = more than 1 day from target");
    const money = built({ target: 1200, form: { form: "tolerance-units", toleranceUnits: 50 } }, "lower-is-better", { kind: "money", moneyIn: "thousands" }, 0);
    expect(money.targetSentence).toBe("Target: £1,200k (RAG Bandings: Green = target met, Amber = within £50k of target, Red = more than £50k from target)");
    const rate = built(
      { target: 4.5, form: { form: "tolerance-units", toleranceUnits: 0.5 } },
      "lower-is-better",
      { kind: "rate", label: "per 1,000 population" },
      1,
    );
    expect(rate.sentence).toBe("Green = target met, Amber = within 0.5 per 1,000 population of target, Red = more than 0.5 per 1,000 population from target");
  });

  it.each([
    [19, "Green"],
    [20, "Green"],
    [21, "Amber"],
    [22, "Amber"],
    [23, "Red"],
  ] as const)("lower is better, target 20 days within 2 days: %d days is %s", (result, rating) => {
    expect(rate(days, 0, result)).toBe(rating);
  });

  it.each([
    [251, "Green"],
    [250, "Green"],
    [249, "Amber"],
    [235, "Amber"],
    [234, "Red"],
  ] as const)("higher is better, target 250 within 15: %d is %s", (result, rating) => {
    expect(rate(homes, 0, result)).toBe(rating);
  });

  it("keeps one step at the published precision: 10.5 days within 0.5 of 10.0, but not 10.6", () => {
    const b = built({ target: 10, form: { form: "tolerance-units", toleranceUnits: 0.5 } }, "lower-is-better", "days", 1);
    expect(rate(b, 1, 10.0)).toBe("Green");
    expect(rate(b, 1, 10.1)).toBe("Amber");
    expect(rate(b, 1, 10.5)).toBe("Amber");
    expect(rate(b, 1, 10.6)).toBe("Red");
  });

  it("lies on the worse side of a negative target: an overspend of £0.3m or less against −£0.5m is Amber", () => {
    const b = built({ target: -0.5, form: { form: "tolerance-units", toleranceUnits: 0.3 } }, "lower-is-better", { kind: "money", moneyIn: "millions" }, 1);
    expect(rate(b, 1, -0.6)).toBe("Green");
    expect(rate(b, 1, -0.5)).toBe("Green");
    expect(rate(b, 1, -0.4)).toBe("Amber");
    expect(rate(b, 1, -0.2)).toBe("Amber");
    expect(rate(b, 1, -0.1)).toBe("Red");
  });

  it("is refused for a percentage, whose own unit is percentage points", () => {
    expect(problemsOf({ target: 80, form: { form: "tolerance-units", toleranceUnits: 5 } }, "higher-is-better", "percentage", 1)).toEqual([
      {
        field: "toleranceUnits",
        message: "this indicator is measured in percentages, so a tolerance in its own unit is in percentage points",
        hint: "write it as tolerancePoints: 5, or as a share of the target with tolerancePercent",
      },
    ]);
  });
});

describe("a percentage tolerance of a negative target stays on the worse side", () => {
  it("higher is better, target −£2.0m (a saving to find) within 10%: −£2.2m is the last Amber", () => {
    const b = built({ target: -2, form: { form: "tolerance", tolerancePercent: 10 } }, "higher-is-better", { kind: "money", moneyIn: "millions" }, 1);
    expect(rate(b, 1, -2.0)).toBe("Green");
    expect(rate(b, 1, -2.1)).toBe("Amber");
    expect(rate(b, 1, -2.2)).toBe("Amber");
    expect(rate(b, 1, -2.3)).toBe("Red");
  });
});

describe("rateResult on fixed bands rates as rateFine does", () => {
  it.each([
    ["thresholds", { target: 80, form: { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } } }],
    ["floor", { target: 90, form: { form: "target-and-floor", floor: 85 } }],
    ["tolerancePercent", { target: 90, form: { form: "tolerance", tolerancePercent: 10 } }],
  ] as const)("%s, whatever the period's target and last year's figure", (_, spec) => {
    const b = built(spec, "higher-is-better", "percentage", 1);
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const fine = toFine(tenths / 10, 1);
      expect(rateResult(b, { fine, targetFine: toFine(50, 1), lastYearFine: toFine(99, 1) })).toBe(rateFine(b.bands, fine));
    }
  });
});
