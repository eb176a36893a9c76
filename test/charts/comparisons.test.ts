import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { COMPARISON_STYLES } from "../../src/charts/chartStyle";
import { markerPath } from "../../src/charts/drawSeries";
import { renderResponsiveTrendChart, renderTrendChart, type TrendChartInput } from "../../src/charts/renderTrendChart";
import { colours, contrastRatio, darkColours } from "../../src/theme/colours";

const parserWindow = new JSDOM("<!DOCTYPE html><html><body></body></html>").window;

const seed: TrendChartInput = {
  title: "Trend chart: Average caseload, Mar 2017 to Jun 2017",
  labels: ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
  results: [19.8, 20.4, 21.1, 20.9],
  targets: [18, 18, 18, 18],
  formatValue: (v) => v.toFixed(1),
  targetLabel: "Target 18.0",
  idPrefix: "chart-caseload",
};

const four: NonNullable<TrendChartInput["comparisons"]> = [
  { name: "Same period last year", values: [17.2, 17.9, 18.1, 18.4] },
  { name: "England average", values: [16.5, 16.5, 16.6, 16.6] },
  { name: "Regional average", values: [19, 19.1, 19.3, 19.2] },
  { name: "Statistical neighbours' average", values: [17, 17.2, 17.1, 17.3] },
];

function parse(svg: string): Element {
  const doc = new parserWindow.DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc.documentElement;
}

