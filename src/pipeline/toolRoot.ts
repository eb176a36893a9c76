import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The nearest folder at or above `from` that holds a package.json: the tool's own folder, whether this code runs from
 * src/pipeline/ or compiled ahead of time into .cache/committee-scorecards/code/ (scripts/run.mjs).
 * @example packageFolder("/work/main/src/pipeline") // "/work/main"
 */
export function packageFolder(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "package.json"))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No package.json at or above ${from}: this tool's files are incomplete`);
  }
}

/**
 * The folder of this tool itself: its page templates (`pages/`, `layouts/`), `styles/`, `assets/`, code and installed
 * packages. The content a build publishes (`content/`, `data/`) is in the project folder, which is this same folder
 * for the built-in sample and any other folder given with `--project`.
 * @example TOOL_ROOT // "/work/main"
 */
export const TOOL_ROOT = packageFolder(import.meta.dirname);
