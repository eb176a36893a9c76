import { describe, expect, it } from "vitest";
import { recordsToCsv } from "../../src/opendata/csv";
import type { TrendRecord } from "../../src/opendata/records";

const record: TrendRecord = {
  meetingDate: "2017-09-07",
  committee: "Committee, with a comma",
  indicatorId: "x",
  indicatorTitle: '=HYPERLINK("http://evil","click")',
  scorecard: "-1+1",
  period: "2017-06",
  periodStart: "2017-06-01",
  periodEnd: "2017-06-30",
  dataBasis: "in-period",
  polarity: "lower-is-better",
  result: -3.5,
  unit: "number",
  unitLabel: "",
  target: 0,
  rating: "Red",
  ratingSource: "computed",
  ratingByRule: null,
  expectedRange: null,
  directionOfTravel: null,
  directionOfTravelText: "No earlier period in this trend",
  directionComparedWith: null,
  samePeriodLastYear: null,
  directionSinceLastYear: null,
  previousYearOutturn: null,
  status: "as published",
  firstPublishedResult: null,
};

describe("recordsToCsv", () => {
  it("marks text a spreadsheet would run as a formula, quotes commas and quotes, and keeps numbers as numbers", () => {
    const row = recordsToCsv([record]).split("\r\n")[1];
    expect(row).toBe(
      `2017-09-07,"Committee, with a comma",x,"'=HYPERLINK(""http://evil"",""click"")",'-1+1,2017-06,2017-06-01,2017-06-30,in-period,lower-is-better,-3.5,number,,0,Red,computed,,,,No earlier period in this trend,,,,,as published,`,
    );
  });
});
