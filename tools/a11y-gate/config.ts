/**
 * The accessibility gate's settings in one place: what runs, against which standard, and every rule
 * the gate does not enforce, each with the reason beside it. Read by scripts/a11y-gate.ts and the tests.
 */
import { ratingTagWords } from "../../src/domain/rating";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";

/** Both checkers: they overlap, but each finds problems the other misses (axe: ARIA and landmarks; HTML_CodeSniffer: techniques such as H37, H43). */
export const PA11Y_RUNNERS = ["axe", "htmlcs"] as const;

/** pa11y's WCAG2AA maps to axe's wcag2a/wcag21a/wcag2aa/wcag21aa/best-practice tags and HTML_CodeSniffer's WCAG 2.1 AA sniffs. */
export const PA11Y_STANDARD = "WCAG2AA" as const;

/**
 * WCAG 2.2's own rules, which pa11y 9 does not select: axe runs them on the same page after pa11y.
 * (axe-core 4.11 tags target-size, success criterion 2.5.8, as wcag22aa.)
 */
export const AXE_WCAG22_TAGS = ["wcag22a", "wcag22aa"] as const;

/**
 * axe's "needs review" results (its `incomplete` list: it could not decide) are reported as warnings, not errors.
 * On this site they are SVG chart text, whose colours axe cannot read, and one-character aria-hidden symbols
 * (✕ ! ✓ ↑ ↓ →) too short for axe to judge. Both are covered exactly elsewhere: tools/a11y-gate/test/contrast.test.ts computes the
 * chart and rating colours' contrast from src/theme/colours.ts. A real contrast failure axe can measure is still an error.
 */
export const AXE_NEEDS_REVIEW_LEVEL = "warning" as const;

/**
 * Colour schemes the browser checks run in: the default, and the dark scheme the stylesheet offers readers who ask
 * for one (prefers-color-scheme: dark), which must be as readable. Every page gets pa11y in the default scheme;
 * one page of each template gets pa11y and the focus check again in the dark one.
 */
export const DARK_SCHEME = [{ name: "prefers-color-scheme", value: "dark" }] as const;

/** Pages checked at once in the one shared browser: enough to use the cores, few enough to keep each page's timings steady. */
export const CONCURRENCY = 4;

/** Per page, for pa11y's load-and-check; the meeting page (100 KB, seven tables) takes a few seconds with both runners. */
export const PAGE_TIMEOUT_MS = 60_000;

export interface IgnoredRule {
  /** A pa11y issue code (axe rule id or HTML_CodeSniffer code), lower-cased as pa11y compares them. */
  code: string;
  /** Why ignoring it cannot hide a real barrier; an ignored rule without a reason is not allowed. */
  reason: string;
}

/**
 * Rules the gate does not enforce. Empty: every axe and HTML_CodeSniffer error at WCAG 2.2 AA fails the build.
 * To add one, write the reason a reviewer can check, e.g.
 * `{ code: "wcag2aa.principle1.guideline1_4.1_4_3.g18.fail", reason: "…" }`.
 */
export const IGNORED_RULES: readonly IgnoredRule[] = [];

export interface ScriptPage {
  /** The page's file in the built site, e.g. "search/index.html". */
  page: string;
  /** Why this page may run script, and how it still works without it. */
  reason: string;
}

/**
 * Pages allowed to contain `<script>`. Empty: the site promises to work without JavaScript, so no page may have one.
 * A page listed here is still checked in full, with its scripts running, by pa11y and the browser checks.
 */
export const SCRIPT_PAGES: readonly ScriptPage[] = [
  {
    page: "search/index.html",
    reason:
      "Search runs Pagefind in the browser over the index built with the site. Without JavaScript the page says so and links to the list of every indicator and every meeting, so nothing is lost; it loads only the site's own files (its CSP allows no other script).",
  },
];

/**
 * The words a rating tag of the default scheme may say; one of them must be readable in every `.rating`, so no rating
 * is colour alone. They are the site's own words (src/domain/rating.ts); a site with its own scheme is checked against
 * its own (ratingWords.ts).
 */
export const RATING_WORDS: readonly string[] = ratingTagWords(DEFAULT_RATING_SCHEME);

/** The only language the site publishes in; screen readers choose their voice from it. */
export const PAGE_LANGUAGE = "en-GB";

/** Widths and zoom the layout checks use (CSS pixels). */
export const LAYOUT = {
  /** WCAG 1.4.10 Reflow: 320 CSS px wide, the width of 1280 px at 400% zoom. */
  reflowWidth: 320,
  /** A common phone (iPhone 12 to 15) in portrait, where charts and tables must fit their boxes too. */
  phoneWidth: 390,
  /** 1.4.4 Resize text: a 1280 px window at 200% zoom lays out in 640 CSS px, drawn at device scale 2. */
  zoomWidth: 640,
  zoomScale: 2,
  desktopWidth: 1280,
  height: 900,
} as const;

/** WCAG 1.4.12 Text spacing: the largest spacing users may set, which must lose no content. */
export const TEXT_SPACING_CSS =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/** Focus indicators must contrast 3:1 with what surrounds them (WCAG 1.4.11 applies to states such as focus). */
export const FOCUS_INDICATOR_MIN_CONTRAST = 3;
