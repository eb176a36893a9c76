import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { recordsToCsv, rowsToCsv } from "../../src/opendata/csv";
import { dataPackage, fileDigest, packageTable, relativePath } from "../../src/opendata/dataPackage";
import { trendRecordSchema } from "../../src/opendata/records";
import { tableSchema } from "../../src/opendata/tableSchema";
import { buildSite } from "../../src/pipeline/buildSite";
import { checkDataPackage, checkTable, type Schema } from "../helpers/tableSchemaCheck";

const projectRoot = path.resolve(import.meta.dirname, "../..");

describe("tableSchema", () => {
  it("gives each zod type its Table Schema type, in the schema's order", () => {
    const schema = z.strictObject({
      text: z.string().min(1).describe("some words"),
      words: z.string(),
      day: z.iso.date(),
      moment: z.iso.datetime(),
      amount: z.number(),
      count: z.number().int(),
      whole: z.int(),
      flag: z.boolean(),
      colour: z.enum(["red", "green"]),
      fixed: z.literal("always"),
      share: z.number().min(0).max(100),
      detail: z.object({ kind: z.string() }),
      tags: z.array(z.string()),
    });
    expect(tableSchema(schema).fields).toEqual([
      { name: "text", type: "string", description: "some words", constraints: { required: true } },
      { name: "words", type: "string" },
      { name: "day", type: "date", constraints: { required: true } },
      { name: "moment", type: "datetime", constraints: { required: true } },
      { name: "amount", type: "number", constraints: { required: true } },
      { name: "count", type: "integer", constraints: { required: true } },
      { name: "whole", type: "integer", constraints: { required: true } },
      { name: "flag", type: "boolean", constraints: { required: true } },
      { name: "colour", type: "string", constraints: { required: true, enum: ["red", "green"] } },
      { name: "fixed", type: "string", constraints: { required: true, enum: ["always"] } },
      { name: "share", type: "number", constraints: { required: true, minimum: 0, maximum: 100 } },
      { name: "detail", type: "object", constraints: { required: true } },
      { name: "tags", type: "array", constraints: { required: true } },
    ]);
  });

  it("makes a nullable or optional column not required, or text that may be empty (an empty cell is no value), keeping its type, enum and description", () => {
    const schema = z.object({
      result: z.number().nullable().describe("null when there was no data"),
      rating: z.enum(["Red", "Amber", "Green"]).nullable().describe("the RAG rating"),
      day: z.iso.date().nullable(),
      note: z.string().optional(),
    });
    expect(tableSchema(schema).fields).toEqual([
      { name: "result", type: "number", description: "null when there was no data" },
      { name: "rating", type: "string", description: "the RAG rating", constraints: { enum: ["Red", "Amber", "Green"] } },
      { name: "day", type: "date" },
      { name: "note", type: "string" },
    ]);
  });

  it("says an empty cell is no value, as the CSV writes null, and names the primary key", () => {
    const schema = tableSchema(z.object({ id: z.string(), n: z.number().nullable() }), { primaryKey: ["id"] });
    expect(schema.missingValues).toEqual([""]);
    expect(schema.primaryKey).toEqual(["id"]);
    expect(rowsToCsv(["id", "n"], [{ id: "a", n: null }])).toBe("\uFEFFid,n\r\na,\r\n");
    expect(() => tableSchema(z.object({ id: z.string() }), { primaryKey: ["key"] })).toThrow("key");
  });

  it("follows the trend record schema: every column, in the order the CSV writes them, and any column added to it", () => {
    const names = tableSchema(trendRecordSchema).fields.map((field) => field.name);
    expect(names).toEqual(Object.keys(trendRecordSchema.shape));
    expect(recordsToCsv([]).slice(1).split("\r\n")[0]).toBe(names.join(","));
    const extended = trendRecordSchema.extend({ addedLater: z.enum(["one", "two"]).nullable() });
    expect(tableSchema(extended).fields.at(-1)).toEqual({ name: "addedLater", type: "string", constraints: { enum: ["one", "two"] } });
    const rating = tableSchema(trendRecordSchema).fields.find((field) => field.name === "rating");
    expect(rating).toEqual({ name: "rating", type: "string", constraints: { enum: ["Red", "Amber", "Green"] } });
  });
});

