/**
 * A series to compare each result with, e.g. the same period last year or the England average, drawn as its own line
 * under the result line. The key beside the chart names it; the SVG does not.
 */
export interface TrendChartComparison {
  /** What it is, e.g. "England average"; used in messages about the input. */
  name: string;
  /** One value per label; null = no value for that period (a gap in its line, no marker). */
  values: (number | null)[];
}

/** What a trend chart is drawn from: its periods, results, targets and comparisons, and how its figures are written. */
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
  /**
   * Up to four comparison series, each drawn in its own line pattern and marker shape (dotted with squares, dash-dot
   * with triangles, long dashes with diamonds, fine dots with crosses), in that order, so they differ without colour.
   * A series with no values at all is not drawn.
   */
  comparisons?: TrendChartComparison[];
  /**
   * The unit in words, written above the y axis labels, e.g. "Days" or "Per 1,000 population"; `formatValue` then
   * writes bare numbers. Room is made for it at the top of the chart only when it is given.
   */
  axisTitle?: string;
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
