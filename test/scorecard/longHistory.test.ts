/**
 * A history longer than ten years is split, so that no page grows with the archive: its own page shows the latest ten
 * years, and every figure is on the page for its decade. Built from the benchmark's generator, with meetings in 2010,
 * 2020 and 2021.
 */
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadFiles } from "../../src/opendata/downloads";
import { buildSite } from "../../src/pipeline/buildSite";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { renderBatch, renderRuns } from "../../src/pipeline/renderPlan";
import { searchBundles } from "../../src/search/records";
import { historyPages } from "../../src/scorecard/history";
import type { IndicatorHistory, Scorecards } from "../../src/scorecard/model";
import { historyHead } from "../../src/scorecard/pageHeads";
import { longHistoryProject } from "../helpers/longHistory";
import { generateArchive } from "../../tools/bench/generateArchive";

let root: string;
let site: Scorecards;
let history: IndicatorHistory;
beforeAll(async () => {
  root = await longHistoryProject();
  site = await loadScorecards(root);
  history = site.histories.find((h) => h.id === "indicator-01")!;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const labels = (rows: readonly { periodLabel: string }[]) => rows.map((row) => row.periodLabel);
const dates = (meetings: readonly { url: string }[]) => meetings.map((meeting) => /\d{4}-\d\d/.exec(meeting.url)![0]);

describe("an indicator's history over more than ten years", () => {
  it("has a page for each decade, newest first, and shows its latest ten years on its own page", () => {
    expect(history.decades.map((page) => [page.url, page.decade])).toEqual([
      ["/indicators/indicator-01/2020s/", "2020 to 2029"],
      ["/indicators/indicator-01/2010s/", "2010 to 2019"],
    ]);
    // Ten years back from the end of March 2021: April 2011 onwards.
    expect(labels(history.rows)).toEqual([
      "Dec 2019",
      "Jan 2020",
      "Feb 2020",
      "Mar 2020",
      "Oct 2020",
      "Nov 2020",
      "Dec 2020",
      "Jan 2021",
      "Feb 2021",
      "Mar 2021",
    ]);
    expect(history.url).toBe("/indicators/indicator-01/");
    expect(history.decade).toBeUndefined();
    expect(history.tableCaption).toBe("The latest ten years, Dec 2019 to Mar 2021, with the meeting whose figure stands");
    expect(history.summary).toMatch(
      /^16 periods from Mar 2010 to Mar 2021, as reported to 7 meetings\. .*This page shows the latest ten years, Dec 2019 to Mar 2021; every figure is also on the page for its decade\.$/,
    );
  });

  it("puts every period on the page of the decade it starts in, once", () => {
    const [twenties, tens] = history.decades;
    expect(labels(tens!.rows)).toEqual(["Mar 2010", "Apr 2010", "May 2010", "Jun 2010", "Jul 2010", "Aug 2010", "Dec 2019"]);
    expect(labels(twenties!.rows)).toEqual(["Jan 2020", "Feb 2020", "Mar 2020", "Oct 2020", "Nov 2020", "Dec 2020", "Jan 2021", "Feb 2021", "Mar 2021"]);
    expect(tens!.summary).toMatch(/^7 periods from Mar 2010 to Dec 2019, as reported to 4 meetings\./);
    expect(tens!.tableCaption).toBe("Every period from 2010 to 2019, with the meeting whose figure stands");
  });

  it("lists on each page the meetings that reported any of its periods", () => {
    const [twenties, tens] = history.decades;
    // The meeting of May 2020 reported Dec 2019 to Mar 2020, so both decades list it.
    expect(dates(tens!.meetings)).toEqual(["2020-05", "2010-10", "2010-09", "2010-08"]);
    expect(dates(twenties!.meetings)).toEqual(["2021-05", "2021-04", "2021-03", "2020-05"]);
    expect(dates(history.meetings)).toEqual(["2021-05", "2021-04", "2021-03", "2020-05"]);
  });

  it("links every page of the history from each, saying which is being read", () => {
    for (const page of historyPages([history])) {
      expect(page.pages.map((entry) => entry.url)).toEqual(["/indicators/indicator-01/", "/indicators/indicator-01/2020s/", "/indicators/indicator-01/2010s/"]);
      expect(page.pages.filter((entry) => entry.current).map((entry) => entry.url)).toEqual([page.url]);
    }
    expect(history.pages[0]!.label).toBe("The latest ten years");
    // Each chart has ids of its own: two pages' charts are never the same chart.
    expect(new Set(historyPages([history]).map((page) => page.chart.idPrefix)).size).toBe(3);
  });

  it("titles a decade's page as part of the history, under the history's own page", () => {
    const head = historyHead(history.decades[1]!);
    expect(head.title).toBe(`${history.title}: 2010 to 2019`);
    expect(head.breadcrumbs.slice(-2)).toEqual([{ text: history.title, href: "/indicators/indicator-01/" }, { text: "2010 to 2019" }]);
    expect(historyHead(history).title).toBe(`${history.title}: every meeting`);
  });

  it("leaves a history within ten years as one page, as the sample's is", () => {
    const sample = site.histories.find((h) => h.id === "average-caseload")!;
    expect(sample.decades).toEqual([]);
    expect(sample.pages).toEqual([]);
    expect(sample.tableCaption).toBe("Every period, with the meeting whose figure stands");
  });

  it("renders, maps and indexes every page of it", async () => {
    const downloads = downloadFiles(site, "Kent County Council");
    const runs = renderRuns(site).map((run) => renderBatch(site, downloads, run).plan);
    const planned = runs.at(-1)!.histories.map((page) => page.url);
    for (const page of historyPages([history])) {
      expect(planned).toContain(page.url);
      expect(runs.at(-1)!.dataPageUrls).toContain(page.url);
    }
    const [main] = searchBundles(site, []);
    expect(main!.records.find((record) => record.url === "/indicators/indicator-01/2010s/")?.title).toBe(`${history.title}: 2010 to 2019`);

    await buildSite({ projectRoot: root, outputDir: "_site" });
    const built = (url: string) => readFile(path.join(root, "_site", url, "index.html"), "utf8");
    const own = await built("/indicators/indicator-01/");
    expect(own).toContain('<a class="govuk-link" href="/indicators/indicator-01/2010s/">2010 to 2019</a>');
    expect(own).toContain('aria-current="page">The latest ten years</a> (this page)');
    const decade = await built("/indicators/indicator-01/2010s/");
    expect(decade).toContain("<title>Indicator 1: % of cases seen within the required timescale: 2010 to 2019");
    expect(decade).toContain("Every period from 2010 to 2019, with the meeting whose figure stands");
    expect(await readFile(path.join(root, "_site", "sitemap.xml"), "utf8")).toContain("/indicators/indicator-01/2010s/");
  });

  it("carries a decade's page that no new figure touched over to the next build, and renders the rest again", async () => {
    const page = (url: string) => path.join(root, "_site", url, "index.html");
    await buildSite({ projectRoot: root, outputDir: "_site" });
    const before = await stat(page("/indicators/indicator-01/2010s/"));
    // A meeting in June 2021, with figures for Jan to Apr 2021.
    await generateArchive(root, { meetings: 1, indicators: 2 }, 130);
    const built = await buildSite({ projectRoot: root, outputDir: "_site" });
    // The two 2010s pages, and the sample's seven histories, each one page; the rest of each long history changed.
    expect(built.reusedHistoryPages).toBe(2 + 7);
    expect((await stat(page("/indicators/indicator-01/2010s/"))).ino).toBe(before.ino);
    expect(await readFile(page("/indicators/indicator-01/2020s/"), "utf8")).toContain("Apr 2021");
    expect(await readFile(page("/indicators/indicator-01/"), "utf8")).toContain("This page shows the latest ten years, Dec 2019 to Apr 2021");
    // Carried over or rendered, every history page is what a fresh build makes.
    await buildSite({ projectRoot: root, outputDir: "_fresh", fresh: true });
    for (const url of ["/indicators/indicator-01/", "/indicators/indicator-01/2020s/", "/indicators/indicator-01/2010s/", "/indicators/average-caseload/"]) {
      expect(await readFile(page(url), "utf8"), url).toBe(await readFile(path.join(root, "_fresh", url, "index.html"), "utf8"));
    }
  });
});
