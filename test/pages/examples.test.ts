/**
 * The example councils under examples/ are complete project folders: each passes the check, builds, and publishes
 * downloads that validate against their data package. (The accessibility gate checks their pages as it does the sample's.)
 */
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { buildSite } from "../../src/pipeline/buildSite";
import { exampleProjects } from "../../tools/a11y-gate/exampleProjects";
import { checkDataPackage } from "../helpers/tableSchemaCheck";

const root = path.resolve(import.meta.dirname, "../..");
const examples = await exampleProjects(root);
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe("the example councils", () => {
  it("are there: a London borough with its own rating scheme, a unitary mixing monthly and annual figures, and a district council on a committee system", () => {
    expect(examples.map((dir) => path.basename(dir))).toEqual(["eastbrook-borough", "northmoor-unitary", "riverside-district"]);
  });

  it.each(examples.map((dir) => [path.basename(dir), dir]))(
    "%s checks, builds and publishes valid downloads",
    async (_name, dir) => {
      // A copy, so the build's cache and output stay out of the committed folder.
      const copy = await mkdtemp(path.join(tmpdir(), "scorecards-example-"));
      made.push(copy);
      await cp(dir, copy, { recursive: true });
      const scorecards = await loadScorecards(copy);
      expect(scorecards.meetings.length).toBeGreaterThan(0);
      expect(scorecards.meetings.every((meeting) => meeting.status === "published")).toBe(true);
      const built = await buildSite({ projectRoot: copy, outputDir: "_site", fresh: true, quiet: true });
      const out = path.join(copy, "_site");
      const meeting = scorecards.meetings[0]!;
      const html = await readFile(path.join(out, "meetings", meeting.slug, "index.html"), "utf8");
      const site = JSON.parse(await readFile(path.join(dir, "data/site.json"), "utf8")) as { council: string };
      expect(html).toContain(site.council);
      // Every indicator has its page.
      const pages = await readdir(path.join(out, "meetings", meeting.slug));
      for (const indicator of meeting.indicators) expect(pages).toContain(indicator.id);
      expect(built.pages).toBeGreaterThan(meeting.indicators.length);
      const { problems } = await checkDataPackage(path.join(out, "datapackage.json"));
      expect(problems).toEqual([]);
      // The covering note says plainly that the council and its figures are made up.
      expect(html).toMatch(/every figure is invented/i);
    },
    120_000,
  );
});
