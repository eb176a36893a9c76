import { beforeAll, describe, expect, it } from "vitest";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { renderPlan } from "../../src/pipeline/renderPlan";
import type { Scorecards } from "../../src/scorecard/model";
import { historyHead, indicatorHead, meetingHead, meetingPrintHead } from "../../src/scorecard/pageHeads";
import { projectRoot } from "../helpers/project";

let site: Scorecards;
beforeAll(async () => {
  site = await loadScorecards(projectRoot);
});

describe("page heads", () => {
  it("name a meeting's page, and its page for print, with the trail back to the home page", () => {
    const meeting = site.meetings[0]!;
    expect(meetingHead(meeting)).toEqual({
      title: "CYPE and SCS Performance Scorecard, Children's, Young People and Education Cabinet Committee, Thursday 7 September 2017",
      description: `Performance scorecard for the Children's, Young People and Education Cabinet Committee meeting of Thursday 7 September 2017: ${meeting.counts.text}.`,
      breadcrumbs: [{ text: "All meetings", href: "/" }, { text: "Thursday 7 September 2017" }],
    });
    expect(meetingPrintHead(meeting).title).toBe(`${meetingHead(meeting).title}: the whole scorecard`);
    expect(meetingPrintHead(meeting).breadcrumbs).toEqual([
      { text: "All meetings", href: "/" },
      { text: "Thursday 7 September 2017", href: "/meetings/2017-09-07-cype/" },
      { text: "The whole scorecard" },
    ]);
  });

  it("name an indicator's page by its rating and latest period, and its history", () => {
    const caseload = site.indicators.find((indicator) => indicator.id === "average-caseload")!;
    expect(indicatorHead(caseload).title).toBe(`${caseload.title}: ${caseload.ratingText}, Jun 2017`);
    expect(indicatorHead(caseload).title).toMatch(/^Average Caseload of Social Workers .*: (Red|Amber|Green), Jun 2017$/);
    expect(indicatorHead(caseload).description).toBe(caseload.summary);
    const history = site.histories.find((h) => h.id === "average-caseload")!;
    expect(historyHead(history).title).toBe(`${caseload.title}: every meeting`);
  });

  it("go with each page the render plan hands Eleventy", () => {
    const plan = renderPlan(site, { files: [] });
    expect(plan.meetings[0]!.head).toEqual(meetingHead(site.meetings[0]!));
    expect(plan.printMeetings[0]!.head).toEqual(meetingPrintHead(site.meetings[0]!));
    expect(plan.indicators.map((indicator) => indicator.head.title)).toEqual(site.indicators.map((indicator) => indicatorHead(indicator).title));
    expect(plan.histories).toHaveLength(site.histories.length);
  });
});
