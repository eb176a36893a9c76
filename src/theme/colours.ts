/**
 * Every colour the site draws ratings and charts with, in one place so tests can check their contrast
 * and the stylesheet can use them.
 */
export const colours = {
  text: "#0b0c0c",
  background: "#ffffff",
  secondaryText: "#484949",
  ratingRed: { text: "#2a0b06", background: "#f4cdc6", border: "#b21e05" },
  ratingAmber: { text: "#4d2a00", background: "#ffe6b3", border: "#8a4f00" },
  ratingGreen: { text: "#002d18", background: "#cce2d8", border: "#00703c" },
  chartResult: "#0b0c0c",
  chartTarget: "#6f6f6f",
  chartGrid: "#d9d9d9",
  chartAxisText: "#0b0c0c",
} as const;

/** The same roles for readers who ask for a dark colour scheme (prefers-color-scheme: dark). */
export const darkColours = {
  text: "#f3f2f1",
  background: "#121416",
  secondaryText: "#c5c8cb",
  link: "#8ab4f8",
  linkVisited: "#d7aefb",
  border: "#5f6368",
  ratingRed: { text: "#ffdad4", background: "#5a1409", border: "#ff8a75" },
  ratingAmber: { text: "#ffe8b3", background: "#4a3000", border: "#ffb84d" },
  ratingGreen: { text: "#c9f2dc", background: "#0d3b24", border: "#5fd39a" },
  chartResult: "#e8eaed",
  chartTarget: "#7d8286",
  chartGrid: "#3c4043",
  chartAxisText: "#e8eaed",
} as const;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG relative luminance of a #rrggbb colour.
 * @example relativeLuminance("#ffffff") // 1
 */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`"${hex}" is not a #rrggbb colour`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(parseInt(part!, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * WCAG contrast ratio between two colours, from 1 to 21.
 * @example contrastRatio("#0b0c0c", "#ffffff") // 19.3…
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
