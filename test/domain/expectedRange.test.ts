/**
 * Activity indicators against an expected range, as Kent's quarterly performance reports show demand: upper and lower
 * thresholds instead of a target, and each figure "within expected range", "above" or "below". Every edge: on each
 * threshold and one step beyond, at the published precision.
 */
import { describe, expect, it } from "vitest";
import { compareWithRange, RANGE_STATUS_WORDS, rangeStatus, rangeStatusText, readExpectedRange, type ExpectedRange } from "../../src/domain/expectedRange";
import { toFine, type UnitLike } from "../../src/domain/units";

function range(lower: number, upper: number, unit: UnitLike, decimals: number): ExpectedRange {
  const read = readExpectedRange({ lower, upper }, unit, decimals);
  if ("problems" in read) throw new Error(`unexpected problems: ${JSON.stringify(read.problems)}`);
  return read.expectedRange;
}

// Children in care, a count: an expected range of 1,250 to 1,450.
const children = range(1250, 1450, "count", 0);
// Rate of referrals per 10,000 children, to 1 decimal place: 420.0 to 480.0.
const referrals = range(420, 480, { kind: "rate", label: "per 10,000 children" }, 1);

describe("where a figure stands", () => {
  it.each([
    [1249, "below"],
    [1250, "within"],
    [1302, "within"],
    [1450, "within"],
    [1451, "above"],
  ] as const)("children in care, 1,250 to 1,450: %d is %s", (result, status) => {
    expect(rangeStatus(children, toFine(result, 0))).toBe(status);
    expect(compareWithRange(children, result).status).toBe(status);
  });

  it.each([
    [419.9, "below"],
    [420.0, "within"],
    [480.0, "within"],
    [480.1, "above"],
    [479.99999999999994, "within"],
  ] as const)("referrals, 420.0 to 480.0 at one decimal place: %d is %s", (result, status) => {
    expect(compareWithRange(referrals, result).status).toBe(status);
  });

  it("a range of one value holds only that value", () => {
    const one = range(10, 10, "count", 0);
    expect(compareWithRange(one, 9).status).toBe("below");
    expect(compareWithRange(one, 10).status).toBe("within");
    expect(compareWithRange(one, 11).status).toBe("above");
  });
});

describe("the words the page and the data notes print", () => {
  it("names the range within, and only the side outside", () => {
    expect(compareWithRange(children, 1302).text).toBe("Within expected range (1,250 to 1,450)");
    expect(compareWithRange(children, 1451).text).toBe("Above expected range");
    expect(compareWithRange(children, 1249).text).toBe("Below expected range");
    expect(rangeStatusText("within", referrals)).toBe("Within expected range (420 to 480 per 10,000 children)");
    expect(Object.values(RANGE_STATUS_WORDS)).toEqual(["Within expected range", "Above expected range", "Below expected range"]);
  });

  it("prints the range as papers print ranges, in each unit", () => {
    expect(children.sentence).toBe("Expected range: 1,250 to 1,450");
    expect(range(18, 22, "days", 1).text).toBe("18 to 22 days");
    expect(range(60, 75.5, "percentage", 1).text).toBe("60% to 75.5%");
    expect(range(1.2, 1.5, { kind: "money", moneyIn: "millions" }, 1).text).toBe("£1.2m to £1.5m");
    expect(range(10, 10, "count", 0).text).toBe("10");
  });
});

describe("a range that cannot be used", () => {
  it("the lower threshold above the upper", () => {
    expect(readExpectedRange({ lower: 1450, upper: 1250 }, "count", 0)).toEqual({
      problems: [
        {
          field: "upper",
          message: "the upper threshold 1250 is below the lower threshold 1450",
          hint: "the lower threshold is the bottom of the expected range and the upper its top: check them against the paper, or swap them",
        },
      ],
    });
  });

  it("a threshold finer than the indicator publishes", () => {
    expect(readExpectedRange({ lower: 420.25, upper: 480 }, "number", 1)).toEqual({
      problems: [
        {
          field: "lower",
          message: "the lower threshold 420.25 has more decimal places than the 1 this indicator publishes",
          hint: "round it, or change decimalPlaces (or targetDecimalPlaces, if the paper prints thresholds more finely)",
        },
      ],
    });
  });

  it("a negative count and a percentage over 100", () => {
    const negative = readExpectedRange({ lower: -5, upper: 20 }, "count", 0);
    expect("problems" in negative && negative.problems.map((p) => [p.field, p.message])).toEqual([
      ["lower", "found -5, but this indicator's figures cannot be negative"],
    ]);
    const over = readExpectedRange({ lower: 90, upper: 101 }, "percentage", 0);
    expect("problems" in over && over.problems.map((p) => [p.field, p.message])).toEqual([["upper", "found 101, but a percentage cannot be over 100"]]);
    // A change may be negative.
    expect("expectedRange" in readExpectedRange({ lower: -5, upper: 5 }, "percentage-change", 1)).toBe(true);
  });
});
