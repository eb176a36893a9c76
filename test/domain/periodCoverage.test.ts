import { describe, expect, it } from "vitest";
import type { DataBasis } from "../../src/domain/dataBasis";
import { coverageLabel, periodCoverage } from "../../src/domain/periodCoverage";
import {
  monthRangeLabel,
  parsePeriod,
  periodContains,
  periodDates,
  periodFirstMonth,
  periodLastMonth,
  rollingFirstMonth,
  type Period,
} from "../../src/domain/periods";

const read = (text: string): Period => parsePeriod(text)!;
const month = (year: number, m: number) => ({ kind: "month", year, month: m }) as const;

describe("periodDates", () => {
  it.each([
    ["2017-06", "2017-06-01", "2017-06-30"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2017-02", "2017-02-01", "2017-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2017-12", "2017-12-01", "2017-12-31"],
    ["Q1 2017/18", "2017-04-01", "2017-06-30"],
    ["Q2 2017/18", "2017-07-01", "2017-09-30"],
    ["Q3 2017/18", "2017-10-01", "2017-12-31"],
    ["Q4 2017/18", "2018-01-01", "2018-03-31"],
    ["Q4 2015/16", "2016-01-01", "2016-03-31"],
    ["H1 2017/18", "2017-04-01", "2017-09-30"],
    ["H2 2017/18", "2017-10-01", "2018-03-31"],
    ["2017/18", "2017-04-01", "2018-03-31"],
    ["1999/00", "1999-04-01", "2000-03-31"],
    ["2017", "2017-01-01", "2017-12-31"],
    ["2016", "2016-01-01", "2016-12-31"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(periodDates(read(text))).toEqual({ start, end });
  });
});

describe("a period's months", () => {
  it("begin and end where its days do", () => {
    expect(periodFirstMonth(read("Q4 2016/17"))).toEqual(month(2017, 1));
    expect(periodLastMonth(read("Q4 2016/17"))).toEqual(month(2017, 3));
    expect(periodFirstMonth(read("H2 2017/18"))).toEqual(month(2017, 10));
    expect(periodLastMonth(read("H2 2017/18"))).toEqual(month(2018, 3));
    expect(periodFirstMonth(read("2017/18"))).toEqual(month(2017, 4));
    expect(periodLastMonth(read("2017"))).toEqual(month(2017, 12));
    expect(periodLastMonth(read("2017-06"))).toEqual(month(2017, 6));
  });

  it("start a rolling window the right number of months back, across year ends", () => {
    expect(rollingFirstMonth(read("2017-04"), 12)).toEqual(month(2016, 5));
    expect(rollingFirstMonth(read("Q1 2017/18"), 12)).toEqual(month(2016, 7));
    expect(rollingFirstMonth(read("2017-01"), 3)).toEqual(month(2016, 11));
    expect(rollingFirstMonth(read("2017-01"), 1)).toEqual(month(2017, 1));
    expect(() => rollingFirstMonth(read("2017-01"), -3)).toThrow(RangeError);
  });

  it("are worded as a range, or as one month", () => {
    expect(monthRangeLabel(month(2016, 5), month(2017, 4))).toBe("May 2016 to Apr 2017");
    expect(monthRangeLabel(month(2017, 4), month(2017, 4))).toBe("Apr 2017");
  });
});

describe("periodContains", () => {
  it.each([
    ["2017/18", "2018-03", true],
    ["2017/18", "2018-04", false],
    ["2017/18", "2017-03", false],
    ["2017/18", "Q4 2017/18", true],
    ["2017/18", "H2 2017/18", true],
    ["2017/18", "2017/18", true],
    ["2017/18", "2017", false],
    ["2017", "2017/18", false],
    ["2017", "Q3 2017/18", true],
    ["2017", "Q4 2017/18", false],
    ["H2 2017/18", "Q4 2017/18", true],
    ["H2 2017/18", "Q2 2017/18", false],
    ["Q4 2016/17", "2017-02", true],
    ["Q4 2016/17", "2016-12", false],
    ["2017-02", "2017-02", true],
    ["2017-02", "Q4 2016/17", false],
  ])("%s contains %s: %s", (outer, inner, contains) => {
    expect(periodContains(read(outer), read(inner))).toBe(contains);
  });
});

const inPeriod: DataBasis = { kind: "in-period" };
const yearToDate: DataBasis = { kind: "year-to-date" };
const rolling12: DataBasis = { kind: "rolling", months: 12 };
const rolling3: DataBasis = { kind: "rolling", months: 3 };
const snapshot: DataBasis = { kind: "snapshot" };
const outturn: DataBasis = { kind: "annual-outturn" };
const other: DataBasis = { kind: "other", text: "Figures are a three-year average." };

describe("periodCoverage and coverageLabel", () => {
  it.each([
    // The period itself: in-period, annual outturn and any other basis.
    ["2016-02", inPeriod, "2016-02-01", "2016-02-29", "Feb 2016"],
    ["Q4 2016/17", inPeriod, "2017-01-01", "2017-03-31", "Q4 2016/17"],
    ["H2 2017/18", outturn, "2017-10-01", "2018-03-31", "H2 2017/18"],
    ["2017/18", outturn, "2017-04-01", "2018-03-31", "2017/18"],
    ["2017", other, "2017-01-01", "2017-12-31", "2017"],
    // Year to date: from 1 April of the financial year (1 January for a calendar year) to the period's end.
    ["2017-04", yearToDate, "2017-04-01", "2017-04-30", "Apr 2017"],
    ["2017-06", yearToDate, "2017-04-01", "2017-06-30", "Apr 2017 to Jun 2017"],
    ["2016-02", yearToDate, "2015-04-01", "2016-02-29", "Apr 2015 to Feb 2016"],
    ["2018-01", yearToDate, "2017-04-01", "2018-01-31", "Apr 2017 to Jan 2018"],
    ["Q3 2023/24", yearToDate, "2023-04-01", "2023-12-31", "Apr 2023 to Dec 2023"],
    ["Q4 2016/17", yearToDate, "2016-04-01", "2017-03-31", "Apr 2016 to Mar 2017"],
    ["H2 2017/18", yearToDate, "2017-04-01", "2018-03-31", "Apr 2017 to Mar 2018"],
    ["2017/18", yearToDate, "2017-04-01", "2018-03-31", "Apr 2017 to Mar 2018"],
    ["2017", yearToDate, "2017-01-01", "2017-12-31", "Jan 2017 to Dec 2017"],
    // Rolling: the N whole months ending with the period's last month.
    ["2017-04", rolling12, "2016-05-01", "2017-04-30", "May 2016 to Apr 2017"],
    ["2016-02", rolling12, "2015-03-01", "2016-02-29", "Mar 2015 to Feb 2016"],
    ["2017-12", rolling12, "2017-01-01", "2017-12-31", "Jan 2017 to Dec 2017"],
    ["2017-02", rolling3, "2016-12-01", "2017-02-28", "Dec 2016 to Feb 2017"],
    ["Q1 2017/18", rolling12, "2016-07-01", "2017-06-30", "Jul 2016 to Jun 2017"],
    ["Q4 2016/17", rolling12, "2016-04-01", "2017-03-31", "Apr 2016 to Mar 2017"],
    ["H2 2017/18", rolling12, "2017-04-01", "2018-03-31", "Apr 2017 to Mar 2018"],
    ["H1 2017/18", rolling3, "2017-07-01", "2017-09-30", "Jul 2017 to Sep 2017"],
    ["2017", rolling12, "2017-01-01", "2017-12-31", "Jan 2017 to Dec 2017"],
    // Snapshot: the period's last day.
    ["2016-02", snapshot, "2016-02-29", "2016-02-29", "29 February 2016"],
    ["Q4 2016/17", snapshot, "2017-03-31", "2017-03-31", "31 March 2017"],
    ["H1 2017/18", snapshot, "2017-09-30", "2017-09-30", "30 September 2017"],
    ["2017", snapshot, "2017-12-31", "2017-12-31", "31 December 2017"],
  ])("%s, %o: %s to %s, %j", (text, basis, start, end, label) => {
    expect(periodCoverage(read(text), basis)).toEqual({ start, end });
    expect(coverageLabel(read(text), basis)).toBe(label);
  });

  it("refuses a rolling window that is not a whole number of months", () => {
    expect(() => periodCoverage(read("2017-04"), { kind: "rolling", months: 0 })).toThrow("a rolling window is a whole number of months, at least 1, not 0");
  });
});
