import { execFile } from "node:child_process";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { SITE_SOURCES } from "../../src/pipeline/sources";

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** A throwaway copy of the project, sharing node_modules, so a test can change its content freely. */
export async function copyProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "scorecards-cli-"));
  for (const entry of [...SITE_SOURCES, "content", "scripts", "authoring", "tools", "tsconfig.json"]) {
    await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
  return root;
}

/**
 * Runs one of the project's scripts in a copy, as `npm run` would, and returns how it ended.
 * @example await runScript(root, "check") // { code: 0, stdout: "Content is valid: …", stderr: "" }
 */
export async function runScript(
  root: string,
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Through the launcher the npm scripts call, which compiles the command ahead of time.
    const { stdout, stderr } = await run(process.execPath, ["scripts/run.mjs", script, ...args], {
      cwd: root,
      // As `npm run` typed in that folder: npm passes it as INIT_CWD, which --project paths are read from.
      env: { ...process.env, GITHUB_ACTIONS: "", INIT_CWD: root, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
