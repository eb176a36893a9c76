import { FixedScaleAxis, LineChart, StepAxis, type AxisOptions, type AxisUnits, type ChartRect, type LineChartOptions, type PathCommand } from "chartist";
import { withChartDom } from "./dom";
import { colours } from "../theme/colours";

export interface TrendChartInput {
  /**
   * Accessible name, e.g. "Trend chart: Average Caseload of Social Workers in CSWTs, Mar 2017 to Jun 2017". The chart's
   * message in words is the figure caption the page puts beside it: inside the SVG too, screen readers heard it twice.
   */
  title: string;
  /** Period labels along the x axis, e.g. ["Mar 2017","Apr 2017","May 2017","Jun 2017"] */
  labels: string[];
  /** One result per label; null = no data for that period (must render as a GAP in the line, no point) */
  results: (number | null)[];
  /** One target per label; null = no target for that period (gap) */
  targets: (number | null)[];
  /** Format a y value for axis labels and the target label, e.g. v => `${v.toFixed(1)}%` */
  formatValue: (value: number) => string;
  /** Text of the target line's label, e.g. "Target 80.0%" (label the target line with its latest value) */
  targetLabel: string;
  /** Unique id prefix for ids inside the SVG (title/desc ids for aria-labelledby), e.g. "chart-adoption" */
  idPrefix: string;
  /** Values the measure can never pass, e.g. { min: 0, max: 100 } for a percentage; the y axis stays inside them. */
  domain?: { min?: number; max?: number };
  /** viewBox width in user units (default 640). */
  width?: number;
  /** viewBox height in user units (default 320). */
  height?: number;
  /**
   * Drawn for a phone (default false): a narrower viewBox so its text stays readable at 320 px, period labels on two
   * lines ("Mar" over "2017", the second line only where it changes) and no target label, which the key names instead.
   */
  compact?: boolean;
  /** Extra class on the <svg>, e.g. "chart--narrow". */
  className?: string;
}

/** The viewBox of a compact chart: at 290 px (a 320 px phone less its margins) its 16-unit text is drawn at 14.5 px. */
const COMPACT_SIZE = { width: 320, height: 280 };

const FONT_SIZE = 16;
/** Generous average glyph width (0.6em) of sans-serif digits and capitals, used to reserve room for labels. */
const CHAR_WIDTH = FONT_SIZE * 0.6;
const TICK_LABEL_GAP = 8;
/** Distance from the x axis to the baseline of the period labels. */
const X_LABEL_BASELINE = FONT_SIZE + 5;
const POINT_RADIUS = 5;
/** Fallback colours for readers without the stylesheet (feed readers); the same palette the stylesheet uses. */
const COLOURS = {
  result: colours.chartResult,
  target: colours.chartTarget,
  grid: colours.chartGrid,
  halo: colours.background,
  text: colours.chartAxisText,
} as const;
const GEOMETRY_ATTRIBUTES = new Set(["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "d", "width", "height"]);
const NICE_STEP_FACTORS = [1, 2, 2.5, 5, 10];
const TARGET_INTERVALS = 5;
const RESULT_SERIES = 1;

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

interface YScale {
  low: number;
  high: number;
  ticks: number[];
}

function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step)) + (step % 1 === 0 ? 0 : 1));
}

function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Picks a 1/2/2.5/5×10ⁿ step so that at most about five intervals cover the padded data and target range. */
export function niceYScale(values: number[], domain: TrendChartInput["domain"] = {}): YScale {
  const dataMin = values.length > 0 ? Math.min(...values) : 0;
  const dataMax = values.length > 0 ? Math.max(...values) : 1;
  const flat = dataMin === dataMax;
  const span = flat ? Math.abs(dataMax) * 0.1 || 1 : dataMax - dataMin;
  // A flat series gets a wider margin so its line does not sit on a gridline with a magnified scale.
  const margin = flat ? span / 2 : span * 0.1;
  let lo = dataMin - margin;
  let hi = dataMax + margin;
  // Anchor at zero when that at most doubles the range: the axis then shows true proportions at little cost.
  if (dataMin >= 0 && dataMin <= span) lo = 0;
  if (dataMax <= 0 && -dataMax <= span) hi = 0;
  // The margin must not push an all-positive series below zero, nor the axis past the measure's own limits.
  if (dataMin >= 0) lo = Math.max(lo, 0);
  if (domain.min !== undefined) lo = Math.max(lo, Math.min(domain.min, dataMin));
  if (domain.max !== undefined) hi = Math.min(hi, Math.max(domain.max, dataMax));
  // A degenerate domain (e.g. { min: 0, max: 0 } with all-zero data) would otherwise give a zero step.
  if (hi <= lo) hi = lo + span;

  const rawStep = (hi - lo) / TARGET_INTERVALS;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = magnitude * (NICE_STEP_FACTORS.find((f) => f * magnitude >= rawStep) ?? 10);
  const decimals = decimalsOf(step);
  const low = roundTo(Math.floor(roundTo(lo / step, 9)) * step, decimals);
  const high = roundTo(Math.ceil(roundTo(hi / step, 9)) * step, decimals);
  const count = Math.round((high - low) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => roundTo(low + i * step, decimals));
  return { low, high, ticks };
}

