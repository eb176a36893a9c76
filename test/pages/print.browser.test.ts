/**
 * The meeting on paper, printed by Chromium from its page made for print (linked from the meeting's page): no more pages
 * than the committee paper it replaces, abbreviations spelled out (paper cannot be hovered), each e-mail address once,
 * and dates in running text in words.
 */
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedSite, type ServedSite } from "../helpers/servedSite";

/** Pages 3 to 16 of agenda item 16: the paper the sample meeting is, 14 A4 pages with its covering letter. */
const PAPER_PAGES = 14;
let site: ServedSite;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  site = await servedSite("scorecards-print-");
  ({ base, browser } = site);
  page = await browser.newPage();
  await page.goto(`${base}/meetings/2017-09-07-cype/print/`, { waitUntil: "load" });
  await page.emulateMediaType("print");
});
afterAll(async () => {
  await site?.close();
});

describe("the meeting printed", () => {
  it("is the page the meeting's own page links to, which keeps to its summary", async () => {
    const meeting = await browser.newPage();
    await meeting.goto(`${base}/meetings/2017-09-07-cype/`, { waitUntil: "load" });
    const link = await meeting.$eval('main a[href$="/meetings/2017-09-07-cype/print/"]', (a) => a.textContent);
    expect(link).toBe("The whole scorecard on one page");
    expect(await meeting.$$eval("main .indicator-full", (sections) => sections.length)).toBe(0);
    expect(await page.$$eval("main .indicator-full", (sections) => sections.length)).toBe(7);
    // Drawn once, wide, for paper: the phone's drawing is not carried.
    expect(await page.$$eval("main svg.chart--narrow", (charts) => charts.length)).toBe(0);
    expect(await page.$$eval("main svg.chart--wide", (charts) => charts.length)).toBe(7);
  });

  it(`fits on no more A4 pages than the paper's ${PAPER_PAGES}`, async () => {
    const pdf = Buffer.from(await page.pdf({ printBackground: true, preferCSSPageSize: true })).toString("latin1");
    const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(PAPER_PAGES);
  });

  it("spells out each abbreviation at its first use", async () => {
    const printed = await page.$$eval("main abbr[title]", (marks) => marks.map((mark) => [mark.textContent, getComputedStyle(mark, "::after").content]));
    expect(printed).toContainEqual(["CIC", '" (Children in Care)"']);
    expect(printed.length).toBeGreaterThan(3);
    for (const [term, after] of printed) expect(after, term!).toMatch(/^" \(.+\)"$/);
  });

  it("prints the contact's e-mail address once, and the address of any other link after it", async () => {
    const mail = await page.$eval('main a[href^="mailto:"]', (link) => [link.textContent, getComputedStyle(link, "::after").content]);
    expect(mail).toEqual(["Emma.West2@kent.gov.uk", "none"]);
  });
});

describe("dates in running text", () => {
  it("are written in words on the accessibility statement, not as ISO dates", async () => {
    const statement = await browser.newPage();
    await statement.goto(`${base}/accessibility/`, { waitUntil: "load" });
    const text = await statement.$eval("main", (main) => main.textContent ?? "");
    expect(text).toMatch(/This statement was prepared on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});
