import { contrastRatio } from "../../src/theme/colours";

/** A colour as the browser computes it, 0–255 channels and 0–1 alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const RGB = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/g;

/**
 * Every rgb()/rgba() colour in a computed style value, in order (a box-shadow may hold several).
 * @example coloursIn("rgb(255, 221, 0) 0px -2px 0px 0px, rgb(11, 12, 12) 0px 4px 0px 0px").length // 2
 */
export function coloursIn(value: string): Rgba[] {
  return [...value.matchAll(RGB)].map((m) => {
    const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
  });
}

/**
 * One computed colour, or undefined for "transparent" and anything that is not rgb()/rgba().
 * @example parseCssColour("rgba(0, 0, 0, 0)") // { r: 0, g: 0, b: 0, a: 0 }
 */
export function parseCssColour(value: string): Rgba | undefined {
  return coloursIn(value)[0];
}

/**
 * A colour drawn over an opaque background, as the eye sees it, as #rrggbb.
 * @example over({ r: 0, g: 0, b: 0, a: 0.5 }, "#ffffff") // "#808080"
 */
export function over(colour: Rgba, background: string): string {
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  const mixed = [colour.r, colour.g, colour.b].map((channel, i) => Math.round(channel * colour.a + bg[i]! * (1 - colour.a)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Contrast of a (possibly translucent) colour drawn on an opaque background.
 * @example contrastOn({ r: 11, g: 12, b: 12, a: 1 }, "#ffffff") // 19.3…
 */
export function contrastOn(colour: Rgba, background: string): number {
  return contrastRatio(over(colour, background), background);
}
