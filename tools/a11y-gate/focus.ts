import type { Browser } from "puppeteer-core";
import { allowCompiledFunctions } from "../browser/chromium";
import { DARK_SCHEME, FOCUS_INDICATOR_MIN_CONTRAST, LAYOUT } from "./config";
import { coloursIn, contrastOn, over, parseCssColour, type Rgba } from "./cssColour";
import { finding, type Finding } from "./findings";

/** The computed properties a focus indicator can be drawn with. */
export interface FocusStyle {
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  backgroundColor: string;
  borderColor: string;
  borderWidth: string;
  color: string;
  textDecoration: string;
}

/** One stop in the Tab order, with its look when focused, unfocused, and what surrounds it. */
export interface FocusStop {
  where: string;
  text: string;
  focused: FocusStyle;
  unfocused: FocusStyle;
  /** The first opaque background behind the element (its ancestors'), as a computed colour. */
  surrounding: string;
  /** When focused, whatever else was drawn on top of it at its visible centre, or "" when it was seen. */
  coveredBy: string;
  /** When focused, the part of it inside the window, in CSS px². 0: it was not brought into view. */
  visibleArea: number;
  /** Its drawn size in CSS px², focused and unfocused: a skip link is 1 px until focused. */
  area: number;
  unfocusedArea: number;
}

/** What snapshotFocus reads in the page. */
export type Snapshot = Omit<FocusStop, "unfocused" | "focused" | "unfocusedArea"> & { style: FocusStyle; key: number };

/** Most Tab stops walked on one page; the meeting page has about 30. A page with more is reported. */
const MAX_STOPS = 400;

/**
 * In the page: the style of an element and of what surrounds it, and whether it can be seen.
 * Runs in the browser, so it carries its own helpers.
 * @example await page.evaluate(snapshotFocus, 3) // for the element marked data-gate-focus="3"
 */
