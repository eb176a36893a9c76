/**
 * The sample meeting's paper, typed by hand, for the seedRatings tests: Kent County Council, Children's, Young People
 * and Education Cabinet Committee, 7 September 2017, agenda item 16 (Specialist Children's Services scorecard).
 * Every expected value below is typed from that paper (or worked out by hand from its figures), never from our output.
 */
import { beforeAll } from "vitest";
import type { Rating } from "../../src/domain/bandings";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import type { Indicator, Meeting, Scorecards } from "../../src/scorecard/model";

export const MEETING = "2017-09-07-cype";
export const SCORECARD = "Specialist Children's Services";
export const MONTHS = ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"];

export interface PaperIndicator {
  title: string;
  /** "KCC Result" row, Mar to Jun 2017; "" where the paper prints nothing. */
  results: string[];
  /** "Target" row. */
  targets: string[];
  /** "RAG Rating" row; null where the paper prints nothing. */
  ratings: (Rating | null)[];
  /** The Data Notes block, line by line. */
  notes: { target: string; tolerance: string; data: string; dataSource: string };
}

export const ROLLING =
  "Data: Figures shown are based on a rolling 12 month period. The result for Apr 2017 for example shows performance for May 2016 to Apr 2017.";
export const SNAPSHOT = "Data: Figures shown are based on a snapshot as at the end of the reporting month";

/** The paper, in file order. */
export const PAPER: Record<string, PaperIndicator> = {
  "adoption-plan-within-4-months": {
    title: "% of cases where adoption agreed as plan within 4 months, for those with an agency decision",
    results: ["68.6%", "62.8%", "63.2%", "62.8%"],
    targets: ["75.0%", "80.0%", "80.0%", "80.0%"],
    ratings: ["Amber", "Red", "Red", "Red"],
    notes: {
      target: "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)",
      tolerance: "Tolerance: Higher values are better",
      data: ROLLING,
      dataSource: "Data Source: Liberi",
    },
  },
  "average-caseload": {
    title: "Average Caseload of Social Workers in CSWTs",
    results: ["22.0", "23.4", "23.8", "24.6"],
    targets: ["18.0", "18.0", "18.0", "18.0"],
    ratings: ["Red", "Red", "Red", "Red"],
    notes: {
      target: "Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)",
      tolerance: "Tolerance: Lower values are better",
      data: SNAPSHOT,
      dataSource: "Data Source: Liberi and Area Staffing Spreadsheets",
    },
  },
  "cic-health-assessments": {
    title: "% of CIC cases where all Health Assessments were held within required timescale",
    results: ["87.4%", "86.9%", "86.1%", "83.8%"],
    targets: ["90.0%", "90.0%", "90.0%", "90.0%"],
    ratings: ["Amber", "Amber", "Amber", "Red"],
    notes: {
      target: "Target: 90% (RAG Bandings: Below 85% = Red, 85% to 90% = Amber, 90% and above = Green)",
      tolerance: "Tolerance: Higher values are better",
      data: ROLLING,
      dataSource: "Data Source: Liberi",
    },
  },
  "cin-plans": {
    title: "% of CIN with a CIN Plan in place",
    results: ["87.7%", "86.8%", "80.9%", "78.3%"],
    targets: ["90.0%", "90.0%", "90.0%", "90.0%"],
    ratings: ["Amber", "Amber", "Amber", "Red"],
    notes: {
      target: "Target: 90% (RAG Bandings: Below 80% = Red, 80% to 90% = Amber, 90% and above = Green)",
      tolerance: "Tolerance: Higher values are better",
      data: ROLLING,
      dataSource: "Data Source: Liberi",
    },
  },
  "unallocated-cases": {
    title: "Number of unallocated cases",
    results: ["1", "73", "0", "14"],
    targets: ["0", "0", "0", "0"],
    ratings: ["Amber", "Red", "Green", "Red"],
    notes: {
      target: "Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)",
      tolerance: "Tolerance: Lower values are better",
      data: SNAPSHOT,
      dataSource: "Data Source: Liberi",
    },
  },
  "returner-interviews": {
    title: "% of Returner Interviews completed within 3 working days",
    results: ["74.9%", "75.7%", "75.2%", "73.2%"],
    targets: ["90.0%", "85.0%", "85.0%", "85.0%"],
    ratings: ["Red", "Amber", "Amber", "Red"],
    notes: {
      target: "Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)",
      tolerance: "Tolerance: Higher values are better",
      data: ROLLING,
      dataSource: "Data Source: Liberi",
    },
  },
  "placement-arrangement-meetings": {
    title: "% of placement arrangement meetings held within 5 working days",
    results: ["", "62.3%", "62.1%", "62.2%"],
    targets: ["90.0%", "90.0%", "90.0%", "90.0%"],
    ratings: [null, "Red", "Red", "Red"],
    notes: {
      target: "Target: 90% (RAG Bandings: Below 75% = Red, 75% to 90% = Amber, 90% and above = Green)",
      tolerance: "Tolerance: Higher values are better",
      data: ROLLING,
      dataSource: "Data Source: Liberi",
    },
  },
};
export const IDS = Object.keys(PAPER);

/** The ratings the paper publishes for Apr, May and Jun 2017: the months the 2017/18 bandings govern. */
export const PUBLISHED_2017_18: Record<string, [Rating, Rating, Rating]> = {
  "adoption-plan-within-4-months": ["Red", "Red", "Red"],
  "average-caseload": ["Red", "Red", "Red"],
  "cic-health-assessments": ["Amber", "Amber", "Red"],
  "cin-plans": ["Amber", "Amber", "Red"],
  "unallocated-cases": ["Red", "Green", "Red"],
  "returner-interviews": ["Amber", "Amber", "Red"],
  "placement-arrangement-meetings": ["Red", "Red", "Red"],
};

/** The sample as the data step builds it, loaded before the file's tests run. */
export function loadSample(): { site: () => Scorecards; meeting: () => Meeting; byId: (id: string) => Indicator } {
  let site: Scorecards | undefined;
  beforeAll(async () => {
    site = await loadScorecards(process.cwd());
  });
  const built = () => {
    if (!site) throw new Error("the sample is not loaded yet");
    return site;
  };
  return {
    site: built,
    meeting: () => built().meetings.find((m) => m.slug === MEETING)!,
    byId: (id) => {
      const found = built().indicators.find((indicator) => indicator.id === id);
      if (!found) throw new Error(`no indicator "${id}" in the sample`);
      return found;
    },
  };
}
