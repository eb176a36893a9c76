/**
 * The sample meeting against the paper it was typed from: Kent County Council, Children's, Young People and Education
 * Cabinet Committee, 7 September 2017, agenda item 16 (Specialist Children's Services scorecard).
 * Every expected value below is typed from that paper (or worked out by hand from its figures), never from our output.
 */
import { describe, expect, it } from "vitest";
import { readBandings, rateFine } from "../../src/domain/bandings";
import { toFine } from "../../src/domain/units";
import { IDS, MONTHS, PAPER, PUBLISHED_2017_18, SCORECARD, loadSample } from "./seedRatings.paper";

const { meeting: sampleMeeting, byId } = loadSample();

describe("the sample meeting", () => {
  it("holds the paper's seven indicators, in the paper's order, with its titles", () => {
    const meeting = sampleMeeting();
    expect(meeting).toBeDefined();
    expect(meeting.dateLabel).toBe("Thursday 7 September 2017");
    expect(meeting.agendaItem).toBe("16");
    expect(meeting.indicators.map((indicator) => indicator.id)).toEqual(IDS);
    expect(meeting.indicators.map((indicator) => indicator.title)).toEqual(IDS.map((id) => PAPER[id]!.title));
  });

  it.each(IDS)("%s: owners as the paper prints them", (id) => {
    expect(byId(id).owners).toEqual([
      { label: "Cabinet Member", name: "Roger Gough" },
      { label: "Director", name: "Philip Segurola" },
      { label: "Portfolio", name: "Children, Young People and Education" },
      { label: "Division", name: "Specialist Children's Services" },
    ]);
    expect(byId(id).scorecard).toBe(SCORECARD);
  });

  it("counts seven Red indicators for Jun 2017, as the paper's headings show", () => {
    const meeting = sampleMeeting();
    expect(meeting.latestPeriodLabel).toBe("Jun 2017");
    const sevenRed = [
      { label: "Green", count: 0 },
      { label: "Amber", count: 0 },
      { label: "Red", count: 7 },
      { label: "no data", count: 0 },
      { label: "awaiting data", count: 0 },
      { label: "not rated", count: 0 },
    ];
    expect(meeting.counts).toEqual({ counts: sevenRed, text: "7 Red" });
    const scorecard = meeting.scorecards.find((s) => s.title === SCORECARD)!;
    expect(scorecard.counts).toEqual({ counts: sevenRed, text: "7 Red" });
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
    expect(rows.map((row) => row.state)).toEqual(["rated", "rated", "rated"]);
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
    const paperBandings = readBandings(
      { financialYear: 2017, target: 18, form: { form: "thresholds", bands: { red: "above 22", amber: "18 to 22", green: "18 and below" } } },
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
    expect(march.state).toBe("no-data");
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
