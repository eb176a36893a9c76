/**
 * Reproducible builds: the same content gives the same bytes, so a rebuild that changes nothing shows no change,
 * and the source commit appears on the home page only when the environment gives it (SITE_COMMIT).
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/project";
import { hashFiles, listFiles, projectWith } from "./helpers";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";

describe("two builds of the same content", () => {
  let root: string;
  const saved = process.env.SITE_COMMIT;
  const build = async (output: string, env: NodeJS.ProcessEnv = {}) => {
    const result = await runScript(root, "build", [`--output=${output}`], env);
    expect(result.code, result.stderr).toBe(0);
    return path.join(root, output);
  };

  beforeAll(async () => {
    // "Unset" means unset: the test must not inherit a commit from the machine it runs on.
    delete process.env.SITE_COMMIT;
    root = await projectWith();
  });
  afterAll(async () => {
    if (saved !== undefined) process.env.SITE_COMMIT = saved;
    await rm(root, { recursive: true, force: true });
  });

  it("are byte for byte identical, file by file, in two fresh output folders", async () => {
    const first = await hashFiles(await build("out-first"));
    const second = await hashFiles(await build("out-second"));
    expect(first.size).toBeGreaterThan(20);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, hash] of first) expect(second.get(file), file).toBe(hash);
  });

  it("without SITE_COMMIT, carry no commit; with it, the home page carries it, and nothing else differs", async () => {
    const plain = await build("out-plain");
    const stamped = await build("out-stamped", { SITE_COMMIT: COMMIT });
    const pages = (await listFiles(plain)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    const meta = `<meta name="generator-commit" content="${COMMIT}">`;
    for (const page of pages) {
      const before = await readFile(path.join(plain, page), "utf8");
      const after = await readFile(path.join(stamped, page), "utf8");
      expect(before, page).not.toContain("generator-commit");
      // Only the home page, which every build renders: pages carried over from an earlier build stay as they were.
      expect(after.split(meta), `${page}: the commit once on the home page, nowhere else`).toHaveLength(page === "index.html" ? 2 : 1);
      // Taking the commit's line out gives back the unstamped page exactly.
      expect(after.replace(new RegExp(`\\n[ \\t]*${meta}`), ""), page).toBe(before);
    }
  });
});
