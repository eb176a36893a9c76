import { renderTrendChartPair } from "../charts/renderTrendChart";
import { chartTickFormat } from "./chartData";
import type { ChartedIndicator, ChartSvgs, Indicator } from "./model";

/** What drawing an indicator's charts takes: plain data, so it can be sent to a worker thread (see chartDrawer.ts). */
export type ChartJob = Pick<Indicator, "chart" | "unit" | "decimalPlaces">;

/**
 * An indicator's trend chart drawn wide and narrow, its values written as its unit writes them.
 * @example drawIndicatorCharts(indicator).wide // '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--wide" …'
 */
export function drawIndicatorCharts({ chart, unit, decimalPlaces }: ChartJob): ChartSvgs {
  return renderTrendChartPair({ ...chart, formatValue: chartTickFormat(unit, decimalPlaces) });
}

/**
 * The indicator with its trend chart drawn, wide and narrow. Drawn for the pages being rendered, not in the data step:
 * the model of a long archive then holds no chart, and a meeting whose pages are carried over is never drawn.
 * @example withCharts(indicator).chartSvgs.wide // '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--wide" …'
 */
export function withCharts(indicator: Indicator): ChartedIndicator {
  return { ...indicator, chartSvgs: drawIndicatorCharts(indicator) };
}
