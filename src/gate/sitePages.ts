import { readdir } from "node:fs/promises";
import path from "node:path";

/** The kinds of page the site has; layout and keyboard checks run once per kind. */
export type PageType = "home" | "meeting" | "indicator" | "glossary" | "accessibility" | "404" | "other";

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

/**
 * The HTML pages among a folder's files.
 * @example htmlPages(["index.html", "assets/site.css"]) // ["index.html"]
 */
export function htmlPages(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith(".html"));
}

/**
 * The URL path a static host serves a file at: folder index.html files at their folder's URL.
 * @example urlPathOf("meetings/2017-09-07-cype/index.html") // "/meetings/2017-09-07-cype/"
 */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/**
 * Which kind of page a built file is, from where the site puts it.
 * @example pageTypeOf("meetings/2017-09-07-cype/cin-plans/index.html") // "indicator"
 */
export function pageTypeOf(file: string): PageType {
  if (file === "index.html") return "home";
  if (file === "404.html") return "404";
  if (file === "glossary/index.html") return "glossary";
  if (file === "accessibility/index.html") return "accessibility";
  if (/^meetings\/[^/]+\/index\.html$/.test(file)) return "meeting";
  if (/^meetings\/[^/]+\/[^/]+\/index\.html$/.test(file)) return "indicator";
  return "other";
}

/**
 * The first page of each kind (sorted order), so the slower browser checks see every template once.
 * Pages of kind "other" are all kept: the gate cannot tell which template made them.
 * @example onePerType(["index.html", "404.html"]) // ["404.html", "index.html"]
 */
export function onePerType(pages: readonly string[]): string[] {
  const seen = new Set<PageType>();
  return [...pages].sort().filter((file) => {
    const type = pageTypeOf(file);
    if (type === "other") return true;
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}
