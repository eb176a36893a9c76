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

/** Serialises an element as XML that is also valid inline SVG in HTML5, rounding coordinates as it goes. */
function serializeElement(element: ChartElement): string {
  let out = `<${element.localName}`;
  // Sorted, so the markup does not depend on the order attributes were set in.
  for (const name of element.getAttributeNames().sort()) {
    // Namespaced attributes (ct:value, ct:meta, xmlns:ct) cannot appear in HTML5 inline SVG.
    if (name.includes(":")) continue;
    const raw = element.getAttribute(name) ?? "";
    if (raw === "") continue;
    const value = GEOMETRY_ATTRIBUTES.has(name) ? raw.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => round2(Number(n))) : raw;
    out += ` ${name}="${escapeXml(value)}"`;
  }
  let child = element.firstChild;
  if (child === null) return `${out}/>`;
  out += ">";
  for (; child !== null; child = child.nextSibling) {
    if (child instanceof ChartText) out += escapeXml(child.nodeValue);
    else if (child instanceof ChartElement) out += serializeElement(child);
  }
  return `${out}</${element.localName}>`;
}

/**
 * The markup of an element's children, in order.
 * @example serializeChildren(svg) // '<g class="chart__grids" …>…</g>…'
 */
export function serializeChildren(element: ChartElement): string {
  let out = "";
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    out += serializeElement(child);
  }
  return out;
}
