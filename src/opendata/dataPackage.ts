import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { CSV_DIALECT } from "./csv";
import { tableSchema, type TableSchema } from "./tableSchema";

/** A file the build writes: its address on the site and its text. */
export interface SiteFile {
  url: string;
  content: string;
}

/** A file's size in bytes and SHA-256 hash, as a package lists it. */
export interface FileDigest {
  bytes: number;
  /** Hex digits. */
  sha256: string;
}

/**
 * The size and hash a package lists for a file, worked out once when the file is made, so its text need not be kept.
 * @example fileDigest("id\r\n").bytes // 4
 */
export function fileDigest(content: string): FileDigest {
  const bytes = Buffer.from(content, "utf8");
  return { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** One CSV file of a table, as a resource of the package. */
export interface CsvFile extends FileDigest {
  url: string;
  /** The resource's name: lower case letters, digits, ".", "_" and "-", unique in the package. */
  name: string;
  title: string;
}

/** CSV files with the same columns, and the one Table Schema they all follow, published once. */
export interface PackageTable {
  /** Where the Table Schema is published: "/downloads/scorecard-data.tableschema.json". */
  schemaUrl: string;
  schema: TableSchema;
  files: CsvFile[];
}

/** What the package says about itself (https://specs.frictionlessdata.io/data-package/#descriptor). */
export interface PackageMetadata {
  name: string;
  title: string;
  description: string;
  publisher: string;
  /** Only when the publisher states a licence: the package claims none of its own. */
  licenses?: { name?: string; path?: string; title: string }[];
}

const NAME = /^[a-z0-9._-]+$/;

/**
 * A name as the Data Package spec allows one: lower case, with "-" for anything else.
 * @example packageName("Kent County Council scorecards") // "kent-county-council-scorecards"
 */
export function packageName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A file's address relative to the package's folder. The spec forbids absolute paths and "../", so every file the
 * package lists must be in the package's folder or below it.
 * @example relativePath("/datapackage.json", "/meetings/2017-09-07-cype/scorecard-data.csv") // "meetings/2017-09-07-cype/scorecard-data.csv"
 */
export function relativePath(packageUrl: string, url: string): string {
  const relative = path.posix.relative(path.posix.dirname(packageUrl), url);
  if (relative === ".." || relative.startsWith("../") || path.posix.isAbsolute(relative))
    throw new Error(`${url} is outside the data package's folder (${packageUrl})`);
  return relative;
}

/**
 * A table of the package from its zod row schema: the Table Schema is derived from it (see tableSchema.ts), so a
 * second table is one more call with its own schema and files.
 * @example packageTable(trendRecordSchema, { schemaUrl: "/downloads/scorecard-data.tableschema.json", primaryKey: ["meetingDate", "indicatorId", "period"], files })
 */
export function packageTable(schema: z.ZodObject, options: { schemaUrl: string; primaryKey?: readonly string[]; files: CsvFile[] }): PackageTable {
  return { schemaUrl: options.schemaUrl, schema: tableSchema(schema, { primaryKey: options.primaryKey }), files: options.files };
}

function csvResource(packageUrl: string, schemaPath: string, file: CsvFile) {
  return {
    name: file.name,
    title: file.title,
    profile: "tabular-data-resource",
    path: relativePath(packageUrl, file.url),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    dialect: CSV_DIALECT,
    schema: schemaPath,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) listing every CSV of the given tables
 * with its size, SHA-256 hash, dialect and Table Schema: the descriptor at `packageUrl`, and each table's schema file.
 * @example dataPackage("/datapackage.json", metadata, [table]).map((file) => file.url) // ["/datapackage.json", "/downloads/scorecard-data.tableschema.json"]
 */
export function dataPackage(packageUrl: string, metadata: PackageMetadata, tables: readonly PackageTable[]): SiteFile[] {
  if (!NAME.test(metadata.name)) throw new Error(`data package name "${metadata.name}" may hold only a-z, 0-9, ".", "_" and "-"`);
  const resources = tables.flatMap((table) => table.files.map((file) => csvResource(packageUrl, relativePath(packageUrl, table.schemaUrl), file)));
  const names = resources.map((resource) => resource.name);
  const bad = names.filter((name, index) => !NAME.test(name) || names.indexOf(name) !== index);
  if (bad.length) throw new Error(`resource names must be unique and hold only a-z, 0-9, ".", "_" and "-": ${bad.join(", ")}`);
  const schemaUrls = tables.map((table) => table.schemaUrl);
  if (new Set(schemaUrls).size < schemaUrls.length) throw new Error(`each table needs a Table Schema file of its own: ${schemaUrls.join(", ")}`);
  const descriptor = {
    profile: "tabular-data-package",
    name: metadata.name,
    title: metadata.title,
    description: metadata.description,
    ...(metadata.licenses ? { licenses: metadata.licenses } : {}),
    contributors: [{ title: metadata.publisher, role: "publisher" }],
    resources,
  };
  return [{ url: packageUrl, content: json(descriptor) }, ...tables.map((table) => ({ url: table.schemaUrl, content: json(table.schema) }))];
}
