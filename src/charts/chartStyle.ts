/** The chart's text sizes, spacing and fallback colours, shared by its layout and everything drawn in it. */
import { colours } from "../theme/colours";

export const FONT_SIZE = 16;
/**
 * Generous glyph widths, in em, of the widest common sans-serif the charts fall back to (DejaVu Sans, measured in
 * Chromium: digits 0.637, % 0.95, . 0.318, − 0.838, m 0.974), so a label's room is never short: "67%" is 35.6 px wide.
 */
const GLYPH_EM: readonly [RegExp, number][] = [
  [/[.,:;'’ ]/, 0.33],
  [/[%mMwW—]/, 1.0],
  [/[−+=<>]/, 0.84],
];
const DEFAULT_GLYPH_EM = 0.66;
export const TICK_LABEL_GAP = 8;
/** Distance from the x axis to the baseline of the period labels. */
export const X_LABEL_BASELINE = FONT_SIZE + 5;
export const POINT_RADIUS = 5;
/** Distance between the baselines of the axis title's lines, and from the top of the viewBox to the first. */
export const AXIS_TITLE_LINE_HEIGHT = FONT_SIZE + 2;
/** Fallback colours for readers without the stylesheet (feed readers); the same palette the stylesheet uses. */
export const COLOURS = {
  result: colours.chartResult,
  target: colours.chartTarget,
  grid: colours.chartGrid,
  halo: colours.background,
  text: colours.chartAxisText,
} as const;

/**
 * The width a label is given room for.
 * @example textWidth("80.0%") // 52.96
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const glyph of text) em += GLYPH_EM.find(([pattern]) => pattern.test(glyph))?.[1] ?? DEFAULT_GLYPH_EM;
  return em * FONT_SIZE;
}

/** A comparison line's marker, drawn at each of its values. */
export type MarkerShape = "square" | "triangle" | "diamond" | "cross";

/** How one comparison series is drawn: what tells it apart without colour is its line pattern and marker shape. */
export interface ComparisonStyle {
  /**
   * Stroke and marker colour, 3:1 against the page and against the result line they cross (WCAG 1.4.11). Not 3:1
   * against the grey target line, which no colour 3:1 on white can be: there the pattern and markers tell them apart.
   */
  colour: string;
  /** The same in the dark scheme, against its page and its result line. */
  darkColour: string;
  strokeWidth: number;
  dashArray: string;
  /** Round caps turn zero-length dashes into dots. */
  lineCap: "round" | "butt";
  marker: MarkerShape;
  /** The line in words, for the key beside the chart, e.g. "England average (dotted line with squares)". */
  inWords: string;
}

/**
 * The four comparison series, in order: none is solid (the result) or "8 6" without markers (the target). The same
 * colours are written in styles/_site.scss and styles/_schemes.scss, which a test checks.
 */
export const COMPARISON_STYLES: readonly ComparisonStyle[] = [
  { colour: "#1d70b8", darkColour: "#277dd4", strokeWidth: 3, dashArray: "0 8", lineCap: "round", marker: "square", inWords: "dotted line with squares" },
  {
    colour: "#b35000",
    darkColour: "#c16112",
    strokeWidth: 2,
    dashArray: "10 4 2 4",
    lineCap: "butt",
    marker: "triangle",
    inWords: "dash-dot line with triangles",
  },
  {
    colour: "#9f4bbb",
    darkColour: "#b053d0",
    strokeWidth: 2,
    dashArray: "18 6",
    lineCap: "butt",
    marker: "diamond",
    inWords: "long-dashed line with diamonds",
  },
  { colour: "#00796b", darkColour: "#118b7a", strokeWidth: 2, dashArray: "0 4", lineCap: "round", marker: "cross", inWords: "fine dotted line with crosses" },
];
