import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/pipeline/buildSite";
import { trendRecordSchema } from "../../src/opendata/records";

const projectRoot = path.resolve(import.meta.dirname, "../..");
let out: string;
const read = (file: string) => readFile(path.join(out, file), "utf8");

/** A CSV parser independent of the writer under test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

/** The seed paper's trend table, typed from test/fixtures/papers/kent-cype-2017-09-07.txt: [id, [result, target, rating] × 4]. */
const PAPER: [string, [string, string, string][]][] = [
  [
    "adoption-plan-within-4-months",
    [
      ["68.6", "75", "Amber"],
      ["62.8", "80", "Red"],
      ["63.2", "80", "Red"],
      ["62.8", "80", "Red"],
    ],
  ],
  [
    "average-caseload",
    [
      ["22", "18", "Red"],
      ["23.4", "18", "Red"],
      ["23.8", "18", "Red"],
      ["24.6", "18", "Red"],
    ],
  ],
  [
    "cic-health-assessments",
    [
      ["87.4", "90", "Amber"],
      ["86.9", "90", "Amber"],
      ["86.1", "90", "Amber"],
      ["83.8", "90", "Red"],
    ],
  ],
  [
    "cin-plans",
    [
      ["87.7", "90", "Amber"],
      ["86.8", "90", "Amber"],
      ["80.9", "90", "Amber"],
      ["78.3", "90", "Red"],
    ],
  ],
  [
    "unallocated-cases",
    [
      ["1", "0", "Amber"],
      ["73", "0", "Red"],
      ["0", "0", "Green"],
      ["14", "0", "Red"],
    ],
  ],
  [
    "returner-interviews",
    [
      ["74.9", "90", "Red"],
      ["75.7", "85", "Amber"],
      ["75.2", "85", "Amber"],
      ["73.2", "85", "Red"],
    ],
  ],
  [
    "placement-arrangement-meetings",
    [
      ["", "90", ""],
      ["62.3", "90", "Red"],
      ["62.1", "90", "Red"],
      ["62.2", "90", "Red"],
    ],
  ],
];

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "scorecards-opendata-"));
  await buildSite({ projectRoot, outputDir: out });
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe("the sample meeting's CSV", () => {
  it("opens in Excel: UTF-8 with a byte-order mark and CRLF rows", async () => {
    const csv = await read("meetings/2017-09-07-cype/scorecard-data.csv");
    expect(csv.startsWith("\uFEFFmeetingDate,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it("has exactly 28 data rows with the paper's results, targets and ratings, and no % signs", async () => {
    const [header, ...rows] = parseCsv((await read("meetings/2017-09-07-cype/scorecard-data.csv")).slice(1));
    expect(rows).toHaveLength(28);
    const column = (name: string) => header!.indexOf(name);
    const got = PAPER.map(([id]) => [
      id,
      rows.filter((row) => row[column("indicatorId")] === id).map((row) => [row[column("result")], row[column("target")], row[column("rating")]]),
    ]);
    expect(got).toEqual(PAPER);
    // What each figure truly covers: a rolling 12-month figure for Apr 2017 covers May 2016 to Apr 2017; a snapshot, its day.
    const coverage = (id: string, period: string) => {
      const row = rows.find((candidate) => candidate[column("indicatorId")] === id && candidate[column("period")] === period)!;
      return [row[column("dataBasis")], row[column("periodStart")], row[column("periodEnd")]];
    };
    expect(coverage("adoption-plan-within-4-months", "2017-04")).toEqual(["rolling-12-months", "2016-05-01", "2017-04-30"]);
    expect(coverage("average-caseload", "2017-06")).toEqual(["snapshot", "2017-06-30", "2017-06-30"]);
    // Figures are plain numbers: the % sign is only in titles and in the unitLabel column.
    const withoutLabels = rows.map((row) => row.filter((_, index) => index !== column("unitLabel") && index !== column("indicatorTitle")));
    expect(withoutLabels.every((row) => !row.join().includes("%"))).toBe(true);
    expect(new Set(rows.map((row) => row[column("unitLabel")]))).toEqual(new Set(["%", ""]));
    expect(new Set(rows.map((row) => row[column("unit")]))).toEqual(new Set(["percentage", "number", "count"]));
  });
});

describe("the archive downloads", () => {
  it("JSON validates against the published JSON Schema", async () => {
    const schema = JSON.parse(await read("downloads/scorecard-data.schema.json"));
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const archive = JSON.parse(await read("downloads/scorecard-archive.json"));
    expect(validate(archive), JSON.stringify(validate.errors)).toBe(true);
    expect(archive.records).toHaveLength(28);
    expect(validate({ ...archive, records: [{ ...archive.records[0], result: "62.8%" }] })).toBe(false);
    expect(validate({ ...archive, records: [{ ...archive.records[0], periodStart: "2017-02-30" }] })).toBe(false);
  });

  it("CSV rows, read back as records, validate against the same record schema", async () => {
    const [header, ...rows] = parseCsv((await read("downloads/scorecard-archive.csv")).slice(1));
    expect(rows).toHaveLength(28);
    for (const row of rows) {
      const record: Record<string, unknown> = Object.fromEntries(header!.map((name, index) => [name, row[index] === "" ? null : row[index]]));
      for (const name of ["result", "target", "firstPublishedResult", "samePeriodLastYear", "previousYearOutturn"])
        if (record[name] !== null) record[name] = Number(record[name]);
      // An empty cell is null, except in a text column that is never null (a number's unitLabel is "").
      if (record.unitLabel === null) record.unitLabel = "";
      expect(trendRecordSchema.safeParse(record).success, JSON.stringify(record)).toBe(true);
    }
  });

  it("are linked from the pages with their sizes", async () => {
    const doc = new JSDOM(await read("meetings/2017-09-07-cype/index.html")).window.document;
    const links = [...doc.querySelectorAll('a[href$="scorecard-data.csv"], a[href$="scorecard-data.json"]')];
    expect(links).toHaveLength(2);
    for (const link of links) {
      const bytes = (await readFile(path.join(out, link.getAttribute("href")!))).length;
      expect(link.parentElement!.textContent).toContain(`${(bytes / 1024).toFixed(1)} KB`);
    }
  });
});

describe("the feed and sitemap", () => {
  const parseXml = (text: string) =>
    new JSDOM("").window.document.implementation && new new JSDOM("").window.DOMParser().parseFromString(text, "application/xml");

  it("are well-formed XML; the feed lists every meeting and the sitemap every page", async () => {
    const feed = parseXml(await read("feed.xml"));
    expect(feed.querySelector("parsererror")).toBeNull();
    expect([...feed.querySelectorAll("entry > id")].map((e) => e.textContent)).toEqual(["https://scorecards.example.kent.gov.uk/meetings/2017-09-07-cype/"]);
    const sitemap = parseXml(await read("sitemap.xml"));
    expect(sitemap.querySelector("parsererror")).toBeNull();
    const listed = [...sitemap.querySelectorAll("loc")].map((e) => e.textContent!.replace("https://scorecards.example.kent.gov.uk", ""));
    const pages = (await readdir(out, { recursive: true }))
      .filter((file) => file.endsWith("index.html"))
      .map((file) => `/${file.replace(/index\.html$/, "")}`.replace(/\/\//, "/"));
    expect(new Set(listed)).toEqual(new Set(pages));
  });
});
