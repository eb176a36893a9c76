import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedSite, type ServedSite } from "../helpers/servedSite";

let site: ServedSite;
let browser: Browser;
let base: string;

beforeAll(async () => {
  site = await servedSite("scorecards-search-");
  ({ base, browser } = site);
});
afterAll(async () => {
  await site?.close();
});

describe("the search page", () => {
  it("with JavaScript, finds the caseload indicator from Pagefind's index", async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${base}/search/`, { waitUntil: "networkidle0" });
    await page.waitForSelector(".pagefind-ui__search-input");
    await page.type(".pagefind-ui__search-input", "caseload");
    // Pagefind shows results as each one loads, so wait for the one this test looks for rather than the first.
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll(".pagefind-ui__result-link")].some(
            (link) => link.getAttribute("href") === "/meetings/2017-09-07-cype/average-caseload/",
          ),
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    const results = await page.$$eval(".pagefind-ui__result-link", (links) => links.map((link) => [link.textContent, link.getAttribute("href")]));
    expect(results).toContainEqual(["Average Caseload of Social Workers in CSWTs, Thursday 7 September 2017", "/meetings/2017-09-07-cype/average-caseload/"]);
    expect(await page.$eval("#search-fallback", (element) => (element as HTMLElement).hidden)).toBe(true);
    expect(blocked).toEqual([]);
    // Results look like every other link on the site: the link colour, not the text colour, and underlined.
    const look = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const result = style(".pagefind-ui__result-title .pagefind-ui__result-link");
      return { colour: result.color, underline: result.textDecorationLine, link: style("#search-fallback a").color, text: style("h1").color };
    });
    expect(look.underline).toBe("underline");
    expect(look.colour).toBe(look.link);
    expect(look.colour).not.toBe(look.text);
  });

  it("without JavaScript, says so and links to the list of indicators", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${base}/search/`);
    const fallback = await page.$eval("#search-fallback", (element) => ({
      visible: !(element as HTMLElement).hidden,
      text: element.textContent,
      links: [...element.querySelectorAll("a")].map((a) => a.getAttribute("href")),
    }));
    expect(fallback.visible).toBe(true);
    expect(fallback.text).toContain("Search needs JavaScript");
    expect(fallback.links).toContain("/indicators/");
  });
});
