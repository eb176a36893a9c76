import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/content/frontMatter";
import { frontMatterJsonSchemas } from "../../src/content/jsonSchema";

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
