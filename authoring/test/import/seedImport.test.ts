/**
 * The reference paper in, the committed sample out: the importer must reproduce content/meetings/2017-09-07-cype
 * byte for byte, and what it writes must pass the data step.
 */
import { readFileSync } from "node:fs";
import { cp, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentProblems } from "../../../src/content/problems";
import { indicatorSchema, meetingSchema } from "../../../src/content/schema";
import { validateFrontMatter } from "../../../src/content/validate";
import { readSourceFile } from "../../../src/content/yamlSource";
import { importPaper } from "../../import/importPaper";
import { INDICATOR_IDS } from "../../import/indicatorIds";
import { readPaper } from "../../import/parsePaper";
import { serialiseIndicator, serialiseMeeting } from "../../import/serialise";
import { loadScorecards } from "../../../src/pipeline/loadScorecards";
import { cleanUp, LOCK, readFolder, SAMPLE, SEED, tempDir, tempProject } from "./helpers";

afterAll(cleanUp);

const SAMPLE_FILES = [
  "01-adoption-plan-within-4-months.md",
  "02-average-caseload.md",
  "03-cic-health-assessments.md",
  "04-cin-plans.md",
  "05-unallocated-cases.md",
  "06-returner-interviews.md",
  "07-placement-arrangement-meetings.md",
  "meeting.md",
];

describe("the seed paper imports to the committed sample", () => {
  it("writes exactly the sample's files, byte for byte", async () => {
    const out = path.join(await tempDir(), "meetings");
    const result = await importPaper({ paper: SEED, out, force: false });
    expect(result.notes).toEqual([]);
    const imported = await readFolder(path.join(out, "2017-09-07-cype"));
    const sample = await readFolder(SAMPLE);
    expect(Object.keys(sample)).toEqual(SAMPLE_FILES);
    expect(Object.keys(imported)).toEqual(SAMPLE_FILES);
    for (const name of SAMPLE_FILES) expect(imported[name], name).toBe(sample[name]);
  });

  it("reads the covering letter's fields from the paper", () => {
    const read = readPaper(readFileSync(SEED, "utf8"));
    expect(read.problems).toEqual([]);
    expect(read.paper!.meeting).toEqual({
      committee: "Children's, Young People and Education Cabinet Committee",
      date: "2017-09-07",
      agendaItem: 16,
      agendaTitle: "CYPE and SCS Performance Scorecard",
      pages: "Pages 3 - 16",
      scorecards: ["Specialist Children's Services"],
      status: "published",
      letterDate: "2017-09-05",
      contact: { name: "Emma West", email: "Emma.West2@kent.gov.uk", phone: "03000 412421" },
      signedBy: { name: "John Lynch", role: "Head of Democratic Services" },
      errata: [],
    });
    expect(read.paper!.coveringNote).not.toMatch(/signature|Yours sincerely|Agenda Item No/);
    expect(read.paper!.coveringNote.split("\n\n")).toHaveLength(2);
  });

  it("reads each indicator's unit, precision, polarity, data basis and bandings", () => {
    const indicators = readPaper(readFileSync(SEED, "utf8")).paper!.indicators.map((indicator) => indicator.front);
    expect(indicators.map((front) => [front.unit, front.decimalPlaces, front.polarity, front.dataBasis])).toEqual([
      ["percentage", 1, "higher-is-better", "rolling-12-months"],
      ["number", 1, "lower-is-better", "snapshot-month-end"],
      ["percentage", 1, "higher-is-better", "rolling-12-months"],
      ["percentage", 1, "higher-is-better", "rolling-12-months"],
      ["count", 0, "lower-is-better", "snapshot-month-end"],
      ["percentage", 1, "higher-is-better", "rolling-12-months"],
      ["percentage", 1, "higher-is-better", "rolling-12-months"],
    ]);
    expect(indicators.map((front) => front.bandings)).toEqual([
      [{ financialYear: "2017/18", target: 80, red: "below 70", amber: "70 to 80", green: "80 and above" }],
      [{ financialYear: "2017/18", target: 18, red: "above 22", amber: "18 to 22", green: "18 and below" }],
      [{ financialYear: "2017/18", target: 90, red: "below 85", amber: "85 to 90", green: "90 and above" }],
      [{ financialYear: "2017/18", target: 90, red: "below 80", amber: "80 to 90", green: "90 and above" }],
      [{ financialYear: "2017/18", target: 0, red: "above 10", amber: "1 to 10", green: "0" }],
      [{ financialYear: "2017/18", target: 85, red: "below 75", amber: "75 to 85", green: "85 and above" }],
      [{ financialYear: "2017/18", target: 90, red: "below 75", amber: "75 to 90", green: "90 and above" }],
    ]);
    // The blank cells of March 2017 become a row without a result or rating.
    expect(indicators[6]!.trend[0]).toEqual({ period: "2017-03", result: null, target: 90 });
  });

  it("gives every indicator the id on record for its title, and the sample uses those ids", async () => {
    const titles = readPaper(readFileSync(SEED, "utf8")).paper!.indicators.map((indicator) => indicator.front.title);
    const ids = titles.map((title) => INDICATOR_IDS[title]);
    expect(ids).toEqual(SAMPLE_FILES.slice(0, 7).map((name) => name.replace(/^\d\d-|\.md$/g, "")));
  });
});

