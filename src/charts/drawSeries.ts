/**
 * The lines of a trend chart: results solid with a point at each figure, targets dashed with their latest value, and
 * each comparison in its own pattern with its own marker shape.
 */
import type { LineDrawEvent, PathCommand } from "chartist";
import type { ChartLayout } from "./chartLayout";
import { COLOURS, COMPARISON_STYLES, FONT_SIZE, POINT_RADIUS, TICK_LABEL_GAP, type MarkerShape } from "./chartStyle";
import { round2 } from "./svgMarkup";

/** What a series is: the result, the target, or the comparison numbered from 1 as the input lists it. */
export type SeriesRole = { kind: "result" } | { kind: "target" } | { kind: "comparison"; number: number };

/**
 * Styles a line Chartist has drawn, as the result line, the target line or a comparison; a series with no figures is removed.
 * @example chart.on("draw", (event) => { if (event.type === "line") drawSeries(event, layout, "Target 80.0%", { kind: "target" }); })
 */
export function drawSeries(event: LineDrawEvent, layout: ChartLayout, targetLabel: string, role: SeriesRole): void {
  const elements = event.path.pathElements;
  if (elements.length === 0) event.element.remove();
  else if (role.kind === "result") drawResultLine(event, elements);
  else if (role.kind === "target") drawTargetLine(event, elements, layout, targetLabel);
  else drawComparisonLine(event, elements, role.number);
}

function drawResultLine(event: LineDrawEvent, elements: PathCommand[]): void {
  event.element.attr({
    class: "chart__result-line",
    fill: "none",
    stroke: COLOURS.result,
    "stroke-width": 3,
    "stroke-linejoin": "round",
    "stroke-linecap": "round",
  });
  for (const { x, y } of elements) {
    event.group.elem("circle", { cx: x, cy: y, r: POINT_RADIUS, fill: COLOURS.result }, "chart__result-point");
  }
}

function drawTargetLine(event: LineDrawEvent, elements: PathCommand[], layout: ChartLayout, targetLabel: string): void {
  event.element.attr({
    class: "chart__target-line",
    d: pathWithVisibleLonePoints(elements, layout.band / 4),
    fill: "none",
    stroke: COLOURS.target,
    "stroke-width": 2,
    "stroke-dasharray": "8 6",
  });
  if (!layout.hasTarget) return;
  const latest = elements[elements.length - 1]!;
  event.group
    .elem(
      "text",
      {
        x: latest.x + TICK_LABEL_GAP,
        y: latest.y,
        dy: "0.35em",
        fill: COLOURS.target,
        "font-size": FONT_SIZE,
        // A halo keeps the label legible where it crosses a gridline at the same value.
        stroke: COLOURS.halo,
        "stroke-width": 4,
        "stroke-linejoin": "round",
        "paint-order": "stroke",
      },
      "chart__target-label",
    )
    .text(targetLabel);
}

function drawComparisonLine(event: LineDrawEvent, elements: PathCommand[], number: number): void {
  const style = COMPARISON_STYLES[number - 1]!;
  event.element.attr({
    class: "chart__comparison-line",
    fill: "none",
    stroke: style.colour,
    "stroke-width": style.strokeWidth,
    "stroke-dasharray": style.dashArray,
    "stroke-linecap": style.lineCap,
    "stroke-linejoin": "round",
  });
  // A lone value (no neighbour to draw a line to) is still seen: its marker is drawn like any other.
  for (const { x, y } of elements) {
    event.group.elem("path", { d: markerPath(style.marker, x, y), fill: style.colour }, "chart__comparison-point");
  }
}

/** Half the width of the square marker; the others are sized to look as large. */
const MARKER_SIZE = 4.5;

/**
 * The outline of a marker centred on (x, y), as filled path data.
 * @example markerPath("diamond", 10, 10) // "M10,4L16,10L10,16L4,10Z"
 */
export function markerPath(shape: MarkerShape, x: number, y: number): string {
  const s = MARKER_SIZE;
  const polygon = (points: [number, number][]): string =>
    points.map(([dx, dy], i) => `${i === 0 ? "M" : "L"}${round2(x + dx)},${round2(y + dy)}`).join("") + "Z";
  switch (shape) {
    case "square":
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    case "triangle": {
      // Pointing up, centred on the value: circumradius r, so its base is r / 2 below the value.
      const r = s * 1.45;
      const half = (r * Math.sqrt(3)) / 2;
      return polygon([
        [0, -r],
        [half, r / 2],
        [-half, r / 2],
      ]);
    }
    case "diamond": {
      const r = (s * 4) / 3;
      return polygon([
        [0, -r],
        [r, 0],
        [0, r],
        [-r, 0],
      ]);
    }
    case "cross": {
      // An "×": a plus sign of arm length e and half-width w, turned 45°.
      const e = s * 1.35;
      const w = 1.5;
      const plus: [number, number][] = [
        [-w, -e],
        [w, -e],
        [w, -w],
        [e, -w],
        [e, w],
        [w, w],
        [w, e],
        [-w, e],
        [-w, w],
        [-e, w],
        [-e, -w],
        [-w, -w],
      ];
      return polygon(plus.map(([px, py]) => [(px - py) / Math.SQRT2, (px + py) / Math.SQRT2]));
    }
  }
}

/** Rebuilds a line path, drawing a lone point (a segment with no neighbours) as a short level dash so it stays visible. */
function pathWithVisibleLonePoints(elements: PathCommand[], dashHalfWidth: number): string {
  let d = "";
  elements.forEach((element, i) => {
    const next = elements[i + 1];
    const isLone = element.command === "M" && (next === undefined || next.command === "M");
    d += isLone ? `M${element.x - dashHalfWidth},${element.y}L${element.x + dashHalfWidth},${element.y}` : `${element.command}${element.x},${element.y}`;
  });
  return d;
}
