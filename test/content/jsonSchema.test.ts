import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/content/frontMatter";
import { frontMatterJsonSchemas } from "../../src/content/jsonSchema";
import { readRatingScheme } from "../../src/content/ratingSchemeFile";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const sample = path.join(projectRoot, "content/meetings/2017-09-07-cype");
const schemas = frontMatterJsonSchemas();
const ajv = new Ajv({ allErrors: true, strict: false });
const validateIndicator = ajv.compile(schemas.indicator);
const validateMeeting = ajv.compile(schemas.meeting);

async function frontMatter(name: string): Promise<Record<string, unknown>> {
  return parse(splitFrontMatter(await readFile(path.join(sample, name), "utf8"))!.yaml) as Record<string, unknown>;
}

describe("the editor JSON Schemas", () => {
  it("are the committed files, generated from the TypeScript schema (run npm run schema after changing it)", async () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const committed = JSON.parse(await readFile(path.join(projectRoot, "schemas", `${name}.schema.json`), "utf8"));
      expect(committed, `schemas/${name}.schema.json`).toEqual(schema);
    }
  });

  it("accept every front matter of the sample meeting", async () => {
    const names = (await readdir(sample)).filter((name) => name.endsWith(".md"));
    expect(names).toHaveLength(8);
    for (const name of names) {
      const validate = name === "meeting.md" ? validateMeeting : validateIndicator;
      expect(validate(await frontMatter(name)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("reject a misspelt key and a wrong enum value", async () => {
    const front = await frontMatter("02-average-caseload.md");
    const { polarity, ...rest } = front;
    expect(validateIndicator({ ...rest, polarty: polarity })).toBe(false);
    expect(validateIndicator.errors?.map((e) => e.params)).toContainEqual({ additionalProperty: "polarty" });
    expect(validateIndicator({ ...front, unit: "percent" })).toBe(false);
  });

  it("carry each field's plain-English hint for the editor to show", () => {
    const unit = (schemas.indicator.properties as Record<string, { description?: string }>).unit;
    expect(unit?.description).toContain('"percentage" (68.6%)');
  });
});

describe("the editor JSON Schemas of a site with its own rating scheme", () => {
  const eastbrook = path.join(projectRoot, "examples/eastbrook-borough");
  const read = async (name: string) =>
    parse(splitFrontMatter(await readFile(path.join(eastbrook, "content/meetings/2024-02-20-cabinet", name), "utf8"))!.yaml) as Record<string, unknown>;

  it("accept Eastbrook's Blue band, Data only and Not due, and refuse Kent's words it does not use", async () => {
    const scheme = await readRatingScheme(eastbrook);
    const { $id: _id, ...indicator } = frontMatterJsonSchemas(["cabinetMember", "director", "service"], scheme).indicator;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(indicator);
    for (const name of ["01-calls-answered.md", "02-major-planning-applications.md", "03-rough-sleeping.md", "04-residents-satisfied.md"]) {
      expect(validate(await read(name)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const calls = await read("01-calls-answered.md");
    const trend = calls.trend as Record<string, unknown>[];
    expect(validate({ ...calls, trend: [...trend.slice(0, -1), { ...trend.at(-1), rating: "Purple" }] })).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toContainEqual({ allowedValues: ["Red", "Amber", "Green", "Blue", "Data only", "Not due"] });
    // Kent's schema has no Blue band.
    expect(validateIndicator(calls)).toBe(false);
  });
});
