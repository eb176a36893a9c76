import { renderTrendChartPair } from "../charts/renderTrendChart";
import { chartTickFormat } from "./chartData";
import type { ChartedIndicator, Indicator } from "./model";

/**
 * The indicator with its trend chart drawn, wide and narrow. Drawn for the pages being rendered, not in the data step:
 * the model of a long archive then holds no chart, and a meeting whose pages are carried over is never drawn.
 * @example withCharts(indicator).chartSvgs.wide // '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--wide" …'
 */
export function withCharts(indicator: Indicator): ChartedIndicator {
  return { ...indicator, chartSvgs: renderTrendChartPair({ ...indicator.chart, formatValue: chartTickFormat(indicator.unit, indicator.decimalPlaces) }) };
}
