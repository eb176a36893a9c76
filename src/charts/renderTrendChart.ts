/** A KPI trend chart drawn at build time with Chartist, as inline SVG with its title, for wide screens and for phones. */
import { LineChart } from "chartist";
import { chartLayout } from "./chartLayout";
import { withChartDom } from "./dom";
import { drawAxisLabels } from "./drawAxisLabels";
import { COMPARISON_STYLES } from "./chartStyle";
import { drawSeries, type SeriesRole } from "./drawSeries";
import { escapeXml, round2, serializeChildren } from "./svgMarkup";
import type { TrendChartInput } from "./trendChartInput";

// The input is the chart's own type; callers name it from here.
export type { TrendChartComparison, TrendChartInput } from "./trendChartInput";

function assertFinite(input: TrendChartInput, values: readonly (number | null)[]): void {
  for (const value of values) {
    if (value !== null && !Number.isFinite(value)) {
      throw new RangeError(`${input.idPrefix}: ${value} is not a finite number; use null for a missing value`);
    }
  }
}

function assertInput(input: TrendChartInput): void {
  const n = input.labels.length;
  if (n === 0) throw new RangeError(`${input.idPrefix}: a trend chart needs at least one period label`);
  if (input.results.length !== n || input.targets.length !== n) {
    throw new RangeError(`${input.idPrefix}: expected ${n} results and targets, got ${input.results.length} and ${input.targets.length}`);
  }
  assertFinite(input, input.results);
  assertFinite(input, input.targets);
  const comparisons = input.comparisons ?? [];
  if (comparisons.length > COMPARISON_STYLES.length) {
    throw new RangeError(`${input.idPrefix}: at most ${COMPARISON_STYLES.length} comparisons can be drawn apart, got ${comparisons.length}`);
  }
  for (const comparison of comparisons) {
    if (comparison.values.length !== n) {
      throw new RangeError(`${input.idPrefix}: expected ${n} values of the comparison "${comparison.name}", got ${comparison.values.length}`);
    }
    assertFinite(input, comparison.values);
  }
}

/** The series in the order they are painted, each with what it is: comparisons first, then the target, the result last. */
function seriesOf(input: TrendChartInput): { series: { name: string; className: string; data: (number | null)[] }[]; roles: SeriesRole[] } {
  // A comparison with no values at all is left out; the others keep their number, which the key's swatches use.
  const comparisons = (input.comparisons ?? [])
    .map((comparison, index) => ({ number: index + 1, values: comparison.values }))
    .filter(({ values }) => values.some((value) => value !== null));
  return {
    series: [
      ...comparisons.map(({ number, values }) => ({ name: `comparison-${number}`, className: `chart__series--comparison-${number}`, data: values })),
      { name: "target", className: "chart__series--target", data: input.targets },
      { name: "result", className: "chart__series--result", data: input.results },
    ],
    roles: [...comparisons.map(({ number }): SeriesRole => ({ kind: "comparison", number })), { kind: "target" }, { kind: "result" }],
  };
}

/**
 * Renders a KPI trend line chart (results as a solid line with points, targets as a dashed line, comparisons each in
 * their own pattern and markers beneath them) to an accessible inline SVG string, synchronously and deterministically,
 * at build time. Throws a RangeError if the arrays differ in length, hold a non-finite number, or there are more than
 * four comparisons.
 *
 * @example renderTrendChart({ title, labels: ["Mar 2017", "Apr 2017"], results: [68.6, null], targets: [75, 80], formatValue: (v) => `${v.toFixed(1)}%`, targetLabel: "Target 80.0%", idPrefix: "chart-adoption" })
 */
export function renderTrendChart(input: TrendChartInput): string {
  assertInput(input);
  const layout = chartLayout(input);
  // Comparisons and targets first so the result line, the chart's main message, is painted on top of them.
  const { series, roles } = seriesOf(input);
  const data = { labels: input.labels, series };

  return withChartDom(({ container }) => {
    // Chartist is typed for a browser's Element; it draws with no more of it than chartDocument.ts has.
    const chart = new LineChart(container as unknown as Element, data, layout.options);
    // The constructor defers drawing to a setTimeout; cancel it (via the dom.ts clearTimeout shim) and draw now instead.
    chart.detach();
    chart.on("draw", (event) => {
      if (event.type === "line") drawSeries(event, layout, input.targetLabel, roles[event.seriesIndex]!);
    });
    chart.on("created", (event) => drawAxisLabels(event, input, layout));
    chart.initialize();
    chart.detach();

    const svg = container.querySelector("svg");
    if (!svg) throw new Error(`${input.idPrefix}: Chartist did not render an <svg>`);
    const id = escapeXml(input.idPrefix);
    // Joined, not added up, so the model holds one flat string (see serializeChildren).
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" class="${input.className ? `chart ${escapeXml(input.className)}` : "chart"}" viewBox="0 0 ${round2(layout.width)} ${round2(layout.height)}"`,
      // Named by its <title> alone: with aria-labelledby, Chromium also gives the title again as the description.
      ` role="img" focusable="false">`,
      `<title id="${id}-title">${escapeXml(input.title)}</title>`,
      serializeChildren(svg),
      `</svg>`,
    ].join("");
  });
}

/**
 * The chart twice, for wide screens and print and for phones; the stylesheet shows one, so one is ever read out.
 * @example renderResponsiveTrendChart({ ...input, idPrefix: "chart-adoption" }) // '<svg … class="chart chart--wide" …>…</svg><svg … class="chart chart--narrow" …>…</svg>'
 */
export function renderResponsiveTrendChart(input: TrendChartInput): string {
  const { wide, narrow } = renderTrendChartPair(input);
  return wide + narrow;
}

/**
 * The two drawings renderResponsiveTrendChart joins, apart, so a page for print can carry the wide one alone.
 * @example renderTrendChartPair(input).narrow // '<svg … class="chart chart--narrow" …'
 */
export function renderTrendChartPair(input: TrendChartInput): { wide: string; narrow: string } {
  return {
    wide: renderTrendChart({ ...input, idPrefix: `${input.idPrefix}-wide`, className: "chart--wide" }),
    narrow: renderTrendChart({ ...input, idPrefix: `${input.idPrefix}-narrow`, className: "chart--narrow", compact: true }),
  };
}