function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

function round2(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Serialises an element as XML that is also valid inline SVG in HTML5, rounding coordinates as it goes. */
function serializeElement(element: Element): string {
  let out = `<${element.localName}`;
  // Sorted, so the markup does not depend on the order a DOM library keeps attributes in.
  for (const name of element.getAttributeNames().sort()) {
    // Namespaced attributes (ct:value, ct:meta, xmlns:ct) cannot appear in HTML5 inline SVG.
    if (name.includes(":")) continue;
    const raw = element.getAttribute(name) ?? "";
    if (raw === "") continue;
    const value = GEOMETRY_ATTRIBUTES.has(name) ? raw.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => round2(Number(n))) : raw;
    out += ` ${name}="${escapeXml(value)}"`;
  }
  // Sibling pointers rather than childNodes: a DOM may build a new live NodeList for every childNodes call.
  let child = element.firstChild;
  if (child === null) return `${out}/>`;
  out += ">";
  for (; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE) out += escapeXml(child.nodeValue ?? "");
    else if (child.nodeType === child.ELEMENT_NODE) out += serializeElement(child as Element);
  }
  return `${out}</${element.localName}>`;
}

function serializeChildren(element: Element): string {
  let out = "";
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    out += serializeElement(child);
  }
  return out;
}

function assertInput(input: TrendChartInput): void {
  const n = input.labels.length;
  if (n === 0) throw new RangeError(`${input.idPrefix}: a trend chart needs at least one period label`);
  if (input.results.length !== n || input.targets.length !== n) {
    throw new RangeError(`${input.idPrefix}: expected ${n} results and targets, got ${input.results.length} and ${input.targets.length}`);
  }
  for (const value of [...input.results, ...input.targets]) {
    if (value !== null && !Number.isFinite(value)) {
      throw new RangeError(`${input.idPrefix}: ${value} is not a finite number; use null for a missing value`);
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

/**
 * Splits period labels at their last space for a narrow axis: "Mar 2017" is "Mar" over "2017", "Q1 2017/18" is "Q1" over "2017/18".
 * @example twoLineLabels(["Mar 2017", "Apr 2017"]) // [{ first: "Mar", second: "2017" }, { first: "Apr", second: "2017" }]
 */
export function twoLineLabels(labels: readonly string[]): { first: string; second: string }[] {
  return labels.map((label) => {
    const space = label.lastIndexOf(" ");
    return space < 0 ? { first: label, second: "" } : { first: label.slice(0, space), second: label.slice(space + 1) };
  });
}

/**
 * Renders a KPI trend line chart (results as a solid line with points, targets as a dashed line)
 * to an accessible inline SVG string, synchronously and deterministically, at build time.
 * Throws a RangeError if the arrays differ in length or hold a non-finite number.
 *
 * @example renderTrendChart({ title, labels: ["Mar 2017", "Apr 2017"], results: [68.6, null], targets: [75, 80], formatValue: (v) => `${v.toFixed(1)}%`, targetLabel: "Target 80.0%", idPrefix: "chart-adoption" })
 */
export function renderTrendChart(input: TrendChartInput): string {
  assertInput(input);
  const compact = input.compact ?? false;
  const width = input.width ?? (compact ? COMPACT_SIZE.width : 640);
  const height = input.height ?? (compact ? COMPACT_SIZE.height : 320);
  const n = input.labels.length;
  const axisLabels = compact ? twoLineLabels(input.labels) : input.labels.map((text) => ({ first: text, second: "" }));
  const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);
  const scale = niceYScale([...present(input.results), ...present(input.targets)], input.domain);
  const hasTarget = !compact && input.targets.some((v) => v !== null);

  // Reserve room so the widest y tick label, the last x label and the target label all stay inside the viewBox.
  const padding = { top: Math.ceil(FONT_SIZE / 2) + 4, left: 2, bottom: 4 };
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

  const options: LineChartOptions = {
    viewBox: { width, height },
    chartPadding: { ...padding, right },
    showArea: false,
    // Points are drawn as circles from the line's path: Chartist's zero-length <line> markers need CSS caps to show.
    showPoint: false,
    lineSmooth: false,
    fullWidth: false,
    axisX: { type: BandAxis, ticks: input.labels, offset: xAxisOffset, showGrid: false, showLabel: false },
    axisY: {
      type: FixedScaleAxis,
      ticks: scale.ticks,
      low: scale.low,
      high: scale.high,
      offset: yAxisOffset,
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
  const data = {
    labels: input.labels,
    // Targets first so the result line, the chart's main message, is painted on top of them.
    series: [
      { name: "target", className: "chart__series--target", data: input.targets },
      { name: "result", className: "chart__series--result", data: input.results },
    ],
  };

  return withChartDom(({ container }) => {
    const chart = new LineChart(container, data, options);
    // The constructor defers drawing to a setTimeout; cancel it (via the dom.ts clearTimeout shim) and draw now instead.
    chart.detach();
    chart.on("draw", (event) => {
      if (event.type !== "line") return;
      const elements = event.path.pathElements;
      if (elements.length === 0) {
        event.element.remove();
      } else if (event.seriesIndex === RESULT_SERIES) {
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
      } else {
        event.element.attr({
          class: "chart__target-line",
          d: pathWithVisibleLonePoints(elements, band / 4),
          fill: "none",
          stroke: COLOURS.target,
          "stroke-width": 2,
          "stroke-dasharray": "8 6",
        });
        if (!hasTarget) return;
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
          .text(input.targetLabel);
      }
    });
    // Axis labels are drawn here as SVG text: Chartist's own are HTML spans in <foreignObject>, slow to build without a browser.
    chart.on("created", ({ svg, chartRect, axisX, axisY }) => {
      // Fallback colours go on the groups, once, and are inherited by every gridline and label inside.
      svg.querySelector(".chart__grids")?.attr({ stroke: COLOURS.grid, "stroke-width": 1 });
      const labels = svg.querySelector(".chart__labels") ?? svg.elem("g", {}, "chart__labels");
      labels.attr({ fill: COLOURS.text, "font-size": FONT_SIZE });
      let shownSecond = { text: "", right: -Infinity };
      input.labels.forEach((text, index) => {
        if ((n - 1 - index) % labelEvery !== 0) return;
        const x = chartRect.x1 + axisX.projectValue(text, index);
        const { first, second } = axisLabels[index]!;
        labels.elem("text", { x, y: chartRect.y1 + X_LABEL_BASELINE, "text-anchor": "middle" }, "chart__axis-label").text(first);
        // The year is written under the first label shown and wherever it changes, unless it would run into the one before.
        const half = textWidth(second) / 2;
        if (second && second !== shownSecond.text && x - half >= shownSecond.right + TICK_LABEL_GAP) {
          labels.elem("text", { x, y: chartRect.y1 + X_LABEL_BASELINE + FONT_SIZE + 2, "text-anchor": "middle" }, "chart__axis-label").text(second);
          shownSecond = { text: second, right: x + half };
        }
      });
      for (const tick of scale.ticks) {
        const y = chartRect.y1 - axisY.projectValue(tick);
        labels.elem("text", { x: chartRect.x1 - TICK_LABEL_GAP, y, dy: "0.35em", "text-anchor": "end" }, "chart__axis-label").text(input.formatValue(tick));
      }
    });
    chart.initialize();
    chart.detach();

    const svg = container.querySelector("svg");
    if (!svg) throw new Error(`${input.idPrefix}: Chartist did not render an <svg>`);
    const id = escapeXml(input.idPrefix);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" class="${input.className ? `chart ${escapeXml(input.className)}` : "chart"}" viewBox="0 0 ${round2(width)} ${round2(height)}"` +
      // Named by its <title> alone: with aria-labelledby, Chromium also gives the title again as the description.
      ` role="img" focusable="false">` +
      `<title id="${id}-title">${escapeXml(input.title)}</title>` +
      serializeChildren(svg) +
      `</svg>`
    );
  });
}

/**
 * The chart twice, for wide screens and print and for phones; the stylesheet shows one, so one is ever read out.
 * @example renderResponsiveTrendChart({ ...input, idPrefix: "chart-adoption" }) // '<svg … class="chart chart--wide" …>…</svg><svg … class="chart chart--narrow" …>…</svg>'
 */
export function renderResponsiveTrendChart(input: TrendChartInput): string {
  return (
    renderTrendChart({ ...input, idPrefix: `${input.idPrefix}-wide`, className: "chart--wide" }) +
    renderTrendChart({ ...input, idPrefix: `${input.idPrefix}-narrow`, className: "chart--narrow", compact: true })
  );
}
