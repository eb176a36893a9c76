import { beforeAll, describe, expect, it } from "vitest";
import { downloadFiles } from "../../src/opendata/downloads";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { renderBatch, renderRuns } from "../../src/pipeline/renderPlan";
import type { Meeting, Scorecards } from "../../src/scorecard/model";
import { projectRoot } from "../helpers/project";

/** The sample's meeting under other folder names: an archive of five meetings, as far as the render plan is concerned. */
function archiveOf(site: Scorecards, count: number): Scorecards {
  const [sample] = site.meetings as [Meeting];
  const meetings = Array.from({ length: count }, (_, index) => {
    const slug = `2017-0${index + 1}-07-cype`;
    return { ...sample, slug, url: `/meetings/${slug}/`, printUrl: `/meetings/${slug}/print/` };
  });
  return { ...site, meetings };
}

let site: Scorecards;
beforeAll(async () => {
  site = archiveOf(await loadScorecards(projectRoot), 5);
});

describe("renderRuns and renderBatch", () => {
  it("renders every meeting not reused in exactly one run, so many to a run, and the site's own pages in the last", () => {
    const downloads = downloadFiles(site, "Kent County Council");
    const runs = renderRuns(site, new Set(["2017-02-07-cype"]), 2).map((run) => renderBatch(site, downloads, run));
    expect(runs.map((run) => run.plan.meetings.map((meeting) => meeting.slug))).toEqual([
      ["2017-01-07-cype", "2017-03-07-cype"],
      ["2017-04-07-cype", "2017-05-07-cype"],
    ]);
    expect(runs.map((run) => run.sitePages)).toEqual([false, true]);
    expect(runs[0]!.plan.printMeetings.map((meeting) => meeting.slug)).toEqual(["2017-01-07-cype", "2017-03-07-cype"]);
    // The histories and the archive's downloads go with the site's pages; each meeting's own downloads with its run.
    expect(runs[0]!.plan.histories).toEqual([]);
    expect(runs[1]!.plan.histories).toHaveLength(site.histories.length);
    expect(runs[0]!.plan.files.every((file) => /^\/meetings\/2017-0[13]-07-cype\//.test(file.url))).toBe(true);
    expect(runs[1]!.plan.files.some((file) => file.url.startsWith("/downloads/"))).toBe(true);
    // The sitemap of each run lists every page, rendered in any run or reused.
    expect(runs[0]!.plan.dataPageUrls).toEqual(runs[1]!.plan.dataPageUrls);
  });

  it("puts meetings in runs in the order of their folders, the order the data step rates them and starts their charts in", () => {
    // The model lists meetings newest first.
    const newestFirst = { ...site, meetings: [...site.meetings].reverse() };
    const runs = renderRuns(newestFirst, new Set(), 2);
    expect(runs.map((run) => run.meetings.map((meeting) => meeting.slug))).toEqual([
      ["2017-01-07-cype", "2017-02-07-cype"],
      ["2017-03-07-cype", "2017-04-07-cype"],
      ["2017-05-07-cype"],
    ]);
  });

  it("gives each run's indicators the charts it is handed", () => {
    const downloads = downloadFiles(site, "Kent County Council");
    const [run] = renderRuns(site, new Set(), 1);
    const batch = renderBatch(site, downloads, run!, (item) => ({ ...item, chartSvgs: { wide: `<svg>${item.chart.idPrefix}</svg>`, narrow: "" } }));
    expect(batch.plan.indicators.map((indicator) => indicator.chartSvgs.wide)).toEqual(
      run!.meetings[0]!.indicators.map((indicator) => `<svg>${indicator.chart.idPrefix}</svg>`),
    );
    // The page for print shares them.
    expect(batch.plan.printMeetings[0]!.indicators[0]!.chartSvgs).toBe(batch.plan.indicators[0]!.chartSvgs);
  });

  it("is one run, with the site's own pages, when every meeting is reused", () => {
    const downloads = downloadFiles(site, "Kent County Council");
    const runs = renderRuns(site, new Set(site.meetings.map((meeting) => meeting.slug))).map((run) => renderBatch(site, downloads, run));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.sitePages).toBe(true);
    expect(runs[0]!.plan.meetings).toEqual([]);
  });
});
