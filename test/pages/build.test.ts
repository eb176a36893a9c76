import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { listFiles } from "../../src/pipeline/listFiles";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const MEETING = "meetings/2017-09-07-cype";

/** Figures typed from the paper (test/fixtures/papers/kent-cype-2017-09-07.txt), not from our output. */
const PAPER = [
  {
    id: "adoption-plan-within-4-months",
    title: "% of cases where adoption agreed as plan within 4 months, for those with an agency decision",
    rating: "Red",
    rows: [
      ["Mar 2017", "68.6%", "75.0%", "Amber"],
      ["Apr 2017", "62.8%", "80.0%", "Red"],
      ["May 2017", "63.2%", "80.0%", "Red"],
      ["Jun 2017", "62.8%", "80.0%", "Red"],
    ],
    target: "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)",
    tolerance: "Higher values are better",
    source: "Liberi",
  },
  {
    id: "average-caseload",
    title: "Average Caseload of Social Workers in CSWTs",
    rating: "Red",
    rows: [
      ["Mar 2017", "22.0", "18.0", "Red"],
      ["Apr 2017", "23.4", "18.0", "Red"],
      ["May 2017", "23.8", "18.0", "Red"],
      ["Jun 2017", "24.6", "18.0", "Red"],
    ],
    target: "Target: 18 (RAG Bandings: Above 22 = Red, 18 to 22 = Amber, 18 and below = Green)",
    tolerance: "Lower values are better",
    source: "Liberi and Area Staffing Spreadsheets",
  },
  {
    id: "cic-health-assessments",
    title: "% of CIC cases where all Health Assessments were held within required timescale",
    rating: "Red",
    rows: [
      ["Mar 2017", "87.4%", "90.0%", "Amber"],
      ["Apr 2017", "86.9%", "90.0%", "Amber"],
      ["May 2017", "86.1%", "90.0%", "Amber"],
      ["Jun 2017", "83.8%", "90.0%", "Red"],
    ],
    target: "Target: 90% (RAG Bandings: Below 85% = Red, 85% to 90% = Amber, 90% and above = Green)",
    tolerance: "Higher values are better",
    source: "Liberi",
  },
  {
    id: "cin-plans",
    title: "% of CIN with a CIN Plan in place",
    rating: "Red",
    rows: [
      ["Mar 2017", "87.7%", "90.0%", "Amber"],
      ["Apr 2017", "86.8%", "90.0%", "Amber"],
      ["May 2017", "80.9%", "90.0%", "Amber"],
      ["Jun 2017", "78.3%", "90.0%", "Red"],
    ],
    target: "Target: 90% (RAG Bandings: Below 80% = Red, 80% to 90% = Amber, 90% and above = Green)",
    tolerance: "Higher values are better",
    source: "Liberi",
  },
  {
    id: "unallocated-cases",
    title: "Number of unallocated cases",
    rating: "Red",
    rows: [
      ["Mar 2017", "1", "0", "Amber"],
      ["Apr 2017", "73", "0", "Red"],
      ["May 2017", "0", "0", "Green"],
      ["Jun 2017", "14", "0", "Red"],
    ],
    target: "Target: 0 (RAG Bandings: Above 10 = Red, 1 to 10 = Amber, 0 = Green)",
    tolerance: "Lower values are better",
    source: "Liberi",
  },
  {
    id: "returner-interviews",
    title: "% of Returner Interviews completed within 3 working days",
    rating: "Red",
    rows: [
      ["Mar 2017", "74.9%", "90.0%", "Red"],
      ["Apr 2017", "75.7%", "85.0%", "Amber"],
      ["May 2017", "75.2%", "85.0%", "Amber"],
      ["Jun 2017", "73.2%", "85.0%", "Red"],
    ],
    target: "Target: 85% (RAG Bandings: Below 75% = Red, 75% to 85% = Amber, 85% and above = Green)",
    tolerance: "Higher values are better",
    source: "Liberi",
  },
  {
    id: "placement-arrangement-meetings",
    title: "% of placement arrangement meetings held within 5 working days",
    rating: "Red",
    rows: [
      ["Mar 2017", "No data", "90.0%", "No data"],
      ["Apr 2017", "62.3%", "90.0%", "Red"],
      ["May 2017", "62.1%", "90.0%", "Red"],
      ["Jun 2017", "62.2%", "90.0%", "Red"],
    ],
    target: "Target: 90% (RAG Bandings: Below 75% = Red, 75% to 90% = Amber, 90% and above = Green)",
    tolerance: "Higher values are better",
    source: "Liberi",
  },
];
const ROLLING = "Figures shown are based on a rolling 12 month period. The result for Apr 2017 for example shows performance for May 2016 to Apr 2017.";
const SNAPSHOT = "Figures shown are based on a snapshot as at the end of the reporting month";

