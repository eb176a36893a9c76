import { describe, expect, it } from "vitest";
import { readPeriodSpelling, spellingProblem } from "../../src/domain/periodSpellings";
import { parsePeriod, periodKey, periodProblem } from "../../src/domain/periods";

const EXPECTED =
  'expected a month such as "2017-06", a quarter such as "Q1 2017/18", a half-year such as "H1 2017/18", a financial year such as "2017/18" or a calendar year such as "2017"';

describe("parsePeriod reads the spellings councils use", () => {
  it.each([
    // Months
    ["2017-06", "2017-06"],
    ["Jun 2017", "2017-06"],
    ["June 2017", "2017-06"],
    ["Sept 2017", "2017-09"],
    ["Sep 2017", "2017-09"],
    ["Sept. 2017", "2017-09"],
    ["September 2017", "2017-09"],
    ["Jun-2017", "2017-06"],
    ["Jun–2017", "2017-06"],
    ["Jun-17", "2017-06"],
    ["Jun 17", "2017-06"],
    ["jun 2017", "2017-06"],
    ["JUNE 2017", "2017-06"],
    ["  June   2017 ", "2017-06"],
    [" 2017-06", "2017-06"],
    ["2016-02", "2016-02"],
    ["2009-10", "2009-10"],
    // Quarters
    ["Q1 2023/24", "Q1 2023/24"],
    ["2023/24 Q1", "Q1 2023/24"],
    ["Quarter 1 2023-24", "Q1 2023/24"],
    ["Quarter 1 2023/24", "Q1 2023/24"],
    ["Q1 2023-24", "Q1 2023/24"],
    ["Q1 2023–24", "Q1 2023/24"],
    ["Q1 23/24", "Q1 2023/24"],
    ["Q1 2023/2024", "Q1 2023/24"],
    ["q4 2016/17", "Q4 2016/17"],
    ["2017/18 Quarter 4", "Q4 2017/18"],
    ["Q2 1999/00", "Q2 1999/00"],
    ["Apr-Jun 2014", "Q1 2014/15"],
    ["Jul-Sep 2014", "Q2 2014/15"],
    ["Oct-Dec 2014", "Q3 2014/15"],
    ["Jan-Mar 2015", "Q4 2014/15"],
    ["April to June 2014", "Q1 2014/15"],
    ["Apr - Jun 2014", "Q1 2014/15"],
    ["Apr – Jun 2014", "Q1 2014/15"],
    ["Jan-Mar 2014/15", "Q4 2014/15"],
    ["Jan 2015-Mar 2015", "Q4 2014/15"],
    // Halves
    ["H1 2017/18", "H1 2017/18"],
    ["2017/18 H1", "H1 2017/18"],
    ["Half 1 2017/18", "H1 2017/18"],
    ["H2 17/18", "H2 2017/18"],
    ["Apr-Sep 2017", "H1 2017/18"],
    ["April to September 2017", "H1 2017/18"],
    ["Oct 2017-Mar 2018", "H2 2017/18"],
    ["October 2017 to March 2018", "H2 2017/18"],
    ["Oct-Mar 2017/18", "H2 2017/18"],
    ["Oct – Mar 2017/18", "H2 2017/18"],
    // Financial years
    ["2017/18", "2017/18"],
    ["2017-18", "2017/18"],
    ["2017–18", "2017/18"],
    ["2017/2018", "2017/18"],
    ["2017-2018", "2017/18"],
    ["FY 2017/18", "2017/18"],
    ["FY17/18", "2017/18"],
    ["2017 / 18", "2017/18"],
    ["1999/00", "1999/00"],
    ["Apr 2017-Mar 2018", "2017/18"],
    // Calendar years
    ["2017", "2017"],
    ["Calendar year 2017", "2017"],
    ["calendar year 2017", "2017"],
    ["Jan-Dec 2017", "2017"],
  ])("%j is %j", (text, key) => {
    const period = parsePeriod(text);
    expect(period && periodKey(period)).toBe(key);
    expect(periodProblem(text)).toBe("");
  });

  it("reads each kind into the period itself", () => {
    expect(parsePeriod("Jan-Mar 2015")).toEqual({ kind: "quarter", financialYearStart: 2014, quarter: 4 });
    expect(parsePeriod("Oct-Mar 2017/18")).toEqual({ kind: "half", financialYearStart: 2017, half: 2 });
    expect(parsePeriod("2017-18")).toEqual({ kind: "financial-year", financialYearStart: 2017 });
    expect(parsePeriod("Calendar year 2017")).toEqual({ kind: "calendar-year", year: 2017 });
    expect(parsePeriod("Jun-17")).toEqual({ kind: "month", year: 2017, month: 6 });
  });

  it("reads a spelling into the months it names", () => {
    expect(readPeriodSpelling("Apr-Jun 2014")).toEqual({ year: 2014, month: 4, months: 3 });
    expect(readPeriodSpelling("H2 2017/18")).toEqual({ year: 2017, month: 10, months: 6 });
    expect(readPeriodSpelling("Q4 2017/18")).toEqual({ year: 2018, month: 1, months: 3 });
    expect(readPeriodSpelling("2017/18")).toEqual({ year: 2017, month: 4, months: 12 });
    expect(readPeriodSpelling("2017")).toEqual({ year: 2017, month: 1, months: 12 });
    expect(readPeriodSpelling("Q5 2017/18")).toBeUndefined();
  });
});

