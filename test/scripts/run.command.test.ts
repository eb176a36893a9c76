/** scripts/run.mjs, which every clerk's npm script goes through: it compiles the command ahead of time and keeps it fresh. */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runScript } from "../helpers/project";

describe("node scripts/run.mjs <command>", () => {
  let root: string;
  const code = () => path.join(root, ".cache/committee-scorecards/code");
  beforeAll(async () => {
    root = await copyProject();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("runs the command compiled, and records every file of this folder it was compiled from", async () => {
    const result = await runScript(root, "check");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Content is valid:");
    const { code: compiled, sources } = JSON.parse(await readFile(path.join(code(), "check.json"), "utf8")) as {
      code: string;
      sources: Record<string, string>;
    };
    expect(compiled).toMatch(/^check-[0-9a-f]{16}\/check\.mjs$/);
    // The chart worker a build starts is compiled beside the command, where src/pipeline/chartDrawer.ts looks for it.
    expect((await readdir(path.dirname(path.join(code(), compiled)))).sort()).toEqual(["chartWorker.mjs", "check.mjs"]);
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining(["scripts/check.ts", "src/pipeline/checkProject.ts", "src/content/schema.ts", "src/pipeline/chartWorkerThread.ts"]),
    );
    expect(Object.keys(sources).some((file) => file.startsWith("node_modules/") && file !== "node_modules/esbuild/package.json")).toBe(false);
  });

  it("compiles the command again when a file it was made from changes", async () => {
    const script = path.join(root, "scripts/check.ts");
    await writeFile(script, (await readFile(script, "utf8")).replace("Content is valid:", "Content checked and valid:"));
    const result = await runScript(root, "check");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Content checked and valid:");
  });

  it("says where a source file does not compile, and runs nothing", async () => {
    const file = path.join(root, "src/pipeline/checkProject.ts");
    const original = await readFile(file, "utf8");
    await writeFile(file, `${original}\nexport const broken = ;\n`);
    const result = await runScript(root, "check");
    await writeFile(file, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Could not compile scripts\/check\.ts:\nsrc\/pipeline\/checkProject\.ts:\d+:\d+: /);
    expect(result.stdout).not.toContain("Content");
  });

  it("runs from source, saying so, when the compiled code cannot be kept", async () => {
    await rm(code(), { recursive: true, force: true });
    // A file where the folder of compiled code belongs: writing there fails, as in a tool folder installed read-only.
    await writeFile(code(), "not a folder");
    const result = await runScript(root, "check");
    await rm(code(), { force: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Content checked and valid:");
    expect(result.stderr).toMatch(/Note: the compiled code could not be kept in .*\((ENOTDIR|EEXIST)\), so this runs from source, more slowly\./);
  });

  it("names the commands there are when given one that is not", async () => {
    const result = await runScript(root, "chek");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("<command> is one of: ");
    expect(result.stderr).toContain("check");
  });
});
