/**
 * Another council's paper, entered as it prints it: a district council on a committee system whose quarterly report
 * mixes year-to-date and in-quarter figures, money, days, a rate, a percentage change, a context indicator, a monthly
 * count with a finer target, an annual survey and a calendar-year figure in a unit of its own, with benchmarks,
 * outturns and the same period last year beside the results (test/fixtures/councils/riverside). Each case checks what
 * the built page, its chart, its table and the downloads say.
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { RIVERSIDE } from "../helpers/councilFixture";
import { checkDataPackage, parseCsv } from "../helpers/tableSchemaCheck";

const MEETING = "meetings/2024-02-15-performance";

let root: string;
let out: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "scorecards-riverside-"));
  await cp(RIVERSIDE, root, { recursive: true });
  out = path.join(root, "_site");
  await buildSite({ projectRoot: root, outputDir: "_site", fresh: true, quiet: true });
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const page = async (id: string) => new JSDOM(await readFile(path.join(out, MEETING, id, "index.html"), "utf8")).window.document;
const words = (node: Element | null | undefined) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
/** The summary list's value for a key, e.g. "Direction of travel". */
const summary = (doc: Document, key: string) =>
  words([...doc.querySelectorAll(".govuk-summary-list__row")].find((row) => words(row.querySelector("dt")) === key)?.querySelector("dd"));
/** The data notes' value for a key, e.g. "Data". */
const dataNote = (doc: Document, key: string) =>
  words([...doc.querySelectorAll("h2[id$='-notes'] + dl .govuk-summary-list__row")].find((row) => words(row.querySelector("dt")) === key)?.querySelector("dd"));
