/** The chart's text sizes, spacing and fallback colours, shared by its layout and everything drawn in it. */
import { colours } from "../theme/colours";

export const FONT_SIZE = 16;
/** Generous average glyph width (0.6em) of sans-serif digits and capitals, used to reserve room for labels. */
const CHAR_WIDTH = FONT_SIZE * 0.6;
export const TICK_LABEL_GAP = 8;
/** Distance from the x axis to the baseline of the period labels. */
export const X_LABEL_BASELINE = FONT_SIZE + 5;
export const POINT_RADIUS = 5;
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
 * @example textWidth("80.0%") // 48
 */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}
