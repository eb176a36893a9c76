/** Shared by the importer's tests: where the seed and sample live, temp folders, and running the two commands. */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The reference paper; never edited. */
export const SEED = path.join(ROOT, "test/fixtures/papers/kent-cype-2017-09-07.txt");
export const SAMPLE = path.join(ROOT, "content/meetings/2017-09-07-cype");
export const LOCK = path.join(ROOT, "content/published.lock.json");
export const FIXTURES = path.join(ROOT, "authoring/test/fixtures/import");

const made: string[] = [];

/** A fresh temporary folder, removed by cleanUp(). */
export async function tempDir(prefix = "import-test-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function cleanUp(): Promise<void> {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** Every file of a folder by name, as text. */
export async function readFolder(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const)));
}

/**
 * A temporary project root: content/meetings with copies of the given meeting folders, and optionally the lock.
 * @example await tempProject({ "2017-09-07-cype": SAMPLE }, { lock: true })
 */
export async function tempProject(folders: Record<string, string>, options: { lock?: boolean } = {}): Promise<string> {
  const root = await tempDir("import-project-");
  await mkdir(path.join(root, "content", "meetings"), { recursive: true });
  for (const [name, from] of Object.entries(folders)) await cp(from, path.join(root, "content", "meetings", name), { recursive: true });
  if (options.lock) await cp(LOCK, path.join(root, "content", "published.lock.json"));
  return root;
}

const run = promisify(execFile);
/** tsx's loader by its full path, so the commands also run from a folder outside the project. */
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/**
 * Runs scripts/<script>.ts as `node --import tsx` would from the project, and returns how it ended.
 * @example await runCli("import", [SEED, "--out", dir]) // { code: 0, stdout, stderr }
 */
export async function runCli(script: "import" | "import-results", args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", TSX, path.join(ROOT, "scripts", `${script}.ts`), ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