/** The cell for a period and a column header, in the trend table or the table of comparisons. */
function cell(doc: Document, period: string, column: string): string {
  const tables = [...doc.querySelectorAll(".trend-table, .comparison-table")];
  const table = tables.find((candidate) => [...candidate.querySelectorAll("thead th")].some((th) => words(th) === column)) ?? tables[0]!;
  const headers = [...table.querySelectorAll("thead th")].map((th) => words(th));
  const row = [...table.querySelectorAll("tbody tr")].find((tr) => words(tr.querySelector("th")) === period);
  if (!row) throw new Error(`no row for ${period}: ${[...table.querySelectorAll("tbody th")].map((th) => words(th)).join(", ")}`);
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}: ${headers.join(", ")}`);
  return words(row.children[index]);
}

/** One meeting's CSV rows as objects by column name. */
async function csv(file: string): Promise<Record<string, string>[]> {
  const { rows, problems } = parseCsv((await readFile(path.join(out, file), "utf8")).replace(/^\uFEFF/, ""), {});
  expect(problems).toEqual([]);
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!])));
}
const csvRow = async (id: string, period: string) =>
  (await csv(`${MEETING}/scorecard-data.csv`)).find((row) => row.indicatorId === id && row.period === period)!;

describe("what a figure measures over time (dataBasis)", () => {
  it("year-to-date: the data notes say so, the quarter covers April to its end, and it is compared with the same quarter last year", async () => {
    const doc = await page("household-waste-recycled");
    expect(dataNote(doc, "Data")).toBe(
      "Figures shown are cumulative for the financial year to date, so each is compared with the same period last year rather than the quarter before. The result for Q3 2023/24 for example covers Apr 2023 to Dec 2023.",
    );
    expect(summary(doc, "Direction of travel")).toBe("↑ Up 2.1 percentage points on Q3 2022/23: better (higher is better)");
    // Q2 is not compared with Q1: cumulative figures only grow through the year.
    expect(cell(doc, "Q2 2023/24", "Direction of travel")).toBe(
      "No comparison: a year-to-date figure is compared with the same period last year, which is not given",
    );
    const row = await csvRow("household-waste-recycled", "Q3 2023/24");
    expect([row.dataBasis, row.periodStart, row.periodEnd, row.directionComparedWith, row.directionOfTravel]).toEqual([
      "year-to-date",
      "2023-04-01",
      "2023-12-31",
      "same period last year",
      "improving",
    ]);
  });

  it("in-period: a quarter alone, with the months it covers, compared with the quarter before", async () => {
    const doc = await page("benefit-claims-days");
    expect(dataNote(doc, "Data")).toBe(
      "Figures shown are for each quarter alone, not the year to date. The result for Q3 2023/24 for example covers Oct 2023 to Dec 2023.",
    );
    const row = await csvRow("benefit-claims-days", "Q3 2023/24");
    expect([row.dataBasis, row.periodStart, row.periodEnd, row.directionComparedWith]).toEqual(["in-period", "2023-10-01", "2023-12-31", "previous period"]);
  });

  it("a snapshot covers its last day; an annual outturn its year; other, the paper's own sentence", async () => {
    expect(dataNote(await page("rough-sleepers"), "Data")).toBe("Figures shown are based on a snapshot as at the end of the reporting quarter");
    expect((await csvRow("rough-sleepers", "Q3 2023/24")).periodStart).toBe("2023-12-31");
    expect(dataNote(await page("tenant-satisfaction"), "Data")).toBe("Figures shown are the outturn for the whole financial year.");
    expect(await csvRow("tenant-satisfaction", "2022/23")).toMatchObject({ periodStart: "2022-04-01", periodEnd: "2023-03-31", dataBasis: "annual-outturn" });
    expect(dataNote(await page("residual-waste-per-household"), "Data")).toBe(
      "Figures are for the calendar year, as reported to the county council's waste partnership.",
    );
    expect(await csvRow("residual-waste-per-household", "2023")).toMatchObject({ periodStart: "2023-01-01", periodEnd: "2023-12-31", dataBasis: "other" });
  });
});

describe("periods as papers spell them", () => {
  it('reads "2022/23 Q4", "Quarter 1 2023-24", "Oct-Dec 2023", "November 2023", "FY 2022/23" and "Calendar year 2022", and shows each in one form', async () => {
    const recycling = await page("household-waste-recycled");
    expect([...recycling.querySelectorAll(".trend-table tbody th")].map(words)).toEqual(["Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24"]);
    expect([...(await page("missed-bins")).querySelectorAll(".trend-table tbody th")].map(words)).toEqual(["Oct 2023", "Nov 2023", "Dec 2023"]);
    expect([...(await page("tenant-satisfaction")).querySelectorAll(".trend-table tbody th")].map(words)).toEqual(["2020/21", "2021/22", "2022/23"]);
    const periods = (await csv(`${MEETING}/scorecard-data.csv`)).filter((row) => row.indicatorId === "residual-waste-per-household").map((row) => row.period);
    expect(periods).toEqual(["2021", "2022", "2023"]);
  });

  it("one meeting mixes quarterly, monthly, annual and calendar-year indicators, each table captioned by its own period", async () => {
    const caption = async (id: string) => words((await page(id)).querySelector(".trend-table caption"));
    expect(await caption("household-waste-recycled")).toBe("Results, targets and ratings by quarter");
    expect(await caption("missed-bins")).toBe("Results, targets and ratings by month");
    expect(await caption("tenant-satisfaction")).toBe("Results, targets and ratings by financial year");
    expect(await caption("residual-waste-per-household")).toBe("Results, targets and ratings by year");
  });
});

describe("units", () => {
  it("time in days: on the page, in the table, as the chart's axis title, and in the downloads", async () => {
    const doc = await page("benefit-claims-days");
    expect(summary(doc, "Latest result")).toBe("17.2 days (Q3 2023/24)");
    expect(cell(doc, "Q1 2023/24", "Result")).toBe("21.4 days");
    expect(summary(doc, "To the target")).toBe("0.8 days below the target of 18 days");
    expect(words(doc.querySelector(".chart--wide .chart__axis-title"))).toBe("Days");
    expect([...doc.querySelectorAll(".chart--wide .chart__axis-label")].map(words)).toContain("20.0");
    expect(await csvRow("benefit-claims-days", "Q3 2023/24")).toMatchObject({ unit: "days", unitLabel: "days", result: "17.2" });
  });

  it("money in thousands with separators; the CSV keeps the plain number and says the scale", async () => {
    const doc = await page("council-tax-collected");
    expect(summary(doc, "Latest result")).toBe("£31,420k (Q3 2023/24)");
    expect(summary(doc, "Direction of travel")).toBe("↑ Up £1,315k on Q3 2022/23: better (higher is better)");
    expect(dataNote(doc, "Target")).toContain("Floor standard: £29,500k");
    expect(await csvRow("council-tax-collected", "Q3 2023/24")).toMatchObject({
      unit: "money",
      unitLabel: "£ thousands",
      result: "31420",
      samePeriodLastYear: "30105",
    });
  });

  it("a rate per 1,000 population and a custom unit print their words after every figure", async () => {
    const rate = await page("fly-tipping-rate");
    expect(cell(rate, "Q2 2023/24", "Target")).toBe("1.50 per 1,000 population");
    expect(words(rate.querySelector(".chart--wide .chart__axis-title"))).toBe("per 1,000 population");
    expect((await csvRow("fly-tipping-rate", "Q1 2023/24")).unitLabel).toBe("per 1,000 population");
    const custom = await page("residual-waste-per-household");
    expect(summary(custom, "Latest result")).toBe("439 kg per household (2023)");
    expect((await csvRow("residual-waste-per-household", "2023")).unitLabel).toBe("kg per household");
  });

  it("a percentage change may be negative and says its sign", async () => {
    const doc = await page("residual-waste-change");
    // The minus sign (U+2212) on the page, which screen readers say as "minus"; the CSV keeps the plain number.
    expect(cell(doc, "Q1 2023/24", "Result")).toBe("\u22123.2%");
    expect(cell(doc, "Q3 2023/24", "Result")).toBe("+1.3%");
    expect(cell(doc, "Q3 2023/24", "Target")).toBe("\u22125.0%");
    expect((await csvRow("residual-waste-change", "Q1 2023/24")).result).toBe("-3.2");
  });

  it("a count's target may have more decimals than its results (a target of 112.5)", async () => {
    const doc = await page("missed-bins");
    expect(cell(doc, "Dec 2023", "Result")).toBe("97");
    expect(cell(doc, "Dec 2023", "Target")).toBe("112.5");
    expect(cell(doc, "Nov 2023", "Rating")).toContain("Amber");
    expect(summary(doc, "To the target")).toBe("15.5 below the target of 112.5");
    expect((await csvRow("missed-bins", "2023-12")).target).toBe("112.5");
  });
});

describe("polarity", () => {
  it('"neither" never says which way is better, on the page, the chart or in the downloads', async () => {
    const doc = await page("rough-sleepers");
    const text = words(doc.querySelector("main"));
    expect(text).not.toMatch(/Higher values are better|Lower values are better|: better|: worse|improving|worsening/);
    expect(summary(doc, "Direction of travel")).toBe("↑ Up 3 since Q2 2023/24");
    expect(dataNote(doc, "Tolerance")).toBe("Shown for context: neither higher nor lower values are better");
    expect(await csvRow("rough-sleepers", "Q3 2023/24")).toMatchObject({
      polarity: "neither",
      directionOfTravel: "up",
      directionOfTravelText: "Up 3 since Q2 2023/24",
    });
  });
});

describe("owners named per site", () => {
  it("a committee-system council's roles and labels, from data/site.json, in its order; none of Kent's", async () => {
    const doc = await page("household-waste-recycled");
    const owners = [...doc.querySelectorAll(".owners-list .govuk-summary-list__row")].map((row) => [
      words(row.querySelector("dt")),
      words(row.querySelector("dd")),
    ]);
    expect(owners).toEqual([
      ["Service", "Waste and Recycling"],
      ["Lead officer", "Sam Patel"],
    ]);
    expect(words(doc.querySelector("main"))).not.toContain("Cabinet Member");
    // An indicator that names no owner has no Owners section at all.
    expect((await page("residual-waste-per-household")).querySelector(".owners-list")).toBeNull();
  });
});

describe("comparisons beside the result", () => {
  it("same period last year, previous year's outturn and benchmarks with their period and source, in the summary", async () => {
    const doc = await page("household-waste-recycled");
    expect(summary(doc, "Same period last year")).toBe("41.8% (Q3 2022/23)");
    expect(summary(doc, "Previous year's outturn")).toBe("42.5% (2022/23)");
    expect(summary(doc, "England average")).toMatch(/^41\.7% \(2022\/23\)\s*Source: DEFRA, Local authority collected waste statistics 2022\/23$/);
    expect(summary(doc, "Statistical neighbours' average")).toBe("44.0% (2022/23)");
    expect(summary(doc, "National quartile")).toBe("Second quartile (2022/23)");
  });

  it("a column each in a table of their own, beside every period they apply to", async () => {
    const doc = await page("household-waste-recycled");
    expect(words(doc.querySelector(".comparison-table caption"))).toBe("What the results are compared with, by quarter");
    // The trend table keeps its five columns; the comparisons do not crowd it.
    expect([...doc.querySelectorAll(".trend-table thead th")].map(words)).toEqual(["Period", "Result", "Target", "Rating", "Direction of travel"]);
    expect((await page("missed-bins")).querySelector(".comparison-table")).toBeNull();
    expect(cell(doc, "Q3 2023/24", "Same period last year")).toBe("41.8% (Q3 2022/23)");
    expect(cell(doc, "Q1 2023/24", "Previous year's outturn")).toBe("42.5% (2022/23)");
    expect(cell(doc, "Q3 2022/23", "England average")).toBe("Not given");
    expect(cell(doc, "Q4 2022/23", "England average")).toBe("41.7% (2022/23)");
    expect(cell(doc, "Q3 2023/24", "National quartile")).toBe("Second quartile (2022/23)");
    // A benchmark for the row's own period is shown without repeating it.
    expect(cell(await page("tenant-satisfaction"), "2022/23", "Regional average")).toBe("71.1%");
  });

  it("drawn on the chart as their own series, each with its own pattern, and named in the key and the caption", async () => {
    const doc = await page("household-waste-recycled");
    const chart = doc.querySelector(".chart--wide")!;
    const dashes = [1, 2, 3, 4].map((n) => chart.querySelector(`.chart__series--comparison-${n} .chart__comparison-line`)?.getAttribute("stroke-dasharray"));
    expect(dashes.every(Boolean)).toBe(true);
    expect(new Set(dashes).size).toBe(4);
    expect([...doc.querySelectorAll(".chart-figure .key li")].map(words)).toEqual([
      "Result (solid line with points)",
      "Target (dashed line)",
      "Same period last year (dotted line with squares)",
      "Previous year's outturn (dash-dot line with triangles)",
      "England average (long-dashed line with diamonds)",
      "Statistical neighbours' average (fine dotted line with crosses)",
    ]);
    expect(words(doc.querySelector(".chart-figure figcaption"))).toContain(
      "Beside Q3 2023/24: same period last year 41.8% (Q3 2022/23), previous year's outturn 42.5% (2022/23), England average 41.7% (2022/23), Statistical neighbours' average 44.0% (2022/23).",
    );
  });

  it("in the downloads: the same period last year and outturn on each row, every benchmark figure in its own table", async () => {
    expect(await csvRow("household-waste-recycled", "Q3 2023/24")).toMatchObject({
      samePeriodLastYear: "41.8",
      directionSinceLastYear: "improving",
      previousYearOutturn: "42.5",
    });
    const benchmarks = await csv(`${MEETING}/scorecard-benchmarks.csv`);
    expect(
      benchmarks.filter((row) => row.indicatorId === "household-waste-recycled").map((row) => [row.benchmark, row.kind, row.period, row.value, row.quartile]),
    ).toEqual([
      ["England average", "england-average", "2022/23", "41.7", ""],
      ["Statistical neighbours' average", "statistical-neighbours-average", "2022/23", "44", ""],
      ["National quartile", "quartile", "2022/23", "", "2"],
    ]);
    expect(benchmarks[0]).toMatchObject({
      periodStart: "2022-04-01",
      periodEnd: "2023-03-31",
      source: "DEFRA, Local authority collected waste statistics 2022/23",
    });
    const json = JSON.parse(await readFile(path.join(out, MEETING, "scorecard-data.json"), "utf8")) as { benchmarks: unknown[] };
    expect(json.benchmarks).toHaveLength(benchmarks.length);
  });
});

describe("direction of travel", () => {
  it("the paper's own arrow, recorded, agrees with the figures and the page words it from them", async () => {
    expect(summary(await page("benefit-claims-days"), "Direction of travel")).toBe("↓ Down 2.3 days since Q2 2023/24: better (lower is better)");
  });

  it("against the same period last year as well as the period before, where both are given", async () => {
    const doc = await page("benefit-claims-days");
    // In-quarter figures: compared with the quarter before; no row a year earlier is in the trend.
    expect(cell(doc, "Q3 2023/24", "Direction of travel")).toBe("↓ Down 2.3 days since Q2 2023/24: better (lower is better)");
    const recycling = await page("household-waste-recycled");
    expect(cell(recycling, "Q3 2023/24", "Direction of travel")).toBe("↑ Up 2.1 percentage points on Q3 2022/23: better (higher is better)");
  });
});

describe("earlier figures without a rating", () => {
  it("join the trend as unrated figures: shown, charted, not rated, and downloaded without a rating", async () => {
    const doc = await page("household-waste-recycled");
    expect(cell(doc, "Q3 2022/23", "Result")).toBe("41.8%");
    expect(cell(doc, "Q3 2022/23", "Rating")).toContain("Not rated");
    // Charted with the rated figures: a point for each of the five quarters.
    expect(doc.querySelectorAll(".chart--wide .chart__result-point")).toHaveLength(5);
    expect(await csvRow("household-waste-recycled", "Q3 2022/23")).toMatchObject({ result: "41.8", rating: "", target: "" });
    expect(cell(await page("tenant-satisfaction"), "2020/21", "Rating")).toContain("Not rated");
  });
});

describe("the downloads as a data package", () => {
  it("validates every CSV, trend rows and benchmarks, against its Table Schema", async () => {
    const { resources, problems } = await checkDataPackage(path.join(out, "datapackage.json"));
    expect(problems).toEqual([]);
    // This meeting's trend rows and benchmarks, and the archive's (a draft is not in the archive, so only the meeting's here).
    expect(resources).toBeGreaterThanOrEqual(2);
  });
});
