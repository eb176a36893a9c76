/**
 * `npm run publish-meeting` killed at any moment (SIGKILL: nothing can tidy up) never leaves an unchecked meeting
 * published: a draft that fails the checks stays the draft it was, unrecorded; a complete one is either untouched or
 * published, and running the command again finishes the job.
 */
import { spawn } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../../../test/helpers/project";

const SEPT = "content/meetings/2017-09-07-cype";
const OCT = "content/meetings/2017-10-05-cype";
const LOCK = "content/published.lock.json";
let base: string;

/** The October draft, from new-meeting; `complete` fills every figure and placeholder, as a clerk would before publishing. */
async function draftProject(complete: boolean): Promise<string> {
  const root = `${base}-${Math.random().toString(36).slice(2)}`;
  await cp(base, root, { recursive: true, verbatimSymlinks: true });
  if (complete) {
    for (const name of await readdir(path.join(root, OCT))) {
      const file = path.join(root, OCT, name);
      const text = await readFile(file, "utf8");
      const last = [...text.matchAll(/result: ([\d.]+)/g)].at(-1)?.[1];
      await writeFile(
        file,
        text
          .replace("result: null }", `result: ${last} }`)
          .replace("[Awaiting commentary]", "Commentary for July.")
          .replace("[Awaiting covering note]", "The covering note."),
      );
    }
  }
  return root;
}

/** Starts publish-meeting and kills its whole process group after `ms` milliseconds (or lets it finish first). */
async function publishKilledAfter(root: string, ms: number): Promise<void> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/publish-meeting.ts", OCT], { cwd: root, detached: true, stdio: "ignore" });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // It had finished already.
    }
  }, ms);
  await exited;
  clearTimeout(timer);
}

const state = async (root: string) => ({
  meeting: await readFile(path.join(root, OCT, "meeting.md"), "utf8"),
  recorded: "2017-10-05-cype" in (JSON.parse(await readFile(path.join(root, LOCK), "utf8")) as object),
});

beforeAll(async () => {
  base = await copyProject();
  const made = await runScript(base, "new-meeting", ["--from", SEPT, "--date", "2017-10-05"]);
  expect(made.code, made.stderr).toBe(0);
  // How long the command takes here, unkilled, sets the kill times (machines differ, and so do hours).
  const trial = await draftProject(false);
  const started = performance.now();
  await publishKilledAfter(trial, 60_000);
  const took = performance.now() - started;
  await rm(trial, { recursive: true, force: true });
  DELAYS = Array.from({ length: 12 }, (_, i) => Math.round(took * (0.3 + (0.8 * i) / 11)));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Kill times from before the command reads anything to just after it would have finished, so every step is hit by some kill. */
let DELAYS: number[] = [];

describe("publish-meeting killed part-way", () => {
  it("on a draft with placeholders still in it, always leaves the draft unpublished and unrecorded", { timeout: 120_000 }, async () => {
    for (const ms of DELAYS) {
      const root = await draftProject(false);
      const before = await readFile(path.join(root, OCT, "meeting.md"), "utf8");
      await publishKilledAfter(root, ms);
      expect(await state(root), `killed after ${ms} ms`).toEqual({ meeting: before, recorded: false });
      await rm(root, { recursive: true, force: true });
    }
  });

  it(
    "on a complete draft, leaves it untouched or published, and publishing again always ends with a valid, recorded meeting",
    { timeout: 180_000 },
    async () => {
      const seen = new Set<string>();
      for (const ms of DELAYS) {
        const root = await draftProject(true);
        await publishKilledAfter(root, ms);
        const after = await state(root);
        const published = /^status: published$/m.test(after.meeting);
        // Never the lock without the published file: that is the state `status: draft` could not get out of.
        expect(after.recorded && !published, `killed after ${ms} ms`).toBe(false);
        seen.add(published ? (after.recorded ? "published and recorded" : "published, lock to come") : "untouched");
        const again = await runScript(root, "publish-meeting", [OCT]);
        expect(again.code, `killed after ${ms} ms, then: ${again.stdout}${again.stderr}`).toBe(0);
        const check = await runScript(root, "check");
        expect(check.code, check.stderr).toBe(0);
        await rm(root, { recursive: true, force: true });
      }
      expect(seen.has("untouched")).toBe(true);
    },
  );
});
