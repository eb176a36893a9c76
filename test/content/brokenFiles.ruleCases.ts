/**
 * Broken content cases whose front matter reads but breaks the content's rules: bandings, ids and scorecards, dates
 * and folders, periods, results, targets and ratings, and faults that must not cascade into more problems. Each states
 * the exact file, line, column, field and message a clerk should see, and the text the line and column point at. Run
 * by brokenFiles.rules.test.ts; the fixtures are test/fixtures/broken/<name>/.
 */
import { ADOPTION, CASELOAD, MEETING, type BrokenCase } from "./brokenFiles";

const BANDS_HINT = 'the three bands must meet without gaps or overlaps, e.g. red: "below 70", amber: "70 to 80", green: "80 and above"';

export const ruleCases: BrokenCase[] = [
  // ---------------------------------------------------------------- bandings
  {
    name: "bandings-gap",
    fault: "red: below 70, amber: 72 to 80 (nothing rates 70 to 71.9)",
    problems: [
      {
        file: ADOPTION,
        line: 17,
        column: 12,
        field: "bandings[0].amber",
        message: "the bands leave a gap between Red (up to 70) and Amber (from 72): some results would have no rating",
        hint: BANDS_HINT,
        at: "72 to 80",
      },
    ],
  },
  {
    name: "bandings-overlap",
    fault: "red: below 75, amber: 70 to 80",
    problems: [
      {
        file: ADOPTION,
        line: 17,
        column: 12,
        field: "bandings[0].amber",
        message: "the bands overlap between Red (up to 75) and Amber (from 70)",
        hint: BANDS_HINT,
        at: "70 to 80",
      },
    ],
  },
  {
    name: "bandings-wrong-order-for-polarity",
    fault: "average caseload bands (Green lowest) with polarity: higher-is-better",
    problems: [
      {
        file: CASELOAD,
        line: 17,
        column: 12,
        field: "bandings[0].amber",
        message: "the bands run Green, Amber, Red from low to high values, but higher is better needs Red, Amber, Green",
        at: "18 to 22",
      },
    ],
  },
  {
    name: "bandings-duplicate-year",
    fault: "a second bandings entry for 2017/18",
    problems: [
      {
        file: ADOPTION,
        line: 19,
        column: 20,
        field: "bandings[1].financialYear",
        message: "bandings for 2017/18 are given twice",
        hint: "keep one entry per financial year",
        at: "2017/18",
      },
    ],
  },
  {
    name: "bandings-unreadable-band",
    fault: "red: under 70",
    problems: [
      {
        file: ADOPTION,
        line: 16,
        column: 10,
        field: "bandings[0].red",
        message: '"under 70" is not a band this tool can read',
        hint: 'write it as "below 70", "above 22", "70 to 80", "80 and above", "18 and below" or "0"',
        at: "under 70",
      },
    ],
  },
  {
    name: "bandings-incomplete",
    fault: "amber band deleted",
    problems: [
      {
        file: ADOPTION,
        line: 14,
        column: 5,
        field: "bandings[0]",
        message: "bandings need exactly one of: all three of red, amber and green; a floor; or a tolerancePercent",
        at: "financialYear: 2017/18",
      },
    ],
  },
  // ---------------------------------------------------------------- ids and scorecards
  {
    name: "duplicate-indicator-id",
    fault: "02-average-caseload.md reuses the id adoption-plan-within-4-months",
    problems: [
      {
        file: CASELOAD,
        line: 2,
        column: 5,
        field: "id",
        message: `"adoption-plan-within-4-months" is already the id of ${ADOPTION}`,
        hint: "give each indicator in a meeting its own id",
        at: "adoption-plan-within-4-months",
      },
    ],
  },
  {
    name: "scorecard-not-listed",
    fault: "scorecard: Education and Early Help, not listed in meeting.md",
    problems: [
      {
        file: CASELOAD,
        line: 4,
        column: 12,
        field: "scorecard",
        message: `"Education and Early Help" is not one of this meeting's scorecards ("Specialist Children's Services")`,
        hint: "use one of the names listed under `scorecards` in meeting.md, or add this one there",
        at: "Education and Early Help",
      },
    ],
  },
  {
    name: "scorecard-without-indicators",
    fault: "meeting.md lists Education and Early Help but no file belongs to it",
    problems: [
      {
        file: MEETING,
        line: 9,
        column: 5,
        field: "scorecards[1]",
        message: 'no indicator file in this folder belongs to the scorecard "Education and Early Help"',
        hint: "add its indicator files, or remove it from the list",
        at: "Education and Early Help",
      },
    ],
  },
  // ---------------------------------------------------------------- dates and folders
  {
    name: "impossible-date",
    fault: "date: 2017-02-30 (folder 2017-02-30-cype)",
    problems: [
      {
        file: "content/meetings/2017-02-30-cype/meeting.md",
        line: 3,
        column: 7,
        field: "date",
        message: 'found "2017-02-30", expected a real date written YYYY-MM-DD',
        at: "2017-02-30",
      },
    ],
  },
  {
    name: "folder-date-disagrees",
    fault: "folder 2017-09-08-cype, date: 2017-09-07",
    problems: [
      {
        file: "content/meetings/2017-09-08-cype/meeting.md",
        line: 3,
        column: 7,
        field: "date",
        message: "found 2017-09-07, but the folder is named for 2017-09-08",
        hint: "make the folder name and the date agree",
        at: "2017-09-07",
      },
    ],
  },
  {
    name: "bad-folder-name",
    fault: "folder cype-september-2017",
    problems: [
      {
        file: "content/meetings/cype-september-2017/meeting.md",
        line: 1,
        column: 1,
        field: "",
        message: 'the folder name "cype-september-2017" is not the meeting date followed by a short committee name',
        at: "---",
      },
    ],
  },
  // ---------------------------------------------------------------- periods
  {
    name: "periods-out-of-order",
    fault: "rows Mar, May, Apr, Jun",
    problems: [
      {
        file: ADOPTION,
        line: 24,
        column: 15,
        field: "trend[2].period",
        message: "Apr 2017 comes after May 2017, but the trend must run oldest first",
        hint: "put the rows in date order, oldest first",
        at: "2017-04",
      },
    ],
  },
  {
    name: "duplicate-period",
    fault: "rows Mar, Apr, Apr, Jun",
    problems: [
      {
        file: ADOPTION,
        line: 24,
        column: 15,
        field: "trend[2].period",
        message: "Apr 2017 appears twice in the trend",
        hint: "delete one of the two rows",
        at: "2017-04",
      },
    ],
  },
  {
    name: "period-month-13",
    fault: "period: 2017-13",
    problems: [
      {
        file: ADOPTION,
        line: 25,
        column: 15,
        field: "trend[3].period",
        message: 'found "2017-13", but there is no month 13',
        at: "2017-13",
      },
    ],
  },
  // ---------------------------------------------------------------- results, targets and ratings
  {
    name: "result-too-many-decimals",
    fault: "result: 63.25 with decimalPlaces: 1",
    problems: [
      {
        file: ADOPTION,
        line: 24,
        column: 32,
        field: "trend[2].result",
        message: "found 63.25, which has more decimal places than the 1 this indicator publishes",
        hint: "round it to 1 decimal place, or change decimalPlaces",
        at: "63.25",
      },
    ],
  },
  {
    name: "percentage-over-100",
    fault: "result: 100.4 for a percentage",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: "found 100.4, but a percentage cannot be over 100", at: "100.4" }],
  },
  {
    name: "rating-disagrees-with-bandings",
    fault: "Jun 2017: result 62.8 published as Amber, but the bandings make it Red",
    problems: [
      {
        file: ADOPTION,
        line: 25,
        column: 60,
        field: "trend[3].rating",
        message: "the paper's rating is Amber, but the 2017/18 bandings (Below 70% = Red, 70% to 80% = Amber, 80% and above = Green) rate 62.8% as Red",
        hint: "check the result and the bandings against the paper; a published rating must agree with them",
        at: "Amber }",
      },
    ],
  },
  {
    name: "missing-rating-without-bandings",
    fault: "Mar 2017 (financial year 2016/17, no bandings on record) has no rating",
    problems: [
      {
        file: ADOPTION,
        line: 22,
        column: 5,
        field: "trend[0].rating",
        message: "is missing: there are no bandings on record for 2016/17, so the rating as published is needed for Mar 2017",
        hint: "add rating: Red, Amber or Green as the paper printed it, or add bandings for 2016/17",
        at: "{ period: 2017-03",
      },
    ],
  },
  {
    name: "target-disagrees-with-bandings",
    fault: "May 2017 target 20.0, bandings target 18",
    problems: [
      { file: CASELOAD, line: 24, column: 46, field: "trend[2].target", message: "found 20, but the 2017/18 bandings give a target of 18", at: "20.0" },
    ],
  },
  // ---------------------------------------------------------------- no cascades
  {
    name: "only-broken-indicator",
    fault: 'the meeting\'s only indicator has result: twenty-three; that is one problem, not also "no indicator file belongs to the scorecard"',
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number', at: "twenty-three" }],
  },
  {
    name: "utf8-bom",
    fault: "result: twenty-three in a file saved with a UTF-8 byte-order mark (as Windows editors do): the mark is not a fault",
    problems: [{ file: ADOPTION, line: 24, column: 32, field: "trend[2].result", message: 'found "twenty-three", expected a number', at: "twenty-three" }],
  },
];
