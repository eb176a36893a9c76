import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectFolder } from "../../src/pipeline/projectFolder";

const toolRoot = path.resolve(import.meta.dirname, "../..");
const initCwd = process.env.INIT_CWD;
afterEach(() => {
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

describe("--project resolves", () => {
  it("against the folder npm run was typed in (INIT_CWD), not the tool's folder npm runs scripts from", async () => {
    process.env.INIT_CWD = path.join(toolRoot, "examples");
    expect(await projectFolder("riverside-district")).toBe(path.join(toolRoot, "examples", "riverside-district"));
  });

  it("against the working folder when not run by npm", async () => {
    delete process.env.INIT_CWD;
    expect(await projectFolder("examples/riverside-district")).toBe(path.join(toolRoot, "examples", "riverside-district"));
  });
});
