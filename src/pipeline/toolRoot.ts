import path from "node:path";

/**
 * The folder of this tool itself: its page templates (`pages/`, `layouts/`), `styles/`, `assets/`, code and installed
 * packages. The content a build publishes (`content/`, `data/`) is in the project folder, which is this same folder
 * for the built-in sample and any other folder given with `--project`.
 * @example TOOL_ROOT // "/work/main"
 */
export const TOOL_ROOT = path.resolve(import.meta.dirname, "..", "..");
