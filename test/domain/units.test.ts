import { describe, expect, it } from "vitest";
import { formatDifference, formatThreshold, formatValue, mayBeNegative, targetName, unitLabel, type Unit } from "../../src/domain/units";

const MINUS = "\u2212";

describe("formatValue: a figure as the paper prints it, in every unit", () => {
  it.each<[Unit, number, number, string]>([
    [{ kind: "percentage" }, 68.6, 1, "68.6%"],
    [{ kind: "percentage-change" }, -3.2, 1, `${MINUS}3.2%`],
    [{ kind: "percentage-change" }, 1.3, 1, "+1.3%"],
    [{ kind: "percentage-change" }, 0, 1, "0.0%"],
    [{ kind: "number" }, 22, 1, "22.0"],
    [{ kind: "number" }, -1234.5, 1, `${MINUS}1,234.5`],
    [{ kind: "count" }, 12345, 0, "12,345"],
    [{ kind: "money" }, 1234567, 0, "£1,234,567"],
    [{ kind: "money" }, 12.5, 2, "£12.50"],
    [{ kind: "money", moneyIn: "thousands" }, 31420, 0, "£31,420k"],
    [{ kind: "money", moneyIn: "millions" }, 2.3, 1, "£2.3m"],
    [{ kind: "money", moneyIn: "thousands" }, -126, 0, `${MINUS}£126k`],
    [{ kind: "days" }, 17.2, 1, "17.2 days"],
    [{ kind: "days" }, 1, 0, "1 day"],
    [{ kind: "days" }, 1, 1, "1.0 days"],
    [{ kind: "hours" }, 4, 0, "4 hours"],
    [{ kind: "minutes" }, 1, 0, "1 minute"],
    [{ kind: "seconds" }, 45, 0, "45 seconds"],
    [{ kind: "rate", label: "per 1,000 population" }, 1.42, 2, "1.42 per 1,000 population"],
    [{ kind: "custom", label: "kg per household" }, 439, 0, "439 kg per household"],
  ])("%o %d at %d decimal places is %s", (unit, value, decimals, expected) => {
    expect(formatValue(value, unit, decimals)).toBe(expected);
  });

  it("never prints a minus sign on a figure that rounds to zero", () => {
    expect(formatValue(-0.04, { kind: "number" }, 1)).toBe("0.0");
    expect(formatValue(-0.04, { kind: "money" }, 1)).toBe("£0.0");
  });
});

describe("the words around a figure", () => {
  it("thresholds keep only the decimals they were written with", () => {
    expect(formatThreshold(70, "percentage")).toBe("70%");
    expect(formatThreshold(29500, { kind: "money", moneyIn: "thousands" })).toBe("£29,500k");
    expect(formatThreshold(112.5, "count")).toBe("112.5");
  });

  it("differences: percentage points for percentages, the unit's own words otherwise", () => {
    expect(formatDifference(0.4, "percentage", 1)).toBe("0.4 percentage points");
    expect(formatDifference(1, "percentage-change", 1)).toBe("1.0 percentage point");
    expect(formatDifference(2.3, "days", 1)).toBe("2.3 days");
    expect(formatDifference(1315, { kind: "money", moneyIn: "thousands" }, 0)).toBe("£1,315k");
    expect(formatDifference(0.23, { kind: "rate", label: "per 1,000 population" }, 2)).toBe("0.23 per 1,000 population");
    expect(formatDifference(-14, "count", 0)).toBe("14");
  });

  it("a target named in a sentence", () => {
    expect(targetName(80, "percentage")).toBe("the 80% target");
    expect(targetName(18, "days")).toBe("the target of 18 days");
    expect(targetName(31000, { kind: "money", moneyIn: "thousands" })).toBe("the target of £31,000k");
  });

  it("the unit in words for downloads and chart axes", () => {
    expect(["percentage", "percentage-change", "number", "count", "money", "days"].map((kind) => unitLabel(kind as Unit["kind"]))).toEqual([
      "%",
      "% change",
      "",
      "",
      "£",
      "days",
    ]);
    expect(unitLabel({ kind: "money", moneyIn: "millions" })).toBe("£ millions");
    expect(unitLabel({ kind: "rate", label: "per 100,000" })).toBe("per 100,000");
  });

  it("which units may fall below zero", () => {
    expect(["number", "percentage-change", "money", "custom"].every((kind) => mayBeNegative(kind as Unit["kind"]))).toBe(true);
    expect(["percentage", "count", "days", "rate"].some((kind) => mayBeNegative(kind as Unit["kind"]))).toBe(false);
  });
});
