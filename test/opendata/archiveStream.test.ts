/** The archive's downloads, written a meeting's records at a time: the very files JSON.stringify and rowsToCsv write whole. */
import { beforeAll, describe, expect, it } from "vitest";
import { fileDigest, type SiteFile } from "../../src/opendata/dataPackage";
import { downloadFiles, type DownloadWriter } from "../../src/opendata/downloads";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import type { Scorecards } from "../../src/scorecard/model";
import { RIVERSIDE } from "../helpers/councilFixture";
import { projectRoot } from "../helpers/project";

/** A writer that keeps each file and how many pieces it came in. */
function countingWriter() {
  const files = new Map<string, string>();
  const pieces = new Map<string, number>();
  const writer: DownloadWriter = {
    write: (file) => void files.set(file.url, file.content),
    open(url) {
      let text = "";
      pieces.set(url, 0);
      return {
        append(piece) {
          text += piece;
          pieces.set(url, pieces.get(url)! + 1);
        },
        end() {
          files.set(url, text);
          return fileDigest(text);
        },
      };
    },
  };
  return { writer, files, pieces };
}

const byUrl = (files: SiteFile[]) => new Map(files.map((file) => [file.url, file.content]));

/** The archive as the meetings' own downloads give it: every published meeting's records and benchmarks, oldest first. */
function expectedArchive(site: Scorecards, files: Map<string, string>, publisher: string) {
  const published = [...site.meetings].reverse().filter((meeting) => meeting.status === "published");
  const own = published.map((meeting) => JSON.parse(files.get(`${meeting.url}scorecard-data.json`)!) as { records: unknown[]; benchmarks?: unknown[] });
  const records = own.flatMap((file) => file.records);
  const benchmarks = own.flatMap((file) => file.benchmarks ?? []);
  const json = `${JSON.stringify({ title: `All performance scorecards published by ${publisher}`, publisher, records, ...(benchmarks.length ? { benchmarks } : {}) }, null, 2)}\n`;
  const csvBodies = published.map((meeting) => files.get(`${meeting.url}scorecard-data.csv`)!.split("\r\n").slice(1).join("\r\n"));
  const header = files.get(`${published[0]?.url ?? site.meetings[0]!.url}scorecard-data.csv`)!.split("\r\n")[0]!;
  return { json, csv: `${header}\r\n${csvBodies.join("")}`, records: records.length, benchmarks: benchmarks.length };
}

describe("the archive's downloads", () => {
  let kent: Scorecards;
  let riverside: Scorecards;
  beforeAll(async () => {
    [kent, riverside] = await Promise.all([loadScorecards(projectRoot), loadScorecards(RIVERSIDE)]);
  });

  it("are each published meeting's records and benchmarks in one CSV and one JSON, as if written whole", () => {
    for (const [site, publisher] of [
      [kent, "Kent County Council"],
      [riverside, "Riverside District Council"],
    ] as const) {
      const files = byUrl(downloadFiles(site, publisher).files);
      const expected = expectedArchive(site, files, publisher);
      expect(expected.records).toBeGreaterThan(0);
      expect(files.get("/downloads/scorecard-archive.json")).toBe(expected.json);
      expect(files.get("/downloads/scorecard-archive.csv")).toBe(expected.csv);
    }
    // Riverside prints benchmarks, so its archive JSON ends with them.
    const files = byUrl(downloadFiles(riverside, "Riverside District Council").files);
    expect(expectedArchive(riverside, files, "Riverside District Council").benchmarks).toBeGreaterThan(0);
  });

  it("are written a record at a time to a writer that takes pieces, and come out the same", () => {
    const whole = byUrl(downloadFiles(riverside, "Riverside District Council").files);
    const { writer, files, pieces } = countingWriter();
    const downloads = downloadFiles(riverside, "Riverside District Council", writer);
    expect(downloads.files).toEqual([]);
    for (const url of ["/downloads/scorecard-archive.csv", "/downloads/scorecard-archive.json"]) {
      expect(files.get(url)).toBe(whole.get(url));
      expect(pieces.get(url)).toBeGreaterThan(10);
      // The link's size and the package's hash are those of the file written.
      expect(downloads.archive.find((file) => file.url === url)).toMatchObject(fileDigest(whole.get(url)!));
    }
  });

  it("list no records, as JSON.stringify writes an empty list, when no meeting is published yet", () => {
    const drafts = { ...kent, meetings: kent.meetings.map((meeting) => ({ ...meeting, status: "draft" as const })) };
    const files = byUrl(downloadFiles(drafts, "Kent County Council").files);
    expect(JSON.parse(files.get("/downloads/scorecard-archive.json")!).records).toEqual([]);
    expect(files.get("/downloads/scorecard-archive.json")).toBe(
      `${JSON.stringify({ title: "All performance scorecards published by Kent County Council", publisher: "Kent County Council", records: [] }, null, 2)}\n`,
    );
    expect(files.get("/downloads/scorecard-archive.csv")!.split("\r\n")).toHaveLength(2);
  });
});
