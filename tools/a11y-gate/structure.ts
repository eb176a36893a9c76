import { JSDOM } from "jsdom";
import { PAGE_LANGUAGE, RATING_WORDS, SCRIPT_PAGES } from "./config";
import { finding, type Finding } from "./findings";

/**
 * Parses a built page without running anything in it (the site has no scripts, and the gate must not run any).
 * @example const document = parsePage("<!DOCTYPE html><html lang=\"en-GB\">…</html>");
 */
export function parsePage(html: string): Document {
  return new JSDOM(html).window.document;
}

/**
 * A short, single-line picture of an element for reports: its tag, id and classes.
 * @example describe(table) // "table.govuk-table"
 */
export function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : "";
  const classes = [...element.classList].map((name) => `.${name}`).join("");
  return `${element.tagName.toLowerCase()}${id}${classes}`;
}

/**
 * Text content with whitespace collapsed.
 * @example text(h1) // "Glossary"
 */
function text(node: Node): string {
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The text a sighted reader sees and a screen reader hears alike: without aria-hidden,
 * hidden or visually-hidden parts. Used for rating tags, whose word must be both seen and heard.
 * @example visibleAndSpokenText(tag) // "Red"
 */
export function visibleAndSpokenText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden") || el.classList.contains("govuk-visually-hidden")) return;
    el.childNodes.forEach(walk);
  };
  element.childNodes.forEach(walk);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * `<html lang="en-GB">`, so screen readers pick a British English voice.
 * @example checkLanguage(document) // [] when lang="en-GB"
 */
export function checkLanguage(document: Document): Finding[] {
  const lang = document.documentElement.getAttribute("lang");
  return lang === PAGE_LANGUAGE
    ? []
    : [finding("structure", "html-lang", `<html lang="${lang ?? ""}">: the site's pages must say lang="${PAGE_LANGUAGE}"`, "html")];
}

/**
 * No `<script>` at all: the site promises to work without JavaScript, and a script could change what the checks saw.
 * @example checkNoScripts(document) // [] for a page without scripts
 */
export function checkNoScripts(document: Document): Finding[] {
  return [...document.querySelectorAll("script")].map((script) =>
    finding("structure", "no-script", "a <script> element: pages must work, and be checked, without JavaScript", script.outerHTML.slice(0, 80)),
  );
}

/**
 * Exactly one `<h1>`, and heading levels that never skip on the way down (h2 → h4 hides a level from
 * screen-reader users navigating by heading). Climbing back up any number of levels is fine.
 * @example checkHeadings(document) // [finding("structure", "heading-order", "<h3> … follows <h1> …")]
 */
export function checkHeadings(document: Document): Finding[] {
  const findings: Finding[] = [];
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading][aria-level]")];
  const level = (h: Element): number => (h.getAttribute("role") === "heading" ? Number(h.getAttribute("aria-level")) : Number(h.tagName[1]));
  const h1s = headings.filter((h) => level(h) === 1);
  if (h1s.length !== 1) {
    findings.push(
      finding(
        "structure",
        "single-h1",
        `${h1s.length} level-1 headings: a page has exactly one, naming the page`,
        h1s.map((h) => `"${text(h)}"`).join(", ") || "body",
      ),
    );
  }
  let previous = 0;
  let previousText = "the start of the page";
  for (const heading of headings) {
    const current = level(heading);
    if (current > previous + 1) {
      const from = previous ? `<h${previous}> "${previousText}"` : previousText;
      findings.push(finding("structure", "heading-order", `<h${current}> "${text(heading)}" follows ${from}: heading levels must not skip`, describe(heading)));
    }
    previous = current;
    previousText = text(heading);
  }
  return findings;
}

/**
 * Every `<table>` has a non-empty `<caption>` (its name) and header cells `<th>`, each with a `scope`
 * saying whether it heads a column or a row, so screen readers announce headers with each cell.
 * @example checkTables(document) // [] for the site's GOV.UK tables
 */
