/**
 * The figures a paper prints beside each result to compare it with: the same period last year, the previous year's
 * outturn, and benchmarks (an England, regional or statistical neighbours' average, or a quartile position). Each is
 * checked at its field and turned into one series, a value per trend row, for the table, the chart and the downloads.
 */
import {
  financialYearLabel,
  financialYearStart,
  parseRatingYear,
  parsePeriod,
  periodDates,
  periodKey,
  periodLabel,
  periodProblem,
  samePeriodLastYear,
  type Period,
} from "../domain/periods";
import { formatValue, toFine } from "../domain/units";
import type { LastYear } from "./travelText";
import type { FieldChecks } from "./indicatorChecks";
import type { BenchmarkFigure, ComparisonSeries } from "./model";

/** Quartile positions as councils word them: 1 is the best-performing quarter of councils. */
export const QUARTILE_WORDS = ["Top quartile", "Second quartile", "Third quartile", "Bottom quartile"] as const;

/** The comparisons of one indicator, ready for its rows, table, chart and downloads. */
export interface Comparisons {
  /** For each trend row, the same period last year and its figure, when the paper or the trend gives it. */
  lastYear: (LastYear | undefined)[];
  series: ComparisonSeries[];
  benchmarkFigures: BenchmarkFigure[];
}

/**
 * Checks and lines up every comparison against the trend's periods (all of which were read).
 * @example comparisonsOf(checks, periods).series.map((series) => series.name) // ["Same period last year", "England average"]
 */
export function comparisonsOf(checks: FieldChecks, periods: readonly Period[]): Comparisons {
  const lastYear = lastYearFigures(checks, periods);
  const series: ComparisonSeries[] = [];
  const format = (value: number) => formatValue(value, checks.unit, checks.front.decimalPlaces);
  if (lastYear.some((figure) => figure)) {
    series.push({
      name: "Same period last year",
      kind: "same-period-last-year",
      values: lastYear.map((figure) => figure?.value ?? null),
      texts: lastYear.map((figure) => (figure ? `${format(figure.value)} (${periodLabel(figure.period)})` : "Not given")),
      source: "",
    });
  }
  const outturns = outturnSeries(checks, periods, format);
  if (outturns) series.push(outturns);
  const { benchmarkSeries, benchmarkFigures } = benchmarksOf(checks, periods, format);
  series.push(...benchmarkSeries);
  return { lastYear, series, benchmarkFigures };
}

/** Each row's same period last year: the paper's figure beside it, or the trend's own row for that period; both must agree. */
function lastYearFigures({ front, at, precise }: FieldChecks, periods: readonly Period[]): (LastYear | undefined)[] {
  const byKey = new Map(front.trend.map((row, index) => [periodKey(periods[index]!), row.result]));
  return front.trend.map((row, index) => {
    const period = samePeriodLastYear(periods[index]!);
    // For a yearly figure the same period last year is the row before, which the direction of travel already compares with.
    const yearly = period.kind === "financial-year" || period.kind === "calendar-year";
    const fromTrend = yearly ? null : (byKey.get(periodKey(period)) ?? null);
    const given = row.samePeriodLastYear ?? null;
    const path = ["trend", index, "samePeriodLastYear"];
    if (given !== null && !precise(path, given)) return undefined;
    if (given !== null && fromTrend !== null && toFine(given, front.decimalPlaces) !== toFine(fromTrend, front.decimalPlaces)) {
      at(
        path,
        `found ${given}, but this trend's own row for ${periodLabel(period)} gives ${fromTrend}`,
        "make the two agree with the paper, or delete samePeriodLastYear",
      );
      // Kept, so the row's other checks do not also fail for want of it; the problem stops the build.
      return { value: given, period };
    }
    const value = given ?? fromTrend;
    return value === null ? undefined : { value, period };
  });
}

