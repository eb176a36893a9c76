/**
 * A rating the paper printed is never silently changed: kept against the council's own rule when the clerk says so
 * (ratingNote: as published), with the rule's rating shown beside it and a warning, not an error; and accepted with no
 * target when the paper printed none. Each case edits a draft copy of test/fixtures/councils/riverside.
 */
import { checkReport } from "../helpers/checkReport";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftRiverside, RIVERSIDE_MEETING } from "../helpers/councilFixture";
import { buildSite } from "../../src/pipeline/buildSite";
import { loadScorecards } from "../../src/pipeline/loadScorecards";

const FOLDER = RIVERSIDE_MEETING;
const CLAIMS = `${FOLDER}/02-benefit-claims.md`;
const RULE = "Above 22 days = Red, 18 to 22 days = Amber, 18 days and below = Green";

let root: string;
beforeAll(async () => {
  root = await draftRiverside("scorecards-published-");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function edit(file: string, from: string, to: string): Promise<void> {
  const full = path.join(root, file);
  const before = await readFile(full, "utf8");
  expect(before).toContain(from);
  await writeFile(full, before.replace(from, to));
}

/** The report of every problem `npm run check` would print, or "" when the content is accepted. */
const check = () => checkReport(root);

describe("a published rating that disagrees with the published rule", () => {
  it("is refused without a note, saying what the rule gives", async () => {
    await edit(
      CLAIMS,
      "{ period: Q3 2023/24, result: 17.2, directionOfTravel: improving }",
      "{ period: Q3 2023/24, result: 17.2, rating: Red, directionOfTravel: improving }",
    );
    expect(await check()).toContain(`trend[2].rating: the paper's rating is Red, but the 2023/24 bandings (${RULE}) rate 17.2 days as Green`);
  });

  it("with ratingNote: as published, stands: shown as published with the rule's rating beside it, and warned of, not refused", async () => {
    await edit(CLAIMS, "result: 17.2, rating: Red,", "result: 17.2, rating: Red, ratingNote: as published,");
    const scorecards = await loadScorecards(root);
    expect(scorecards.warnings.map((warning) => [warning.file, warning.line, warning.field, warning.message])).toEqual([
      [
        CLAIMS,
        26,
        "trend[2].rating",
        `Q3 2023/24 keeps the paper's rating Red, but by the 2023/24 bandings (${RULE}) 17.2 days would be Green; the page shows both`,
      ],
    ]);
    await buildSite({ projectRoot: root, outputDir: "_site", fresh: true, quiet: true });
    const doc = new JSDOM(await readFile(path.join(root, "_site/meetings/2024-02-15-performance/benefit-claims-days/index.html"), "utf8")).window.document;
    const text = (selector: string) => (doc.querySelector(selector)?.textContent ?? "").replace(/\s+/g, " ").trim();
    expect(text("main .rating")).toBe("✕ Rating: Red");
    expect(text(".rule-rating")).toBe(`By the council's own rule (${RULE}) this figure would be Green.`);
    // Not placed in the rule's bands, which rate it Green: only the target and the rule's rating are said.
    expect(text(".lead-summary")).toBe(
      "17.2 days in Q3 2023/24, down 2.3 days since Q2 2023/24; Red (as published), 0.8 days below the target of 18 days; by the council's own rule it would be Green.",
    );
    expect(doc.body.textContent).not.toContain("To the next band");
    const q3 = [...doc.querySelectorAll(".trend-table tbody tr")].find((row) => row.querySelector("th")?.textContent === "Q3 2023/24")!;
    expect(q3.querySelector('[data-label="Rating"]')!.textContent).toMatch(/Red\s*\(as published\)\s*By the council's own rule .* would be Green/);
    expect(doc.body.textContent).toContain("kept where the council's own rule gives another rating, which is shown beside them");
    const csv = await readFile(path.join(root, "_site/meetings/2024-02-15-performance/scorecard-data.csv"), "utf8");
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const columns = header!.split(",");
    const row = rows.find((line) => line.includes("benefit-claims-days") && line.includes("Q3 2023/24"))!.split(",");
    expect([row[columns.indexOf("rating")], row[columns.indexOf("ratingSource")], row[columns.indexOf("ratingByRule")]]).toEqual([
      "Red",
      "as published",
      "Green",
    ]);
  });
});

describe("a published rating with no target", () => {
  it("is accepted as the paper printed it, with no target shown", async () => {
    await edit(
      `${FOLDER}/04-fly-tipping.md`,
      "{ period: Q1 2023/24, result: 1.42, target: 1.5, rating: Green }",
      "{ period: Q1 2023/24, result: 1.42, rating: Green }",
    );
    expect(await check()).toBe("");
    const scorecards = await loadScorecards(root);
    const row = scorecards.meetings[0]!.indicators.find((indicator) => indicator.id === "fly-tipping-rate")!.rows[0]!;
    expect([row.ratingText, row.ratingSource, row.targetText]).toEqual(["Green", "as published", "None"]);
  });

  it("is still needed where there is neither a target nor bandings", async () => {
    await edit(`${FOLDER}/04-fly-tipping.md`, "{ period: Q1 2023/24, result: 1.42, rating: Green }", "{ period: Q1 2023/24, result: 1.42 }");
    expect(await check()).toContain("trend[0].target: is missing: Q1 2023/24 has no bandings on record for 2023/24, so its target must be given");
  });
});
