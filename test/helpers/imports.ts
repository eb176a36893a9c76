import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The project files a module imports by relative path (type-only imports too), as absolute paths; a path that names a
 * folder (new URL("../..", import.meta.url)) is not a module and is skipped.
 * @example importsOf("/work/main/src/pipeline/buildSite.ts") // ["/work/main/src/eleventy/config.ts", …]
 */
export function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import\(|new URL\()\s*"(\.[^"]+)"/g)) {
    const bare = path.resolve(path.dirname(file), spec!);
    if (existsSync(bare) && statSync(bare).isDirectory()) continue;
    const target = ["", ".ts", ".mjs"].map((ext) => bare + ext).find((p) => existsSync(p) && statSync(p).isFile());
    if (!target) throw new Error(`${file} imports ${spec}, which is not a file`);
    found.push(target);
  }
  return found;
}