/** The previous financial year's outturn beside each row, from `outturns`. */
function outturnSeries({ front, at, precise }: FieldChecks, periods: readonly Period[], format: (value: number) => string): ComparisonSeries | undefined {
  const byYear = new Map<number, number>();
  front.outturns.forEach((entry, index) => {
    const year = parseRatingYear(entry.financialYear);
    if (year === undefined)
      at(
        ["outturns", index, "financialYear"],
        `found "${entry.financialYear}", expected a financial year such as "2016/17" (or a calendar year such as "2023")`,
      );
    else if (byYear.has(year))
      at(["outturns", index, "financialYear"], `the outturn for ${entry.financialYear} is given twice`, "keep one entry per financial year");
    else if (precise(["outturns", index, "result"], entry.result)) byYear.set(year, entry.result);
  });
  if (!byYear.size) return undefined;
  const years = periods.map((period) => financialYearStart(period) - 1);
  if (!years.some((year) => byYear.has(year))) return undefined;
  return {
    name: "Previous year's outturn",
    kind: "previous-year-outturn",
    values: years.map((year) => byYear.get(year) ?? null),
    texts: years.map((year) => (byYear.has(year) ? `${format(byYear.get(year)!)} (${financialYearLabel(year)})` : "Not given")),
    source: "",
  };
}

/** Each benchmark as a series: beside each row, the latest of its figures for a period ending no later than the row's. */
function benchmarksOf(
  { front, at, precise }: FieldChecks,
  periods: readonly Period[],
  format: (value: number) => string,
): { benchmarkSeries: ComparisonSeries[]; benchmarkFigures: BenchmarkFigure[] } {
  const benchmarkSeries: ComparisonSeries[] = [];
  const benchmarkFigures: BenchmarkFigure[] = [];
  front.benchmarks.forEach((benchmark, b) => {
    const quartile = benchmark.kind === "quartile";
    const figures: { period: Period; end: string; value: number | null; quartile: number | null }[] = [];
    benchmark.values.forEach((entry, v) => {
      const path = ["benchmarks", b, "values", v];
      const period = parsePeriod(entry.period);
      if (!period) return at([...path, "period"], periodProblem(entry.period), 'write the period the benchmark is for, e.g. "2016/17" or "Q1 2017/18"');
      if (quartile && (entry.quartile === undefined || entry.value !== undefined)) {
        return at(path, "a quartile benchmark gives a quartile (1 for the top quartile to 4 for the bottom), not a value", "write quartile: 1, 2, 3 or 4");
      }
      if (!quartile && (entry.value === undefined || entry.quartile !== undefined)) {
        return at(path, `a ${benchmark.kind} benchmark gives a value in the indicator's unit, not a quartile`, "write value: and the figure the paper prints");
      }
      if (entry.value !== undefined && !precise([...path, "value"], entry.value)) return;
      if (figures.some((figure) => periodKey(figure.period) === periodKey(period)))
        return at([...path, "period"], `${periodLabel(period)} is given twice`, "keep one entry per period");
      const { start, end } = periodDates(period);
      figures.push({ period, end, value: entry.value ?? null, quartile: entry.quartile ?? null });
      benchmarkFigures.push({
        name: benchmark.name,
        kind: benchmark.kind,
        period: periodKey(period),
        periodStart: start,
        periodEnd: end,
        value: entry.value ?? null,
        quartile: entry.quartile ?? null,
        source: benchmark.source ?? "",
      });
    });
    const latestFor = (period: Period) => {
      const end = periodDates(period).end;
      return figures
        .filter((figure) => figure.end <= end)
        .sort((x, y) => (x.end < y.end ? -1 : 1))
        .at(-1);
    };
    const matched = periods.map(latestFor);
    const text = (figure: (typeof figures)[number] | undefined, period: Period) => {
      if (!figure) return "Not given";
      const words = figure.quartile !== null ? QUARTILE_WORDS[figure.quartile - 1]! : format(figure.value!);
      return periodKey(figure.period) === periodKey(period) ? words : `${words} (${periodLabel(figure.period)})`;
    };
    benchmarkSeries.push({
      name: benchmark.name,
      kind: benchmark.kind,
      values: matched.map((figure) => figure?.value ?? null),
      texts: matched.map((figure, index) => text(figure, periods[index]!)),
      source: benchmark.source ?? "",
    });
  });
  return { benchmarkSeries, benchmarkFigures };
}
