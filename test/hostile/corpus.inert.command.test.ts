/**
 * Legitimate but dangerous content builds, and every page shows the danger as plain text.
 *
 * test/fixtures/hostile/inert/ is one meeting whose every file is legitimate but dangerous (script tags, javascript:
 * links, Nunjucks syntax, a title that closes <title>, Word's typography, odd encodings and line ends), laid over
 * test/fixtures/base/hostile/ in place of its indicator. It is published and built, with one more indicator made here
 * because it is too big to commit (a 500,000-character line), and each page is read as a browser would.
 * See docs/hostile-input.md for the decision behind each case.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/project";
import { FOLDER, HOSTILE, listFiles, policyProblems, projectWith, text, unsafeMarkup } from "./helpers";

const MEETING = "meeting.md";
const INERT = path.join(HOSTILE, "inert");
const LONG_TITLE = `A very long title ${"word ".repeat(400)}end`.trim();
const LONG_LINE = `${"x".repeat(200_000)} ${"<script>alert('long')</script>".repeat(10_000)}`;

describe("legitimate but dangerous content builds, and every page shows it as inert text", () => {
  let root: string;
  let site: string;
  /** The indicator files the inert case gives the meeting, as laid over the base. */
  let fixtures: string[];
  const page = async (file: string) => new JSDOM(await readFile(path.join(site, file), "utf8")).window.document;
  const indicator = (id: string) => page(`meetings/${FOLDER}/${id}/index.html`);
  const commentary = (doc: Document) => doc.querySelector("main .commentary")!;
  const links = (element: Element) => [...element.querySelectorAll("a")].map((a) => [text(a), a.getAttribute("href")]);
  const summary = (doc: Document, key: string) =>
    [...doc.querySelectorAll("main .govuk-summary-list__row")]
      .find((row) => text(row.querySelector("dt")) === key)
      ?.querySelector("dd")
      ?.textContent?.trim();

  beforeAll(async () => {
    root = await projectWith(INERT);
    fixtures = readdirSync(path.join(root, "content/meetings", FOLDER)).filter((f) => f !== MEETING);
    // An extremely long line and title, generated because they would bloat the repository.
    const template = readFileSync(path.join(root, "content/meetings", FOLDER, "19-zero-width-text.md"), "utf8");
    const front = template
      .split(/^---$/m)[1]!
      .replace("id: zero-width-text", "id: long-lines")
      .replace(/^title: .*$/m, `title: ${LONG_TITLE}`);
    const long = `---${front}---\n${LONG_LINE}\n`;
    await writeFile(path.join(root, "content/meetings", FOLDER, "15-long-lines.md"), long);
    // Published, so the hostile text also reaches the indicator histories, the archive downloads and the feed.
    const published = await runScript(root, "publish-meeting", [`content/meetings/${FOLDER}`]);
    expect(published.code, published.stderr).toBe(0);
    const result = await runScript(root, "build");
    // Eleventy may print a benchmark note about the long page's transform; only the exit code matters.
    expect(result.code, result.stderr).toBe(0);
    site = path.join(root, "_site");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("builds a page for every inert indicator", async () => {
    const files = await listFiles(path.join(site, "meetings", FOLDER));
    const ids = files
      .filter((f) => f.endsWith("/index.html"))
      .map((f) => f.split("/")[0])
      .sort();
    // Beside the indicators' pages, the meeting's page for print.
    expect(ids).toContain("print");
    expect(ids.filter((id) => id !== "print")).toHaveLength(fixtures.length + 1);
    expect(ids).toContain("long-lines");
  });

  it("no page anywhere has a script of its own, an event attribute, a frame, or a javascript:, data: or vbscript: URL", async () => {
    const pages = (await listFiles(site)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const file of pages) {
      const html = await readFile(path.join(site, file), "utf8");
      const doc = new JSDOM(html).window.document;
      const search = file === "search/index.html";
      expect(unsafeMarkup(doc, search), file).toEqual([]);
      expect(policyProblems(doc), file).toEqual([]);
      // No inline script in the text either: only the search page loads script, and only from the site's own files.
      if (search)
        expect(
          html.match(/<script\b[^>]*>/gi)?.every((tag) => /\ssrc="\/[^/]/.test(tag)),
          file,
        ).toBe(true);
      else expect(html, file).not.toMatch(/<script/i);
    }
  });

  it("the Atom feed is well-formed XML with the hostile committee name as text", async () => {
    const xml = await readFile(path.join(site, "feed.xml"), "utf8");
    const doc = new JSDOM(xml, { contentType: "application/xml" }).window.document;
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.querySelector("entry > title")?.textContent).toContain("Hostile <script>alert('committee')</script> Committee");
  });

  it("the JSON downloads parse, with the hostile titles as plain strings", async () => {
    const json = JSON.parse(await readFile(path.join(site, "meetings", FOLDER, "scorecard-data.json"), "utf8")) as { records: { indicatorTitle: string }[] };
    expect(json.records.map((r) => r.indicatorTitle)).toContain('</title><script>alert("title")</script><!--');
  });

  it("done-when: <script>alert(1)</script>, <img src=x onerror=…> and [click](javascript:alert(3)) are text, not script, attribute or link", async () => {
    const doc = await indicator("done-when");
    const body = commentary(doc);
    expect(text(body)).toContain("<script>alert(1)</script>");
    expect(text(body)).toContain('<img src=x onerror="alert(2)">');
    expect(text(body)).toContain("[click](javascript:alert(3))");
    expect(body.querySelectorAll("script, img, a")).toHaveLength(0);
    expect(unsafeMarkup(doc)).toEqual([]);
    const html = await readFile(path.join(site, "meetings", FOLDER, "done-when/index.html"), "utf8");
    expect(html).not.toMatch(/<script|<img|<a [^>]*javascript:/i);
  });

  it("script-variants: upper-case, svg onload, style, meta refresh, base, form, object, embed, math and raw anchors are text", async () => {
    const body = commentary(await indicator("script-variants"));
    for (const raw of [
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
      "<svg/onload=alert('svg')>",
      "<body onload=alert('body')>",
      "<style>body { display: none }</style>",
      `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
      `<base href="//evil.example/">`,
      `<form action="javascript:alert('form')">`,
      `<object data="javascript:alert('object')"></object>`,
      `<embed src="javascript:alert('embed')">`,
      `<math><a xlink:href="javascript:alert('math')">x</a></math>`,
      `<a href="javascript:alert('anchor')">a raw anchor</a>`,
      `<div style="background:url(javascript:alert('style'))">styled</div>`,
    ]) {
      expect(text(body)).toContain(raw);
    }
    expect([...body.querySelectorAll("*")].map((e) => e.tagName.toLowerCase())).toEqual(Array(11).fill("p"));
  });

  it("html-comments: comments are shown, not hidden, and hide nothing", async () => {
    const body = commentary(await indicator("html-comments"));
    expect(text(body)).toContain("Before <!-- a note a clerk left for a colleague --> after.");
    expect(text(body)).toContain("<!--<script>alert('comment')</script>-->");
    expect(text(body)).toContain("<!--[if IE]><script>alert('ie')</script><![endif]-->");
    const walker = body.ownerDocument.createTreeWalker(body, 128 /* NodeFilter.SHOW_COMMENT */);
    expect(walker.nextNode()).toBeNull();
  });

  it("iframes: <iframe> with onload, srcdoc and a frameset are text", async () => {
    const doc = await indicator("iframes");
    expect(text(commentary(doc))).toContain(`<iframe src="https://evil.example/" onload="alert('iframe')"></iframe>`);
    expect(text(commentary(doc))).toContain(`<iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>`);
    expect(doc.querySelectorAll("iframe, frame, frameset")).toHaveLength(0);
  });

  it("images: no image is loaded; HTML images are text and markdown images show their alt text", async () => {
    const doc = await indicator("images");
    const body = commentary(doc);
    expect(doc.querySelectorAll("img")).toHaveLength(0);
    expect(text(body)).toContain(`<img src=x onerror="alert('img')">`);
    expect(text(body)).toContain(`<IMG SRC="javascript:alert('IMG')">`);
    expect(text(body)).toContain(`chart of caseloads" onerror="alert('alt')`);
    expect(text(body)).toContain("a local picture");
    expect(text(body)).not.toContain("evil.example");
  });

  it("javascript-links: only http(s), mailto and relative links are links; the rest are the text that was written", async () => {
    const body = commentary(await indicator("javascript-links"));
    expect(links(body)).toEqual([
      ["kept: the council", "https://www.kent.gov.uk/"],
      ["kept: email", "mailto:emma.west@example.org"],
      ["kept: relative", "../"],
      ["kept: fragment", "#javascript-links-notes"],
    ]);
    for (const raw of [
      "[plain](javascript:alert('plain'))",
      "[mixed case](JaVaScRiPt:alert('case'))",
      "[encoded](java%09script:alert('encoded'))",
      "[data](data:text/html;base64,",
      "[vbscript](vbscript:msgbox('vb'))",
      "[file](file:///etc/passwd)",
      "[protocol relative](//evil.example/)",
    ]) {
      expect(text(body)).toContain(raw);
    }
  });

  it("autolinks: <javascript:…>, <data:…>, <vbscript:…> and <file:…> are text; web and email autolinks stay links", async () => {
    const body = commentary(await indicator("autolinks"));
    expect(links(body)).toEqual([
      ["https://www.kent.gov.uk/", "https://www.kent.gov.uk/"],
      ["emma.west@example.org", "mailto:emma.west@example.org"],
    ]);
    expect(text(body)).toContain("<javascript:alert('autolink')>");
    expect(text(body)).toContain("<JAVASCRIPT:alert('AUTOLINK')>");
    expect(text(body)).toContain("<file:///etc/passwd>");
  });

  it("reference-links: definitions with dangerous schemes define nothing; the title of a good one is escaped", async () => {
    const body = commentary(await indicator("reference-links"));
    expect(links(body)).toEqual([["kept", "https://www.kent.gov.uk/"]]);
    expect(body.querySelector("a")!.getAttribute("title")).toBe('A title with "quotes" and <b>tags</b>');
    expect(text(body)).toContain("[one][js] and [two][data] and [three]");
    expect(text(body)).toContain("[js]: javascript:alert('reference')");
  });

  it("nunjucks: {{ }}, {% %} and {# #} in a title, a data source and the commentary are printed, never evaluated", async () => {
    const doc = await indicator("nunjucks");
    const title = "{{ 7 * 7 }} caseload {{ site.council }} {% raw %}{{ 6 * 7 }}{% endraw %}";
    expect(text(doc.querySelector("h1"))).toBe(title);
    expect(doc.title.startsWith(`${title}: `)).toBe(true);
    expect(summary(doc, "Data Source")).toBe("{{ range(0, 99999999) | join }}");
    const body = text(commentary(doc));
    for (const raw of [
      "{{ 7 * 7 }}",
      '{% include "base.njk" %}',
      "{% raw %}{{ 6 * 7 }}{% endraw %}",
      `{{ "<script>alert('njk')</script>" | safe }}`,
      "{# not a comment #} ${7 * 7} <%= 7 * 7 %>",
    ]) {
      expect(body).toContain(raw);
    }
    expect(text(doc.querySelector("main"))).not.toMatch(/\b49\b|\b42\b/);
    // The meeting's agenda title carries Nunjucks too: its page, the home page and the feed print it as written.
    const meeting = await page(`meetings/${FOLDER}/index.html`);
    expect(text(meeting.querySelector("h1"))).toBe("{{ 7 * 7 }} Performance Scorecard {% raw %}");
  });

  it("title-breakout: </title><script>, \"> and ' onfocus=' in titles, owners and data source stay inside their elements", async () => {
    const doc = await indicator("title-breakout");
    const title = '</title><script>alert("title")</script><!--';
    expect(doc.title).toBe(`${title}: Red, Dec 2018 – Kent County Council`);
    expect(text(doc.querySelector("h1"))).toBe(title);
    expect(summary(doc, "Data Source")).toBe('"><script>alert("source")</script>');
    expect(summary(doc, "Director")).toBe(`<b onmouseover="alert('director')">Philip Segurola</b>`);
    expect(summary(doc, "Division")).toBe("' onfocus='alert(1)' autofocus x='");
    expect(text(commentary(doc))).toBe("</div></main><script>alert('body')</script>");
    // The page's structure is whole: one main, the data notes inside it, the footer after it.
    expect(doc.querySelectorAll("main")).toHaveLength(1);
    expect(doc.querySelector("main #title-breakout-notes")).not.toBeNull();
    expect(doc.querySelector("main ~ footer, .govuk-width-container ~ footer")).not.toBeNull();
    expect(doc.querySelector("[autofocus]")).toBeNull();
  });

  it("word-text: curly quotes, dashes, ellipses and non-breaking spaces are kept as the characters they are", async () => {
    const doc = await indicator("word-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("\u201CAverage\u201D caseload \u2013 social workers\u2019 teams\u2026 per\u00A0100 cases");
    expect(summary(doc, "Cabinet Member")).toBe("Roger\u00A0Gough");
    expect(commentary(doc).textContent).toContain("The figure \u201Crose\u201D \u2013 again \u2014 to 23.4 per\u00A0cent; officers\u2019 caseloads\u2026");
  });

  for (const [id, what] of [
    ["bom-crlf", "a byte-order mark and CRLF line ends"],
    ["cr-only", "old Mac line ends (CR alone)"],
  ] as const) {
    it(`${id}: a file with ${what} reads exactly like any other`, async () => {
      const doc = await indicator(id);
      expect(doc.querySelector("h1")!.textContent!.startsWith("A file ")).toBe(true);
      const results = [...doc.querySelectorAll("main table tbody tr")].map((row) => text(row.querySelectorAll("td")[0]));
      expect(results).toEqual(["22.0", "23.4", "23.8"]);
      expect([...commentary(doc).querySelectorAll("p")].map(text)).toEqual(["Line one of the commentary.", "Line two."]);
      expect(doc.querySelector("main")!.innerHTML).not.toMatch(/[\r\uFEFF]/);
    });
  }

  it("tabs: tabs after colons are white space; tab-indented HTML in the commentary is a code block of text", async () => {
    const doc = await indicator("tabs");
    expect(text(doc.querySelector("h1"))).toBe("Tabs after the colon");
    expect(summary(doc, "Data Source")).toBe("Liberi");
    expect(commentary(doc).querySelector("pre code")?.textContent).toBe("<script>alert('code')</script>\n");
    expect(commentary(doc).querySelector("p code")?.textContent).toBe("<img src=x onerror=alert('inline')>");
  });

  it("long-lines: a 500,000-character line and a 2,000-character title build, as text", async () => {
    const doc = await indicator("long-lines");
    expect(text(doc.querySelector("h1"))).toBe(LONG_TITLE);
    expect(commentary(doc).textContent!.length).toBeGreaterThanOrEqual(LONG_LINE.length);
    expect(commentary(doc).querySelectorAll("script")).toHaveLength(0);
  });

  it("deep-markdown: 40 nested quotes, 4,000 asterisks, 20 nested lists and 5,000 brackets build, and no text is lost", async () => {
    const doc = await indicator("deep-markdown");
    const body = commentary(doc);
    expect(text(body)).toContain("a deep quote");
    expect(body.querySelectorAll("blockquote")).toHaveLength(40);
    expect(text(body)).toContain("after the asterisks");
    expect(text(body)).toContain("level 19");
    expect(text(body)).toContain("[".repeat(5000));
    expect(text(body)).toContain("script>alert('angles')");
    expect(body.querySelectorAll("script")).toHaveLength(0);
  });

  it("html-entities: entities in front matter are printed as typed; entities in commentary become text, never tags", async () => {
    const doc = await indicator("html-entities");
    expect(text(doc.querySelector("h1"))).toBe("&lt;script&gt;alert('entity title')&lt;/script&gt; &amp; &#60;b&#62;");
    const body = commentary(doc);
    expect(text(body)).toContain("<script>alert('entity body')</script>");
    expect(text(body)).toContain("<img src=x onerror=alert('entity img')>");
    expect(body.querySelectorAll("script, img")).toHaveLength(0);
  });

  it("unicode-text: accents, Arabic and Hebrew, emoji with joiners and astral letters are kept", async () => {
    const doc = await indicator("unicode-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("Caseload: Zoë Ó Briain, محمد علي, 👩\u200D👧 and e\u0301");
    expect(summary(doc, "Director")).toBe("محمد علي");
    expect(summary(doc, "Cabinet Member")).toBe("Zoë Ó Briain");
    expect(commentary(doc).textContent).toContain("שלום and مرحبا side by side, 👩\u200D👩\u200D👧\u200D👦, and \u{1D54F}\u{1D560}.");
  });

  it("zero-width-text: zero-width characters in prose are text (in an id they are refused: see id-zero-width-space)", async () => {
    const doc = await indicator("zero-width-text");
    expect(doc.querySelector("h1")!.textContent!.trim()).toBe("Average\u200Bcase\u00ADload of\u2060social workers");
  });

  it("meeting.md: script, javascript: links, a quote-breaking paper address and tags in names are text on the meeting page", async () => {
    const doc = await page(`meetings/${FOLDER}/index.html`);
    const main = doc.querySelector("main")!;
    expect(text(main.querySelector(".govuk-caption-l"))).toBe("Hostile <script>alert('committee')</script> Committee");
    expect(text(main)).toContain("agenda item 4 <b onmouseover=alert('agenda')>");
    const note = main.querySelector(".commentary")!;
    expect(text(note)).toContain("<script>alert('covering note')</script>");
    expect(text(note)).toContain("[Read the paper](javascript:alert('covering link'))");
    expect(text(note)).toContain("John Lynch, Head of Democratic Services</title><script>alert('role')</script>");
    expect(text(note)).toContain(`Ask for Emma "<img src=x onerror=alert('contact')>" West`);
    expect(links(note)).toEqual([
      ["the council's website", "https://www.kent.gov.uk/"],
      ["emma.west@example.org", "mailto:emma.west@example.org"],
      ["The published paper", `https://example.org/paper.pdf?x="><script>alert('paper')</script>`],
    ]);
    expect(unsafeMarkup(doc)).toEqual([]);
    const home = await page("index.html");
    expect(text(home.querySelector("main"))).toContain("Hostile <script>alert('committee')</script> Committee");
  });
});
