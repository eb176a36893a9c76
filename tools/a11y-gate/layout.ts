import type { Browser, Page } from "puppeteer-core";
import { allowCompiledFunctions } from "../browser/chromium";
import { LAYOUT, TEXT_SPACING_CSS } from "./config";
import { finding, type CheckName, type Finding } from "./findings";

/** What a page looks like for the layout checks, measured in the browser. */
export interface LayoutMeasure {
  /** How far the page scrolls sideways, in CSS px; 0 is right. */
  sideways: number;
  /** Elements with overflow hidden or clip whose text does not fit: that text is cut off. */
  clipped: { where: string; text: string; by: string }[];
  /** Text drawn outside the window where no scrolling can reach it. */
  offscreen: { where: string; text: string }[];
  /** Charts and tables in <main> wider than the box they sit in, so part of them is scrolled or cut out of sight. */
  overwide: { where: string; width: number; box: number; by: string }[];
}

/**
 * Measures, in the page as it is now laid out, sideways scrolling, clipped text and unreachable text.
 * Visually hidden text (the 1×1 px screen-reader-only pattern) and text inside a scrolling region,
 * which the keyboard can scroll to, are not losses.
 * @example const measure = await page.evaluate(measureLayout);
 */
export function measureLayout(): LayoutMeasure {
  const describeElement = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
  const hides = (value: string): boolean => value === "hidden" || value === "clip";
  const visuallyHidden = (el: Element | null): boolean => {
    for (let node = el; node; node = node.parentElement) {
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      if ((box.width <= 1 || box.height <= 1) && (hides(style.overflowX) || hides(style.overflowY))) return true;
      if (style.visibility === "hidden" || style.display === "none") return true;
    }
    return false;
  };
  const inScroller = (el: Element | null): boolean => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (["auto", "scroll"].includes(style.overflowX)) return true;
    }
    return false;
  };
  const root = document.documentElement;
  const clipped: LayoutMeasure["clipped"] = [];
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    const ellipsis = style.textOverflow === "ellipsis";
    if (!hides(style.overflowX) && !hides(style.overflowY) && !ellipsis) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text || visuallyHidden(el)) continue;
    const overX = (hides(style.overflowX) || ellipsis) && el.scrollWidth > el.clientWidth + 1;
    const overY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (overX || overY) {
      clipped.push({
        where: describeElement(el),
        text: text.slice(0, 60),
        by: `${overX ? `${el.scrollWidth - el.clientWidth}px wide` : ""}${overX && overY ? ", " : ""}${overY ? `${el.scrollHeight - el.clientHeight}px tall` : ""}`,
      });
    }
  }
  const offscreen: LayoutMeasure["offscreen"] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const width = root.clientWidth;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || visuallyHidden(parent) || inScroller(parent)) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 1 || box.left < -1) offscreen.push({ where: describeElement(parent), text: node.nodeValue.trim().slice(0, 60) });
  }
  // The box a chart or table must fit: its nearest ancestor that scrolls or clips sideways, or else the window.
  const overwide: LayoutMeasure["overwide"] = [];
  for (const el of document.querySelectorAll("main svg.chart, main svg[role=img], main table")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || visuallyHidden(el)) continue;
    let container: Element | null = el.parentElement;
    while (container && container !== root && getComputedStyle(container).overflowX === "visible") container = container.parentElement;
    const frame =
      container && container !== root
        ? { left: container.getBoundingClientRect().left + container.clientLeft, width: container.clientWidth, by: describeElement(container) }
        : { left: 0, width, by: "the window" };
    if (box.width > frame.width + 1 || box.right > frame.left + frame.width + 1 || box.left < frame.left - 1) {
      overwide.push({ where: describeElement(el), width: Math.round(box.width), box: Math.round(frame.width), by: frame.by });
    }
  }
  return { sideways: root.scrollWidth - root.clientWidth, clipped, offscreen, overwide };
}

/**
 * Findings from one layout measure, under the check that took it.
 * @example layoutFindings("reflow", { sideways: 12, clipped: [], offscreen: [], overwide: [] }, "320 px") // one "sideways-scroll" finding
 */
export function layoutFindings(check: CheckName, measure: LayoutMeasure, setting: string, options: { fitBoxes?: boolean } = {}): Finding[] {
  const findings: Finding[] = [];
  for (const o of options.fitBoxes ? measure.overwide : []) {
    findings.push(
      finding(check, "overwide-content", `at ${setting} this is ${o.width}px wide in a box of ${o.box}px (${o.by}), so part of it is out of sight`, o.where),
    );
  }
  if (measure.sideways > 0) findings.push(finding(check, "sideways-scroll", `at ${setting} the page scrolls sideways by ${measure.sideways}px`, "html"));
  for (const c of measure.clipped) findings.push(finding(check, "clipped-text", `at ${setting} text is cut off (${c.by} hidden): "${c.text}"`, c.where));
  for (const o of measure.offscreen)
    findings.push(finding(check, "offscreen-text", `at ${setting} text is outside the window and cannot be scrolled to: "${o.text}"`, o.where));
  return findings;
}

/**
 * Loads a page at a width and scale (with extra CSS if given) and measures its layout.
 * @example await measureAt(page, url, 320, 1) // { sideways: 0, clipped: [], offscreen: [] }
 */
async function measureAt(page: Page, url: string, width: number, deviceScaleFactor: number, extraCss?: string): Promise<LayoutMeasure> {
  await page.setViewport({ width, height: LAYOUT.height, deviceScaleFactor });
  await page.goto(url, { waitUntil: "load" });
  if (extraCss) await page.addStyleTag({ content: extraCss });
  return page.evaluate(measureLayout);
}

/**
 * Reflow (WCAG 1.4.10) at 320 CSS px and a phone's 390 px, where every chart and table must also fit its box, resize text (1.4.4) as a 1280 px window at 200% zoom, and
 * text spacing (1.4.12) at 1280 px: no sideways page scroll and no text cut off or out of reach in any.
 * @example await checkLayout(browser, "http://127.0.0.1:8080/") // [] for a page that reflows
 */
export async function checkLayout(browser: Browser, url: string): Promise<Finding[]> {
  const page = await browser.newPage();
  try {
    await allowCompiledFunctions(page);
    // The site's Content-Security-Policy forbids inline styles, and the text-spacing check must add one.
    await page.setBypassCSP(true);
    return [
      ...layoutFindings("reflow", await measureAt(page, url, LAYOUT.reflowWidth, 1), `${LAYOUT.reflowWidth} CSS px wide`, { fitBoxes: true }),
      ...layoutFindings("phone", await measureAt(page, url, LAYOUT.phoneWidth, 1), `${LAYOUT.phoneWidth} CSS px wide`, { fitBoxes: true }),
      ...layoutFindings("zoom", await measureAt(page, url, LAYOUT.zoomWidth, LAYOUT.zoomScale), `200% zoom (${LAYOUT.desktopWidth} px window)`),
      ...layoutFindings("text-spacing", await measureAt(page, url, LAYOUT.desktopWidth, 1, TEXT_SPACING_CSS), "WCAG 1.4.12 text spacing"),
    ];
  } finally {
    await page.close();
  }
}
