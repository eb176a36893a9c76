/** The two lines of a trend chart: results solid with a point at each figure, targets dashed with their latest value. */
import type { LineDrawEvent, PathCommand } from "chartist";
import type { ChartLayout } from "./chartLayout";
import { COLOURS, FONT_SIZE, POINT_RADIUS, TICK_LABEL_GAP } from "./chartStyle";

const RESULT_SERIES = 1;

/**
 * Styles a line Chartist has drawn, as the result line or the target line; a series with no figures is removed.
 * @example chart.on("draw", (event) => { if (event.type === "line") drawSeries(event, layout, "Target 80.0%"); })
 */
export function drawSeries(event: LineDrawEvent, layout: ChartLayout, targetLabel: string): void {
  const elements = event.path.pathElements;
  if (elements.length === 0) event.element.remove();
  else if (event.seriesIndex === RESULT_SERIES) drawResultLine(event, elements);
  else drawTargetLine(event, elements, layout, targetLabel);
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
