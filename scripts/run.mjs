// `node scripts/run.mjs <command> [options]`, what `npm run build`, `npm run check` and the other clerk's commands call:
// runs scripts/<command>.ts compiled ahead of time into one JavaScript file (with the chart worker beside it). Loading
// the code through tsx took 1.2 s of every run's start; compiled, it loads in 0.65 s, most of it Eleventy's own modules.
// It is kept in a folder in .cache/committee-scorecards/code/, beside a record of the hash of every file it was made
// from, and made again when any of them changes. Plain JavaScript, because it runs before anything can load TypeScript.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
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
// The record names the compiled file, which is named for what it was made from: the two always agree.
const record = path.join(codeDir, `${command}.json`);

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

/** The compiled file, if it was made from the files as they are now (and by this version of the compiler). */
function upToDate() {
  try {
    /** @type {{ code: string, sources: Record<string, string> }} */
    const recorded = JSON.parse(readFileSync(record, "utf8"));
    const compiled = path.join(codeDir, recorded.code);
    return existsSync(compiled) && Object.entries(recorded.sources).every(([file, hash]) => hashOf(file) === hash) ? compiled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles the command with everything it imports from this folder (packages stay imports, read from node_modules), and
 * the chart worker a build starts (src/pipeline/chartDrawer.ts), which is looked for beside the compiled command.
 */
async function bundle() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { [command]: entry, chartWorker: path.join(toolRoot, "src", "pipeline", "chartWorkerThread.ts") },
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: codeDir,
    outExtension: { ".js": ".mjs" },
  });
  return result;
}

/**
 * Keeps the compiled command and its record in the code folder, and gives the compiled file's path.
 * @param {import("esbuild").BuildResult & { outputFiles: import("esbuild").OutputFile[], metafile: import("esbuild").Metafile }} result
 */
async function keep(result) {
  const files = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  /** @type {Record<string, string>} */
  const sources = Object.fromEntries(files.map((file) => [file, hashOf(file)]));
  sources["node_modules/esbuild/package.json"] = hashOf("node_modules/esbuild/package.json");
  const folder = `${command}-${createHash("sha256").update(JSON.stringify(sources)).digest("hex").slice(0, 16)}`;
  const code = `${folder}/${command}.mjs`;
  // Written whole into a folder of its own and renamed into place, the code before its record, so a run never reads half a file.
  const suffix = `.${process.pid}.tmp`;
  await mkdir(path.join(codeDir, folder + suffix), { recursive: true });
  for (const file of result.outputFiles) await writeFile(path.join(codeDir, folder + suffix, path.basename(file.path)), file.contents);
  await rename(path.join(codeDir, folder + suffix), path.join(codeDir, folder)).catch(async (error) => {
    // Another run compiled the same files into place first: its folder is the same code.
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    await rm(path.join(codeDir, folder + suffix), { recursive: true, force: true });
  });
  await writeFile(record + suffix, JSON.stringify({ code, sources }, null, 1));
  await rename(record + suffix, record);
  await removeOldCode(folder);
  return path.join(codeDir, code);
}

/**
 * Deletes this command's earlier compiled code, once an hour old: a run started just before may still be loading it.
 * Its folders, and the single files of versions before the chart worker.
 */
async function removeOldCode(current) {
  const made = new RegExp(`^${command}-[0-9a-f]{16}(\\.mjs)?$`);
  for (const name of await readdir(codeDir)) {
    if (name === current || !made.test(name)) continue;
    const file = path.join(codeDir, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > 60 * 60 * 1000) await rm(file, { recursive: true, force: true });
  }
}

let compiled = upToDate();
if (!compiled) {
  let result;
  try {
    result = await bundle();
  } catch (error) {
    // Most often a syntax error in a source file: say where, as the compiler does, and stop.
    const messages = error?.errors?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ""}${e.text}`);
    console.error(`Could not compile scripts/${command}.ts:\n${messages?.join("\n") ?? error}`);
    process.exit(1);
  }
  compiled = await keep(result).catch((error) => {
    // A tool folder that cannot be written to (installed read-only, say) still runs every command, only from source.
    console.error(
      `Note: the compiled code could not be kept in ${path.relative(process.cwd(), codeDir) || codeDir} (${error.code ?? error.message}), so this runs from source, more slowly.`,
    );
    return undefined;
  });
}
// The command reads its options from process.argv as if it had been started itself.
process.argv.splice(1, 2, entry);
if (compiled) await import(pathToFileURL(compiled).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entry).href);
}