describe("dataPackage", () => {
  const rows = z.object({ id: z.string(), n: z.number() });
  const csv = rowsToCsv(["id", "n"], [{ id: "a", n: 1 }]);
  const metadata = { name: "test-package", title: "Test", description: "A test", publisher: "A council" };

  it("lists each file with its path from the package's folder, size, sha256 hash, dialect and one shared schema file", () => {
    const files = dataPackage("/datapackage.json", metadata, [
      packageTable(rows, {
        schemaUrl: "/downloads/rows.tableschema.json",
        primaryKey: ["id"],
        files: [{ name: "one", title: "One", url: "/m/one.csv", ...fileDigest(csv) }],
      }),
    ]);
    expect(files.map((file) => file.url)).toEqual(["/datapackage.json", "/downloads/rows.tableschema.json"]);
    const descriptor = JSON.parse(files[0]!.content);
    expect(descriptor.resources[0]).toMatchObject({
      name: "one",
      path: "m/one.csv",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: Buffer.byteLength(csv),
      hash: `sha256:${createHash("sha256").update(csv).digest("hex")}`,
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', header: true },
      schema: "downloads/rows.tableschema.json",
    });
    expect(descriptor.contributors).toEqual([{ title: "A council", role: "publisher" }]);
    expect(JSON.parse(files[1]!.content).primaryKey).toEqual(["id"]);
  });

  it("takes a second table, with its own zod schema, as one more call", () => {
    const other = packageTable(z.object({ code: z.string() }), {
      schemaUrl: "/downloads/other.tableschema.json",
      files: [{ name: "two", title: "Two", url: "/two.csv", ...fileDigest("") }],
    });
    const first = packageTable(rows, {
      schemaUrl: "/downloads/rows.tableschema.json",
      files: [{ name: "one", title: "One", url: "/one.csv", ...fileDigest(csv) }],
    });
    const files = dataPackage("/datapackage.json", metadata, [first, other]);
    expect(JSON.parse(files[0]!.content).resources.map((resource: { schema: string }) => resource.schema)).toEqual([
      "downloads/rows.tableschema.json",
      "downloads/other.tableschema.json",
    ]);
    expect(files).toHaveLength(3);
  });

  it("refuses what the spec forbids: a path outside the package's folder, a bad or repeated resource name", () => {
    expect(() => relativePath("/downloads/datapackage.json", "/meetings/x/scorecard-data.csv")).toThrow("outside");
    const table = (name: string) => packageTable(rows, { schemaUrl: "/s.json", files: [{ name, title: name, url: "/a.csv", ...fileDigest(csv) }] });
    expect(() => dataPackage("/datapackage.json", metadata, [table("Upper Case")])).toThrow("resource names");
    const twice = packageTable(rows, { schemaUrl: "/s.json", files: ["a", "a"].map((name) => ({ name, title: name, url: "/a.csv", ...fileDigest(csv) })) });
    expect(() => dataPackage("/datapackage.json", metadata, [twice])).toThrow("unique");
  });
});

