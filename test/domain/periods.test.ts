import { describe, expect, it } from "vitest";
import {
  financialYearLabel,
  financialYearStart,
  nextPeriod,
  parseFinancialYear,
  parsePeriod,
  periodIndex,
  periodKey,
  periodLabel,
  periodLongLabel,
  periodKindWord,
  periodShortLabel,
  rollingWindowLabel,
  samePeriodLastYear,
  trendOrder,
  type Period,
} from "../../src/domain/periods";

const month = (year: number, m: number): Period => ({ kind: "month", year, month: m });
const quarter = (financialYearStart: number, q: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", financialYearStart, quarter: q });
const half = (financialYearStart: number, h: 1 | 2): Period => ({ kind: "half", financialYearStart, half: h });
const financialYear = (financialYearStart: number): Period => ({ kind: "financial-year", financialYearStart });
const calendarYear = (year: number): Period => ({ kind: "calendar-year", year });

describe("parsePeriod", () => {
  it("reads a month written year-month", () => {
    expect(parsePeriod("2017-06")).toEqual({ kind: "month", year: 2017, month: 6 });
    expect(parsePeriod("2017-03")).toEqual({ kind: "month", year: 2017, month: 3 });
    expect(parsePeriod("2017-12")).toEqual({ kind: "month", year: 2017, month: 12 });
    expect(parsePeriod("2018-01")).toEqual({ kind: "month", year: 2018, month: 1 });
  });

  it("reads a financial-year quarter", () => {
    expect(parsePeriod("Q4 2016/17")).toEqual({ kind: "quarter", financialYearStart: 2016, quarter: 4 });
    expect(parsePeriod("Q1 2017/18")).toEqual({ kind: "quarter", financialYearStart: 2017, quarter: 1 });
  });

  it("reads a quarter of a financial year that spans a century", () => {
    expect(parsePeriod("Q2 1999/00")).toEqual({ kind: "quarter", financialYearStart: 1999, quarter: 2 });
  });

  it.each(["2017-13", "2017-00", "2017-6", "17-06", "Q5 2017/18", "Q0 2017/18", "Q1 2017/19", "Q1 2017/17", "Q1 2017", ""])("rejects %j", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it("reads the spellings papers use too (periodSpellings.test.ts has them all)", () => {
    expect(parsePeriod("June 2017")).toEqual({ kind: "month", year: 2017, month: 6 });
    expect(parsePeriod("Jun 2017")).toEqual({ kind: "month", year: 2017, month: 6 });
    expect(parsePeriod(" 2017-06")).toEqual({ kind: "month", year: 2017, month: 6 });
    expect(parsePeriod("Q1 2017-18")).toEqual({ kind: "quarter", financialYearStart: 2017, quarter: 1 });
  });

  it("round-trips through periodKey", () => {
    for (const text of ["2017-06", "2017-01", "2016-12", "Q4 2016/17", "Q1 2017/18", "Q3 2009/10", "H1 2017/18", "H2 1999/00", "2017/18", "1999/00", "2017"]) {
      const period = parsePeriod(text);
      expect(period).toBeDefined();
      expect(periodKey(period!)).toBe(text);
    }
  });
});

describe("period labels", () => {
  it("formats months as the paper's trend table does", () => {
    expect(periodLabel(month(2017, 3))).toBe("Mar 2017");
    expect(periodLabel(month(2017, 6))).toBe("Jun 2017");
    expect(periodLabel(month(2017, 9))).toBe("Sep 2017");
    expect(periodLabel(month(2016, 12))).toBe("Dec 2016");
    expect(periodLabel(month(2017, 1))).toBe("Jan 2017");
  });

  it("formats months in full words", () => {
    expect(periodLongLabel(month(2017, 6))).toBe("June 2017");
    expect(periodLongLabel(month(2017, 9))).toBe("September 2017");
  });

  it("formats quarters with the financial year", () => {
    expect(periodKey(quarter(2016, 4))).toBe("Q4 2016/17");
    expect(periodLabel(quarter(2016, 4))).toBe("Q4 2016/17");
    expect(periodLongLabel(quarter(2017, 1))).toBe("Q1 2017/18");
  });

  it("drops the year only when the two months share it", () => {
    expect(periodShortLabel(month(2017, 5), month(2017, 6))).toBe("May");
    expect(periodShortLabel(month(2016, 12), month(2017, 1))).toBe("December 2016");
  });
});

describe("financial years", () => {
  it("puts January to March in the financial year that began the April before", () => {
    expect(financialYearStart(month(2017, 3))).toBe(2016);
    expect(financialYearStart(month(2017, 1))).toBe(2016);
    expect(financialYearStart(month(2017, 4))).toBe(2017);
    expect(financialYearStart(month(2017, 12))).toBe(2017);
    expect(financialYearStart(quarter(2016, 4))).toBe(2016);
  });

  it("labels and parses financial years", () => {
    expect(financialYearLabel(2016)).toBe("2016/17");
    expect(financialYearLabel(2017)).toBe("2017/18");
    expect(financialYearLabel(1999)).toBe("1999/00");
    expect(financialYearLabel(2009)).toBe("2009/10");
    expect(parseFinancialYear("2017/18")).toBe(2017);
    expect(parseFinancialYear("1999/00")).toBe(1999);
    expect(parseFinancialYear("2017/19")).toBeUndefined();
    expect(parseFinancialYear("2017-18")).toBeUndefined();
    expect(parseFinancialYear("2017")).toBeUndefined();
  });
});

describe("nextPeriod and periodIndex", () => {
  it("moves from December to January of the next year", () => {
    expect(nextPeriod(month(2017, 12))).toEqual({ kind: "month", year: 2018, month: 1 });
    expect(nextPeriod(month(2017, 3))).toEqual({ kind: "month", year: 2017, month: 4 });
  });

  it("moves from Q4 to Q1 of the next financial year", () => {
    expect(nextPeriod(quarter(2016, 4))).toEqual({ kind: "quarter", financialYearStart: 2017, quarter: 1 });
    expect(nextPeriod(quarter(2017, 1))).toEqual({ kind: "quarter", financialYearStart: 2017, quarter: 2 });
    expect(nextPeriod(quarter(2017, 3))).toEqual({ kind: "quarter", financialYearStart: 2017, quarter: 4 });
  });

  it("gives consecutive periods consecutive indexes, across year ends", () => {
    for (const p of [month(2016, 12), month(2017, 3), month(2017, 11), quarter(2016, 4), quarter(2017, 2)]) {
      expect(periodIndex(nextPeriod(p)) - periodIndex(p)).toBe(1);
    }
    expect(periodIndex(month(2017, 6)) - periodIndex(month(2017, 3))).toBe(3);
    expect(periodIndex(month(2018, 1))).toBeGreaterThan(periodIndex(month(2017, 12)));
  });
});

describe("rollingWindowLabel", () => {
  it("words a month's rolling 12 months as the paper's data notes do", () => {
    // "The result for Apr 2017 for example shows performance for May 2016 to Apr 2017."
    expect(rollingWindowLabel(month(2017, 4))).toBe("May 2016 to Apr 2017");
    expect(rollingWindowLabel(month(2018, 1))).toBe("Feb 2017 to Jan 2018");
    expect(rollingWindowLabel(month(2017, 12))).toBe("Jan 2017 to Dec 2017");
  });

  it("ends a quarter's window at the quarter's last month", () => {
    expect(rollingWindowLabel(quarter(2016, 4))).toBe("Apr 2016 to Mar 2017");
    expect(rollingWindowLabel(quarter(2017, 1))).toBe("Jul 2016 to Jun 2017");
    expect(rollingWindowLabel(quarter(2017, 2))).toBe("Oct 2016 to Sep 2017");
    expect(rollingWindowLabel(quarter(2017, 3))).toBe("Jan 2017 to Dec 2017");
  });

  it("counts other windows, and ends a half's or a year's at its last month", () => {
    expect(rollingWindowLabel(month(2017, 2), 3)).toBe("Dec 2016 to Feb 2017");
    expect(rollingWindowLabel(month(2017, 2), 1)).toBe("Feb 2017");
    expect(rollingWindowLabel(month(2017, 2), 24)).toBe("Mar 2015 to Feb 2017");
    expect(rollingWindowLabel(half(2017, 2))).toBe("Apr 2017 to Mar 2018");
    expect(rollingWindowLabel(financialYear(2017), 6)).toBe("Oct 2017 to Mar 2018");
    expect(rollingWindowLabel(calendarYear(2017))).toBe("Jan 2017 to Dec 2017");
    expect(() => rollingWindowLabel(month(2017, 2), 0)).toThrow("a rolling window is a whole number of months, at least 1, not 0");
    expect(() => rollingWindowLabel(month(2017, 2), 1.5)).toThrow(RangeError);
  });
});

describe("trendOrder", () => {
  const month = (text: string) => parsePeriod(text)!;
  it("finds each row that does not come after the one before, and says whether it repeats it", () => {
    const { mixesKinds, faults } = trendOrder([month("2017-03"), month("2017-05"), month("2017-04"), month("2017-04"), month("2017-06")]);
    expect(mixesKinds).toBe(false);
    expect(faults.map(({ index, repeated }) => ({ index, repeated }))).toEqual([
      { index: 2, repeated: false },
      { index: 3, repeated: true },
    ]);
  });

  it("skips unreadable periods and notices months mixed with quarters", () => {
    const result = trendOrder([month("2017-03"), undefined, month("2017-02"), month("Q1 2017/18")]);
    expect(result.faults).toEqual([]);
    expect(result.mixesKinds).toBe(true);
    expect(trendOrder([]).mixesKinds).toBe(false);
  });
});

describe("halves, financial years and calendar years", () => {
  it("have their canonical keys, and labels that are their keys", () => {
    for (const [period, key] of [
      [half(2017, 1), "H1 2017/18"],
      [half(2017, 2), "H2 2017/18"],
      [half(1999, 2), "H2 1999/00"],
      [financialYear(2017), "2017/18"],
      [financialYear(2009), "2009/10"],
      [calendarYear(2017), "2017"],
    ] as const) {
      expect([periodKey(period), periodLabel(period), periodLongLabel(period), periodShortLabel(period, period)]).toEqual([key, key, key, key]);
    }
    expect(periodShortLabel(month(2017, 5), quarter(2017, 1))).toBe("May 2017");
  });

  it("name their kind in words", () => {
    expect(["month", "quarter", "half", "financial-year", "calendar-year"].map((kind) => periodKindWord(kind as Period["kind"]))).toEqual([
      "month",
      "quarter",
      "half-year",
      "financial year",
      "year",
    ]);
  });

  it("fall in a financial year: their own, or for a calendar year the one its December is in", () => {
    expect(financialYearStart(half(2017, 2))).toBe(2017);
    expect(financialYearStart(financialYear(2016))).toBe(2016);
    expect(financialYearStart(calendarYear(2017))).toBe(2017);
  });

  it("follow on across year ends with consecutive indexes", () => {
    expect(nextPeriod(half(2017, 1))).toEqual({ kind: "half", financialYearStart: 2017, half: 2 });
    expect(nextPeriod(half(2017, 2))).toEqual({ kind: "half", financialYearStart: 2018, half: 1 });
    expect(nextPeriod(financialYear(2017))).toEqual({ kind: "financial-year", financialYearStart: 2018 });
    expect(nextPeriod(calendarYear(2017))).toEqual({ kind: "calendar-year", year: 2018 });
    for (const p of [half(2017, 1), half(2017, 2), financialYear(1999), calendarYear(2017)]) {
      expect(periodIndex(nextPeriod(p)) - periodIndex(p)).toBe(1);
    }
    expect(periodIndex(half(2017, 2))).toBe(4035);
    expect(periodIndex(financialYear(2017))).toBe(2017);
    expect(periodIndex(calendarYear(2017))).toBe(2017);
  });

  it("keep their order in a trend, and are noticed mixed with another kind", () => {
    expect(trendOrder([half(2016, 2), half(2017, 1), half(2017, 1)]).faults.map(({ index, repeated }) => ({ index, repeated }))).toEqual([
      { index: 2, repeated: true },
    ]);
    expect(trendOrder([financialYear(2016), financialYear(2017)])).toEqual({ mixesKinds: false, faults: [] });
    expect(trendOrder([financialYear(2017), calendarYear(2016)])).toEqual({ mixesKinds: true, faults: [] });
  });
});

describe("samePeriodLastYear", () => {
  it("goes back one year for every kind, across year ends", () => {
    expect(samePeriodLastYear(month(2017, 1))).toEqual({ kind: "month", year: 2016, month: 1 });
    expect(samePeriodLastYear(month(2016, 12))).toEqual({ kind: "month", year: 2015, month: 12 });
    expect(samePeriodLastYear(quarter(2017, 4))).toEqual({ kind: "quarter", financialYearStart: 2016, quarter: 4 });
    expect(samePeriodLastYear(quarter(2017, 1))).toEqual({ kind: "quarter", financialYearStart: 2016, quarter: 1 });
    expect(samePeriodLastYear(half(2017, 2))).toEqual({ kind: "half", financialYearStart: 2016, half: 2 });
    expect(samePeriodLastYear(financialYear(2000))).toEqual({ kind: "financial-year", financialYearStart: 1999 });
    expect(samePeriodLastYear(calendarYear(2017))).toEqual({ kind: "calendar-year", year: 2016 });
  });
});
