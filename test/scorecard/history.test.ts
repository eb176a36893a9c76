import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { renderBatch, renderRuns } from "../../src/pipeline/renderPlan";
import { drawIndicatorCharts } from "../../src/scorecard/indicatorCharts";
import { downloadFiles, type Downloads } from "../../src/opendata/downloads";
import { publishMeeting } from "../../authoring/publication/publishMeeting";
import type { Scorecards } from "../../src/scorecard/model";
import { copyProject } from "../helpers/project";

let root: string;
let site: Scorecards;
const SEPT = "content/meetings/2017-09-07-cype";
const OCT = "content/meetings/2017-10-05-cype";

/**
 * A second meeting a month later, drafted then published: the trend window moves on to Apr–Jul 2017, with invented July figures,
 * and the May 2017 caseload restated as 23.9 (the September paper said 23.8).
 */
async function addOctoberMeeting(): Promise<void> {
  await cp(path.join(root, SEPT), path.join(root, OCT), { recursive: true });
  const meeting = path.join(root, OCT, "meeting.md");
  await writeFile(meeting, (await readFile(meeting, "utf8")).replace("date: 2017-09-07", "date: 2017-10-05").replace("status: published", "status: draft"));
  for (const name of (await readdir(path.join(root, OCT))).filter((n) => n !== "meeting.md")) {
    const file = path.join(root, OCT, name);
    let text = await readFile(file, "utf8");
    const rows = text.match(/^ {2}- \{ period: .*$/gm)!;
    const july = rows
      .at(-1)!
      .replace("2017-06", "2017-07")
      .replace(/, rating: \w+/, "");
    text = text.replace(`${rows[0]}\n`, "").replace(rows.at(-1)!, `${rows.at(-1)}\n${july}`);
    if (name.includes("average-caseload")) text = text.replace("result: 23.8", "result: 23.9");
    await writeFile(file, text);
  }
}

let draftSite: Scorecards;
beforeAll(async () => {
  root = await copyProject();
  await addOctoberMeeting();
  draftSite = await loadScorecards(root);
  await publishMeeting(root, OCT);
  site = await loadScorecards(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("an indicator's history across two meetings", () => {
  it("leaves out a meeting while it is a draft, from the history, the archive and the feed alike", () => {
    const history = draftSite.histories.find((h) => h.id === "average-caseload")!;
    expect(history.meetings.map((m) => m.dateLabel)).toEqual(["Thursday 7 September 2017"]);
    expect(history.rows.map((row) => row.periodLabel)).toEqual(["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"]);
    expect(draftSite.latestUpdatedDate).toBe("2017-09-07");
    const records = (downloads: Downloads, url: string) => JSON.parse(downloads.files.find((file) => file.url === url)!.content).records;
    const downloads = downloadFiles(draftSite, "Kent County Council");
    expect(records(downloads, "/downloads/scorecard-archive.json")).toHaveLength(28);
    expect(records(downloads, "/meetings/2017-10-05-cype/scorecard-data.json")).toHaveLength(28);
    expect(records(downloadFiles(site, "Kent County Council"), "/downloads/scorecard-archive.json")).toHaveLength(56);
    expect(site.latestUpdatedDate).toBe("2017-10-05");
  });

  it("joins both meetings' rows into one series, Mar to Jul 2017", () => {
    const history = site.histories.find((h) => h.id === "average-caseload")!;
    expect(history.rows.map((row) => row.periodLabel)).toEqual(["Mar 2017", "Apr 2017", "May 2017", "Jun 2017", "Jul 2017"]);
    expect(history.meetings.map((m) => m.dateLabel)).toEqual(["Thursday 5 October 2017", "Thursday 7 September 2017"]);
  });

  it("holds its chart's series, drawn only when the site's own pages are planned", () => {
    const history = site.histories.find((h) => h.id === "average-caseload")!;
    expect(history).not.toHaveProperty("chartSvgs");
    expect(history.chart.labels).toEqual(history.rows.map((row) => row.periodLabel));
    const downloads = downloadFiles(site, "Kent County Council");
    const [first, last] = renderRuns(site, new Set(), 1).map((run) => renderBatch(site, downloads, run).plan);
    expect(first!.histories).toEqual([]);
    const planned = last!.histories.find((h) => h.id === "average-caseload")!;
    expect(planned.chartSvgs).toEqual(drawIndicatorCharts(history));
    expect(planned.chartSvgs.wide).toContain('id="history-average-caseload');
  });

  it("lets the later meeting's figure stand and marks it revised, with both values", () => {
    const history = site.histories.find((h) => h.id === "average-caseload")!;
    const may = history.rows.find((row) => row.period === "2017-05")!;
    expect(may.resultText).toBe("23.9");
    expect(may.reportedAt.dateLabel).toBe("Thursday 5 October 2017");
    expect(may.revised).toEqual({
      previousResultText: "23.8",
      previousRatingText: "Red",
      previousReportedAt: { dateLabel: "Thursday 7 September 2017", url: "/meetings/2017-09-07-cype/" },
    });
    expect(history.rows.filter((row) => row.revised)).toHaveLength(1);
    expect(history.rows.find((row) => row.period === "2017-03")!.reportedAt.dateLabel).toBe("Thursday 7 September 2017");
  });

  it("shows the joined series and the revision on the history page", async () => {
    const out = path.join(root, "_site");
    await buildSite({ projectRoot: root, outputDir: "_site" });
    const doc = new JSDOM(await readFile(path.join(out, "indicators/average-caseload/index.html"), "utf8")).window.document;
    const rows = [...doc.querySelectorAll("main table tbody tr")].map((row) => row.textContent!.replace(/\s+/g, " ").trim());
    expect(rows).toHaveLength(5);
    expect(rows[2]).toContain("23.9");
    expect(rows[2]).toContain("Revised: 23.8 (Red) as first published on Thursday 7 September 2017");
    expect(doc.querySelector("main svg[role=img] title")!.textContent).toBe(
      "Trend chart: Average Caseload of Social Workers in CSWTs, Mar 2017 to Jul 2017, all meetings",
    );
  });

  it("marks the restated figure revised in the archive download, and the figure it restated as published", async () => {
    const csv = (await readFile(path.join(root, "_site/downloads/scorecard-archive.csv"), "utf8")).split("\r\n");
    const may = csv.filter((line) => line.includes(",average-caseload,") && line.includes(",2017-05,"));
    expect(may).toHaveLength(2);
    expect(may.find((line) => line.startsWith("2017-09-07,"))).toMatch(/,23\.8,number,.*,as published,$/);
    expect(may.find((line) => line.startsWith("2017-10-05,"))).toMatch(/,23\.9,number,.*,revised,$/);
  });
});