let out: string;
let prefixed: string;
const read = (root: string, page: string) => readFile(path.join(root, page), "utf8");
const dom = async (root: string, page: string) => new JSDOM(await read(root, page)).window.document;
const text = (element: Element | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "scorecards-site-"));
  prefixed = await mkdtemp(path.join(tmpdir(), "scorecards-prefixed-"));
  await buildSite({ projectRoot, outputDir: out });
  await buildSite({ projectRoot, outputDir: prefixed, pathPrefix: "/council/scorecards/" });
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
  await rm(prefixed, { recursive: true, force: true });
});

describe.each(PAPER)("the indicator page for $id", (indicator) => {
  let doc: Document;
  beforeAll(async () => {
    doc = await dom(out, `${MEETING}/${indicator.id}/index.html`);
  });

  it("has the paper's title as its only h1", () => {
    expect([...doc.querySelectorAll("h1")].map(text)).toEqual([indicator.title]);
  });

  it("says the rating in words, with a shape that is not colour", () => {
    const tag = doc.querySelector("main .rating");
    expect(text(tag)).toContain(`Rating: ${indicator.rating}`);
    expect(text(tag?.querySelector(".rating__symbol"))).toBe("✕");
  });

  it("has a trend table with the paper's results, targets and ratings for each month", () => {
    const table = doc.querySelector("main table")!;
    expect(text(table.querySelector("caption"))).toBe("Results, targets and ratings by month");
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => {
      const cells = [...row.querySelectorAll("th, td")].map(text);
      return [cells[0], cells[1], cells[2], cells[3]!.replace(/^[✕!✓–] /, "").replace(" (as published)", "")];
    });
    expect(rows).toEqual(indicator.rows);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(4);
  });

  it("draws an inline SVG chart with role img, named by its title, and captions it with its message once", () => {
    const svg = doc.querySelector("main svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.firstElementChild?.localName).toBe("title");
    expect(text(svg.firstElementChild)).toBe(`Trend chart: ${indicator.title}, Mar 2017 to Jun 2017`);
    expect(svg.querySelector("foreignObject, desc")).toBeNull();
    const caption = text(svg.closest("figure")?.querySelector("figcaption"));
    expect(caption).toMatch(/^Result (rose|fell|stayed)/);
    expect(text(svg)).not.toContain(caption);
  });

  it("gives the one-sentence summary of the latest month", () => {
    const summary = text(doc.querySelector(".lead-summary"));
    const latest = indicator.rows[3]!;
    expect(summary.startsWith(`${latest[1]} in June 2017`)).toBe(true);
    expect(summary).toContain(`; ${indicator.rating}`);
  });

  it("prints the data notes in the paper's wording", () => {
    const notes = Object.fromEntries(
      [...doc.querySelectorAll("main dl .govuk-summary-list__row")].map((row) => [text(row.querySelector("dt")), text(row.querySelector("dd"))]),
    );
    expect(notes.Target).toBe(indicator.target);
    expect(notes.Tolerance).toBe(indicator.tolerance);
    expect(notes["Data Source"]).toBe(indicator.source);
    expect([ROLLING, SNAPSHOT]).toContain(notes.Data);
  });
});

describe("the adoption page's summary sentence", () => {
  it("matches the wording the issue gives", async () => {
    const doc = await dom(out, `${MEETING}/adoption-plan-within-4-months/index.html`);
    expect(text(doc.querySelector(".lead-summary"))).toBe(
      "62.8% in June 2017, down 0.4 percentage points since May; Red, 7.2 points below the Amber band and 17.2 below the 80% target.",
    );
  });
});

describe("the meeting page", () => {
  it("links to all 7 indicators by title, in the paper's order", async () => {
    const doc = await dom(out, `${MEETING}/index.html`);
    const links = [...doc.querySelectorAll("main table a")].map((a) => [text(a), a.getAttribute("href")]);
    expect(links).toEqual(PAPER.map((i) => [i.title, `/${MEETING}/${i.id}/`]));
    expect(text(doc.querySelector("main"))).toContain("Ratings for the latest period: 7 Red.");
  });

  it("is listed on the home page with its rating counts", async () => {
    const doc = await dom(out, "index.html");
    const link = doc.querySelector(`main a[href="/${MEETING}/"]`);
    expect(text(link)).toBe("Thursday 7 September 2017");
    expect(text(link?.parentElement)).toContain("7 Red");
  });
});

