/**
 * Contrast that pa11y cannot measure: axe cannot read SVG colours (it marks chart text "needs review") and
 * no checker judges lines and tag borders (WCAG 1.4.11). Computed here from the one palette, src/theme/colours.ts,
 * which the stylesheet is compiled from; and from the colours the chart draws itself with when no stylesheet applies.
 */
import { describe, expect, it } from "vitest";
import { renderTrendChart } from "../../../src/charts/renderTrendChart";
import { colours, contrastRatio, darkColours } from "../../../src/theme/colours";

const TEXT = 4.5; // WCAG 1.4.3, text under 18.66 px bold / 24 px regular (chart text is 14–16 px)
const GRAPHIC = 3; // WCAG 1.4.11, graphical objects and user-interface components

/** "red on white 2.1:1, needs 3:1", so a failure says which pair and by how much. */
function expectContrast(name: string, a: string, b: string, minimum: number): void {
  const ratio = contrastRatio(a, b);
  expect(ratio, `${name}: ${a} on ${b} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`).toBeGreaterThanOrEqual(minimum);
}

/** The roles both palettes share. */
type Palette = Record<"text" | "background" | "secondaryText" | "chartResult" | "chartTarget" | "chartAxisText", string> &
  Record<"ratingRed" | "ratingAmber" | "ratingGreen", { text: string; background: string; border: string }>;

const palettes: [string, Palette][] = [
  ["default scheme", colours],
  ["dark scheme", darkColours],
];

for (const [scheme, palette] of palettes) {
  const page = palette.background;

  describe(`${scheme}: chart colours (WCAG 1.4.11 lines, 1.4.3 text)`, () => {
    it("result line stands out from the page 3:1", () => expectContrast("result line", palette.chartResult, page, GRAPHIC));
    it("target line stands out from the page 3:1", () => expectContrast("target line", palette.chartTarget, page, GRAPHIC));
    it("result and target lines, which cross, stand out from each other 3:1", () =>
      expectContrast("result line against target line", palette.chartResult, palette.chartTarget, GRAPHIC));
    it("axis and target-label text is 4.5:1 on the page", () => expectContrast("axis text", palette.chartAxisText, page, TEXT));
    it("the chart's written summary (secondary text) is 4.5:1 on the page", () => expectContrast("secondary text", palette.secondaryText, page, TEXT));
  });

  describe(`${scheme}: rating tags: the word readable on the tag, the tag's edge visible on the page`, () => {
    const tags = { Red: palette.ratingRed, Amber: palette.ratingAmber, Green: palette.ratingGreen } as const;
    for (const [rating, tag] of Object.entries(tags)) {
      it(`${rating}: text is 4.5:1 on the tag`, () => expectContrast(`${rating} tag text`, tag.text, tag.background, TEXT));
      it(`${rating}: border is 3:1 on the page`, () => expectContrast(`${rating} tag border`, tag.border, page, GRAPHIC));
    }
    // "No data" and "Not rated" tags: page text on a page-coloured tag, edged in secondary text (.rating--none).
    it("No data / Not rated: text is 4.5:1 on the tag", () => expectContrast("no-rating tag text", palette.text, page, TEXT));
    it("No data / Not rated: border is 3:1 on the page", () => expectContrast("no-rating tag border", palette.secondaryText, page, GRAPHIC));
  });
}

describe("the colours a chart draws itself with (presentation attributes), seen when the stylesheet does not apply", () => {
  // CSS-off readers, print-to-SVG and anyone opening the chart alone get these, not the stylesheet's.
  const svg = renderTrendChart({
    title: "Trend chart: contrast sample",
    labels: ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
    results: [68.6, 62.8, 63.2, 62.8],
    targets: [75, 80, 80, 80],
    formatValue: (v) => `${v.toFixed(1)}%`,
    targetLabel: "Target 80.0%",
    idPrefix: "chart-contrast",
  });
  const attribute = (className: string, name: string): string => {
    const match = new RegExp(`<[^>]*class="${className}"[^>]*>`).exec(svg)?.[0] ?? "";
    const value = new RegExp(`\\s${name}="(#[0-9a-f]{6})"`, "i").exec(match)?.[1];
    if (!value) throw new Error(`no ${name} colour on .${className} in the rendered chart`);
    return value;
  };

  const page = colours.background;
  it("result line 3:1 on the page and 3:1 against the target line", () => {
    expectContrast("drawn result line", attribute("chart__result-line", "stroke"), page, GRAPHIC);
    expectContrast(
      "drawn result line against drawn target line",
      attribute("chart__result-line", "stroke"),
      attribute("chart__target-line", "stroke"),
      GRAPHIC,
    );
  });
  it("target line 3:1 on the page", () => expectContrast("drawn target line", attribute("chart__target-line", "stroke"), page, GRAPHIC));
  it("target label text 4.5:1 on the page", () => expectContrast("drawn target label", attribute("chart__target-label", "fill"), page, TEXT));
});