function all(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

const moveCount = (d: string | null | undefined): number => (d ?? "").match(/M/g)?.length ?? 0;
const yTicks = (root: Element): number[] => all(root, "text.chart__axis-label[text-anchor='end']").map((t) => Number(t.textContent));

describe("comparison series", () => {
  it("draws each as its own line in its group, with its own dash pattern and marker shape", () => {
    const root = parse(renderTrendChart({ ...seed, comparisons: four }));
    const dashes = new Set<string>();
    const markers = new Set<string>();
    four.forEach((_, i) => {
      const group = root.querySelector(`g.chart__series--comparison-${i + 1}`);
      expect(group?.getAttribute("class")).toBe(`chart__series chart__series--comparison-${i + 1}`);
      const lines = all(group!, "path.chart__comparison-line");
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line.getAttribute("fill")).toBe("none");
      expect(line.getAttribute("stroke")).toBe(COMPARISON_STYLES[i]!.colour);
      dashes.add(line.getAttribute("stroke-dasharray") ?? "");
      const points = all(group!, "path.chart__comparison-point");
      expect(points).toHaveLength(4);
      // Every marker of a series is the same shape: its outline less its position.
      const shapes = new Set(points.map((p) => shapeOf(p.getAttribute("d") ?? "")));
      expect(shapes.size).toBe(1);
      markers.add([...shapes][0]!);
    });
    // Four patterns, none of them solid (the result) or the target's "8 6".
    expect([...dashes].every((d) => /\d/.test(d))).toBe(true);
    expect(dashes).toEqual(new Set(COMPARISON_STYLES.map((style) => style.dashArray)));
    expect(dashes.size).toBe(4);
    expect(dashes.has("8 6")).toBe(false);
    expect(root.querySelector("path.chart__target-line")?.getAttribute("stroke-dasharray")).toBe("8 6");
    expect(root.querySelector("path.chart__result-line")?.hasAttribute("stroke-dasharray")).toBe(false);
    // Four marker shapes, none a circle like the result's points; the target has none.
    expect(markers.size).toBe(4);
    expect(all(root, ".chart__comparison-point").every((p) => p.localName === "path")).toBe(true);
    expect(all(root, ".chart__series--target path, .chart__series--target circle")).toHaveLength(1);
  });

  it("draws squares, triangles, diamonds and crosses in that order", () => {
    expect(COMPARISON_STYLES.map((style) => style.marker)).toEqual(["square", "triangle", "diamond", "cross"]);
    // Corners of each outline: 4, 3, 4 and 12; the square's are axis-aligned, the diamond's on the axes.
    const corners = (d: string): string[] => d.replace(/Z$/, "").split(/[ML]/).filter(Boolean);
    expect(corners(markerPath("square", 10, 10))).toEqual(["5.5,5.5", "14.5,5.5", "14.5,14.5", "5.5,14.5"]);
    expect(corners(markerPath("triangle", 10, 10))).toHaveLength(3);
    expect(markerPath("diamond", 10, 10)).toBe("M10,4L16,10L10,16L4,10Z");
    expect(corners(markerPath("cross", 10, 10))).toHaveLength(12);
  });

  it("paints comparisons first, then the target, and the result last, on top", () => {
    const root = parse(renderTrendChart({ ...seed, comparisons: four }));
    const groups = all(root, "g.chart__series").map((g) => g.getAttribute("class")?.replace("chart__series ", ""));
    expect(groups).toEqual([
      "chart__series--comparison-1",
      "chart__series--comparison-2",
      "chart__series--comparison-3",
      "chart__series--comparison-4",
      "chart__series--target",
      "chart__series--result",
    ]);
  });

  it("leaves a gap, and no marker, for a missing value, and still marks a lone value", () => {
    const root = parse(renderTrendChart({ ...seed, comparisons: [{ name: "Last year", values: [17.2, null, 18.1, null] }] }));
    const group = root.querySelector("g.chart__series--comparison-1")!;
    expect(moveCount(group.querySelector(".chart__comparison-line")?.getAttribute("d"))).toBe(2);
    const xOf = (label: string): number =>
      Number(
        all(root, "text.chart__axis-label")
          .find((t) => t.textContent === label)
          ?.getAttribute("x"),
      );
    const centres = all(group, ".chart__comparison-point").map((p) => centreOf(p.getAttribute("d") ?? "").x);
    expect(centres).toHaveLength(2);
    expect(centres[0]).toBeCloseTo(xOf("Mar 2017"), 1);
    expect(centres[1]).toBeCloseTo(xOf("May 2017"), 1);
  });

  it("removes a series with no values, keeping the others' numbers (the key's swatches follow them)", () => {
    const root = parse(
      renderTrendChart({
        ...seed,
        comparisons: [
          { name: "Last year", values: [null, null, null, null] },
          { name: "England", values: [16.5, 16.5, 16.6, 16.6] },
        ],
      }),
    );
    expect(root.querySelector(".chart__series--comparison-1")).toBeNull();
    expect(root.querySelector(".chart__series--comparison-2 .chart__comparison-line")?.getAttribute("stroke-dasharray")).toBe(COMPARISON_STYLES[1]!.dashArray);
    expect(all(root, "path").every((p) => (p.getAttribute("d") ?? "") !== "")).toBe(true);
  });

  it("widens the y scale to a comparison value outside the results' and targets' range", () => {
    const without = yTicks(parse(renderTrendChart(seed)));
    expect(Math.max(...without)).toBeLessThan(30);
    const root = parse(renderTrendChart({ ...seed, comparisons: [{ name: "Regional average", values: [24, 27, 31.5, 29] }] }));
    const ticks = yTicks(root);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(31.5);
    // The highest marker sits inside the plot, at or below the top gridline.
    const topGrid = Math.min(...all(root, "line.chart__grid").map((l) => Number(l.getAttribute("y1"))));
    const highest = Math.min(...all(root, ".chart__comparison-point").map((p) => centreOf(p.getAttribute("d") ?? "").y));
    expect(highest).toBeGreaterThanOrEqual(topGrid);
  });

  it("is drawn on the phone chart too", () => {
    const html = renderResponsiveTrendChart({ ...seed, comparisons: four });
    const doc = new parserWindow.DOMParser().parseFromString(`<div>${html}</div>`, "text/html");
    for (const svg of doc.querySelectorAll("svg")) expect(svg.querySelectorAll(".chart__comparison-line")).toHaveLength(4);
  });

  it("rejects comparisons of the wrong length, non-finite values and more than four series", () => {
    expect(() => renderTrendChart({ ...seed, comparisons: [{ name: "Last year", values: [1, 2, 3] }] })).toThrow(
      /expected 4 values of the comparison "Last year", got 3/,
    );
    expect(() => renderTrendChart({ ...seed, comparisons: [{ name: "Last year", values: [1, 2, 3, Number.POSITIVE_INFINITY] }] })).toThrow(RangeError);
    expect(() => renderTrendChart({ ...seed, comparisons: [{ name: "Last year", values: [1, Number.NaN, 3, 4] }] })).toThrow(RangeError);
    expect(() => renderTrendChart({ ...seed, comparisons: [...four, four[0]!] })).toThrow(/at most 4 comparisons/);
  });
});

