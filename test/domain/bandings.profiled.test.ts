/**
 * Targets profiled through the year, with figures as a paper prints them: the rule applied to each period's own target
 * (a quarterly target, a year-to-date one that grows). Every band edge, both polarities.
 */
import { describe, expect, it } from "vitest";
import { bandingsAt, rateFine, rateResult, ratingNeeds } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { built, problemsOf, rate } from "../helpers/bandings";

describe("a target profiled through the year", () => {
  // Quarterly targets of a year-to-date count: 60, 125, 190, 250 homes; Amber within 10% of each quarter's own target.
  const homes = built({ target: 250, form: { form: "tolerance", tolerancePercent: 10 }, profiled: true }, "higher-is-better", "count", 0, {
    periodKind: "quarter",
    yearToDate: true,
  });

  it("says the target is set for each period, with the year's final target where given", () => {
    expect(homes.sentence).toBe(
      "Green = year-to-date target met, Amber = within 10% of the year-to-date target, Red = more than 10% from the year-to-date target",
    );
    expect(homes.targetSentence).toBe(
      "Target: set for each quarter, year to date, 250 by year end (RAG Bandings: Green = year-to-date target met, Amber = within 10% of the year-to-date target, Red = more than 10% from the year-to-date target)",
    );
    expect(homes.profiled).toBe(true);
    expect(homes.finalTarget).toBe(250);
    expect(homes.target).toBeNaN();
    const quarterly = built({ form: { form: "tolerance-points", tolerancePoints: 5 }, profiled: true }, "higher-is-better", "percentage", 1, {
      periodKind: "quarter",
    });
    expect(quarterly.targetSentence).toBe(
      "Target: set for each quarter (RAG Bandings: Green = quarterly target met, Amber = within 5 percentage points of the quarterly target, Red = more than 5 percentage points from the quarterly target)",
    );
    expect(quarterly.finalTarget).toBeUndefined();
    const monthly = built({ form: { form: "tolerance-units", toleranceUnits: 2 }, profiled: true }, "lower-is-better", "days", 0, { periodKind: "month" });
    expect(monthly.sentence).toBe("Green = monthly target met, Amber = within 2 days of the monthly target, Red = more than 2 days from the monthly target");
    const unnamed = built({ form: { form: "tolerance", tolerancePercent: 10 }, profiled: true }, "higher-is-better", "count", 0);
    expect(unnamed.targetSentence).toBe(
      "Target: set for each period (RAG Bandings: Green = profiled target met, Amber = within 10% of the profiled target, Red = more than 10% from the profiled target)",
    );
  });

  it.each([
    // Q1: target 60, Amber down to 54.
    [60, 60, "Green"],
    [59, 60, "Amber"],
    [54, 60, "Amber"],
    [53, 60, "Red"],
    // Q3: target 190, Amber down to 171; 171 would have been Red against the Q4 target.
    [190, 190, "Green"],
    [171, 190, "Amber"],
    [170, 190, "Red"],
    // Q4: the year's final target.
    [250, 250, "Green"],
    [225, 250, "Amber"],
    [224, 250, "Red"],
  ] as const)("higher is better, %d homes against a quarter's target of %d is %s", (result, target, rating) => {
    expect(rate(homes, 0, result, { target })).toBe(rating);
  });

  it("lower is better: average days to relet, monthly targets of 30 then 25, within 2 days", () => {
    const relet = built({ form: { form: "tolerance-units", toleranceUnits: 2 }, profiled: true }, "lower-is-better", "days", 0, { periodKind: "month" });
    expect(rate(relet, 0, 30, { target: 30 })).toBe("Green");
    expect(rate(relet, 0, 32, { target: 30 })).toBe("Amber");
    expect(rate(relet, 0, 33, { target: 30 })).toBe("Red");
    expect(rate(relet, 0, 25, { target: 25 })).toBe("Green");
    expect(rate(relet, 0, 26, { target: 25 })).toBe("Amber");
    expect(rate(relet, 0, 27, { target: 25 })).toBe("Amber");
    expect(rate(relet, 0, 28, { target: 25 })).toBe("Red");
  });

  it("with a floor: Green at the period's target, Amber down to the floor, Red below it", () => {
    // Council tax collected, year to date: 29.5% by June against a floor of 25%.
    const tax = built({ target: 97, form: { form: "target-and-floor", floor: 25 }, profiled: true }, "higher-is-better", "percentage", 1, {
      periodKind: "month",
      yearToDate: true,
    });
    expect(tax.sentence).toBe(
      "Green = year-to-date target met, Amber = floor standard of 25% met but year-to-date target not met, Red = floor standard not met",
    );
    expect(tax.targetSentence).toBe(
      "Target: set for each month, year to date, 97% by year end, Floor standard: 25% (RAG Bandings: Green = year-to-date target met, Amber = floor standard of 25% met but year-to-date target not met, Red = floor standard not met)",
    );
    expect(rate(tax, 1, 29.5, { target: 29.5 })).toBe("Green");
    expect(rate(tax, 1, 29.4, { target: 29.5 })).toBe("Amber");
    expect(rate(tax, 1, 25.0, { target: 29.5 })).toBe("Amber");
    expect(rate(tax, 1, 24.9, { target: 29.5 })).toBe("Red");
    const lower = built({ form: { form: "target-and-floor", floor: 40 }, profiled: true }, "lower-is-better", "days", 0, { periodKind: "quarter" });
    expect(rate(lower, 0, 30, { target: 30 })).toBe("Green");
    expect(rate(lower, 0, 31, { target: 30 })).toBe("Amber");
    expect(rate(lower, 0, 40, { target: 30 })).toBe("Amber");
    expect(rate(lower, 0, 41, { target: 30 })).toBe("Red");
  });

  it("needs each period's own target: without one there is no rating, and ratingNeeds says why", () => {
    const figures = { fine: toFine(200, 0) };
    expect(rateResult(homes, figures)).toBeUndefined();
    expect(rateResult(homes, { ...figures, targetFine: null })).toBeUndefined();
    expect(ratingNeeds(homes, figures)).toBe("target");
    expect(ratingNeeds(homes, { ...figures, targetFine: toFine(190, 0) })).toBeUndefined();
  });

  it("has no bands for the year as a whole, so rating by them alone gives nothing rather than the wrong target's rating", () => {
    expect(rateFine(homes.bands, toFine(250, 0))).toBeUndefined();
    expect(rateFine(homes.bands, toFine(0, 0))).toBeUndefined();
  });

  it("gives a period's own bands, for the distance to the next band", () => {
    const q1 = bandingsAt(homes, 60, "count");
    expect(q1.target).toBe(60);
    expect(q1.bands.map((band) => band.text)).toEqual(["Below 54", "54 to 60", "60 and above"]);
    const fixed = built({ target: 80, form: { form: "tolerance-points", tolerancePoints: 5 } }, "higher-is-better", "percentage", 1);
    expect(bandingsAt(fixed, 70, "percentage")).toBe(fixed);
  });

  it("is refused with fixed red, amber and green bands", () => {
    expect(
      problemsOf(
        { target: 80, form: { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } }, profiled: true },
        "higher-is-better",
        "percentage",
        1,
      ),
    ).toEqual([
      {
        field: "profiled",
        message: "profiled bandings are applied to each period's own target, so they cannot be fixed red, amber and green bands",
        hint: "delete profiled: true to use the bands for every period, or write the rule as a floor, tolerancePercent, tolerancePoints or toleranceUnits",
      },
    ]);
  });

  it("leaves the target out only when profiled", () => {
    expect(problemsOf({ form: { form: "tolerance", tolerancePercent: 10 } }, "higher-is-better", "percentage", 1)).toEqual([
      {
        field: "target",
        message: "is missing: bandings need the year's target, unless each period has its own (profiled: true)",
        hint: "add the target the paper gives for the year, e.g. target: 80, or profiled: true when the target differs each period",
      },
    ]);
  });
});
