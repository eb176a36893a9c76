/**
 * The sample meeting against the paper it was typed from: Kent County Council, Children's, Young People and Education
 * Cabinet Committee, 7 September 2017, agenda item 16 (Specialist Children's Services scorecard).
 * Every expected value below is typed from that paper (or worked out by hand from its figures), never from our output.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBandings, rateFine, type Rating } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { ContentProblems } from "../../src/content/problems";
import { indicatorSchema } from "../../src/content/schema";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { buildIndicator } from "../../src/scorecard/buildIndicator";
import type { Indicator, Meeting, Scorecards } from "../../src/scorecard/model";

const MEETING = "2017-09-07-cype";
const SCORECARD = "Specialist Children's Services";
const MONTHS = ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"];

interface PaperIndicator {
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

const ROLLING = "Data: Figures shown are based on a rolling 12 month period. The result for Apr 2017 for example shows performance for May 2016 to Apr 2017.";
const SNAPSHOT = "Data: Figures shown are based on a snapshot as at the end of the reporting month";

/** The paper, in file order. */
const PAPER: Record<string, PaperIndicator> = {
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
const IDS = Object.keys(PAPER);

/** The ratings the paper publishes for Apr, May and Jun 2017: the months the 2017/18 bandings govern. */
const PUBLISHED_2017_18: Record<string, [Rating, Rating, Rating]> = {
  "adoption-plan-within-4-months": ["Red", "Red", "Red"],
  "average-caseload": ["Red", "Red", "Red"],
  "cic-health-assessments": ["Amber", "Amber", "Red"],
  "cin-plans": ["Amber", "Amber", "Red"],
  "unallocated-cases": ["Red", "Green", "Red"],
  "returner-interviews": ["Amber", "Amber", "Red"],
  "placement-arrangement-meetings": ["Red", "Red", "Red"],
};

/**
 * Direction of travel for each month, worked out by hand from the paper's results (change at the published precision).
 * null where there is nothing to compare.
 */
type Travel = { direction: "improving" | "worsening" | "no change"; change: number; changeText: string; directionText: string } | null;
const TRAVEL: Record<string, Travel[]> = {
  "adoption-plan-within-4-months": [
    null,
    {
      direction: "worsening",
      change: -5.8,
      changeText: "down 5.8 percentage points",
      directionText: "Down 5.8 percentage points since March: worse (higher is better)",
    },
    {
      direction: "improving",
      change: 0.4,
      changeText: "up 0.4 percentage points",
      directionText: "Up 0.4 percentage points since April: better (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.4,
      changeText: "down 0.4 percentage points",
      directionText: "Down 0.4 percentage points since May: worse (higher is better)",
    },
  ],
  "average-caseload": [
    null,
    { direction: "worsening", change: 1.4, changeText: "up 1.4", directionText: "Up 1.4 since March: worse (lower is better)" },
    { direction: "worsening", change: 0.4, changeText: "up 0.4", directionText: "Up 0.4 since April: worse (lower is better)" },
    { direction: "worsening", change: 0.8, changeText: "up 0.8", directionText: "Up 0.8 since May: worse (lower is better)" },
  ],
  "cic-health-assessments": [
    null,
    {
      direction: "worsening",
      change: -0.5,
      changeText: "down 0.5 percentage points",
      directionText: "Down 0.5 percentage points since March: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.8,
      changeText: "down 0.8 percentage points",
      directionText: "Down 0.8 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2.3,
      changeText: "down 2.3 percentage points",
      directionText: "Down 2.3 percentage points since May: worse (higher is better)",
    },
  ],
  "cin-plans": [
    null,
    {
      direction: "worsening",
      change: -0.9,
      changeText: "down 0.9 percentage points",
      directionText: "Down 0.9 percentage points since March: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -5.9,
      changeText: "down 5.9 percentage points",
      directionText: "Down 5.9 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2.6,
      changeText: "down 2.6 percentage points",
      directionText: "Down 2.6 percentage points since May: worse (higher is better)",
    },
  ],
  "unallocated-cases": [
    null,
    { direction: "worsening", change: 72, changeText: "up 72", directionText: "Up 72 since March: worse (lower is better)" },
    { direction: "improving", change: -73, changeText: "down 73", directionText: "Down 73 since April: better (lower is better)" },
    { direction: "worsening", change: 14, changeText: "up 14", directionText: "Up 14 since May: worse (lower is better)" },
  ],
  "returner-interviews": [
    null,
    {
      direction: "improving",
      change: 0.8,
      changeText: "up 0.8 percentage points",
      directionText: "Up 0.8 percentage points since March: better (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.5,
      changeText: "down 0.5 percentage points",
      directionText: "Down 0.5 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2,
      changeText: "down 2.0 percentage points",
      directionText: "Down 2.0 percentage points since May: worse (higher is better)",
    },
  ],
  "placement-arrangement-meetings": [
    null,
    null,
    {
      direction: "worsening",
      change: -0.2,
      changeText: "down 0.2 percentage points",
      directionText: "Down 0.2 percentage points since April: worse (higher is better)",
    },
    {
      direction: "improving",
      change: 0.1,
      changeText: "up 0.1 percentage points",
      directionText: "Up 0.1 percentage points since May: better (higher is better)",
    },
  ],
};

/**
 * Jun 2017 against the 2017/18 bandings and target, worked out by hand from the paper's figures. The distance to the
 * target is checked as figures (distance, side, target) since the paper has no wording for it.
 */
const JUNE_DISTANCES: Record<string, { band: string; target: { distance: string; side: "below" | "above"; target: string } }> = {
  "adoption-plan-within-4-months": {
    band: "7.2 percentage points below Amber (70%)",
    target: { distance: "17.2 percentage points", side: "below", target: "80%" },
  },
  "average-caseload": { band: "2.6 above Amber (22)", target: { distance: "6.6", side: "above", target: "18" } },
  "cic-health-assessments": { band: "1.2 percentage points below Amber (85%)", target: { distance: "6.2 percentage points", side: "below", target: "90%" } },
  "cin-plans": { band: "1.7 percentage points below Amber (80%)", target: { distance: "11.7 percentage points", side: "below", target: "90%" } },
  "unallocated-cases": { band: "4 above Amber (10)", target: { distance: "14", side: "above", target: "0" } },
  // The paper's commentary: "At 73.2%, performance for this measure is 1.8% away from moving within the Amber banding."
  "returner-interviews": { band: "1.8 percentage points below Amber (75%)", target: { distance: "11.8 percentage points", side: "below", target: "85%" } },
  "placement-arrangement-meetings": {
    band: "12.8 percentage points below Amber (75%)",
    target: { distance: "27.8 percentage points", side: "below", target: "90%" },
  },
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let site: Scorecards;
let meeting: Meeting;
const byId = (id: string): Indicator => {
  const found = site.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator "${id}" in the sample`);
  return found;
};

beforeAll(async () => {
  site = await loadScorecards(process.cwd());
  meeting = site.meetings.find((m) => m.slug === MEETING)!;
});

describe("the sample meeting", () => {
  it("holds the paper's seven indicators, in the paper's order, with its titles", () => {
    expect(meeting).toBeDefined();
    expect(meeting.dateLabel).toBe("Thursday 7 September 2017");
    expect(meeting.agendaItem).toBe("16");
    expect(meeting.indicators.map((indicator) => indicator.id)).toEqual(IDS);
    expect(meeting.indicators.map((indicator) => indicator.title)).toEqual(IDS.map((id) => PAPER[id]!.title));
  });

  it.each(IDS)("%s: owners as the paper prints them", (id) => {
    expect(byId(id).owners).toEqual({
      portfolio: "Children, Young People and Education",
      cabinetMember: "Roger Gough",
      director: "Philip Segurola",
      division: "Specialist Children's Services",
    });
    expect(byId(id).scorecard).toBe(SCORECARD);
  });

  it("counts seven Red indicators for Jun 2017, as the paper's headings show", () => {
    expect(meeting.latestPeriodLabel).toBe("Jun 2017");
    expect(meeting.counts).toMatchObject({ red: 7, amber: 0, green: 0, noData: 0, notRated: 0, text: "7 Red" });
    const scorecard = meeting.scorecards.find((s) => s.title === SCORECARD)!;
    expect(scorecard.counts).toMatchObject({ red: 7, amber: 0, green: 0, text: "7 Red" });
    for (const id of IDS) expect(byId(id).rating).toBe("Red");
  });
});

describe("trend tables as published", () => {
  it.each(IDS)("%s: periods, results and targets formatted as the paper prints them", (id) => {
    const paper = PAPER[id]!;
    const rows = byId(id).rows;
    expect(rows.map((row) => row.periodLabel)).toEqual(MONTHS);
    expect(rows.map((row) => (row.result === null ? "" : row.resultText))).toEqual(paper.results);
    expect(rows.map((row) => row.targetText)).toEqual(paper.targets);
  });

  it("formats a percentage, a one-decimal number and a count as published (68.6%, 22.0, 14)", () => {
    expect(byId("adoption-plan-within-4-months").rows[0]!.resultText).toBe("68.6%");
    expect(byId("average-caseload").rows[0]!.resultText).toBe("22.0");
    expect(byId("unallocated-cases").rows[3]!.resultText).toBe("14");
  });
});

describe("ratings", () => {
  it.each(IDS)("%s: Apr, May and Jun 2017 are computed from the 2017/18 bandings and match the paper", (id) => {
    const rows = byId(id).rows.slice(1);
    expect(rows.map((row) => row.periodLabel)).toEqual(["Apr 2017", "May 2017", "Jun 2017"]);
    expect(rows.map((row) => row.rating)).toEqual(PUBLISHED_2017_18[id]);
    expect(rows.map((row) => row.ratingText)).toEqual(PUBLISHED_2017_18[id]);
    expect(rows.map((row) => row.ratingSource)).toEqual(["computed", "computed", "computed"]);
  });

  it("all 21 computed ratings together equal the paper's table", () => {
    const computed = Object.fromEntries(
      IDS.map((id) => [
        id,
        byId(id)
          .rows.slice(1)
          .map((row) => row.rating),
      ]),
    );
    expect(computed).toEqual(PUBLISHED_2017_18);
    expect(Object.values(computed).flat()).toHaveLength(21);
  });

  it.each(IDS.filter((id) => id !== "placement-arrangement-meetings"))("%s: Mar 2017 is kept as published (no 2016/17 bandings on record)", (id) => {
    const march = byId(id).rows[0]!;
    expect(march.rating).toBe(PAPER[id]!.ratings[0]);
    expect(march.ratingSource).toBe("as published");
  });

  it("Average Caseload Mar 2017 stays Red as published, though the 2017/18 bandings would call 22.0 Amber", () => {
    const march = byId("average-caseload").rows[0]!;
    expect(march.resultText).toBe("22.0");
    expect(march.rating).toBe("Red");
    expect(march.ratingSource).toBe("as published");

    // The 2017/18 bandings typed from the paper: "Above 22 = Red, 18 to 22 = Amber, 18 and below = Green".
    const paperBandings = buildBandings(
      { financialYear: 2017, target: 18, form: { form: "thresholds", red: "above 22", amber: "18 to 22", green: "18 and below" } },
      "lower-is-better",
      "number",
      1,
    );
    if ("problems" in paperBandings) throw new Error(JSON.stringify(paperBandings.problems));
    expect(rateFine(paperBandings.bandings.bands, toFine(22.0, 1))).toBe("Amber");

    // And the bandings the site itself built from the content file say the same.
    const siteBandings = byId("average-caseload").bandings;
    expect(siteBandings.map((b) => b.financialYear)).toEqual([2017]);
    expect(rateFine(siteBandings[0]!.bands, toFine(22.0, 1))).toBe("Amber");
  });

  it("Adoption Mar 2017 stays Amber as published, though the 2017/18 bandings would call 68.6% Red", () => {
    const march = byId("adoption-plan-within-4-months").rows[0]!;
    expect(march.rating).toBe("Amber");
    expect(march.ratingSource).toBe("as published");
    expect(rateFine(byId("adoption-plan-within-4-months").bandings[0]!.bands, toFine(68.6, 1))).toBe("Red");
  });

  it("the header rating is the latest month's rating", () => {
    for (const id of IDS) {
      expect(byId(id).rating).toBe(PAPER[id]!.ratings[3]);
      expect(byId(id).ratingText).toBe(PAPER[id]!.ratings[3]);
    }
  });
});

describe("the placement meetings indicator's month without data", () => {
  it("Mar 2017 has no result and no rating", () => {
    const march = byId("placement-arrangement-meetings").rows[0]!;
    expect(march.periodLabel).toBe("Mar 2017");
    expect(march.result).toBeNull();
    expect(march.resultText).toBe("No data");
    expect(march.rating).toBeNull();
    expect(march.ratingText).toBe("No data");
    expect(march.ratingSource).toBeNull();
    expect(march.targetText).toBe("90.0%");
  });

  it("leaves a gap in the chart, not a zero", () => {
    const chart = byId("placement-arrangement-meetings").chart;
    expect(chart.labels).toEqual(MONTHS);
    expect(chart.results).toEqual([null, 62.3, 62.1, 62.2]);
    expect(chart.targets).toEqual([90, 90, 90, 90]);
    expect(chart.description).toContain("no data for Mar 2017");
  });

  it("Apr 2017 says there is no comparison", () => {
    const april = byId("placement-arrangement-meetings").rows[1]!;
    expect(april.directionOfTravel).toBeNull();
    expect(april.directionText).toMatch(/^No comparison: no data for Mar 2017$/);
    expect(april.directionText).toContain("Mar 2017");
  });
});

describe("direction of travel", () => {
  it.each(IDS)("%s: every month, respecting polarity", (id) => {
    const rows = byId(id).rows;
    expect(rows).toHaveLength(4);
    TRAVEL[id]!.forEach((expected, index) => {
      const row = rows[index]!;
      if (expected === null) {
        expect(row.directionOfTravel, `${row.periodLabel}`).toBeNull();
      } else {
        const { directionText, ...travel } = expected;
        expect(row.directionOfTravel, `${row.periodLabel}`).toEqual(travel);
        expect(row.directionText, `${row.periodLabel}`).toBe(directionText);
        // The running-text form is the same change without the verdict, as the summary sentence uses it.
        expect(row.changeSinceText, `${row.periodLabel}`).toBe(directionText.replace(/^./, (c) => c.toLowerCase()).replace(/: (better|worse) \(.*\)$/, ""));
      }
    });
    expect(rows[0]!.directionText).toBe("No earlier period in this trend");
  });
});

describe("distance to band and target, Jun 2017", () => {
  it.each(IDS)("%s", (id) => {
    expect(byId(id).distanceToBandText).toBe(JUNE_DISTANCES[id]!.band);
    const { distance, side, target } = JUNE_DISTANCES[id]!.target;
    const [d, t] = [escapeRegExp(distance), escapeRegExp(target)];
    // "17.2 percentage points below the 80% target" or "6.6 above the target of 18"
    expect(byId(id).distanceToTargetText).toMatch(new RegExp(`^${d} ${side} the (${t} target|target of ${t})$`));
  });
});

describe("summary sentence", () => {
  it("adoption: the sentence read aloud", () => {
    expect(byId("adoption-plan-within-4-months").summary).toBe(
      "62.8% in June 2017, down 0.4 percentage points since May; Red, 7.2 points below the Amber band and 17.2 below the 80% target.",
    );
  });

  it("returner interviews: 1.8 points below the Amber band, as the commentary says", () => {
    expect(byId("returner-interviews").summary).toContain("73.2% in June 2017");
    expect(byId("returner-interviews").summary).toContain("Red, 1.8 points below the Amber band");
  });
});

describe("data notes", () => {
  it.each(IDS)("%s: the four lines exactly as the paper prints them", (id) => {
    const notes = byId(id).dataNotes;
    const paper = PAPER[id]!.notes;
    expect(notes.target).toBe(paper.target);
    expect(`Tolerance: ${notes.tolerance}`).toBe(paper.tolerance);
    expect(`Data: ${notes.dataBasis}`).toBe(paper.data);
    expect(`Data Source: ${notes.dataSource}`).toBe(paper.dataSource);
  });
});

describe("computed ratings do not come from the files' rating fields", () => {
  const folder = path.join(process.cwd(), "content", "meetings", MEETING);
  const APR_TO_JUN_RATING = /^(\s*- \{ period: 2017-0[4-6],.*?), rating: (Red|Amber|Green) \}$/gm;
  const tmpDirs: string[] = [];

  /** A copy of the sample under a fresh project root, with each Apr–Jun 2017 row's rating rewritten. */
  async function copyWithRatings(rewrite: (rowStart: string, rating: Rating) => string): Promise<{ root: string; replaced: number }> {
    const root = await mkdtemp(path.join(os.tmpdir(), "scorecard-seed-"));
    tmpDirs.push(root);
    const target = path.join(root, "content", "meetings", MEETING);
    await cp(folder, target, { recursive: true });
    // The copy is edited, so it is a draft: published meetings may not change without an erratum.
    const meetingFile = path.join(target, "meeting.md");
    await writeFile(meetingFile, (await readFile(meetingFile, "utf8")).replace("status: published", "status: draft"));
    let replaced = 0;
    for (const name of (await readdir(target)).filter((n) => n.endsWith(".md") && n !== "meeting.md")) {
      const file = path.join(target, name);
      const text = await readFile(file, "utf8");
      const changed = text.replace(APR_TO_JUN_RATING, (_, rowStart: string, rating: Rating) => {
        replaced++;
        return rewrite(rowStart, rating);
      });
      await writeFile(file, changed);
    }
    return { root, replaced };
  }

  afterAll(async () => {
    for (const dir of tmpDirs) await rm(dir, { recursive: true, force: true });
  });

  it("with the Apr–Jun 2017 ratings deleted, the computed ratings are still the paper's", async () => {
    const { root, replaced } = await copyWithRatings((rowStart) => `${rowStart} }`);
    expect(replaced).toBe(21);
    const stripped = await loadScorecards(root);
    const computed = Object.fromEntries(
      IDS.map((id) => [
        id,
        stripped.indicators
          .find((i) => i.id === id)!
          .rows.slice(1)
          .map((row) => row.rating),
      ]),
    );
    expect(computed).toEqual(PUBLISHED_2017_18);
    for (const indicator of stripped.indicators) {
      expect(indicator.rows.slice(1).map((row) => row.ratingSource)).toEqual(["computed", "computed", "computed"]);
    }
  });

  it("a published rating that disagrees with the bandings is reported, not used", async () => {
    const wrong = (rating: Rating): Rating => (rating === "Green" ? "Red" : "Green");
    const { root, replaced } = await copyWithRatings((rowStart, rating) => `${rowStart}, rating: ${wrong(rating)} }`);
    expect(replaced).toBe(21);
    const error = await loadScorecards(root).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentProblems);
    const problems = (error as ContentProblems).problems;
    expect(problems).toHaveLength(21);
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(["trend[1].rating", "trend[2].rating", "trend[3].rating"]));
  });

  it("buildIndicator on modified text: the adoption file without ratings still rates Apr–Jun 2017 Red, Red, Red", async () => {
    const file = `content/meetings/${MEETING}/01-adoption-plan-within-4-months.md`;
    const original = await readFile(path.join(process.cwd(), file), "utf8");
    const text = original.replace(APR_TO_JUN_RATING, (_, rowStart: string) => `${rowStart} }`);
    expect(text).not.toBe(original);
    expect(text).not.toMatch(/period: 2017-0[4-6].*rating/);

    const read = readSourceFile(file, text);
    expect(read.problems).toEqual([]);
    const checked = validateFrontMatter(read.source!, indicatorSchema);
    expect(checked.problems).toEqual([]);
    expect(checked.value!.trend.slice(1).map((row) => row.rating)).toEqual([undefined, undefined, undefined]);

    const built = buildIndicator({ source: read.source!, front: checked.value! }, MEETING, [SCORECARD]);
    expect(built.problems).toEqual([]);
    expect(built.indicator!.rows.map((row) => row.rating)).toEqual(["Amber", "Red", "Red", "Red"]);
    expect(built.indicator!.rows.map((row) => row.ratingSource)).toEqual(["as published", "computed", "computed", "computed"]);
  });
});
