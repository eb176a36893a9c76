/** The SVG Chartist drew, written out as markup that is also valid inline SVG in HTML5, the same bytes on every build. */
import { ChartElement, ChartText } from "./chartDocument";

const GEOMETRY_ATTRIBUTES = new Set(["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "d", "width", "height"]);

/**
 * A coordinate to two decimal places, without a trailing zero or a minus zero.
 * @example round2(12.3456) // "12.35"
 */
export function round2(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Text safe in an attribute or element of the markup.
 * @example escapeXml('a & "b"') // "a &#38; &#34;b&#34;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Writes an element as XML that is also valid inline SVG in HTML5 into `out`, rounding coordinates as it goes. */
function serializeElement(element: ChartElement, out: string[]): void {
  out.push(`<${element.localName}`);
  // Sorted, so the markup does not depend on the order attributes were set in.
  for (const name of element.getAttributeNames().sort()) {
    // Namespaced attributes (ct:value, ct:meta, xmlns:ct) cannot appear in HTML5 inline SVG.
    if (name.includes(":")) continue;
    const raw = element.getAttribute(name) ?? "";
    if (raw === "") continue;
    const value = GEOMETRY_ATTRIBUTES.has(name) ? raw.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => round2(Number(n))) : raw;
    out.push(` ${name}="${escapeXml(value)}"`);
  }
  let child = element.firstChild;
  if (child === null) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (; child !== null; child = child.nextSibling) {
    if (child instanceof ChartText) out.push(escapeXml(child.nodeValue));
    else if (child instanceof ChartElement) serializeElement(child, out);
  }
  out.push(`</${element.localName}>`);
}

/**
 * The markup of an element's children, in order, as one flat string.
 * Joined once rather than built with `+=`: V8 keeps a `+=` string as a tree of its pieces, which held several times
 * the markup's size for every chart of the model.
 * @example serializeChildren(svg) // '<g class="chart__grids" …>…</g>…'
 */
export function serializeChildren(element: ChartElement): string {
  const out: string[] = [];
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) serializeElement(child, out);
  return out.join("");
}
