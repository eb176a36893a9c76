import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { searchBundles } from "../../src/search/records";
import { renderMarkdownAndText } from "../../src/scorecard/markdown";
import { readSiteData } from "../../src/theme/siteData";
import { projectRoot } from "../helpers/project";

describe("searchBundles", async () => {
  const site = await loadScorecards(projectRoot);
  const { glossary } = await readSiteData(projectRoot);
  const bundles = searchBundles(site, glossary!.terms);
  const records = bundles.flatMap((bundle) => bundle.records);

  it("puts the histories and glossary in the site-wide bundle, and each meeting in its year's", () => {
    expect(bundles.map((bundle) => bundle.name)).toEqual(["pagefind", "pagefind-2017"]);
    expect(bundles[0]!.records.map((record) => record.url).sort()).toEqual(
      [...site.histories.map((h) => h.url), ...glossary!.terms.map((entry) => `/glossary/#${entry.term.toLowerCase()}`)].sort(),
    );
  });

  it("has one record for each meeting, indicator at it, indicator history and glossary term, at the pages' addresses", () => {
    const expected = [
      ...site.meetings.map((m) => m.url),
      ...site.indicators.map((i) => i.url),
      ...site.histories.map((h) => h.url),
      ...glossary!.terms.map((entry) => `/glossary/#${entry.term.toLowerCase()}`),
    ];
    expect(records.map((record) => record.url).sort()).toEqual(expected.sort());
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
  });

  it("names an indicator's meeting in its title and carries its commentary, summary and owners as plain text", () => {
    const caseload = records.find((record) => record.url === "/meetings/2017-09-07-cype/average-caseload/")!;
    expect(caseload.title).toBe("Average Caseload of Social Workers in CSWTs, Thursday 7 September 2017");
    expect(caseload.content).toContain("July caseload figures have stabilised and started to decline.");
    expect(caseload.content).toContain(site.indicators.find((i) => i.id === "average-caseload")!.summary);
    expect(caseload.content).toContain("Roger Gough, Philip Segurola");
    expect(caseload.content).not.toMatch(/<[a-z]/);
  });

  it("carries the meeting's covering note and the rating of each of its indicators", () => {
    const meeting = records.find((record) => record.url === "/meetings/2017-09-07-cype/")!;
    expect(meeting.content).toContain(site.meetings[0]!.coveringNoteText.split("\n")[0]);
    expect(meeting.content).toContain("Average Caseload of Social Workers in CSWTs: Red.");
  });
});

describe("searchBundles for the glossary", () => {
  it("points each term at its row on the glossary page, with its meaning and description", () => {
    const site = {
      meetings: [],
      indicators: [],
      histories: [],
      committees: [],
      latestUpdatedDate: "",
      withdrawnPages: [],
      warnings: [],
      ratingScheme: DEFAULT_RATING_SCHEME,
    };
    expect(searchBundles(site, [{ term: "CIC", meaning: "Children in Care", description: "Looked after children." }])).toEqual([
      { name: "pagefind", records: [{ url: "/glossary/#cic", title: "CIC: Children in Care", content: "Children in Care\nLooked after children." }] },
    ]);
  });
});

describe("renderMarkdownAndText", () => {
  it("gives the same HTML as the page and the words without markup, one line per block", () => {
    const { html, text } = renderMarkdownAndText(
      "Caseload *rose* to **24.6** &amp; [more](https://example.org/).\n\n- first\n- second `code`\n\n<b>kept as text</b>",
    );
    expect(html).toBe(
      '<p>Caseload <em>rose</em> to <strong>24.6</strong> &amp; <a href="https://example.org/">more</a>.</p>\n<ul>\n<li>first</li>\n<li>second <code>code</code></li>\n</ul>\n<p>&lt;b&gt;kept as text&lt;/b&gt;</p>\n',
    );
    expect(text).toBe("Caseload rose to 24.6 & more.\nfirst\nsecond code\n<b>kept as text</b>");
  });
});
