import path from "node:path";

/**
 * Where builds keep what they can reuse: inside the project, so two projects (or the benchmark's copy of one)
 * never share a cache, and deleting the folder always gives a clean build.
 * @example cacheDir("/work/main") // "/work/main/.cache/committee-scorecards"
 */
export function cacheDir(projectRoot: string): string {
  return path.join(projectRoot, ".cache", "committee-scorecards");
}
