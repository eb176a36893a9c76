import { z } from "zod";
import type { Scorecards } from "../scorecard/model";
import { csvHeader, csvRow, recordsToCsv, rowsToCsv, TREND_COLUMNS } from "./csv";
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

/**
 * Takes each download as it is made: given one, downloadFiles keeps no file's text, and the archive's files, which
 * hold every published figure, are written a meeting at a time, never held whole.
 */
export interface DownloadWriter {
  /** A whole file. */
  write(file: SiteFile): void;
  /** A file to be written a piece at a time. */
  open(url: string): DownloadStream;
}

/** A file being written a piece at a time; end() gives its size and hash. */
export interface DownloadStream {
  append(text: string): void;
  end(): FileDigest;
}

/** A writer that keeps every file, whole, in `files`: for Eleventy to write, and for tests. */
function keepingWriter(files: SiteFile[]): DownloadWriter {
  return {
    write: (file) => files.push(file),
    open(url) {
      const pieces: string[] = [];
      return {
        append: (text) => pieces.push(text),
        end() {
          const content = pieces.join("");
          files.push({ url, content });
          return fileDigest(content);
        },
      };
    },
  };
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
  writer: DownloadWriter,
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
    writer.write({ url: file.url, content });
    return link(file, fileDigest(content));
  });
}

/** A download's link: what it is, where, and its size and hash. */
function link(file: Pick<Download, "format" | "label" | "url">, digest: FileDigest): Download {
  return { ...file, ...digest, sizeText: sizeText(digest.bytes) };
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
export function downloadFiles(site: Scorecards, publisher: string, writer?: DownloadWriter): Downloads {
  const files: SiteFile[] = [];
  const take = writer ?? keepingWriter(files);
  const byMeeting: Record<string, Download[]> = {};
  const archiveTitle = `All performance scorecards published by ${publisher}`;
  const archive = archiveWriter(take, archiveTitle, publisher);
  const allBenchmarks: BenchmarkRecord[] = [];
  // By indicator and period, the result the earliest published meeting gives, so a later one's differing figure is a revision.
  const earlierResults = new Map<string, number | null>();
  for (const meeting of [...site.meetings].reverse()) {
    const records = trendRecords(meeting, earlierResults);
    const benchmarks = benchmarkRecords(meeting);
    // The archive is the published record; a draft's figures are still being gathered.
    if (meeting.status === "published") {
      archive.add(records);
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
  const archiveFiles = archive.end(allBenchmarks);
  const schema = `${JSON.stringify({ title: "Scorecard trend data", ...z.toJSONSchema(trendDownloadSchemaFor(site.ratingScheme), { target: "draft-7" }) }, null, 2)}\n`;
  const csvOf = (downloads: Download[]) => downloads.find((file) => file.label === "CSV file")!;
  const benchmarksOf = (downloads: Download[]) => downloads.find((file) => file.label === "Benchmarks CSV file");
  const csvFiles: CsvFile[] = [
    ...site.meetings.map((meeting) => ({
      ...csvOf(byMeeting[meeting.slug]!),
      name: packageName(`scorecard-data-${meeting.slug}`),
      title: `${meeting.agendaTitle}, ${meeting.committee}, ${meeting.dateLabel}${meeting.status === "draft" ? " (draft)" : ""}`,
    })),
    { ...csvOf(archiveFiles), name: "scorecard-archive", title: archiveTitle },
  ];
  const benchmarkFiles: CsvFile[] = [
    ...site.meetings.flatMap((meeting) => {
      const file = benchmarksOf(byMeeting[meeting.slug]!);
      return file
        ? [{ ...file, name: packageName(`scorecard-benchmarks-${meeting.slug}`), title: `Benchmarks: ${meeting.agendaTitle}, ${meeting.dateLabel}` }]
        : [];
    }),
    ...(benchmarksOf(archiveFiles)
      ? [{ ...benchmarksOf(archiveFiles)!, name: "scorecard-benchmarks-archive", title: `Every benchmark published by ${publisher}` }]
      : []),
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
  for (const file of [{ url: DOWNLOAD_SCHEMA_URL, content: schema }, ...packageFiles]) take.write(file);
  return { byMeeting, archive: archiveFiles, files };
}

const ARCHIVE_PATH = "/downloads/scorecard-archive";

/**
 * The archive's CSV and JSON, written a meeting's records at a time, as JSON.stringify(…, null, 2) and rowsToCsv would
 * write them whole; end() adds the benchmarks (their own CSV, and the JSON's last member) and gives the files' links.
 */
function archiveWriter(writer: DownloadWriter, title: string, publisher: string) {
  const csv = writer.open(`${ARCHIVE_PATH}.csv`);
  const json = writer.open(`${ARCHIVE_PATH}.json`);
  csv.append(csvHeader(TREND_COLUMNS));
  // Everything JSON.stringify writes before the records' items: `{ "title": …, "publisher": …, "records": `.
  const head = JSON.stringify({ title, publisher, records: [] }, null, 2);
  json.append(head.slice(0, head.lastIndexOf("[]")));
  let records = 0;
  return {
    add(meetingRecords: readonly TrendRecord[]) {
      for (const record of meetingRecords) {
        csv.append(csvRow(TREND_COLUMNS, record));
        // An item of the records list is indented two levels, four spaces, on every line.
        json.append(`${records++ ? "," : "["}\n    ${JSON.stringify(record, null, 2).replaceAll("\n", "\n    ")}`);
      }
    },
    end(benchmarks: readonly BenchmarkRecord[]): Download[] {
      json.append(records ? "\n  ]" : "[]");
      if (benchmarks.length) json.append(`,\n  "benchmarks": ${JSON.stringify(benchmarks, null, 2).replaceAll("\n", "\n  ")}`);
      json.append("\n}\n");
      const files = [
        link({ format: "CSV", label: "CSV file", url: `${ARCHIVE_PATH}.csv` }, csv.end()),
        link({ format: "JSON", label: "JSON file", url: `${ARCHIVE_PATH}.json` }, json.end()),
      ];
      if (benchmarks.length) {
        const content = rowsToCsv(BENCHMARK_COLUMNS, benchmarks);
        writer.write({ url: ARCHIVE_BENCHMARKS_URL, content });
        files.push(link({ format: "CSV", label: "Benchmarks CSV file", url: ARCHIVE_BENCHMARKS_URL }, fileDigest(content)));
      }
      return files;
    },
  };
}

const ARCHIVE_BENCHMARKS_URL = "/downloads/scorecard-benchmarks-archive.csv";
