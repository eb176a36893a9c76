/** `npm run schema -- --project <folder>`: the editor JSON Schemas of another council's folder, with its owner roles. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../../test/helpers/project";

describe("npm run schema -- --project", () => {
  let tool: string;
  let project: string;
  beforeEach(async () => {
    tool = await copyProject();
    project = await mkdtemp(path.join(tmpdir(), "scorecards-schema-"));
    await mkdir(path.join(project, "content", "meetings"), { recursive: true });
    await mkdir(path.join(project, "data"));
    const roles = [
      { field: "service", label: "Service" },
      { field: "leadOfficer", label: "Lead officer" },
    ];
    await writeFile(path.join(project, "data", "site.json"), JSON.stringify({ ownerRoles: roles }));
  });
  afterEach(async () => {
    await rm(tool, { recursive: true, force: true });
    await rm(project, { recursive: true, force: true });
  });

  it("writes the project's schemas/, whose indicator schema has the project's owner fields and not Kent's", async () => {
    const result = await runScript(tool, "schema", ["--project", project]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Wrote ${path.join(project, "schemas", "indicator.schema.json")}`);
    expect((await readdir(path.join(project, "schemas"))).sort()).toEqual(["indicator.schema.json", "meeting.schema.json"]);
    const indicator = JSON.parse(await readFile(path.join(project, "schemas", "indicator.schema.json"), "utf8")) as { properties: object };
    expect(Object.keys(indicator.properties)).toEqual(expect.arrayContaining(["service", "leadOfficer"]));
    expect(Object.keys(indicator.properties)).not.toContain("cabinetMember");
    const validate = new Ajv({ allErrors: true, strict: false }).compile(indicator);
    const front = {
      id: "missed-bins",
      title: "Missed bin collections per 100,000",
      scorecard: "Environment",
      service: "Waste and Recycling",
      unit: "rate",
      unitLabel: "per 100,000 collections",
      decimalPlaces: 1,
      polarity: "lower-is-better",
      dataBasis: "in-period",
      dataSource: "Bartec",
      trend: [{ period: "Q1 2017/18", result: 41.5, target: 50, rating: "Green" }],
    };
    expect(validate(front), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...front, cabinetMember: "Roger Gough" })).toBe(false);
    // Nothing is written in the tool's own folder (its copy here has no schemas/ of its own).
    expect(await readdir(tool)).not.toContain("schemas");
  });

  it("refuses a folder that is not a project, and an unknown option", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "scorecards-schema-empty-"));
    try {
      const refused = await runScript(tool, "schema", ["--project", empty]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("has no content/meetings/ folder and no data/site.json");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
    const unknown = await runScript(tool, "schema", ["--projct", project]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --projct");
  });
});
