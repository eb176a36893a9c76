/** The gate's pure parts, without a browser: the decisions the browser-backed checks rest on. */
import { describe, expect, it } from "vitest";
import { findChromium, NoChromiumError } from "../../browser/chromium";
import { coloursIn, contrastOn, over } from "../cssColour";
import { focusFindings, type FocusStop, type FocusStyle } from "../focus";
import { checkLinks, fileForPath, type SiteIndex } from "../links";
import { unstyledFindings, visualOrderInversions, type TextBlock } from "../readingOrder";
import { onePerTemplate, templateOf, urlPathOf } from "../sitePages";
import { checkCharts, checkHeadings, checkRatings, parsePage } from "../structure";

const page = (body: string): Document => parsePage(`<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`);
const rules = (findings: { rule: string }[]): string[] => findings.map((f) => f.rule);

describe("site pages", () => {
  it("serves folder index pages at the folder's URL", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("meetings/2017-09-07-cype/index.html")).toBe("/meetings/2017-09-07-cype/");
    expect(urlPathOf("404.html")).toBe("/404.html");
  });

  it("picks one page per template: per top-level folder and depth, and every top-level page", () => {
    expect(templateOf("meetings/a/b/index.html")).toBe("meetings/…/…/index.html");
    // A meeting's page for print is a template of its own, though it sits where an indicator's page would.
    expect(templateOf("meetings/a/print/index.html")).toBe("meetings/…/print/index.html");
    const pages = [
      "meetings/b/index.html",
      "meetings/a/index.html",
      "meetings/a/x/index.html",
      "meetings/a/y/index.html",
      "meetings/a/print/index.html",
      "meetings/b/print/index.html",
      "index.html",
      "404.html",
      "glossary/index.html",
    ];
    expect(onePerTemplate(pages)).toEqual([
      "404.html",
      "glossary/index.html",
      "index.html",
      "meetings/a/index.html",
      "meetings/a/print/index.html",
      "meetings/a/x/index.html",
    ]);
  });
});

describe("links", () => {
  const site: SiteIndex = {
    files: new Set(["index.html", "glossary/index.html", "assets/site.css"]),
    anchors: new Map([
      ["index.html", new Set(["main-content"])],
      ["glossary/index.html", new Set(["cin"])],
    ]),
  };

  it("resolves folders to their index.html, with or without the slash", () => {
    expect(fileForPath("/glossary/", site.files)).toBe("glossary/index.html");
    expect(fileForPath("/glossary", site.files)).toBe("glossary/index.html");
    expect(fileForPath("/", site.files)).toBe("index.html");
    expect(fileForPath("/missing/", site.files)).toBeUndefined();
  });

  it("reports missing pages and fragments, and leaves other sites, mailto and #top alone", () => {
    const doc = page(`
      <a href="/glossary/#cin">ok</a><a href="#main-content">ok</a><a href="#top">ok</a><a href="https://example.org/x">ok</a>
      <a href="mailto:a@b.c">ok</a><link rel="stylesheet" href="/assets/site.css">
      <a href="/glossary/#nope">bad fragment</a><a href="/nowhere/">bad page</a><img src="/assets/missing.png" alt="x">`);
    expect(rules(checkLinks(doc, "index.html", site))).toEqual(["broken-fragment", "broken-link", "broken-link"]);
  });
});

describe("structure", () => {
  it("allows climbing back up any number of levels, but not skipping down", () => {
    expect(checkHeadings(page("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>"))).toEqual([]);
    expect(rules(checkHeadings(page("<h1>a</h1><h2>b</h2><h4>c</h4>")))).toEqual(["heading-order"]);
    expect(rules(checkHeadings(page("<h2>a</h2>")))).toEqual(["single-h1", "heading-order"]);
  });

  it("counts only the rating word that is both visible and spoken", () => {
    expect(checkRatings(page('<strong class="rating"><span aria-hidden="true">✓</span> Green</strong>'))).toEqual([]);
    expect(checkRatings(page('<strong class="rating">Rating: No data</strong>'))).toEqual([]);
    expect(rules(checkRatings(page('<strong class="rating"><span class="govuk-visually-hidden">Red</span></strong>')))).toEqual(["rating-text"]);
    expect(rules(checkRatings(page('<strong class="rating"><span aria-hidden="true">Red</span></strong>')))).toEqual(["rating-text"]);
  });

  it("takes a chart's name from its <title>, aria-label or aria-labelledby, and finds a chart with none", () => {
    const svg = (attributes: string, inside = "") =>
      page(`<svg xmlns="http://www.w3.org/2000/svg" role="img"${attributes}>${inside}<path d="M0,0L1,1"/></svg>`);
    expect(checkCharts(svg("", "<title>Trend chart: caseload</title>"))).toEqual([]);
    expect(checkCharts(svg(' aria-label="Trend chart: caseload"'))).toEqual([]);
    expect(checkCharts(page('<p id="n">Trend chart</p><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="n"></svg>'))).toEqual([]);
    expect(rules(checkCharts(svg("", "<title> </title>")))).toEqual(["svg-name"]);
    expect(rules(checkCharts(svg("")))).toEqual(["svg-name"]);
    expect(rules(checkCharts(svg(' aria-labelledby="missing"', "<title>x</title>")))).toEqual(["svg-name"]);
  });
});

