/** The y axis of a trend chart: a range and gridlines at round figures that cover every result and target. */
import type { TrendChartInput } from "./trendChartInput";

const NICE_STEP_FACTORS = [1, 2, 2.5, 5, 10];
const TARGET_INTERVALS = 5;

export interface YScale {
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

/**
 * Picks a 1/2/2.5/5×10ⁿ step so that at most about five intervals cover the padded data and target range.
 * @example niceYScale([68.6, 62.8, 75, 80], { min: 0, max: 100 }) // { low: 60, high: 85, ticks: [60, 65, 70, 75, 80, 85] }
 */
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
