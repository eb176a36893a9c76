/**
 * Councils' own rating schemes through the whole build: Eastbrook (examples/eastbrook-borough: Blue for a target
 * exceeded, Havering's conditional rule, Data only, Not due) and Harlow's star, circle and triangle, entered as their
 * papers print them. Each checks the ratings, the sentence the data notes print, the summary counts, the page's wording
 * for statuses that are not ratings, the stylesheet, the downloads and the words the accessibility gate accepts.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { buildSite } from "../../src/pipeline/buildSite";
import type { Indicator, Scorecards } from "../../src/scorecard/model";
import { siteRatingWords } from "../../tools/a11y-gate/ratingWords";
import { checkRatings, parsePage } from "../../tools/a11y-gate/structure";
import { RIVERSIDE } from "../helpers/councilFixture";
import { projectRoot } from "../helpers/project";

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** Builds a copy of a project (so its cache and output stay out of the source), returning its model and output folder. */
async function built(source: string): Promise<{ scorecards: Scorecards; out: string; page: (url: string) => Promise<string> }> {
  const root = await mkdtemp(path.join(tmpdir(), "scorecards-schemes-"));
  made.push(root);
  await cp(source, root, { recursive: true });
  const scorecards = await loadScorecards(root);
  await buildSite({ projectRoot: root, outputDir: "_site", fresh: true, quiet: true });
  const out = path.join(root, "_site");
  return { scorecards, out, page: (url) => readFile(path.join(out, url, "index.html"), "utf8") };
}

const rows = (indicator: Indicator) => indicator.rows.map((row) => [row.periodLabel, row.resultText, row.ratingText, row.ratingSource, row.tag.symbol]);