export function checkTables(document: Document): Finding[] {
  const findings: Finding[] = [];
  for (const table of document.querySelectorAll("table")) {
    const name = describe(table);
    const caption = table.querySelector(":scope > caption");
    if (!caption || !text(caption))
      findings.push(finding("structure", "table-caption", "a table without a caption: every table needs a <caption> naming it", name));
    const headers = [...table.querySelectorAll("th")];
    if (!headers.length)
      findings.push(
        finding(
          "structure",
          "table-headers",
          'a table without header cells: use <th scope="col"> for column headings (and <th scope="row"> for row headings)',
          name,
        ),
      );
    for (const th of headers) {
      const scope = th.getAttribute("scope");
      if (!scope || !["col", "row", "colgroup", "rowgroup"].includes(scope)) {
        findings.push(finding("structure", "table-header-scope", `header cell "${text(th)}" has no valid scope: add scope="col" or scope="row"`, `${name} th`));
      }
    }
  }
  return findings;
}

/**
 * Charts: every `<svg>` is either decorative (aria-hidden="true", itself or an ancestor) or an image
 * (role="img") with an accessible name: a non-empty <title> child, aria-label, or aria-labelledby whose every id exists
 * and is non-empty.
 * @example checkCharts(document) // [] for the site's charts
 */
export function checkCharts(document: Document): Finding[] {
  const findings: Finding[] = [];
  for (const svg of document.querySelectorAll("svg")) {
    // An svg inside another svg is part of that picture, not a picture of its own.
    if (svg.parentElement?.closest("svg")) continue;
    if (svg.closest("[aria-hidden=true]")) continue;
    const where = svg.getAttribute("aria-labelledby") ? `svg[aria-labelledby="${svg.getAttribute("aria-labelledby")}"]` : describe(svg);
    if (svg.getAttribute("role") !== "img") {
      findings.push(
        finding(
          "structure",
          "svg-role",
          'an <svg> that is neither role="img" nor aria-hidden="true": screen readers may read its parts one by one, or nothing',
          where,
        ),
      );
      continue;
    }
    const label = (svg.getAttribute("aria-label") ?? "").trim();
    const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
    // A <title> child names an svg image by itself (SVG Accessibility API Mappings).
    const title = [...svg.children].find((child) => child.localName === "title");
    if (!label && !ids.length && !(title && text(title))) {
      findings.push(finding("structure", "svg-name", 'a chart (<svg role="img">) without a name: give it a <title> that says what it shows', where));
      continue;
    }
    for (const id of ids) {
      const target = document.getElementById(id);
      if (!target) findings.push(finding("structure", "svg-name", `aria-labelledby points at "${id}", which is not on the page`, where));
      else if (!text(target)) findings.push(finding("structure", "svg-name", `aria-labelledby points at "${id}", which is empty`, where));
    }
  }
  return findings;
}

/**
 * Rating tags say their rating in a word that is both visible and spoken, so no rating is shown by colour alone.
 * @example checkRatings(document) // [finding("structure", "rating-text", …)] for <strong class="rating rating--red"></strong>
 */
export function checkRatings(document: Document, ratingWords: readonly string[] = RATING_WORDS): Finding[] {
  const escaped = ratingWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const words = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escaped.join("|")})(?:$|[^\\p{L}\\p{N}])`, "u");
  return [...document.querySelectorAll(".rating")].flatMap((tag) => {
    const said = visibleAndSpokenText(tag);
    return words.test(said)
      ? []
      : [
          finding(
            "structure",
            "rating-text",
            `a rating tag showing "${said}": it must say ${ratingWords.join(", ")} in words, not by colour alone`,
            describe(tag),
          ),
        ];
  });
}

/**
 * All the page-structure checks on one parsed page; `file` (its path in the site) decides whether it is one of
 * the SCRIPT_PAGES allowed to have scripts.
 * @example checkStructure(parsePage(html), "index.html") // [] for a well-made page
 */
export function checkStructure(document: Document, file = "", ratingWords: readonly string[] = RATING_WORDS): Finding[] {
  const scriptsAllowed = SCRIPT_PAGES.some((allowed) => allowed.page === file);
  const checks = [
    checkLanguage,
    ...(scriptsAllowed ? [] : [checkNoScripts]),
    checkHeadings,
    checkTables,
    checkCharts,
    (page: Document) => checkRatings(page, ratingWords),
  ];
  return checks.flatMap((check) => check(document));
}
