import { z } from "zod";
import type { Scorecards } from "../scorecard/model";
import { recordsToCsv } from "./csv";
import { dataPackage, packageName, packageTable, type CsvFile } from "./dataPackage";
import { trendDownloadSchema, trendRecordSchema, trendRecords, type TrendRecord } from "./records";

/** A file the site offers for download, with its size in words for the link. */
export interface Download {
  format: "CSV" | "JSON";
  url: string;
  bytes: number;
  /** "3.1 KB" */
  sizeText: string;
  content: string;
}

/** Where the JSON downloads' schema is published. */
export const DOWNLOAD_SCHEMA_URL = "/downloads/scorecard-data.schema.json";

/**
 * Where the Frictionless Data Package describing every CSV is published: at the top of the site, because the spec
 * lets a package list only files in its own folder and below (no "../"), and the meetings' CSVs are in their folders.
 */
export const DATA_PACKAGE_URL = "/datapackage.json";

/** Where the CSVs' Table Schema is published, once for every CSV. */
export const TABLE_SCHEMA_URL = "/downloads/scorecard-data.tableschema.json";

/** The columns that name one trend row: a meeting reports each indicator's period once. */
export const TREND_PRIMARY_KEY = ["meetingDate", "indicatorId", "period"] as const;

/**
 * A size as people read it on a download link.
 * @example sizeText(3174) // "3.1 KB"
 */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function downloadsOf(basePath: string, title: string, publisher: string, records: TrendRecord[]): Download[] {
  const csv = recordsToCsv(records);
  const json = `${JSON.stringify({ title, publisher, records }, null, 2)}\n`;
  return [
    { format: "CSV", url: `${basePath}.csv`, content: csv },
    { format: "JSON", url: `${basePath}.json`, content: json },
  ].map((file) => {
    const bytes = Buffer.byteLength(file.content, "utf8");
    return { ...file, format: file.format as Download["format"], bytes, sizeText: sizeText(bytes) };
  });
}

/**
 * Every meeting's trend rows as CSV and JSON, and every published meeting's as one archive of each, plus the JSON Schema
 * and the Data Package listing every CSV with its Table Schema.
 * @example downloadFiles(site, "Kent County Council").archive[0].url // "/downloads/scorecard-archive.csv"
 */
export function downloadFiles(
  site: Scorecards,
  publisher: string,
): { byMeeting: Record<string, Download[]>; archive: Download[]; schema: string; files: { url: string; content: string }[] } {
  const byMeeting: Record<string, Download[]> = {};
  const all: TrendRecord[] = [];
  // By indicator and period, the result the earliest published meeting gives, so a later one's differing figure is a revision.
  const earlierResults = new Map<string, number | null>();
  for (const meeting of [...site.meetings].reverse()) {
    const records = trendRecords(meeting, earlierResults);
    // The archive is the published record; a draft's figures are still being gathered.
    if (meeting.status === "published") {
      all.push(...records);
      for (const record of records) {
        const key = `${record.indicatorId}\0${record.period}`;
        if (!earlierResults.has(key)) earlierResults.set(key, record.result);
      }
    }
    byMeeting[meeting.slug] = downloadsOf(
      `${meeting.url}scorecard-data`,
      `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}`,
      publisher,
      records,
    );
  }
  const archive = downloadsOf("/downloads/scorecard-archive", `All performance scorecards published by ${publisher}`, publisher, all);
  const schema = `${JSON.stringify({ title: "Scorecard trend data", ...z.toJSONSchema(trendDownloadSchema, { target: "draft-7" }) }, null, 2)}\n`;
  const csvOf = (downloads: Download[]) => downloads.find((file) => file.format === "CSV")!;
  const csvFiles: CsvFile[] = [
    ...site.meetings.map((meeting) => ({
      ...csvOf(byMeeting[meeting.slug]!),
      name: packageName(`scorecard-data-${meeting.slug}`),
      title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}${meeting.status === "draft" ? " (draft)" : ""}`,
    })),
    { ...csvOf(archive), name: "scorecard-archive", title: `All performance scorecards published by ${publisher}` },
  ];
  const packageFiles = dataPackage(
    DATA_PACKAGE_URL,
    {
      name: packageName(`${publisher} committee scorecards`),
      title: `Committee performance scorecards: ${publisher}`,
      description:
        "Every trend row of the committee performance scorecards: one CSV file per meeting, and one of every published meeting. " +
        "UTF-8 with a byte-order mark; an empty cell means no value; text a spreadsheet would run as a formula starts with an apostrophe.",
      publisher,
    },
    [packageTable(trendRecordSchema, { schemaUrl: TABLE_SCHEMA_URL, primaryKey: TREND_PRIMARY_KEY, files: csvFiles })],
  );
  const files = [...Object.values(byMeeting).flat(), ...archive, { url: DOWNLOAD_SCHEMA_URL, content: schema }, ...packageFiles].map(({ url, content }) => ({
    url,
    content,
  }));
  return { byMeeting, archive, schema, files };
}
