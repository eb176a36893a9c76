/**
 * `npm start` as a clerk uses it: it serves the site, builds it again when a file changes, keeps serving the last good
 * site when a change has problems, and stops serving when whatever launched it has gone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../helpers/project";

const CASELOAD = "content/meetings/2017-09-07-cype/02-average-caseload.md";
const PAGE = "/meetings/2017-09-07-cype/average-caseload/";

let root: string;
let launcher: ChildProcess;
let output = "";
let base = "";

/** Waits until the server's output so far matches, or fails after the timeout naming what it printed. */
async function printed(pattern: RegExp, from: number, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = output.slice(from).match(pattern);
    if (match) return match;
    if (Date.now() > until) throw new Error(`waited for ${pattern} but the server printed:\n${output.slice(from)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const page = async (): Promise<string> => (await fetch(base + PAGE)).text();

beforeAll(async () => {
  root = await copyProject();
  // Through a shell, as npm runs it: killing the shell alone is what killing `npm start` does.
  launcher = spawn("sh", ["-c", `${path.join(root, "node_modules/.bin/tsx")} scripts/build.ts --serve --port 0; true`], {
    cwd: root,
    env: { ...process.env, GITHUB_ACTIONS: "" },
  });
  launcher.stdout!.on("data", (chunk) => (output += chunk));
  launcher.stderr!.on("data", (chunk) => (output += chunk));
  base = (await printed(/Serving the site at (http:\/\/localhost:\d+)\//, 0))[1]!.replace("localhost", "127.0.0.1");
});

afterAll(async () => {
  launcher?.kill("SIGKILL");
  if (root) await rm(root, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves the site it built", async () => {
    expect(await page()).toContain("Average Caseload of Social Workers in CSWTs");
  });

  it("builds it again when a page changes, and serves the new pages", async () => {
    const from = output.length;
    const file = path.join(root, "pages/glossary.njk");
    await writeFile(file, `${await readFile(file, "utf8")}\n<p class="govuk-body">A sentence just added.</p>\n`);
    await printed(/Changed: pages\/glossary\.njk[\s\S]*Serving the new site/, from);
    expect(await (await fetch(`${base}/glossary/`)).text()).toContain("A sentence just added.");
  });

  it("reports a change with problems and goes on serving the last good site", async () => {
    const from = output.length;
    const file = path.join(root, CASELOAD);
    const before = await page();
    await writeFile(file, (await readFile(file, "utf8")).replace("result: 23.4", "result: twenty-three"));
    await printed(/trend\[1\]\.result: found "twenty-three"[\s\S]*Still serving the last good site/, from);
    const response = await fetch(base + PAGE);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(before);
  });

  it("stops serving once its launcher is killed, leaving no server behind on the port", async () => {
    launcher.kill("SIGKILL");
    const until = Date.now() + 10_000;
    let refused = false;
    while (!refused && Date.now() < until) {
      refused = await fetch(base + PAGE).then(
        () => false,
        () => true,
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(refused).toBe(true);
  });
});
