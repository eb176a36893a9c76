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
 * Which template a page most likely comes from, read from where it is: pages in the same top-level folder at the
 * same depth share one (every meeting, every indicator of a meeting); a page at the top level is its own.
 * Read from the path rather than listed, so a new section of the site is covered without changing the gate.
 * @example templateOf("meetings/2017-09-07-cype/cin-plans/index.html") // "meetings/…/…/index.html"
 * @example templateOf("meetings/2017-09-07-cype/print/index.html") // "meetings/…/print/index.html"
 */
export function templateOf(file: string): string {
  const segments = file.split("/");
  if (segments.length === 1) return file;
  const folders = segments.slice(1, -1);
  // A meeting's page for print sits where an indicator's would, but its folder is always "print": a template of its own.
  return [segments[0], ...folders.map((folder, index) => (index === folders.length - 1 && folder === PRINT_FOLDER ? folder : "…")), segments.at(-1)].join("/");
}

/** The folder of a meeting's page for print: /meetings/<folder>/print/. */
const PRINT_FOLDER = "print";

/**
 * The first page (in sorted order) of each template, so the slower browser checks see every template once:
 * home, 404, glossary, accessibility statement, a meeting, an indicator, and any section added later.
 * @example onePerTemplate(["meetings/a/index.html", "meetings/b/index.html", "index.html"]) // ["index.html", "meetings/a/index.html"]
 */
export function onePerTemplate(pages: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...pages].sort().filter((file) => {
    const template = templateOf(file);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}
