import type { Browser } from "puppeteer-core";
import { allowCompiledFunctions } from "../browser/chromium";
import { LAYOUT } from "./config";
import { finding, type Finding } from "./findings";

/** A block of text in <main>, in source order, with where it is drawn. */
export interface TextBlock {
  where: string;
  text: string;
  top: number;
  bottom: number;
  left: number;
}

/** What the page's order looks like with its stylesheets switched off. */
export interface UnstyledOrder {
  /** The first focusable element in source order, e.g. 'a.govuk-skip-link[href="#main-content"]'. */
  firstFocusable: string;
  /** Where the first focusable element leads, if it is a same-page link; and whether that target is <main>. */
  skipTarget: string;
  skipTargetIsMain: boolean;
  /** Landmarks and the h1 in source order, e.g. ["header", "main", "h1", "footer"]. */
  sequence: string[];
  /** The first heading inside <main>, e.g. "h1". */
  firstHeadingInMain: string;
  /** Elements with tabindex above 0, which jump the Tab order away from the reading order. */
  positiveTabindex: string[];
}

/**
 * In the page, with its styles on: the leaf text blocks of <main> in source order, and where each is drawn.
 * @example await page.evaluate(textBlocksOfMain)
 */
export function textBlocksOfMain(): TextBlock[] {
  const SELECTOR = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, pre, label, legend, summary";
  const main = document.querySelector("main");
  if (!main) return [];
  return (
    [...main.querySelectorAll(SELECTOR)]
      // Text a reader cannot see yet (inside a closed <details>) has no place in the drawn order.
      .filter((el) => !el.querySelector(SELECTOR) && el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect(), text: (el.textContent ?? "").replace(/\s+/g, " ").trim() }))
      .filter(({ box, text }) => text && box.width > 1 && box.height > 1)
      .map(({ el, box, text }) => ({
        where: `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")}`,
        text: text.slice(0, 50),
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        left: box.left,
      }))
  );
}

/**
 * In the page: switches every stylesheet off, as a reader who turns CSS off (or a screen reader) meets the page,
 * and describes its order.
 * @example await page.evaluate(unstyledOrder)
 */
export function unstyledOrder(): UnstyledOrder {
  for (const sheet of document.styleSheets) sheet.disabled = true;
  const name = (el: Element): string =>
    `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")}${el.getAttribute("href") ? `[href="${el.getAttribute("href")}"]` : ""}`;
  const focusable = [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")].filter((el) => el.getAttribute("tabindex") !== "-1");
  const first = focusable[0];
  const href = first?.getAttribute("href") ?? "";
  const target = href.startsWith("#") ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
  const sequence = [...document.querySelectorAll("header, main, footer, h1")].map((el) => el.tagName.toLowerCase());
  const main = document.querySelector("main");
  const firstHeading = main?.querySelector("h1, h2, h3, h4, h5, h6");
  return {
    firstFocusable: first ? name(first) : "",
    skipTarget: target ? name(target) : href,
    skipTargetIsMain: !!target && target === main,
    sequence,
    firstHeadingInMain: firstHeading ? firstHeading.tagName.toLowerCase() : "",
    positiveTabindex: [...document.querySelectorAll("[tabindex]")].filter((el) => Number(el.getAttribute("tabindex")) > 0).map(name),
  };
}

/**
 * Pairs of blocks drawn in the opposite order to the source: the later one is wholly above the earlier,
 * or on the same line but to its left. Screen readers and CSS-off readers follow the source.
 * @example visualOrderInversions([{ top: 100, bottom: 120, left: 0 }, { top: 0, bottom: 20, left: 0 }]).length // 1
 */
export function visualOrderInversions(blocks: readonly TextBlock[]): [TextBlock, TextBlock][] {
  const inversions: [TextBlock, TextBlock][] = [];
  for (let i = 1; i < blocks.length; i++) {
    const a = blocks[i - 1]!;
    const b = blocks[i]!;
    const sameLine = b.top < a.bottom - 1 && a.top < b.bottom - 1;
    if (sameLine ? b.left < a.left - 1 : b.bottom <= a.top + 1) inversions.push([a, b]);
  }
  return inversions;
}

/**
 * Findings about the unstyled order: the skip link first and pointing at <main>, header → main (with the h1) → footer,
 * <main> starting with its h1, and no positive tabindex.
 * @example unstyledFindings({ firstFocusable: "a.govuk-skip-link[href=\"#main-content\"]", … }) // []
 */
export function unstyledFindings(order: UnstyledOrder): Finding[] {
  const findings: Finding[] = [];
  const f = (rule: string, message: string, where: string): number => findings.push(finding("reading-order", rule, message, where));
  if (!order.firstFocusable.startsWith("a") || !order.skipTargetIsMain) {
    f(
      "skip-link-first",
      `the first thing to focus is ${order.firstFocusable || "nothing"} (to ${order.skipTarget || "nowhere"}); it must be a skip link to <main>`,
      order.firstFocusable || "body",
    );
  }
  const expected = ["main", "h1", "footer"];
  const landmarks = order.sequence.filter((tag) => expected.includes(tag));
  const mainAt = order.sequence.indexOf("main");
  const headerAt = order.sequence.indexOf("header");
  if (landmarks.join(" ") !== expected.join(" ") || (headerAt !== -1 && headerAt > mainAt)) {
    f("landmark-order", `with styles off the page reads ${order.sequence.join(" → ")}; it must read header → main (with one h1) → footer`, "body");
  }
  if (order.firstHeadingInMain !== "h1")
    f("main-starts-with-h1", `the first heading in <main> is ${order.firstHeadingInMain || "missing"}; it must be the page's h1`, "main");
  for (const el of order.positiveTabindex) f("positive-tabindex", "tabindex above 0 moves this out of reading order", el);
  return findings;
}

/**
 * Reading order: what is drawn matches the source order in <main> (at 1280 and 320 px), and with CSS off the
 * page starts with a skip link and reads header → main → footer.
 * @example await checkReadingOrder(browser, url) // [] for the site's pages
 */
export async function checkReadingOrder(browser: Browser, url: string): Promise<Finding[]> {
  const page = await browser.newPage();
  try {
    await allowCompiledFunctions(page);
    const findings: Finding[] = [];
    for (const width of [LAYOUT.desktopWidth, LAYOUT.reflowWidth]) {
      await page.setViewport({ width, height: LAYOUT.height });
      await page.goto(url, { waitUntil: "load" });
      for (const [a, b] of visualOrderInversions(await page.evaluate(textBlocksOfMain))) {
        findings.push(
          finding(
            "reading-order",
            "visual-order",
            `at ${width} px "${b.text}" is drawn before "${a.text}", which comes first in the source`,
            `${a.where} → ${b.where}`,
          ),
        );
      }
    }
    findings.push(...unstyledFindings(await page.evaluate(unstyledOrder)));
    return findings;
  } finally {
    await page.close();
  }
}
