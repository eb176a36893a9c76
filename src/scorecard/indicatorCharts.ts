import { renderTrendChartPair } from "../charts/renderTrendChart";
import { chartTickFormat } from "./chartData";
import type { ChartSvgs, Indicator } from "./model";

/** What drawing a chart takes (an indicator's, or a history's): plain data, so it can be sent to a worker thread (see chartDrawer.ts). */
export type ChartJob = Pick<Indicator, "chart" | "unit" | "decimalPlaces">;

/** Gives an indicator or a history with its charts drawn; `withCharts` draws them there and then, a build's chart drawer in worker threads too. */
export type Charts = <T extends ChartJob>(item: T) => T & { chartSvgs: ChartSvgs };

/**
 * A trend chart drawn wide and narrow, its values written as its unit writes them.
 * @example drawIndicatorCharts(indicator).wide // '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--wide" …'
 */
export function drawIndicatorCharts({ chart, unit, decimalPlaces }: ChartJob): ChartSvgs {
  return renderTrendChartPair({ ...chart, formatValue: chartTickFormat(unit, decimalPlaces) });
}

/**
 * The indicator (or history) with its trend chart drawn, wide and narrow. Drawn for the pages being rendered, not in the
 * data step: the model of a long archive then holds no chart, and a meeting whose pages are carried over is never drawn.
 * @example withCharts(indicator).chartSvgs.wide // '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--wide" …'
 */
export const withCharts: Charts = (item) => ({ ...item, chartSvgs: drawIndicatorCharts(item) });
