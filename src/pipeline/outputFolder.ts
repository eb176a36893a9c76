import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { BUILD_MANIFEST } from "./pageReuse";
import { SITE_SOURCES } from "./sources";
import { TOOL_ROOT } from "./toolRoot";

/** A build refused before it began, because of where it was asked to write; nothing has been changed. */
export class OutputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefused";
  }
}

/** Folders of a project that hold its sources, tools or history: a site is never built into or over one. */
const PROJECT_FOLDERS = new Set<string>([
  ...SITE_SOURCES,
  "content",
  "docs",
  "scripts",
  "test",
  "schemas",
  "node_modules",
  ".git",
  ".github",
  ".ci",
  ".cache",
  ".vscode",
  "screenshots",
]);

const exists = (file: string) =>
  lstat(file).then(
    (info) => info,
    () => undefined,
  );

/**
 * Where a build may write: the output folder, checked, with a link followed to the folder it names (so a web root
 * linked as _site is the folder replaced). Refuses a folder that is, holds or lies above the project, one of the
 * project's own folders or a folder inside one, a file, and an existing folder with files this tool did not build; and,
 * for a project outside this tool's folder, the same of the tool's folder (`toolRoot`) unless it lies inside the project.
 * @example await safeOutputFolder("/work/main", "_site") // "/work/main/_site"
 * @example await safeOutputFolder("/work/main", "docs") // throws OutputRefused: … is the project's docs/ folder …
 */
export async function safeOutputFolder(projectRoot: string, outputDir: string, toolRoot = TOOL_ROOT): Promise<string> {
  const asked = path.resolve(projectRoot, outputDir);
  const shown = path.relative(projectRoot, asked) || ".";
  const refuse = (why: string, fix = "choose a new or empty folder, or the folder of an earlier build, such as _site") =>
    new OutputRefused(
      `The site cannot be built into ${shown}: ${why}. The build replaces its output folder whole, so nothing was built and nothing was changed; ${fix}.`,
    );
  let output = asked;
  const info = await exists(asked);
  if (info?.isSymbolicLink()) {
    output = await realpath(asked).catch(() => {
      throw refuse("it is a link to a folder that does not exist", "create the folder it links to, or remove the link");
    });
  }
  const target = output === asked ? info : await exists(output);
  const root = await realpath(projectRoot);
  const real = target ? await realpath(output) : path.join(await realpath(path.dirname(output)).catch(() => path.dirname(output)), path.basename(output));
  const ownProblem = await ownFolder(root, real, "project");
  if (ownProblem) throw refuse(ownProblem);
  // A project elsewhere: the tool's own folders are guarded too, unless the output lies inside the project.
  const tool = await realpath(toolRoot);
  if (tool !== root && !real.startsWith(`${root}${path.sep}`)) {
    const toolProblem = await ownFolder(tool, real, "tool");
    if (toolProblem) throw refuse(toolProblem);
  }
  if (target && !target.isDirectory()) throw refuse("it is a file, not a folder");
  if (target) {
    const entries = await readdir(output);
    if (entries.length && !entries.includes(BUILD_MANIFEST)) {
      const sample = entries.slice(0, 3).join(", ");
      const oldSite = entries.includes("index.html") && entries.includes("assets");
      throw refuse(
        `it already holds ${entries.length} ${entries.length === 1 ? "entry" : "entries"} (${sample}${entries.length > 3 ? ", …" : ""}) that this tool did not build`,
        oldSite
          ? "if it is a site an earlier version of this tool built (before builds were marked with .scorecards-build.json), delete it and build again; otherwise choose a new or empty folder"
          : undefined,
      );
    }
  }
  return output;
}

/** Why `real` is one of the folders of `root` (the project's, or the tool's) a build must not replace, if it is. */
async function ownFolder(root: string, real: string, whose: "project" | "tool"): Promise<string | undefined> {
  if (real === root) return whose === "project" ? "it is the project folder itself" : "it is this tool's own folder";
  if (root.startsWith(`${real}${path.sep}`)) return whose === "project" ? "it holds the project folder" : "it holds this tool's folder";
  if (!real.startsWith(`${root}${path.sep}`)) return undefined;
  const top = path.relative(root, real).split(path.sep)[0]!;
  if (!PROJECT_FOLDERS.has(top)) return undefined;
  const folder = (await exists(path.join(root, top)))?.isDirectory() ?? true;
  const named = folder ? `${top}/ folder` : `${top} file`;
  return `it ${top === path.relative(root, real) ? "is" : "lies inside"} the ${whose}'s ${named}, which holds the ${whose}'s own files`;
}