describe("the checker", () => {
  const schema: Schema = {
    fields: [
      { name: "day", type: "date", constraints: { required: true } },
      { name: "id", type: "string", constraints: { required: true } },
      { name: "n", type: "number" },
      { name: "count", type: "integer" },
      { name: "rating", type: "string", constraints: { enum: ["Red", "Green"] } },
    ],
    missingValues: [""],
    primaryKey: ["day", "id"],
  };
  const table = (...rows: string[]) => `\uFEFFday,id,n,count,rating\r\n${rows.map((row) => `${row}\r\n`).join("")}`;
  const good = ["2017-06-30,a,1.5,2,Red", '2017-06-30,"b, quoted",-3e2,,'];

  it("passes a table that follows its schema", () => {
    expect(checkTable(table(...good), schema)).toEqual([]);
  });

  it.each([
    [
      "a wrong type",
      "2017-06-31,c,x,1.5,",
      ['row 3 day: "2017-06-31" is not a date (YYYY-MM-DD)', 'row 3 n: "x" is not a number', 'row 3 count: "1.5" is not an integer'],
    ],
    ["a missing required value", "2017-06-30,,1,1,Red", ["row 3 id: is required but empty", "row 3: the primary key (day, id) has an empty value"]],
    ["a bad enum value", "2017-06-30,c,1,1,Amber", ['row 3 rating: "Amber" is not one of ["Red","Green"]']],
    ["a duplicate key", "2017-06-30,a,2,2,Green", ["row 3: the primary key 2017-06-30, a repeats row 1"]],
    ["a short row", "2017-06-30,c,1", ["row 3: 3 cells for 5 fields"]],
    ["a stray quote", '2017-06-30,c"d,1,1,Red', ["line 4: a quote inside an unquoted field"]],
  ])("fails %s", (_what, row, problems) => {
    expect(checkTable(table(...good, row), schema)).toEqual(problems);
  });

  it("fails a header that is not the schema's fields in order", () => {
    expect(checkTable(table(...good).replace("n,count", "count,n"), schema)[0]).toMatch(/^header/);
  });

  it("fails a package whose file's size or hash is not the one it lists, or whose path leaves its folder", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "scorecards-datapackage-"));
    try {
      const content = table(...good);
      const files = dataPackage("/datapackage.json", { name: "t", title: "T", description: "T", publisher: "P" }, [
        packageTable(
          z.object({ day: z.iso.date(), id: z.string(), n: z.number().nullable(), count: z.int().nullable(), rating: z.enum(["Red", "Green"]).nullable() }),
          {
            schemaUrl: "/schema.json",
            primaryKey: ["day", "id"],
            files: [{ name: "t", title: "T", url: "/data/t.csv", ...fileDigest(content) }],
          },
        ),
      ]);
      await mkdir(path.join(folder, "data"));
      for (const file of files) await writeFile(path.join(folder, file.url), file.content);
      await writeFile(path.join(folder, "data/t.csv"), content);
      expect(await checkDataPackage(path.join(folder, "datapackage.json"))).toEqual({ resources: 1, problems: [] });
      await writeFile(path.join(folder, "data/t.csv"), content.replace("1.5", "2.5"));
      expect((await checkDataPackage(path.join(folder, "datapackage.json"))).problems).toEqual([
        "resource t: hash " + JSON.parse(files[0]!.content).resources[0].hash + " does not match the file",
      ]);
      await writeFile(path.join(folder, "data/t.csv"), `${content}2017-07-31,z,,,\r\n`);
      expect((await checkDataPackage(path.join(folder, "datapackage.json"))).problems[0]).toMatch(/^resource t: bytes \d+ but the file has \d+$/);
      const descriptor = JSON.parse(files[0]!.content);
      descriptor.resources[0].path = "../t.csv";
      await writeFile(path.join(folder, "datapackage.json"), JSON.stringify(descriptor));
      expect((await checkDataPackage(path.join(folder, "datapackage.json"))).problems).toEqual([
        'resource t: path "../t.csv" must be relative, inside the package\'s folder',
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("the built site's data package", () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), "scorecards-datapackage-site-"));
    await buildSite({ projectRoot, outputDir: out, fresh: true, quiet: true });
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it("lists every CSV the site publishes, each meeting's and the archive", async () => {
    const descriptor = JSON.parse(await readFile(path.join(out, "datapackage.json"), "utf8"));
    const csvs = (await readdir(out, { recursive: true })).filter((file) => file.endsWith(".csv")).map((file) => file.split(path.sep).join("/"));
    expect(csvs.length).toBeGreaterThanOrEqual(2);
    expect(descriptor.resources.map((resource: { path: string }) => resource.path).sort()).toEqual(csvs.sort());
    expect(descriptor.resources.map((resource: { path: string }) => resource.path)).toContain("downloads/scorecard-archive.csv");
    const schema = JSON.parse(await readFile(path.join(out, "downloads/scorecard-data.tableschema.json"), "utf8"));
    expect(schema.primaryKey).toEqual(["meetingDate", "indicatorId", "period"]);
  });

  it("every resource's file matches its size and hash, and every cell its Table Schema", async () => {
    const { resources, problems } = await checkDataPackage(path.join(out, "datapackage.json"));
    expect(problems).toEqual([]);
    expect(resources).toBeGreaterThanOrEqual(2);
  });

  it("is linked from the home page beside the archive's downloads", async () => {
    const doc = new JSDOM(await readFile(path.join(out, "index.html"), "utf8")).window.document;
    const link = doc.querySelector('a[href="/datapackage.json"]');
    expect(link?.parentElement?.textContent).toContain("Frictionless Data Package");
  });
});
