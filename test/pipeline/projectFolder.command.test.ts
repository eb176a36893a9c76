/**
 * `--project <folder>`: a folder holding only another council's content/ and data/ is checked and built by this tool,
 * run from this tool's folder, with the tool's templates and the folder's own settings, output and cache.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDir } from "../../src/pipeline/cacheDir";
import { codeVersion } from "../../src/pipeline/meetingCache";
import { projectRoot as toolFolder, runScript } from "../helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
/** Runs one of the tool's scripts from the tool's own folder, as `npm run <script> -- …` there would. */
const run = (script: string, args: string[]) => runScript(toolFolder, script, args);

let project: string;
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "scorecards-project-"));
  for (const folder of ["content", "data"]) await cp(path.join(toolFolder, folder), path.join(project, folder), { recursive: true });
  // Another council's settings, so its pages (and its meeting cache's version) can be told from the sample's.
  const site = path.join(project, "data/site.json");
  await writeFile(site, (await readFile(site, "utf8")).replace('"council": "Kent County Council"', '"council": "Testshire County Council"'));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("npm run build -- --project <folder>", () => {
  it("builds the folder's meetings with this tool's templates and the folder's settings, keeping its cache in the folder", async () => {
    const output = path.join(project, "_site");
    const result = await run("build", ["--project", project, "--output", output, "--fresh"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`pages into ${output}/`);

    const home = await readFile(path.join(output, "index.html"), "utf8");
    expect(home).toContain("<title>Committee performance scorecards – Testshire County Council</title>");
    expect(home).toContain('href="/meetings/2017-09-07-cype/"');
    const meeting = await readFile(path.join(output, "meetings/2017-09-07-cype/index.html"), "utf8");
    expect(meeting).toContain(
      "<title>CYPE and SCS Performance Scorecard, Children&#39;s, Young People and Education Cabinet Committee, Thursday 7 September 2017 – Testshire County Council</title>",
    );
    expect(meeting).not.toContain("Kent County Council");
    // The stylesheet compiled for the folder's colours is kept in the folder's own cache.
    expect((await readdir(cacheDir(project))).filter((name) => /^site-\w+\.css$/.test(name))).toHaveLength(1);
    // Nothing else is written into the folder: no templates, styles or packages are needed there.
    expect((await readdir(project)).sort()).toEqual([".cache", "_site", "content", "data"]);
  });

  it("builds into the folder's own _site/ by default, carrying its meeting over and caching it in the folder, not in the tool's", async () => {
    const result = await run("build", ["--project", project]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/pages into .*_site\/ in [\d.]+ s \(16 carried over unchanged from 1 published meeting and 7 history pages\)/);
    const version = await codeVersion(project);
    // The folder's settings are part of the cache's version, so the sample's cache could not be the one used.
    expect(version).not.toBe(await codeVersion(toolFolder));
    expect(await readdir(path.join(cacheDir(project), `meetings-${version}`))).toHaveLength(1);
    expect(existsSync(path.join(cacheDir(toolFolder), `meetings-${version}`))).toBe(false);
  });

  it("refuses to build over the tool's own folders, as it refuses the project's", async () => {
    const result = await run("build", ["--project", project, "--output", path.join(toolFolder, "layouts")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("it is the tool's layouts/ folder, which holds the tool's own files");
  });
});

describe("the other commands with --project <folder>", () => {
  it("npm run check checks the folder's content and settings", async () => {
    const result = await run("check", ["--project", project]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Content is valid: 1 meeting, 7 indicator reports.");
  });

  it("npm run new-meeting starts the draft in the folder, and check then sees it there", async () => {
    const result = await run("new-meeting", ["--project", project, "--from", SEPT, "--date", "2017-10-05"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`then npm run check -- --project ${project}.`);
    expect(existsSync(path.join(project, "content/meetings/2017-10-05-cype/meeting.md"))).toBe(true);
    expect(existsSync(path.join(toolFolder, "content/meetings/2017-10-05-cype"))).toBe(false);
    expect((await run("check", ["--project", project])).stdout).toContain("Content is valid: 2 meetings, 14 indicator reports.");
  });

  it("npm run new-meeting refuses a --from outside the folder's meetings", async () => {
    const result = await run("new-meeting", ["--project", project, "--from", path.join(toolFolder, SEPT), "--date", "2017-10-05"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`is not a meeting folder of ${project}`);
  });
});

describe("a --project folder that cannot be used", () => {
  const commands: [string, string[]][] = [
    ["build", []],
    ["check", []],
    ["new-meeting", ["--from", SEPT, "--date", "2017-10-05"]],
    ["publish-meeting", [SEPT]],
    ["withdraw-meeting", [SEPT, "--reason", "a test"]],
  ];

  it("is named in one line, with exit code 2, by every command that takes one", async () => {
    const missing = path.join(project, "no-such-council");
    for (const [script, args] of commands) {
      const result = await run(script, [...args, "--project", missing]);
      expect(result.code, script).toBe(2);
      expect(result.stderr, script).toBe(`The project folder ${missing} does not exist: give a folder holding content/meetings/ and data/site.json.\n`);
    }
  });

  it("says what a folder lacks, resolving a relative one from the working folder", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "scorecards-empty-"));
    try {
      await mkdir(path.join(empty, "content/meetings"), { recursive: true });
      const relative = path.relative(toolFolder, empty);
      const result = await run("check", ["--project", relative]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `The project folder ${empty} has no data/site.json: a project holds its meetings in content/meetings/ and its council's settings in data/site.json.\n`,
      );
      await rm(path.join(empty, "content"), { recursive: true });
      const none = await run("build", ["--project", empty]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain(`The project folder ${empty} has no content/meetings/ folder and no data/site.json:`);
      expect(await readdir(empty)).toEqual([]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