describe("direction of travel", () => {
  // Average caseload: 23.8 in May, 24.6 in June, and lower is better (typed from the paper's table).
  const CASELOAD = "Up 0.8 since May: worse (lower is better)";
  const rowOf = (doc: Document, rowHeader: string) => [...doc.querySelectorAll("main tr")].find((row) => text(row.querySelector("th")) === rowHeader)!;

  it("says what happened, then what it means, with the arrow pointing the way the figure moved", async () => {
    const meeting = await dom(out, `${MEETING}/index.html`);
    const summaryRow = rowOf(meeting, "Average Caseload of Social Workers in CSWTs");
    expect(text(summaryRow)).toContain(CASELOAD);
    expect(text(summaryRow.querySelector('td:last-child [aria-hidden="true"]'))).toBe("↑");
    const indicator = await dom(out, `${MEETING}/average-caseload/index.html`);
    expect(text(rowOf(indicator, "Jun 2017"))).toContain(CASELOAD);
    const history = await dom(out, "indicators/average-caseload/index.html");
    expect(text(rowOf(history, "Jun 2017"))).toContain(CASELOAD);
    // A fall where higher is better: the arrow points down and the words say worse.
    const adoption = rowOf(meeting, PAPER[0]!.title);
    expect(text(adoption)).toContain("Down 0.4 percentage points since May: worse (higher is better)");
    expect(text(adoption.querySelector('td:last-child [aria-hidden="true"]'))).toBe("↓");
    for (const doc of [meeting, indicator, history]) expect(text(doc.querySelector("main"))).not.toMatch(/Worsening|Improving/);
  });

  it("is in the downloads in the same words", async () => {
    const body = await read(out, `${MEETING}/scorecard-data.csv`);
    expect(body.split("\r\n").find((line) => line.includes(",average-caseload,") && line.includes(",2017-06,"))).toMatch(
      new RegExp(`,${CASELOAD.replace(/[()]/g, "\\$&")},previous period,,,,as published,$`),
    );
  });
});

describe("the site's icon", () => {
  it("is there as SVG and as favicon.ico, in the council's colours, and every page names it", async () => {
    const svg = await read(out, "favicon.svg");
    const site = JSON.parse(await read(projectRoot, "data/site.json")) as { colours: { brand: string; brandText: string } };
    expect(svg).toContain(`fill="${site.colours.brand}"`);
    expect(svg).toContain(`fill="${site.colours.brandText}"`);
    const ico = await readFile(path.join(out, "favicon.ico"));
    // An icon directory of one 32×32 image, whose data is a PNG starting right after it.
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(ico.length - 22);
    expect(ico.subarray(22, 30).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
    const home = await dom(out, "index.html");
    expect([...home.querySelectorAll('link[rel="icon"]')].map((link) => link.getAttribute("href"))).toEqual(["/favicon.svg", "/favicon.ico"]);
  });
});

describe("every page", () => {
  it("has no script (but the search page, which loads only its own files), and with its CSS is at most 30 KB gzipped", async () => {
    const files = await listFiles(out);
    const css = gzipSync(await readFile(path.join(out, "assets/site.css"))).length;
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const html = await read(out, page);
      if (page === "search/index.html") {
        const sources = [...(await dom(out, page)).querySelectorAll("script")].map((script) => [script.getAttribute("src"), script.textContent]);
        expect(sources).toEqual([
          ["/pagefind/pagefind-ui.js", ""],
          ["/assets/search.js", ""],
        ]);
      } else {
        expect(html, page).not.toMatch(/<script/i);
      }
      expect(gzipSync(html).length + css, page).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it("with --pathprefix, carries the prefix on every internal link and stylesheet, and each resolves", async () => {
    const files = new Set(await listFiles(prefixed));
    const pages = [...files].filter((f) => f.endsWith(".html"));
    let checked = 0;
    for (const page of pages) {
      const doc = await dom(prefixed, page);
      for (const element of doc.querySelectorAll("a[href], link[href], img[src]")) {
        const url = element.getAttribute("href") ?? element.getAttribute("src")!;
        if (/^(https?:|mailto:|#)/.test(url)) continue;
        expect(url, `${page}: ${url}`).toMatch(/^\/council\/scorecards\//);
        const target = url.replace(/^\/council\/scorecards\//, "").split("#")[0]!;
        const file = target === "" || target.endsWith("/") ? `${target}index.html` : target;
        expect(files.has(file), `${page}: ${url} resolves`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
