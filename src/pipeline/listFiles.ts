import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every file under a folder, as "/"-separated paths relative to it, sorted.
 * @example await listFiles("_site") // ["404.html", "accessibility/index.html", "assets/site.css", …]
 */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