export function snapshotFocus(key: number | null): Snapshot | null {
  const el = key === null ? document.activeElement : document.querySelector(`[data-gate-focus="${key}"]`);
  if (!el || el === document.body || el === document.documentElement) return null;
  const already = el.getAttribute("data-gate-focus");
  if (key === null && already !== null) return null; // Back at a stop already seen: the Tab order has wrapped.
  const mark = key ?? document.querySelectorAll("[data-gate-focus]").length;
  el.setAttribute("data-gate-focus", String(mark));
  const s = getComputedStyle(el);
  const style = {
    outlineStyle: s.outlineStyle,
    outlineWidth: parseFloat(s.outlineWidth) || 0,
    outlineColor: s.outlineColor,
    boxShadow: s.boxShadow,
    backgroundColor: s.backgroundColor,
    borderColor: [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor].join(" "),
    borderWidth: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].join(" "),
    color: s.color,
    textDecoration: `${s.textDecorationLine} ${s.textDecorationThickness}`,
  };
  let surrounding = "rgb(255, 255, 255)";
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== "transparent" && !/rgba\([^)]*,\s*0\)$/.test(bg)) {
      surrounding = bg;
      break;
    }
  }
  const whole = el.getBoundingClientRect();
  const rect = el.getClientRects()[0] ?? whole;
  const left = Math.max(0, rect.left);
  const right = Math.min(window.innerWidth, rect.right);
  const top = Math.max(0, rect.top);
  const bottom = Math.min(window.innerHeight, rect.bottom);
  const visibleArea = Math.max(0, right - left) * Math.max(0, bottom - top);
  let coveredBy = "";
  if (visibleArea > 0) {
    const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) {
      coveredBy = `${hit.tagName.toLowerCase()}${[...hit.classList].map((c) => `.${c}`).join("")}`;
    }
  }
  const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}${el.getAttribute("href") ? `[href="${el.getAttribute("href")}"]` : ""}`;
  return {
    key: mark,
    where,
    text: (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50),
    style,
    surrounding,
    coveredBy,
    visibleArea,
    area: whole.width * whole.height,
  };
}

/**
 * Whether any of the given properties differ between two styles.
 * @example changed(focused, unfocused, ["outlineStyle", "outlineColor"]) // true when focus adds an outline
 */
function changed(a: FocusStyle, b: FocusStyle, keys: (keyof FocusStyle)[]): boolean {
  return keys.some((k) => a[k] !== b[k]);
}

/**
 * The colours a focus indicator is drawn in, each with the colour it must stand out from:
 * outline, box-shadow and border against what surrounds the element; a new background against the old one.
 * @example indicatorParts(stop) // [{ part: "box-shadow", colour: {…}, against: "#ffffff" }, …]
 */
export function indicatorParts(stop: FocusStop): { part: string; colour: Rgba; against: string }[] {
  const { focused: f, unfocused: u } = stop;
  const surrounding = over(parseCssColour(stop.surrounding) ?? { r: 255, g: 255, b: 255, a: 1 }, "#ffffff");
  const ownBefore = parseCssColour(u.backgroundColor);
  const before = ownBefore && ownBefore.a > 0 ? over(ownBefore, surrounding) : surrounding;
  const parts: { part: string; colour: Rgba; against: string }[] = [];
  const outline = parseCssColour(f.outlineColor);
  if (f.outlineStyle !== "none" && f.outlineWidth > 0 && outline && outline.a > 0 && changed(f, u, ["outlineStyle", "outlineWidth", "outlineColor"])) {
    parts.push({ part: "outline", colour: outline, against: surrounding });
  }
  if (f.boxShadow !== "none" && f.boxShadow !== u.boxShadow) {
    for (const colour of coloursIn(f.boxShadow)) if (colour.a > 0) parts.push({ part: "box-shadow", colour, against: surrounding });
  }
  const background = parseCssColour(f.backgroundColor);
  if (background && f.backgroundColor !== u.backgroundColor) parts.push({ part: "background", colour: background, against: before });
  if (changed(f, u, ["borderColor", "borderWidth"])) {
    // Only sides that are drawn: a 0px border changes colour with the text but shows nothing.
    const widths = f.borderWidth.split(" ").map((w) => parseFloat(w) || 0);
    coloursIn(f.borderColor).forEach((colour, side) => {
      if (colour.a > 0 && (widths[side] ?? 0) > 0) parts.push({ part: "border", colour, against: surrounding });
    });
  }
  return parts;
}

/**
 * Findings for one Tab stop: no visible change on focus (2.4.7), an indicator that does not contrast 3:1
 * with its surroundings (1.4.11), or a focused element hidden off-screen or under other content (2.4.11).
 * A change of text colour or underline alone is not counted: it is too easy to miss.
 * @example focusFindings(stop) // [] for a GOV.UK link
 */
export function focusFindings(stop: FocusStop, index = 0, scheme = ""): Finding[] {
  const where = `${scheme ? `${scheme} scheme, ` : ""}Tab stop ${index + 1}: ${stop.where} "${stop.text}"`;
  const findings: Finding[] = [];
  const parts = indicatorParts(stop);
  // Shown only on focus (a skip link): appearing is the indicator, and its text contrast is pa11y's to check.
  const appears = stop.unfocusedArea <= 1 && stop.area > 1;
  if (!appears && !parts.length) {
    const only = changed(stop.focused, stop.unfocused, ["color", "textDecoration"]) ? " (only its text colour or underline changes)" : "";
    findings.push(finding("focus", "focus-not-visible", `no visible focus indicator${only}: add an outline, box-shadow or background on :focus`, where));
  }
  const best = Math.max(0, ...parts.map((p) => contrastOn(p.colour, p.against)));
  if (!appears && parts.length && best < FOCUS_INDICATOR_MIN_CONTRAST) {
    const described = parts.map((p) => `${p.part} ${over(p.colour, p.against)} on ${p.against}`).join(", ");
    findings.push(
      finding(
        "focus",
        "focus-low-contrast",
        `focus indicator contrasts only ${best.toFixed(2)}:1 with its surroundings (${described}); it needs ${FOCUS_INDICATOR_MIN_CONTRAST}:1`,
        where,
      ),
    );
  }
  if (stop.visibleArea === 0) findings.push(finding("focus", "focus-obscured", "focused, but not inside the window", where));
  else if (stop.coveredBy) findings.push(finding("focus", "focus-obscured", `focused, but covered by ${stop.coveredBy}`, where));
  return findings;
}

/**
 * Tabs through a page from the top at 1280 px, comparing each element focused and unfocused.
 * @example await walkFocus(browser, "http://127.0.0.1:8080/") // [{ where: "a.govuk-skip-link…", … }, …]
 */
export async function walkFocus(browser: Browser, url: string, scheme: "default" | "dark" = "default"): Promise<{ stops: FocusStop[]; truncated: boolean }> {
  const page = await browser.newPage();
  try {
    await allowCompiledFunctions(page);
    if (scheme === "dark") await page.emulateMediaFeatures([...DARK_SCHEME]);
    await page.setViewport({ width: LAYOUT.desktopWidth, height: LAYOUT.height });
    // Pages checked side by side are all "background" tabs; without this, :focus styles may not apply.
    await page.emulateFocusedPage(true);
    await page.goto(url, { waitUntil: "load" });
    const seen: Snapshot[] = [];
    let truncated = true;
    for (let i = 0; i < MAX_STOPS; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(snapshotFocus, null);
      if (!stop) {
        truncated = false;
        break;
      }
      seen.push(stop);
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: FocusStop[] = [];
    for (const stop of seen) {
      const after = await page.evaluate(snapshotFocus, stop.key);
      const { style, key: _key, ...rest } = stop;
      stops.push({ ...rest, focused: style, unfocused: after?.style ?? style, unfocusedArea: after?.area ?? rest.area });
    }
    return { stops, truncated };
  } finally {
    await page.close();
  }
}

/**
 * Every focusable element shows a visible, contrasting, unobscured focus indicator, in the given colour scheme.
 * @example await checkFocus(browser, url) // [] for the site's pages
 */
export async function checkFocus(browser: Browser, url: string, scheme: "default" | "dark" = "default"): Promise<Finding[]> {
  const { stops, truncated } = await walkFocus(browser, url, scheme);
  const findings = stops.flatMap((stop, index) => focusFindings(stop, index, scheme === "dark" ? "dark" : ""));
  if (truncated) findings.push(finding("focus", "focus-too-many-stops", `more than ${MAX_STOPS} Tab stops, or a keyboard trap: the walk stopped`, "body"));
  return findings;
}
