import { stat } from "node:fs/promises";
import path from "node:path";
import { TOOL_ROOT } from "./toolRoot";

/** A project folder a command was given that it cannot use; nothing has been read or changed. */
export class ProjectRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProjectRefused";
  }
}

const kindOf = (file: string) =>
  stat(file).then(
    (info) => (info.isDirectory() ? "folder" : "file"),
    () => undefined,
  );

/**
 * The content project a command works on: the folder given with `--project` (relative to the folder `npm run` was
 * typed in, which npm passes as INIT_CWD, since npm itself runs scripts from the tool's folder), or by
 * default this tool's own folder with its built-in sample. Throws ProjectRefused, in one line naming the folder and
 * what it lacks, unless it holds `content/meetings/` and `data/site.json`.
 * @example await projectFolder("examples/surrey") // "/work/main/examples/surrey"
 * @example await projectFolder(undefined) // "/work/main"
 */
export async function projectFolder(asked: string | undefined, cwd = process.env.INIT_CWD ?? process.cwd()): Promise<string> {
  const root = asked === undefined ? TOOL_ROOT : path.resolve(cwd, asked);
  const kind = await kindOf(root);
  if (kind !== "folder") {
    throw new ProjectRefused(
      `The project folder ${root} ${kind ? "is a file, not a folder" : "does not exist"}: give a folder holding content/meetings/ and data/site.json.`,
    );
  }
  const missing = [
    ...((await kindOf(path.join(root, "content", "meetings"))) === "folder" ? [] : ["content/meetings/ folder"]),
    ...((await kindOf(path.join(root, "data", "site.json"))) === "file" ? [] : ["data/site.json"]),
  ];
  if (missing.length) {
    throw new ProjectRefused(
      `The project folder ${root} has no ${missing.join(" and no ")}: a project holds its meetings in content/meetings/ and its council's settings in data/site.json.`,
    );
  }
  return root;
}

/**
 * For the commands: the project folder (see projectFolder), or, when it cannot be used, its one-line reason printed
 * and exit code 2.
 * @example const projectRoot = await projectFolderOrExit(values.project);
 */
export async function projectFolderOrExit(asked: string | undefined): Promise<string> {
  try {
    return await projectFolder(asked);
  } catch (error) {
    if (!(error instanceof ProjectRefused)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