describe("the axis title", () => {
  for (const compact of [false, true]) {
    it(`is written above the y axis labels, inside the viewBox${compact ? ", on the phone chart too" : ""}`, () => {
      const root = parse(renderTrendChart({ ...seed, compact, axisTitle: "Cases per social worker" }));
      const [width, height] = (root.getAttribute("viewBox") ?? "").split(" ").slice(2).map(Number) as [number, number];
      const titles = all(root, "text.chart__axis-title");
      expect(titles.map((t) => t.textContent)).toEqual(["Cases per social worker"]);
      const title = titles[0]!;
      const x = Number(title.getAttribute("x"));
      const y = Number(title.getAttribute("y"));
      // A baseline at 16 leaves the ascent of 16-unit text inside the top edge; the text fits the width from x.
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(16);
      expect(x + "Cases per social worker".length * 16 * 0.6).toBeLessThanOrEqual(width);
      expect(y).toBeLessThan(height);
      // Left of the plot, where the y axis labels are, and above the top one (centred on its gridline, half a line high).
      const yLabels = all(root, "text.chart__axis-label[text-anchor='end']");
      const labelX = Number(yLabels[0]?.getAttribute("x"));
      expect(x).toBeLessThan(labelX);
      const topLabelY = Math.min(...yLabels.map((t) => Number(t.getAttribute("y"))));
      expect(y + 4).toBeLessThanOrEqual(topLabelY - 8);
    });
  }

  it("makes room at the top only when given", () => {
    const topGrid = (root: Element): number => Math.min(...all(root, "line.chart__grid").map((l) => Number(l.getAttribute("y1"))));
    const without = parse(renderTrendChart(seed));
    const withTitle = parse(renderTrendChart({ ...seed, axisTitle: "Days" }));
    expect(without.querySelector(".chart__axis-title")).toBeNull();
    expect(topGrid(withTitle)).toBeGreaterThan(topGrid(without));
    expect(withTitle.getAttribute("viewBox")).toBe(without.getAttribute("viewBox"));
  });

  it("wraps a title too long for the phone chart onto more lines, each inside the viewBox", () => {
    const axisTitle = "Kilograms of household waste collected per household";
    const root = parse(renderTrendChart({ ...seed, compact: true, axisTitle }));
    const lines = all(root, "text.chart__axis-title");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.textContent).join(" ")).toBe(axisTitle);
    for (const line of lines) expect(Number(line.getAttribute("x")) + (line.textContent ?? "").length * 9.6).toBeLessThanOrEqual(320);
    const ys = lines.map((t) => Number(t.getAttribute("y")));
    const topLabelY = Math.min(...all(root, "text.chart__axis-label[text-anchor='end']").map((t) => Number(t.getAttribute("y"))));
    expect(Math.max(...ys) + 4).toBeLessThanOrEqual(topLabelY - 8);
  });

  it("escapes the title's text", () => {
    const svg = renderTrendChart({ ...seed, axisTitle: "Kg <per> household & year" });
    expect(parse(svg).querySelector(".chart__axis-title")?.textContent).toBe("Kg <per> household & year");
  });
});

describe("the comparisons' colours", () => {
  const GRAPHIC = 3; // WCAG 1.4.11
  const expectContrast = (name: string, a: string, b: string): void => {
    const ratio = contrastRatio(a, b);
    expect(ratio, `${name}: ${a} on ${b} is ${ratio.toFixed(2)}:1, needs ${GRAPHIC}:1`).toBeGreaterThanOrEqual(GRAPHIC);
  };

  COMPARISON_STYLES.forEach((style, i) => {
    it(`comparison ${i + 1}: 3:1 on the page and against the result line, in both schemes, and unlike the target's colour`, () => {
      expectContrast(`comparison ${i + 1}`, style.colour, colours.background);
      expectContrast(`comparison ${i + 1} against the result line`, style.colour, colours.chartResult);
      expectContrast(`dark comparison ${i + 1}`, style.darkColour, darkColours.background);
      expectContrast(`dark comparison ${i + 1} against the result line`, style.darkColour, darkColours.chartResult);
      expect([colours.chartResult, colours.chartTarget]).not.toContain(style.colour);
      expect([darkColours.chartResult, darkColours.chartTarget]).not.toContain(style.darkColour);
    });
  });

  it("are four different colours in each scheme", () => {
    expect(new Set(COMPARISON_STYLES.map((style) => style.colour)).size).toBe(4);
    expect(new Set(COMPARISON_STYLES.map((style) => style.darkColour)).size).toBe(4);
  });

  it("are the colours the stylesheet gives the lines and the key's swatches, in each scheme", () => {
    const site = readFileSync(new URL("../../styles/_site.scss", import.meta.url), "utf8");
    const schemes = readFileSync(new URL("../../styles/_schemes.scss", import.meta.url), "utf8");
    const dark = /@media screen and \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/.exec(schemes)?.[1] ?? "";
    COMPARISON_STYLES.forEach((style, i) => {
      const rule = `.chart__series--comparison-${i + 1}, .key__swatch--comparison-${i + 1} { --comparison-colour: `;
      expect(site).toContain(`${rule}${style.colour}; }`);
      expect(dark).toContain(`${rule}${style.darkColour}; }`);
    });
  });
});

/** A marker's outline relative to its first corner, so markers of one shape at different points compare equal. */
function shapeOf(d: string): string {
  const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const [x0, y0] = points[0]!;
  return points.map(([x, y]) => `${Math.round(x - x0)},${Math.round(y - y0)}`).join(" ");
}

/** The middle of a marker's outline. */
function centreOf(d: string): { x: number; y: number } {
  const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}