describe("the imported folder passes the data step", () => {
  it("loads as a site from a fresh project root holding only the imported folder and the lock", async () => {
    const out = path.join(await tempDir(), "meetings");
    await importPaper({ paper: SEED, out, force: false });
    const root = await tempProject({ "2017-09-07-cype": path.join(out, "2017-09-07-cype") }, { lock: true });
    const site = await loadScorecards(root);
    expect(site.meetings).toHaveLength(1);
    expect(site.indicators.map((indicator) => indicator.id)).toEqual(SAMPLE_FILES.slice(0, 7).map((name) => name.replace(/^\d\d-|\.md$/g, "")));
    expect(site.indicators.map((indicator) => indicator.rating)).toEqual(Array(7).fill("Red"));
    expect(site.indicators.flatMap((indicator) => indicator.rows.slice(1).map((row) => row.ratingSource))).toEqual(Array(21).fill("computed"));
  });

  it("as published it still has to be recorded by publish-meeting; as a draft it loads without the lock", async () => {
    const published = path.join(await tempDir(), "meetings");
    await importPaper({ paper: SEED, out: published, force: false });
    const unlocked = await tempProject({ "2017-09-07-cype": path.join(published, "2017-09-07-cype") });
    const error = await loadScorecards(unlocked).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentProblems);
    expect((error as ContentProblems).problems.map((p) => p.message)).toEqual([
      "the meeting is published, but it is not recorded in content/published.lock.json",
    ]);

    const drafted = path.join(await tempDir(), "meetings");
    await importPaper({ paper: SEED, out: drafted, force: false, draft: true });
    const meeting = await readFile(path.join(drafted, "2017-09-07-cype", "meeting.md"), "utf8");
    expect(meeting).toContain("\nstatus: draft\n");
    const site = await loadScorecards(await tempProject({ "2017-09-07-cype": path.join(drafted, "2017-09-07-cype") }));
    expect(site.meetings[0]!.status).toBe("draft");
  });
});

describe("the writer keeps the committed style", () => {
  it.each(SAMPLE_FILES)("%s: read and written again unchanged", async (name) => {
    const text = await readFile(path.join(SAMPLE, name), "utf8");
    const source = readSourceFile(name, text).source!;
    const written =
      name === "meeting.md"
        ? serialiseMeeting(validateFrontMatter(source, meetingSchema).value!, source.body)
        : serialiseIndicator(validateFrontMatter(source, indicatorSchema).value!, source.body);
    expect(written).toBe(text);
  });
});

describe("the publication lock of the project written into", () => {
  it("a new published meeting is flagged for publish-meeting; one the lock records with these very files is not", async () => {
    const fresh = await tempDir();
    await mkdir(path.join(fresh, "content", "meetings"), { recursive: true });
    const first = await importPaper({ paper: SEED, out: path.join(fresh, "content", "meetings"), force: false });
    expect(first.awaitingPublication).toBe(true);

    const locked = await tempDir();
    await mkdir(path.join(locked, "content", "meetings"), { recursive: true });
    await cp(LOCK, path.join(locked, "content", "published.lock.json"));
    const second = await importPaper({ paper: SEED, out: path.join(locked, "content", "meetings"), force: false });
    expect(second.awaitingPublication).toBe(false);
    await expect(loadScorecards(locked)).resolves.toBeDefined();
  });
});
