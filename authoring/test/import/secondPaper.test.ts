import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaper } from "../../import/importPaper";
import { loadScorecards } from "../../../src/pipeline/loadScorecards";
import type { Indicator, Scorecards } from "../../../src/scorecard/model";
import { cleanUp, FIXTURES, tempDir } from "./helpers";

/**
 * A second paper written for these tests in the seed's layout (figures invented): another committee, a monthly
 * indicator whose trend crosses the 2017/18 financial year end, a lower-is-better count, and a quarterly indicator.
 */
const PAPER = path.join(FIXTURES, "gedc-2018-05-15.txt");
let site: Scorecards;
const byTitle = (title: string): Indicator => site.indicators.find((indicator) => indicator.title === title)!;

beforeAll(async () => {
  const root = await tempDir();
  await importPaper({ paper: PAPER, out: path.join(root, "content", "meetings"), force: false, draft: true });
  site = await loadScorecards(root);
});
afterAll(cleanUp);

describe("a second paper, for another committee", () => {
  it("becomes a meeting of that committee on its date, agenda item and title", () => {
    const meeting = site.meetings[0]!;
    expect(meeting.slug).toBe("2018-05-15-gedc");
    expect(meeting.committee).toBe("Growth, Economic Development and Communities Cabinet Committee");
    expect([meeting.dateLabel, meeting.agendaItem, meeting.agendaTitle, meeting.pages]).toEqual([
      "Tuesday 15 May 2018",
      "9",
      "GEDC Performance Dashboard",
      "Pages 5 - 12",
    ]);
    expect(meeting.indicators).toHaveLength(3);
  });

  it("keeps the paper's ratings for the year without bandings and computes them for the new year", () => {
    const enquiries = byTitle("% of business enquiries answered within 10 working days");
    expect(enquiries.rows.map((row) => [row.periodLabel, row.resultText, row.targetText, row.ratingText, row.ratingSource])).toEqual([
      ["Jan 2018", "84.1%", "85.0%", "Red", "as published"],
      ["Feb 2018", "86.3%", "85.0%", "Amber", "as published"],
      ["Mar 2018", "88.0%", "85.0%", "Green", "as published"],
      ["Apr 2018", "87.5%", "90.0%", "Amber", "computed"],
    ]);
    expect(enquiries.dataNotes.target).toBe("Target: 90% (RAG Bandings: Below 80% = Red, 80% to 90% = Amber, 90% and above = Green)");
    expect(enquiries.distanceToBandText).toBe("2.5 percentage points below Green (90%)");
  });

  it("reads a lower-is-better count with its zero-is-Green bandings", () => {
    const closures = byTitle("Number of library buildings closed at short notice");
    expect([closures.unit, closures.decimalPlaces, closures.polarity]).toEqual([{ kind: "count" }, 0, "lower-is-better"]);
    expect(closures.dataNotes.target).toBe("Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)");
    expect(closures.rows.map((row) => row.resultText)).toEqual(["3", "0", "12", "15"]);
    expect(closures.summary).toBe("15 in April 2018, up 3 since March; Red, 5 above the Amber band and 15 above the target of 0.");
  });

  it("reads a quarterly indicator across the financial year end", () => {
    const planning = byTitle("% of planning applications decided within 13 weeks");
    expect(planning.rows.map((row) => [row.period, row.ratingText, row.ratingSource])).toEqual([
      ["Q2 2017/18", "Green", "as published"],
      ["Q3 2017/18", "Amber", "as published"],
      ["Q4 2017/18", "Green", "as published"],
      ["Q1 2018/19", "Green", "computed"],
    ]);
    expect(planning.trendTableCaption).toBe("Results, targets and ratings by quarter");
    expect(planning.dataNotes.dataBasis).toBe("Figures shown are based on a snapshot as at the end of the reporting quarter");
  });
});