describe("periodProblem says why a spelling is refused", () => {
  it.each([
    ["Q5 2017/18", 'found "Q5 2017/18", but a quarter is Q1 to Q4'],
    ["Q0 2017/18", 'found "Q0 2017/18", but a quarter is Q1 to Q4'],
    ["Quarter 5 2017-18", 'found "Quarter 5 2017-18", but a quarter is Q1 to Q4'],
    ["H3 2017/18", 'found "H3 2017/18", but a half-year is H1 or H2'],
    ["2017/19", 'found "2017/19", but the two years of a financial year follow on, e.g. 2017/18'],
    ["2017/2019", 'found "2017/2019", but the two years of a financial year follow on, e.g. 2017/18'],
    ["2017-19", 'found "2017-19", but the two years of a financial year follow on, e.g. 2017/18'],
    ["2017-17", 'found "2017-17", but the two years of a financial year follow on, e.g. 2017/18'],
    ["Q1 2017/19", 'found "Q1 2017/19", but the two years of a financial year follow on, e.g. 2017/18'],
    ["Q1 2017/17", 'found "Q1 2017/17", but the two years of a financial year follow on, e.g. 2017/18'],
    ["Oct-Mar 2017/19", 'found "Oct-Mar 2017/19", but the two years of a financial year follow on, e.g. 2017/18'],
    ["2017/06", 'found "2017/06", but the two years of a financial year follow on, e.g. 2017/18'],
    ["2017-13", 'found "2017-13", but there is no month 13'],
    ["2017-00", 'found "2017-00", but there is no month 00'],
    ["2017-6", 'found "2017-6", but a month is written with two digits, e.g. "2017-06"'],
    ["Q1 2017", 'found "Q1 2017", but a quarter belongs to a financial year, e.g. "Q1 2017/18"'],
    ["H2 2017", 'found "H2 2017", but a half-year belongs to a financial year, e.g. "H2 2017/18"'],
    ["Oct-Mar 2017", 'found "Oct-Mar 2017", but months that run over the year end need both years, e.g. "Oct 2017-Mar 2018" or "Oct-Mar 2017/18"'],
    [
      "May-Jul 2017",
      'found "May-Jul 2017", but a span of months is a period only when it is a quarter (Apr-Jun, Jul-Sep, Oct-Dec or Jan-Mar), a half-year (Apr-Sep or Oct-Mar) or a whole year',
    ],
    [
      "Jan-Jun 2017",
      'found "Jan-Jun 2017", but a span of months is a period only when it is a quarter (Apr-Jun, Jul-Sep, Oct-Dec or Jan-Mar), a half-year (Apr-Sep or Oct-Mar) or a whole year',
    ],
    ["Jun 2018-Apr 2017", 'found "Jun 2018-Apr 2017", but the months end before they begin'],
    ["17-06", `found "17-06", ${EXPECTED}`],
    ["17/18", `found "17/18", ${EXPECTED}`],
    ["May 2O17", `found "May 2O17", ${EXPECTED}`],
    ["Jnu 2017", `found "Jnu 2017", ${EXPECTED}`],
    ["FY 2017", `found "FY 2017", ${EXPECTED}`],
    ["Q1 2017/18 extra", `found "Q1 2017/18 extra", ${EXPECTED}`],
    ["", `found "", ${EXPECTED}`],
  ])("%j", (text, message) => {
    expect(parsePeriod(text)).toBeUndefined();
    expect(periodProblem(text)).toBe(message);
    expect(spellingProblem(text)).toBe(message);
  });
});