describe("Eastbrook: Blue, a conditional rule, Data only and Not due", () => {
  let site: Awaited<ReturnType<typeof built>>;
  let byId: (id: string) => Indicator;
  beforeAll(async () => {
    site = await built(path.join(projectRoot, "examples/eastbrook-borough"));
    byId = (id) => site.scorecards.meetings[0]!.indicators.find((indicator) => indicator.id === id)!;
  }, 120_000);

  it("counts every status of the scheme, in its order", () => {
    const meeting = site.scorecards.meetings[0]!;
    expect(meeting.counts.text).toBe("1 Blue, 1 Amber, 1 Data only, 1 Not due");
    expect(meeting.counts.counts.map(({ label }) => label)).toEqual([
      "Blue",
      "Green",
      "Amber",
      "Red",
      "Data only",
      "Not due",
      "no data",
      "awaiting data",
      "not rated",
    ]);
  });

  it("rates a band for Blue above Green, and prints the four bands", () => {
    const calls = byId("calls-answered");
    expect(rows(calls)).toEqual([
      ["Q3 2022/23", "78.4%", "Amber", "computed", "!"],
      ["Q4 2022/23", "81.2%", "Green", "computed", "✓"],
      ["Q1 2023/24", "84.0%", "Green", "computed", "✓"],
      ["Q2 2023/24", "88.9%", "Green", "computed", "✓"],
      ["Q3 2023/24", "91.3%", "Blue", "computed", "★"],
    ]);
    expect(calls.ratingTagText).toBe("Rating: Blue");
    expect(calls.dataNotes.target).toBe("Target: 80% (Bandings: Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue)");
    expect(calls.summary).toBe("91.3% in Q3 2023/24, up 2.4 percentage points since Q2 2023/24; Blue, 11.3 points above the 80% target.");
  });

  it("works out Havering's rule from the same quarter last year, given on the row or read from the trend", () => {
    const planning = byId("major-planning-applications");
    expect(rows(planning).map(([period, , rating, source]) => [period, rating, source])).toEqual([
      ["Q3 2022/23", "Amber", "computed"],
      ["Q4 2022/23", "Green", "computed"],
      ["Q1 2023/24", "Green", "computed"],
      ["Q2 2023/24", "Red", "computed"],
      ["Q3 2023/24", "Amber", "computed"],
    ]);
    expect(planning.dataNotes.target).toBe(
      "Target: 90% (Bandings: Green = on or within 10% of target, Amber = more than 10% off target and improved on the same quarter last year, Red = more than 10% off target and not improved)",
    );
  });

  it("shows Data only as the paper's status, not a rating, and says what it means", () => {
    const rough = byId("rough-sleeping");
    expect(rough.rows.every((row) => row.state === "status" && row.ratingSource === null && row.ratingText === "Data only")).toBe(true);
    expect(rough.ratingTagText).toBe("Status: Data only");
    expect(rough.hasPublishedRatings).toBe(false);
    expect(rough.publishedRatingsNote).toBe("");
    expect(rough.summary).toBe("61 in Q3 2023/24, up 6 since Q2 2023/24; Data only.");
    expect(rough.dataNotes.target).toBe("Target: none (Data only: reported for information; the council sets no target)");
  });

  it("shows Not due in place of a result the published paper does not yet have", () => {
    const survey = byId("residents-satisfied");
    expect(rows(survey).at(-1)).toEqual(["2023/24", "Not due", "Not due", null, "…"]);
    expect(survey.summary).toBe("Not due for 2023/24.");
    expect(survey.latest.directionText).toBe("No comparison: not due for 2023/24");
    expect(survey.chart.description).toContain("; not due for 2023/24.");
    expect(survey.dataNotes.target).toBe("Target: none (Not due: the figure is not due until a later report)");
  });

  it("draws each status's tag with its own style, in light and dark, and the pages carry them", async () => {
    const css = await readFile(path.join(site.out, "assets/site.css"), "utf8");
    expect(css).toContain(".rating--blue{color:#0b2a4a;background-color:#d2e3f5;border-color:#1d5a9e;border-style:double;border-width:3px}");
    expect(css).toContain(".rating--data-only{color:#0b0c0c;background-color:#f3f2f1;border-color:#505a5f;border-style:dotted}");
    expect(css).toMatch(/prefers-color-scheme: ?dark[^@]*\.rating--blue\{color:#d6e8ff;background-color:#0f2d4d;border-color:#7fb2ee\}/);
    const meeting = await site.page("meetings/2024-02-20-cabinet");
    expect(meeting).toContain('<strong class="govuk-tag rating rating--blue"><span class="rating__symbol" aria-hidden="true">★</span> Blue</strong>');
    expect(meeting).toContain('<strong class="govuk-tag rating rating--not-due"><span class="rating__symbol" aria-hidden="true">…</span> Not due</strong>');
    expect(meeting).toContain("Ratings for the latest period: <strong>1 Blue, 1 Amber, 1 Data only, 1 Not due</strong>.");
  });

  it("names the council's statuses and their meanings in the glossary and the accessibility statement", async () => {
    const glossary = await site.page("glossary");
    expect(glossary).toContain("Red, Amber, Green or Blue: how a result compares with the bandings");
    expect(glossary).toContain("(✕ Red, ! Amber, ✓ Green, ★ Blue)");
    expect(glossary).toContain('<li><span aria-hidden="true">★</span> Blue: Target exceeded</li>');
    expect(glossary).toContain('<li><span aria-hidden="true">i</span> Data only: Reported for information; the council sets no target (not a rating)</li>');
    expect(glossary).toContain("“Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue”");
    const statement = await site.page("accessibility");
    expect(statement).toContain("each says Red, Amber, Green, Blue, Data only or Not due in words");
  });

  it("lists the statuses in the downloads' schema, which the accessibility gate reads its rating words from", async () => {
    const schema = JSON.parse(await readFile(path.join(site.out, "downloads/scorecard-data.schema.json"), "utf8")) as {
      properties: { records: { items: { properties: Record<string, { anyOf: { enum?: string[] }[] }> } } };
    };
    const { rating, ratingByRule } = schema.properties.records.items.properties;
    expect(rating!.anyOf[0]!.enum).toEqual(["Red", "Amber", "Green", "Blue", "Data only", "Not due"]);
    expect(ratingByRule!.anyOf[0]!.enum).toEqual(["Red", "Amber", "Green", "Blue"]);
    const words = await siteRatingWords(site.out);
    expect(words.slice(0, 6)).toEqual(["Red", "Amber", "Green", "Blue", "Data only", "Not due"]);
    // The gate passes every tag of the site with its own words, and would not with Kent's alone (the page for print has them all).
    const meeting = parsePage(await site.page("meetings/2024-02-20-cabinet/print"));
    expect(checkRatings(meeting, words)).toEqual([]);
    const refused = new Set(checkRatings(meeting).map((finding) => /^a rating tag showing "(.*?)"/.exec(finding.message)![1]));
    expect([...refused].sort()).toEqual(["Blue", "Data only", "Not due", "Rating: Blue", "Status: Data only", "Status: Not due"]);
  });
});

/** Harlow's key, as data/ratings.json states it. */
const HARLOW_RATINGS = {
  statuses: [
    { id: "above-target", word: "Above target", meaning: "Performance is above target", symbol: "★", border: "double", rated: true },
    { id: "within-target", word: "Within target", meaning: "Performance is within target", symbol: "●", border: "dashed", rated: true },
    { id: "behind-target", word: "Behind target", meaning: "Performance is behind target", symbol: "▲", border: "solid", rated: true },
  ].map((status, index) => ({
    ...status,
    light: [
      { text: "#002d18", background: "#cce2d8", border: "#00703c" },
      { text: "#0b2a4a", background: "#d2e3f5", border: "#1d5a9e" },
      { text: "#2a0b06", background: "#f4cdc6", border: "#b21e05" },
    ][index],
    dark: [
      { text: "#c9f2dc", background: "#0d3b24", border: "#5fd39a" },
      { text: "#d6e8ff", background: "#0f2d4d", border: "#7fb2ee" },
      { text: "#ffdad4", background: "#5a1409", border: "#ff8a75" },
    ][index],
  })),
};

const HARLOW_MEETING = `---
committee: Cabinet
date: 2024-03-14
agendaItem: 6
agendaTitle: Quarter 3 Performance Report
scorecards:
  - Corporate Performance
status: draft
---
Quarter 3 performance.
`;

/** An indicator of Harlow's report: within 5% of target is within target. */
const harlowIndicator = (id: string, title: string, trend: string) => `---
id: ${id}
title: "${title}"
scorecard: Corporate Performance
unit: percentage
decimalPlaces: 1
polarity: higher-is-better
bandings:
  - financialYear: 2023/24
    target: 80
    tolerancePercent: 5
dataBasis: in-period
dataSource: Service records
trend:
${trend}---
Commentary.
`;

describe("Harlow: a green star above target, a blue circle within target, a red triangle behind target", () => {
  let site: Awaited<ReturnType<typeof built>>;
  beforeAll(async () => {
    const source = await mkdtemp(path.join(tmpdir(), "scorecards-harlow-"));
    made.push(source);
    const folder = path.join(source, "content/meetings/2024-03-14-cabinet");
    await mkdir(folder, { recursive: true });
    await mkdir(path.join(source, "data"));
    const config = JSON.parse(await readFile(path.join(RIVERSIDE, "data/site.json"), "utf8")) as Record<string, unknown>;
    delete config.ownerRoles;
    await writeFile(path.join(source, "data/site.json"), JSON.stringify({ ...config, council: "Harlow Council (test)" }, null, 2));
    await writeFile(path.join(source, "data/ratings.json"), JSON.stringify(HARLOW_RATINGS, null, 2));
    await writeFile(path.join(source, "content/published.lock.json"), "{}\n");
    await writeFile(path.join(folder, "meeting.md"), HARLOW_MEETING);
    // Two quarters each, at the band edges: [id, title, Q1 result and rating, Q2 result and rating].
    const indicators: [string, string, [number, string], [number, string]][] = [
      ["a", "Edge above", [79.9, "Within target"], [80.0, "Above target"]],
      ["b", "Edge within", [75.9, "Behind target"], [76.0, "Within target"]],
      ["c", "Behind", [76.0, "Within target"], [75.9, "Behind target"]],
      ["d", "Above", [80.1, "Above target"], [92.0, "Above target"]],
    ];
    for (const [index, [id, title, ...quarters]] of indicators.entries()) {
      const trend = quarters.map(([result, rating], q) => `  - { period: Q${q + 1} 2023/24, result: ${result}, target: 80, rating: ${rating} }\n`).join("");
      await writeFile(path.join(folder, `0${index + 1}-${id}.md`), harlowIndicator(id, title, trend));
    }
    site = await built(source);
  }, 120_000);

  it("rates each result at every edge in the council's words, the ratings the paper printed agreeing", () => {
    const [a, b, c, d] = site.scorecards.meetings[0]!.indicators;
    expect([a, b, c, d].map((indicator) => rows(indicator!).map(([period, , rating, source, symbol]) => [period, rating, source, symbol]))).toEqual([
      [
        ["Q1 2023/24", "Within target", "computed", "●"],
        ["Q2 2023/24", "Above target", "computed", "★"],
      ],
      [
        ["Q1 2023/24", "Behind target", "computed", "▲"],
        ["Q2 2023/24", "Within target", "computed", "●"],
      ],
      [
        ["Q1 2023/24", "Within target", "computed", "●"],
        ["Q2 2023/24", "Behind target", "computed", "▲"],
      ],
      [
        ["Q1 2023/24", "Above target", "computed", "★"],
        ["Q2 2023/24", "Above target", "computed", "★"],
      ],
    ]);
    expect(a!.dataNotes.target).toBe(
      "Target: 80% (Bandings: Above target = target met, Within target = within 5% of target, Behind target = more than 5% from target)",
    );
  });

  it("counts them in the key's order and words the distance to the next band in them", () => {
    const meeting = site.scorecards.meetings[0]!;
    expect(meeting.counts.text).toBe("2 Above target, 1 Within target, 1 Behind target");
    const [, b, c] = meeting.indicators;
    expect(b!.distanceToBandText).toBe("4.0 percentage points below Above target (80%)");
    expect(c!.distanceToBandText).toBe("0.1 percentage points below Within target (76%)");
  });

  it("tags each with its symbol and style, and keys them in the glossary", async () => {
    const meeting = await site.page("meetings/2024-03-14-cabinet");
    expect(meeting).toContain(
      '<strong class="govuk-tag rating rating--above-target"><span class="rating__symbol" aria-hidden="true">★</span> Above target</strong>',
    );
    expect(meeting).toContain(
      '<strong class="govuk-tag rating rating--behind-target"><span class="rating__symbol" aria-hidden="true">▲</span> Behind target</strong>',
    );
    const css = await readFile(path.join(site.out, "assets/site.css"), "utf8");
    expect(css).toContain(".rating--within-target{color:#0b2a4a;background-color:#d2e3f5;border-color:#1d5a9e;border-style:dashed}");
    const glossary = await site.page("glossary");
    expect(glossary).toContain("Behind target, Within target or Above target: how a result compares");
    expect(glossary).toContain('<li><span aria-hidden="true">●</span> Within target: Performance is within target</li>');
  });
});

describe("a status the paper prints over a figure its bandings would rate", () => {
  it("stands as printed, with a warning for the clerk naming what the bandings would give", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "scorecards-status-over-"));
    made.push(root);
    await cp(path.join(projectRoot, "examples/eastbrook-borough"), root, { recursive: true });
    const folder = path.join(root, "content/meetings/2024-02-20-cabinet");
    const meeting = path.join(folder, "meeting.md");
    await writeFile(meeting, (await readFile(meeting, "utf8")).replace("status: published", "status: draft"));
    await writeFile(path.join(root, "content/published.lock.json"), "{}\n");
    const calls = path.join(folder, "01-calls-answered.md");
    await writeFile(calls, (await readFile(calls, "utf8")).replace("result: 91.3, target: 80, rating: Blue", "result: 91.3, target: 80, rating: Data only"));
    const scorecards = await loadScorecards(root);
    const indicator = scorecards.meetings[0]!.indicators.find((candidate) => candidate.id === "calls-answered")!;
    expect([indicator.latest.ratingText, indicator.latest.state, indicator.ratingTagText]).toEqual(["Data only", "status", "Status: Data only"]);
    expect(scorecards.warnings.map(({ file, field, message }) => [file, field, message])).toEqual([
      [
        "content/meetings/2024-02-20-cabinet/01-calls-answered.md",
        "trend[4].rating",
        "Q3 2023/24 is shown as Data only, as the paper prints it, though the 2023/24 bandings (Below 75% = Red, 75% to 80% = Amber, 80% to 90% = Green, 90% and above = Blue) would rate 91.3%",
      ],
    ]);
  });
});