describe("reading order", () => {
  const block = (top: number, left: number, text: string): TextBlock => ({ where: "p", text, top, bottom: top + 20, left });

  it("accepts top-to-bottom, and left-to-right within a line", () => {
    expect(visualOrderInversions([block(0, 0, "a"), block(0, 200, "b"), block(40, 0, "c")])).toEqual([]);
  });

  it("reports a later block drawn above, or to the left on the same line", () => {
    expect(visualOrderInversions([block(40, 0, "a"), block(0, 0, "b")])).toHaveLength(1);
    expect(visualOrderInversions([block(0, 200, "a"), block(0, 0, "b")])).toHaveLength(1);
  });

  it("wants a skip link to <main> first, and header → main → footer", () => {
    const good = {
      firstFocusable: 'a.govuk-skip-link[href="#main-content"]',
      skipTarget: "main",
      skipTargetIsMain: true,
      sequence: ["main", "h1", "footer"],
      firstHeadingInMain: "h1",
      positiveTabindex: [],
    };
    expect(unstyledFindings(good)).toEqual([]);
    expect(rules(unstyledFindings({ ...good, firstFocusable: 'a[href="/"]', skipTargetIsMain: false }))).toEqual(["skip-link-first"]);
    expect(rules(unstyledFindings({ ...good, sequence: ["footer", "main", "h1"] }))).toEqual(["landmark-order"]);
  });
});

describe("focus indicators", () => {
  const plain: FocusStyle = {
    outlineStyle: "none",
    outlineWidth: 0,
    outlineColor: "rgb(11, 12, 12)",
    boxShadow: "none",
    backgroundColor: "rgba(0, 0, 0, 0)",
    borderColor: "",
    borderWidth: "",
    color: "rgb(26, 79, 143)",
    textDecoration: "underline 1px",
  };
  const stop = (focused: Partial<FocusStyle>, extra: Partial<FocusStop> = {}): FocusStop => ({
    where: "a",
    text: "link",
    focused: { ...plain, ...focused },
    unfocused: plain,
    surrounding: "rgb(255, 255, 255)",
    coveredBy: "",
    visibleArea: 100,
    area: 100,
    unfocusedArea: 100,
    ...extra,
  });

  it("passes GOV.UK's yellow background with a black bar below", () => {
    expect(
      focusFindings(stop({ backgroundColor: "rgb(255, 221, 0)", boxShadow: "rgb(255, 221, 0) 0px -2px 0px 0px, rgb(11, 12, 12) 0px 4px 0px 0px" })),
    ).toEqual([]);
  });

  it("fails no change, a colour-only change, and a yellow outline alone on white", () => {
    expect(rules(focusFindings(stop({})))).toEqual(["focus-not-visible"]);
    expect(rules(focusFindings(stop({ color: "rgb(11, 12, 12)" })))).toEqual(["focus-not-visible"]);
    expect(rules(focusFindings(stop({ outlineStyle: "solid", outlineWidth: 3, outlineColor: "rgb(255, 221, 0)" })))).toEqual(["focus-low-contrast"]);
  });

  it("passes an element that appears only when focused (a skip link), and fails one out of sight", () => {
    expect(focusFindings(stop({}, { unfocusedArea: 1, area: 800 }))).toEqual([]);
    expect(rules(focusFindings(stop({ outlineStyle: "solid", outlineWidth: 3, outlineColor: "rgb(0, 0, 0)" }, { visibleArea: 0 })))).toEqual([
      "focus-obscured",
    ]);
  });
});

describe("colours and browser", () => {
  it("reads every colour in a box-shadow and blends translucent ones", () => {
    expect(coloursIn("rgb(255, 221, 0) 0px -2px 0px 0px, rgba(11, 12, 12, 0.5) 0px 4px")).toEqual([
      { r: 255, g: 221, b: 0, a: 1 },
      { r: 11, g: 12, b: 12, a: 0.5 },
    ]);
    expect(over({ r: 0, g: 0, b: 0, a: 0.5 }, "#ffffff")).toBe("#808080");
    expect(contrastOn({ r: 0, g: 0, b: 0, a: 1 }, "#ffffff")).toBeCloseTo(21, 5);
  });

  it("fails, saying how to install Chromium, when there is none", () => {
    expect(() => findChromium({ CHROMIUM_PATH: "/nonexistent" }, () => false)).toThrow(NoChromiumError);
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install chromium/);
    expect(findChromium({}, (file) => file === "/usr/bin/chromium")).toBe("/usr/bin/chromium");
  });
});
