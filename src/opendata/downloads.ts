import { z } from "zod";
import type { Scorecards } from "../scorecard/model";
import { recordsToCsv, rowsToCsv } from "./csv";
import { dataPackage, fileDigest, packageName, packageTable, type CsvFile, type FileDigest, type SiteFile } from "./dataPackage";
import {
  benchmarkRecords,
  benchmarkRecordSchema,
  trendDownloadSchemaFor,
  trendRecordSchemaFor,
  trendRecords,
  type BenchmarkRecord,
  type TrendRecord,
} from "./records";

/** A file the site offers for download, with its size in words for the link (its text is in Downloads.files, or written). */
export interface Download extends FileDigest {
  format: "CSV" | "JSON";
  /** What the link says: "CSV file", "JSON file", "Benchmarks CSV file". */
  label: string;
  url: string;
  /** "3.1 KB" */
  sizeText: string;
}

/** Takes each download's text as it is made: given one, downloadFiles keeps no file's text, so the archive's files are never all held at once. */
export type WriteDownload = (file: SiteFile) => void;

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

/** Where the benchmarks table's Table Schema is published. */
export const BENCHMARK_TABLE_SCHEMA_URL = "/downloads/scorecard-benchmarks.tableschema.json";

/** One benchmark figure per meeting, indicator, benchmark and period. */
export const BENCHMARK_PRIMARY_KEY = ["meetingDate", "indicatorId", "benchmark", "period"] as const;

/**
 * A size as people read it on a download link.
 * @example sizeText(3174) // "3.1 KB"
 */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The benchmarks table's columns, in its schema's order. */
const BENCHMARK_COLUMNS = Object.keys(benchmarkRecordSchema.shape) as (keyof BenchmarkRecord & string)[];

/** A download's files: where they go (the trend rows' CSV and JSON, and the benchmarks' CSV), and what they hold. */
interface DownloadSpec {
  basePath: string;
  benchmarksUrl: string;
  title: string;
  publisher: string;
}

function downloadsOf(
  { basePath, benchmarksUrl, title, publisher }: DownloadSpec,
  records: TrendRecord[],
  benchmarks: BenchmarkRecord[],
  write: WriteDownload,
): Download[] {
  const csv = recordsToCsv(records);
  // The benchmarks join the JSON only where there are any, so a paper with none downloads as before.
  const json = `${JSON.stringify({ title, publisher, records, ...(benchmarks.length ? { benchmarks } : {}) }, null, 2)}\n`;
  const files: (Pick<Download, "format" | "label" | "url"> & { content: string })[] = [
    { format: "CSV", label: "CSV file", url: `${basePath}.csv`, content: csv },
    { format: "JSON", label: "JSON file", url: `${basePath}.json`, content: json },
  ];
  if (benchmarks.length) files.push({ format: "CSV", label: "Benchmarks CSV file", url: benchmarksUrl, content: rowsToCsv(BENCHMARK_COLUMNS, benchmarks) });
  return files.map(({ content, ...file }) => {
    write({ url: file.url, content });
    const digest = fileDigest(content);
    return { ...file, ...digest, sizeText: sizeText(digest.bytes) };
  });
}

/** The site's downloads: each meeting's files and the archive's, as the pages list them, and every file's text (unless written as made). */
export interface Downloads {
  byMeeting: Record<string, Download[]>;
  archive: Download[];
  /** Every file with its text; empty when downloadFiles was given `write`, which took each file instead. */
  files: SiteFile[];
}

/**
 * Every meeting's trend rows as CSV and JSON, and every published meeting's as one archive of each, plus the JSON Schema
 * and the Data Package listing every CSV with its Table Schema. With `write`, each file goes to it as soon as it is
 * made and none is kept: at 480 meetings the files are 160 MB of text.
 * @example downloadFiles(site, "Kent County Council").archive[0].url // "/downloads/scorecard-archive.csv"
 */
export function downloadFiles(site: Scorecards, publisher: string, write?: WriteDownload): Downloads {
  const files: SiteFile[] = [];
  const take: WriteDownload = write ?? ((file) => files.push(file));
  const byMeeting: Record<string, Download[]> = {};
  const all: TrendRecord[] = [];
  const allBenchmarks: BenchmarkRecord[] = [];
  // By indicator and period, the result the earliest published meeting gives, so a later one's differing figure is a revision.
  const earlierResults = new Map<string, number | null>();
  for (const meeting of [...site.meetings].reverse()) {
    const records = trendRecords(meeting, earlierResults);
    const benchmarks = benchmarkRecords(meeting);
    // The archive is the published record; a draft's figures are still being gathered.
    if (meeting.status === "published") {
      all.push(...records);
      allBenchmarks.push(...benchmarks);
      for (const record of records) {
        const key = `${record.indicatorId}\0${record.period}`;
        if (!earlierResults.has(key)) earlierResults.set(key, record.result);
      }
    }
    const title = `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}`;
    byMeeting[meeting.slug] = downloadsOf(
      { basePath: `${meeting.url}scorecard-data`, benchmarksUrl: `${meeting.url}scorecard-benchmarks.csv`, title, publisher },
      records,
      benchmarks,
      take,
    );
  }
  const archive = downloadsOf(
    {
      basePath: "/downloads/scorecard-archive",
      benchmarksUrl: "/downloads/scorecard-benchmarks-archive.csv",
      title: `All performance scorecards published by ${publisher}`,
      publisher,
    },
    all,
    allBenchmarks,
    take,
  );
  const schema = `${JSON.stringify({ title: "Scorecard trend data", ...z.toJSONSchema(trendDownloadSchemaFor(site.ratingScheme), { target: "draft-7" }) }, null, 2)}\n`;
  const csvOf = (downloads: Download[]) => downloads.find((file) => file.label === "CSV file")!;
  const benchmarksOf = (downloads: Download[]) => downloads.find((file) => file.label === "Benchmarks CSV file");
  const csvFiles: CsvFile[] = [
    ...site.meetings.map((meeting) => ({
      ...csvOf(byMeeting[meeting.slug]!),
      name: packageName(`scorecard-data-${meeting.slug}`),
      title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}${meeting.status === "draft" ? " (draft)" : ""}`,
    })),
    { ...csvOf(archive), name: "scorecard-archive", title: `All performance scorecards published by ${publisher}` },
  ];
  const benchmarkFiles: CsvFile[] = [
    ...site.meetings.flatMap((meeting) => {
      const file = benchmarksOf(byMeeting[meeting.slug]!);
      return file
        ? [{ ...file, name: packageName(`scorecard-benchmarks-${meeting.slug}`), title: `Benchmarks: ${meeting.agendaTitle}, ${meeting.dateLabel}` }]
        : [];
    }),
    ...(benchmarksOf(archive) ? [{ ...benchmarksOf(archive)!, name: "scorecard-benchmarks-archive", title: `Every benchmark published by ${publisher}` }] : []),
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
    [
      packageTable(trendRecordSchemaFor(site.ratingScheme), { schemaUrl: TABLE_SCHEMA_URL, primaryKey: TREND_PRIMARY_KEY, files: csvFiles }),
      ...(benchmarkFiles.length
        ? [packageTable(benchmarkRecordSchema, { schemaUrl: BENCHMARK_TABLE_SCHEMA_URL, primaryKey: BENCHMARK_PRIMARY_KEY, files: benchmarkFiles })]
        : []),
    ],
  );
  for (const file of [{ url: DOWNLOAD_SCHEMA_URL, content: schema }, ...packageFiles]) take(file);
  return { byMeeting, archive, files };
}
