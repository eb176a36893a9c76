/**
 * The rating rule, against the 7 September 2017 paper's bandings and by hand: every state a period can be in, and every
 * way a given rating can be wrong.
 */
import { describe, expect, it } from "vitest";
import { readBandings, type Bandings, type BandingsForm } from "../../src/domain/bandings";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import { STATE_WORDS, missingResultWord, ratingTagWords, rateRow, ratingWord, type RatingInput } from "../../src/domain/rating";
import type { Polarity, UnitKind } from "../../src/domain/units";

function built(target: number, form: BandingsForm, polarity: Polarity, unit: UnitKind, decimals: number): Bandings {
  const result = readBandings({ financialYear: 2017, target, form }, polarity, unit, decimals);
  if ("problems" in result) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.bandings;
}

// "Below 70% = Red, 70% to 80% = Amber, 80% and above = Green" and "Above 22 = Red, 18 to 22 = Amber, 18 and below = Green".
const adoption = built(80, { form: "thresholds", bands: { red: "below 70", amber: "70 to 80", green: "80 and above" } }, "higher-is-better", "percentage", 1);
const caseload = built(18, { form: "thresholds", bands: { red: "above 22", amber: "18 to 22", green: "18 and below" } }, "lower-is-better", "number", 1);

const performance = (input: Partial<RatingInput>): RatingInput => ({ result: null, awaited: false, kind: "performance", decimals: 1, ...input });

describe("a result with its year's bandings on record is rated by them", () => {
  it.each([
    [62.8, "Red"],
    [69.9, "Red"],
    [70.0, "Amber"],
    [79.9, "Amber"],
    [80.0, "Green"],
  ] as const)("adoption %d%% is %s, computed", (result, rating) => {
    expect(rateRow(performance({ result, bandings: adoption }))).toEqual({ rating, state: "rated", source: "computed" });
  });

  it("lower is better: Average Caseload 24.6 is Red, 22.0 Amber, 18.0 Green", () => {
    expect(rateRow(performance({ result: 24.6, bandings: caseload })).rating).toBe("Red");
    expect(rateRow(performance({ result: 22.0, bandings: caseload })).rating).toBe("Amber");
    expect(rateRow(performance({ result: 18.0, bandings: caseload })).rating).toBe("Green");
  });

  it("a published rating that agrees is no problem, and the rating is still the computed one", () => {
    expect(rateRow(performance({ result: 62.8, bandings: adoption, published: "Red" }))).toEqual({ rating: "Red", state: "rated", source: "computed" });
  });

  it("a published rating that disagrees is reported with both ratings, and the computed one is the answer", () => {
    expect(rateRow(performance({ result: 62.8, bandings: adoption, published: "Amber" }))).toEqual({
      rating: "Red",
      state: "rated",
      source: "computed",
      problem: { kind: "disagrees", published: "Amber", computed: "Red" },
    });
  });

  it("being awaited means nothing once the result is in", () => {
    expect(rateRow(performance({ result: 62.8, bandings: adoption, awaited: true }))).toEqual({ rating: "Red", state: "rated", source: "computed" });
  });
});

describe("a result whose year has no bandings on record keeps the rating as published", () => {
  it("Average Caseload Mar 2017: 22.0 stays Red as published (the 2017/18 bandings, not given, would say Amber)", () => {
    expect(rateRow(performance({ result: 22.0, published: "Red" }))).toEqual({ rating: "Red", state: "rated", source: "as published" });
  });

  it("without a rating as published it has none, and says it is needed", () => {
    expect(rateRow(performance({ result: 22.0 }))).toEqual({ rating: null, state: "no-data", source: null, problem: { kind: "published-needed" } });
  });
});

describe("a period without a result", () => {
  it("has no data, whatever the bandings", () => {
    expect(rateRow(performance({ bandings: adoption }))).toEqual({ rating: null, state: "no-data", source: null });
    expect(rateRow(performance({}))).toEqual({ rating: null, state: "no-data", source: null });
  });

  it("is awaiting data when its result is still to come", () => {
    expect(rateRow(performance({ awaited: true, bandings: adoption }))).toEqual({ rating: null, state: "awaiting", source: null });
  });

  it("cannot be rated: a rating given for it is reported, and not used", () => {
    expect(rateRow(performance({ bandings: adoption, published: "Red" }))).toEqual({
      rating: null,
      state: "no-data",
      source: null,
      problem: { kind: "rated-without-result", published: "Red" },
    });
    expect(rateRow(performance({ awaited: true, published: "Green" }))).toMatchObject({
      rating: null,
      state: "awaiting",
      problem: { kind: "rated-without-result" },
    });
  });
});

describe("an activity indicator is never rated", () => {
  it("not with bandings, not with a result, not while awaiting data", () => {
    for (const input of [{ result: 62.8, bandings: adoption }, { result: 14 }, { result: null }, { result: null, awaited: true }]) {
      expect(rateRow({ ...performance(input), kind: "activity" })).toEqual({ rating: null, state: "not-rated", source: null });
    }
  });

  it("a rating given for one is reported", () => {
    expect(rateRow({ ...performance({ result: 14, published: "Amber" }), kind: "activity" })).toEqual({
      rating: null,
      state: "not-rated",
      source: null,
      problem: { kind: "activity-rated", published: "Amber" },
    });
  });
});

describe("the words", () => {
  it("each rating is its own word, and each state without one says why", () => {
    expect(ratingWord({ rating: "Red", state: "rated" })).toBe("Red");
    expect(ratingWord({ rating: "Amber", state: "rated" })).toBe("Amber");
    expect(ratingWord({ rating: "Green", state: "rated" })).toBe("Green");
    expect(ratingWord({ rating: null, state: "no-data" })).toBe("No data");
    expect(ratingWord({ rating: null, state: "awaiting" })).toBe("Awaiting data");
    expect(ratingWord({ rating: null, state: "not-rated" })).toBe("Not rated");
  });

  it("a result cell without a result says no data, or awaiting data", () => {
    expect(missingResultWord(false)).toBe("No data");
    expect(missingResultWord(true)).toBe("Awaiting data");
  });

  it("the rating tag's words are the table's: the scheme's statuses, then the states without one, then where an unrated figure stands against its expected range", () => {
    expect(ratingTagWords(DEFAULT_RATING_SCHEME)).toEqual([
      "Green",
      "Amber",
      "Red",
      "No data",
      "Awaiting data",
      "Not rated",
      "Within expected range",
      "Above expected range",
      "Below expected range",
    ]);
    expect(ratingTagWords(DEFAULT_RATING_SCHEME).slice(3, 6)).toEqual(Object.values(STATE_WORDS));
  });
});
