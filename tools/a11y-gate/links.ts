import { finding, type Finding } from "./findings";
import { urlPathOf } from "./sitePages";

/** What the link check needs to know about the built folder: its files, and the ids in each page. */
export interface SiteIndex {
  files: ReadonlySet<string>;
  /** For each HTML file, the ids (and old-style <a name>) a #fragment can point at. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
}

// Any origin works: it only turns relative links into paths; links to other origins are not ours to check.
const SITE_ORIGIN = "http://site.invalid";

/**
 * The ids and `<a name>` values a `#fragment` can land on in a page.
 * @example anchorsOf(document) // Set {"main-content", "covering-note", …}
 */
export function anchorsOf(document: Document): Set<string> {
  const anchors = new Set<string>();
  document.querySelectorAll("[id]").forEach((el) => anchors.add(el.id));
  document.querySelectorAll("a[name]").forEach((el) => anchors.add(el.getAttribute("name")!));
  return anchors;
}

/**
 * The built file a site path is served from, as a static host does it (folders serve their index.html),
 * or undefined when nothing is there.
 * @example fileForPath("/glossary/", files) // "glossary/index.html"
 */
export function fileForPath(pathname: string, files: ReadonlySet<string>): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, "");
  const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((file) => files.has(file));
}

/**
 * Every internal link, stylesheet and image on a page points at a built file, and every #fragment at an id
 * on the page it names. Links to other sites, mailto: and tel: are left alone.
 * @example checkLinks(document, "index.html", index) // [finding("links", "broken-link", …)] for href="/nowhere/"
 */
export function checkLinks(document: Document, file: string, site: SiteIndex): Finding[] {
  const findings: Finding[] = [];
  const base = new URL(urlPathOf(file), SITE_ORIGIN);
  const references = [
    ...[...document.querySelectorAll("a[href], area[href]")].map((el) => ({ el, url: el.getAttribute("href")! })),
    ...[...document.querySelectorAll("link[href]")].map((el) => ({ el, url: el.getAttribute("href")! })),
    ...[...document.querySelectorAll("img[src], source[src]")].map((el) => ({ el, url: el.getAttribute("src")! })),
  ];
  for (const { el, url } of references) {
    const where = `${el.tagName.toLowerCase()}[${el.hasAttribute("href") ? "href" : "src"}="${url}"]`;
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      findings.push(finding("links", "broken-link", `"${url}" is not a valid URL`, where));
      continue;
    }
    if (target.origin !== SITE_ORIGIN) continue;
    const targetFile = fileForPath(target.pathname, site.files);
    if (!targetFile) {
      findings.push(finding("links", "broken-link", `"${url}" leads to ${target.pathname}, which is not in the built site`, where));
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    // "#" and "#top" go to the top of a page by the HTML standard's own rules.
    if (!fragment || fragment === "top") continue;
    const anchors = site.anchors.get(targetFile);
    if (!anchors?.has(fragment)) {
      findings.push(finding("links", "broken-fragment", `"${url}" points at #${fragment}, which is not an id on ${urlPathOf(targetFile)}`, where));
    }
  }
  return findings;
}
