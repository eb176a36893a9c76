/**
 * The indicator page on a 320 px phone, as a screen reader meets it in Chromium: one chart image (the narrow one), and
 * the trend table, stacked into cards, still a table with its column and row headers, each cell read once.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedSite, type ServedSite } from "../helpers/servedSite";

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

let site: ServedSite;
let page: Page;
let tree: AxNode[];

const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

beforeAll(async () => {
  site = await servedSite("scorecards-phone-");
  page = await site.browser.newPage();
  await page.setViewport({ width: 320, height: 900 });
  await page.goto(`${site.base}/meetings/2017-09-07-cype/average-caseload/`, { waitUntil: "load" });
  tree = flatten((await page.accessibility.snapshot({ interestingOnly: false })) as AxNode);
});
afterAll(async () => {
  await site?.close();
});

describe("the indicator page at 320 px", () => {
  it("shows the narrow chart and hides the wide one, so one chart is read out", async () => {
    const shown = await page.$$eval("main svg.chart", (charts) => charts.map((chart) => [chart.getAttribute("class"), getComputedStyle(chart).display]));
    expect(shown).toEqual([
      ["chart chart--wide", "none"],
      ["chart chart--narrow", "block"],
    ]);
    expect(tree.filter((node) => node.role === "image" && node.name?.startsWith("Trend chart:"))).toHaveLength(1);
  });

  it("lays the trend table out as cards, which a screen reader still reads as a table with its headers", async () => {
    expect(await page.$eval("main table.table-stack", (table) => getComputedStyle(table).display)).toBe("block");
    const table = tree.find((node) => node.role === "table" && node.name === "Results, targets and ratings by month")!;
    const inside = flatten(table);
    expect(inside.filter((node) => node.role === "columnheader").map((node) => node.name)).toEqual([
      "Period",
      "Result",
      "Target",
      "Rating",
      "Direction of travel",
    ]);
    expect(inside.filter((node) => node.role === "rowheader").map((node) => node.name)).toEqual(["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"]);
    // The column's name drawn beside each value has empty alternative text, so a cell is its value alone.
    const cells = inside.filter((node) => node.role === "cell").map((node) => (node.name ?? "").trim());
    expect(cells.slice(0, 2)).toEqual(["22.0", "18.0"]);
    expect(cells.some((name) => /^(Result|Target|Rating)\b/.test(name))).toBe(false);
  });
});
