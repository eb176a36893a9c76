/**
 * Where everything in a trend chart goes: the viewBox, the room kept for labels, the width of each period's band and
 * which period labels are shown, and the Chartist options that draw it so.
 */
import { FixedScaleAxis, StepAxis, type AxisOptions, type AxisUnits, type ChartRect, type LineChartOptions } from "chartist";
import { AXIS_TITLE_LINE_HEIGHT, FONT_SIZE, TICK_LABEL_GAP, textWidth } from "./chartStyle";
import type { TrendChartInput } from "./trendChartInput";
import { niceYScale, type YScale } from "./yScale";

/** The viewBox of a compact chart: at 290 px (a 320 px phone less its margins) its 16-unit text is drawn at 14.5 px. */
const COMPACT_SIZE = { width: 320, height: 280 };

/**
 * Places each period in the middle of an equal-width band, so the first and last points and their
 * centred labels sit inside the plot instead of on its edges (StepAxis puts them at the band's start).
 */
class BandAxis extends StepAxis {
  private readonly halfBand: number;

  constructor(axisUnit: AxisUnits, data: unknown, chartRect: ChartRect, options: AxisOptions) {
    super(axisUnit, data, chartRect, { ...options, stretch: false });
    this.halfBand = this.axisLength / Math.max(1, options.ticks?.length ?? 0) / 2;
  }

  override projectValue(value: unknown, index: number): number {
    return super.projectValue(value, index) + this.halfBand;
  }
}

/** A period label on one line, or on two for a narrow chart. */
export interface AxisLabel {
  first: string;
  second: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  axisLabels: AxisLabel[];
  scale: YScale;
  /** Where the axis title starts and its lines, each inside the viewBox's width; no lines without an axis title. */
  axisTitle: { x: number; lines: string[] };
  /** Whether the target line is labelled with its latest value (never on a compact chart, whose key names it). */
  hasTarget: boolean;
  /** Width of each period's band along the x axis. */
  band: number;
  /** Every how many periods a label is shown, counting back from the latest. */
  labelEvery: number;
  options: LineChartOptions;
}

/**
 * Splits period labels at their last space for a narrow axis: "Mar 2017" is "Mar" over "2017", "Q1 2017/18" is "Q1" over "2017/18".
 * @example twoLineLabels(["Mar 2017", "Apr 2017"]) // [{ first: "Mar", second: "2017" }, { first: "Apr", second: "2017" }]
 */
export function twoLineLabels(labels: readonly string[]): AxisLabel[] {
  return labels.map((label) => {
    const space = label.lastIndexOf(" ");
    return space < 0 ? { first: label, second: "" } : { first: label.slice(0, space), second: label.slice(space + 1) };
  });
}

/**
 * Breaks text at spaces into lines of at most `maxWidth`; a word longer than that is a line of its own.
 * @example wrapText("Per 1,000 population", 120) // ["Per 1,000", "population"]
 */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Lays a chart out so the widest y tick label, the last x label and the target label all stay inside the viewBox.
 * @example chartLayout(input).labelEvery // 1: every period labelled
 */
export function chartLayout(input: TrendChartInput): ChartLayout {
  const compact = input.compact ?? false;
  const width = input.width ?? (compact ? COMPACT_SIZE.width : 640);
  const height = input.height ?? (compact ? COMPACT_SIZE.height : 320);
  const n = input.labels.length;
  const axisLabels = compact ? twoLineLabels(input.labels) : input.labels.map((text) => ({ first: text, second: "" }));
  const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);
  const comparisonValues = (input.comparisons ?? []).flatMap((comparison) => present(comparison.values));
  const scale = niceYScale([...present(input.results), ...present(input.targets), ...comparisonValues], input.domain);
  const hasTarget = !compact && input.targets.some((v) => v !== null);

  const padding = { top: Math.ceil(FONT_SIZE / 2) + 4, left: 2, bottom: 4 };
  // The axis title sits above the top tick label, from the left edge, with a line's room kept for each of its lines.
  const axisTitleLines = input.axisTitle?.trim() ? wrapText(input.axisTitle, width - 2 * padding.left) : [];
  if (axisTitleLines.length > 0) padding.top += axisTitleLines.length * AXIS_TITLE_LINE_HEIGHT + 4;
  const axisTitle = { x: padding.left, lines: axisTitleLines };
  const yAxisOffset = Math.ceil(Math.max(...scale.ticks.map((t) => textWidth(input.formatValue(t)))) + TICK_LABEL_GAP);
  const xAxisOffset = (compact ? 2 * FONT_SIZE : FONT_SIZE) + 14;
  const plotLeft = padding.left + yAxisOffset;
  const xLabelWidth = Math.max(...axisLabels.map((label) => textWidth(label.first)));
  const rightNeed = Math.max(xLabelWidth / 2, hasTarget ? TICK_LABEL_GAP + textWidth(input.targetLabel) : 0) + 2;
  // The last point sits half a band inside the plot, so solve right + band / 2 >= rightNeed for the right padding.
  const right = Math.ceil(Math.max(8, (rightNeed - (width - plotLeft) / (2 * n)) / (1 - 1 / (2 * n))));
  const band = (width - right - plotLeft) / n;
  // Show every k-th period label, always including the latest, so centred labels never overlap.
  const labelEvery = Math.max(1, Math.ceil((xLabelWidth + TICK_LABEL_GAP) / band));
  const options = lineChartOptions(input, { width, height }, { ...padding, right }, { x: xAxisOffset, y: yAxisOffset }, scale);
  return { width, height, axisLabels, scale, axisTitle, hasTarget, band, labelEvery, options };
}

function lineChartOptions(
  input: TrendChartInput,
  viewBox: { width: number; height: number },
  chartPadding: LineChartOptions["chartPadding"],
  axisOffset: { x: number; y: number },
  scale: YScale,
): LineChartOptions {
  return {
    viewBox,
    chartPadding,
    showArea: false,
    // Points are drawn as circles from the line's path: Chartist's zero-length <line> markers need CSS caps to show.
    showPoint: false,
    lineSmooth: false,
    fullWidth: false,
    axisX: { type: BandAxis, ticks: input.labels, offset: axisOffset.x, showGrid: false, showLabel: false },
    axisY: {
      type: FixedScaleAxis,
      ticks: scale.ticks,
      low: scale.low,
      high: scale.high,
      offset: axisOffset.y,
      showLabel: false,
    },
    classNames: {
      chart: "chart",
      gridGroup: "chart__grids",
      grid: "chart__grid",
      vertical: "",
      horizontal: "",
      labelGroup: "chart__labels",
      series: "chart__series",
    },
  };
}
