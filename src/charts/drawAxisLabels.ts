/**
 * The period and value labels, drawn as SVG text: Chartist's own are HTML spans in <foreignObject>, slow to build
 * without a browser.
 */
import type { LineChartCreatedEvent } from "chartist";
import type { ChartLayout } from "./chartLayout";
import { AXIS_TITLE_LINE_HEIGHT, COLOURS, FONT_SIZE, TICK_LABEL_GAP, X_LABEL_BASELINE, textWidth } from "./chartStyle";
import type { TrendChartInput } from "./trendChartInput";

/**
 * Colours the gridlines and writes every label, once Chartist has drawn the chart.
 * @example chart.on("created", (event) => drawAxisLabels(event, input, layout))
 */
export function drawAxisLabels({ svg, chartRect, axisX, axisY }: LineChartCreatedEvent, input: TrendChartInput, layout: ChartLayout): void {
  // Fallback colours go on the groups, once, and are inherited by every gridline and label inside.
  svg.querySelector(".chart__grids")?.attr({ stroke: COLOURS.grid, "stroke-width": 1 });
  const labels = svg.querySelector(".chart__labels") ?? svg.elem("g", {}, "chart__labels");
  labels.attr({ fill: COLOURS.text, "font-size": FONT_SIZE });
  // The unit in words, over the y axis labels from the chart's left edge, in the room the layout kept above the plot.
  layout.axisTitle.lines.forEach((line, i) => {
    labels.elem("text", { x: layout.axisTitle.x, y: FONT_SIZE + i * AXIS_TITLE_LINE_HEIGHT }, "chart__axis-title").text(line);
  });
  const n = input.labels.length;
  let shownSecond = { text: "", right: -Infinity };
  input.labels.forEach((text, index) => {
    if ((n - 1 - index) % layout.labelEvery !== 0) return;
    const x = chartRect.x1 + axisX.projectValue(text, index);
    const { first, second } = layout.axisLabels[index]!;
    labels.elem("text", { x, y: chartRect.y1 + X_LABEL_BASELINE, "text-anchor": "middle" }, "chart__axis-label").text(first);
    // The year is written under the first label shown and wherever it changes, unless it would run into the one before.
    const half = textWidth(second) / 2;
    if (second && second !== shownSecond.text && x - half >= shownSecond.right + TICK_LABEL_GAP) {
      labels.elem("text", { x, y: chartRect.y1 + X_LABEL_BASELINE + FONT_SIZE + 2, "text-anchor": "middle" }, "chart__axis-label").text(second);
      shownSecond = { text: second, right: x + half };
    }
  });
  for (const tick of layout.scale.ticks) {
    const y = chartRect.y1 - axisY.projectValue(tick);
    labels.elem("text", { x: chartRect.x1 - TICK_LABEL_GAP, y, dy: "0.35em", "text-anchor": "end" }, "chart__axis-label").text(input.formatValue(tick));
  }
}
