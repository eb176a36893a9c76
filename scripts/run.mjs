// `node scripts/run.mjs <command> [options]`, what `npm run build`, `npm run check` and the other clerk's commands call:
// runs scripts/<command>.ts compiled ahead of time into one JavaScript file. Loading a hundred TypeScript modules
// through tsx took half a second of every run; the compiled file loads in a tenth of that. It is kept in
// .cache/committee-scorecards/code/ with the hash of every file it was made from, and made again when any of them
// changes. Plain JavaScript, because it runs before anything can load TypeScript.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const toolRoot = path.resolve(import.meta.dirname, "..");
// The clerk's commands; the developer's tools (bench, gate, screenshots) find their files from where they are, so run through tsx.
const COMMANDS = ["build", "check", "new-meeting", "publish-meeting", "withdraw-meeting", "import", "import-results", "schema"];
const command = process.argv[2] ?? "";
const entry = path.join(toolRoot, "scripts", `${command}.ts`);
if (!COMMANDS.includes(command)) {
  console.error(`usage: node scripts/run.mjs <command> [options], where <command> is one of: ${COMMANDS.join(", ")}`);
  process.exit(2);
}
const codeDir = path.join(toolRoot, ".cache", "committee-scorecards", "code");
const compiled = path.join(codeDir, `${command}.mjs`);
const sources = path.join(codeDir, `${command}.sources.json`);

/**
 * The hash of one source file, or "" when it is gone.
 * @param {string} file relative to the tool's folder
 */
function hashOf(file) {
  try {
    return createHash("sha256")
      .update(readFileSync(path.join(toolRoot, file)))
      .digest("hex");
  } catch {
    return "";
  }
}

/** Whether the compiled file was made from the files as they are now (and by this version of the compiler). */
function upToDate() {
  try {
    /** @type {Record<string, string>} */
    const recorded = JSON.parse(readFileSync(sources, "utf8"));
    return existsSync(compiled) && Object.entries(recorded).every(([file, hash]) => hashOf(file) === hash);
  } catch {
    return false;
  }
}

/** Compiles the command with everything it imports from this folder; packages stay imports, read from node_modules. */
async function compile() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: compiled,
  });
  const files = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  /** @type {Record<string, string>} */
  const hashes = Object.fromEntries(files.map((file) => [file, hashOf(file)]));
  hashes["node_modules/esbuild/package.json"] = hashOf("node_modules/esbuild/package.json");
  await mkdir(codeDir, { recursive: true });
  // Written whole and renamed into place, the code before its record, so a run never reads half a file.
  const suffix = `.${process.pid}.tmp`;
  await writeFile(compiled + suffix, result.outputFiles[0].contents);
  await rename(compiled + suffix, compiled);
  await writeFile(sources + suffix, JSON.stringify(hashes, null, 1));
  await rename(sources + suffix, sources);
}

if (!upToDate()) {
  try {
    await compile();
  } catch (error) {
    // Most often a syntax error in a source file: say where, as the compiler does, and stop.
    const messages = error?.errors?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ""}${e.text}`);
    console.error(`Could not compile scripts/${command}.ts:\n${messages?.join("\n") ?? error}`);
    await rm(compiled + `.${process.pid}.tmp`, { force: true });
    process.exit(1);
  }
}
// The command reads its options from process.argv as if it had been started itself.
process.argv.splice(1, 2, entry);
await import(pathToFileURL(compiled).href);
