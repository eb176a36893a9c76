import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheDir } from "../../src/pipeline/cacheDir";
import { codeVersion, openMeetingCache } from "../../src/pipeline/meetingCache";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { copyProject, projectRoot } from "../helpers/project";

let root: string;
beforeAll(async () => {
  root = await copyProject();
  await cp(path.join(projectRoot, "package-lock.json"), path.join(root, "package-lock.json"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const entries = async () => {
  const dir = cacheDir(root);
  const versions = (await readdir(dir)).filter((name) => name.startsWith("meetings-"));
  return Object.fromEntries(await Promise.all(versions.map(async (name) => [name, (await readdir(path.join(dir, name))).length] as const)));
};

describe("the meeting cache", () => {
  it("gives back, on the next load, the very meetings the first load built", async () => {
    const fresh = await loadScorecards(root);
    await loadScorecards(root, { cache: await openMeetingCache(root, root) });
    const cache = await openMeetingCache(root, root);
    let hits = 0;
    const get = cache.get.bind(cache);
    cache.get = async (key) => {
      const meeting = await get(key);
      if (meeting) hits++;
      return meeting;
    };
    const cached = await loadScorecards(root, { cache });
    expect(hits).toBe(1);
    expect(cached).toEqual(fresh);
    expect(Object.values(await entries())).toEqual([1]);
  });

  it("keeps one entry per meeting, dropping the entry of a meeting whose files changed", async () => {
    const file = path.join(root, "content/meetings/2017-09-07-cype/meeting.md");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text.replace(
        "status: published\n",
        "status: published\nerrata:\n  - date: 2017-10-10\n    change: A typing slip in the covering note mended\n    reason: it was misspelt\n",
      ),
    );
    const site = await loadScorecards(root, { cache: await openMeetingCache(root, root) });
    expect(site.meetings[0]!.errata).toHaveLength(1);
    expect(Object.values(await entries())).toEqual([1]);
  });

  it("starts afresh when the code changes, removing the old version's entries", async () => {
    const before = await codeVersion(root, root);
    await writeFile(path.join(root, "src/scorecard/touched.ts"), "export {};\n");
    const after = await codeVersion(root, root);
    expect(after).not.toBe(before);
    await loadScorecards(root, { cache: await openMeetingCache(root, root) });
    expect(await entries()).toEqual({ [`meetings-${after}`]: 1 });
  });
});

describe("codeVersion", () => {
  it("depends on the installed packages too", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "scorecards-version-"));
    try {
      for (const folder of ["src", "data"]) await cp(path.join(root, folder), path.join(other, folder), { recursive: true });
      expect(await codeVersion(other, other)).not.toBe(await codeVersion(root, root));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("of a project elsewhere is the tool's code and the project's data/: a change to its site.json starts afresh", async () => {
    const project = await mkdtemp(path.join(tmpdir(), "scorecards-version-"));
    try {
      await cp(path.join(root, "data"), path.join(project, "data"), { recursive: true });
      const same = await codeVersion(project, root);
      expect(same).toBe(await codeVersion(root, root));
      const site = path.join(project, "data/site.json");
      await writeFile(site, (await readFile(site, "utf8")).replace("Kent County Council", "Testshire County Council"));
      expect(await codeVersion(project, root)).not.toBe(same);
      expect(await codeVersion(root, root)).toBe(same);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
