import { formatValue, toFine, unitLabel, type Unit } from "../domain/units";
import type { ChartData, ComparisonSeries, TrendRow } from "./model";

/** Units whose words are too long to repeat on every tick: the ticks are bare numbers and the axis is titled instead. */
const TITLED_UNITS: ReadonlySet<Unit["kind"]> = new Set(["days", "hours", "minutes", "seconds", "rate", "custom"]);

/** At most this many comparison lines are drawn; the chart stays readable, and the table gives every figure. */
const MAX_DRAWN = 4;

/**
 * How the chart writes a value on its axis: as the page does, or a bare number where the axis title gives the unit.
 * @example chartTickFormat({ kind: "days" }, 1)(12.5) // "12.5"
 */
export function chartTickFormat(unit: Unit, decimals: number): (value: number) => string {
  return TITLED_UNITS.has(unit.kind) ? (value) => formatValue(value, "number", decimals) : (value) => formatValue(value, unit, decimals);
}

/**
 * A trend chart's data and the sentence that states its message, for any run of trend rows.
 * @example chartDataFor(rows, 1, { title: "Trend chart: …", idPrefix: "chart-cin-plans" }).description // "Result fell from 87.7% in Mar 2017 to 78.3% in Jun 2017; target 90.0% in Jun 2017. …"
 */
export function chartDataFor(
  rows: readonly TrendRow[],
  decimals: number,
  names: { title: string; idPrefix: string; comparisons?: readonly ComparisonSeries[]; unit?: Unit },
): ChartData {
  const { comparisons = [], unit, ...chartNames } = names;
  const latestTarget = [...rows].reverse().find((row) => row.target !== null);
  const withData = rows.filter((row) => row.result !== null);
  const gaps = rows.filter((row) => row.result === null && row.state !== "status").map((row) => row.periodLabel);
  // A period the paper marks with a status instead of a figure ("Not due") is said in its words.
  const statusGaps = rows
    .filter((row) => row.result === null && row.state === "status")
    .map((row) => `; ${row.resultText.toLowerCase()} for ${row.periodLabel}`);
  const trend =
    withData.length >= 2
      ? `Result ${describeMove(withData[0]!, withData.at(-1)!, decimals)}`
      : withData.length === 1
        ? `Result ${withData[0]!.resultText} in ${withData[0]!.periodLabel}`
        : "No results yet";
  const targetPart = latestTarget ? `; target ${latestTarget.targetText} in ${latestTarget.periodLabel}` : "";
  const gapPart = (gaps.length ? `; no data for ${gaps.join(", ")}` : "") + statusGaps.join("");
  const drawn = comparisons.filter((comparison) => comparison.values.some((value) => value !== null)).slice(0, MAX_DRAWN);
  const beside = drawn
    .filter((comparison) => comparison.values.at(-1) !== null)
    .map((comparison) => `${comparisonName(comparison)} ${comparison.texts.at(-1)}`);
  const comparisonPart = beside.length ? ` Beside ${rows.at(-1)!.periodLabel}: ${beside.join(", ")}.` : "";
  const title = unit && TITLED_UNITS.has(unit.kind) ? unitLabel(unit) : "";
  return {
    ...chartNames,
    description: `${trend}${targetPart}${gapPart}.${comparisonPart} The table below gives every figure.`,
    labels: rows.map((row) => row.periodLabel),
    results: rows.map((row) => row.result),
    targets: rows.map((row) => row.target),
    targetLabel: latestTarget ? `Target ${latestTarget.targetText}` : "",
    ...(drawn.length ? { comparisons: drawn.map((comparison) => ({ name: comparison.name, values: comparison.values })) } : {}),
    // A time unit's word opens the axis ("Days"); a rate's or a custom unit's words are the paper's own, as written.
    ...(title ? { axisTitle: unit!.label ? title : title.charAt(0).toUpperCase() + title.slice(1) } : {}),
    key: [
      { swatch: "result", text: "Result (solid line with points)" },
      // An indicator with no target (an activity indicator) has no target line to name.
      ...(latestTarget ? [{ swatch: "target", text: "Target (dashed line)" }] : []),
      ...drawn.map((comparison, index) => ({ swatch: `comparison-${index + 1}`, text: `${comparison.name} (${PATTERN_WORDS[index]})` })),
    ],
  };
}

/** A comparison's name within a sentence: the tool's own names in lower case, a benchmark's as the paper writes it. */
function comparisonName(comparison: ComparisonSeries): string {
  return comparison.kind === "same-period-last-year" || comparison.kind === "previous-year-outturn" ? comparison.name.toLowerCase() : comparison.name;
}

/** How each comparison line is drawn, in words for the key: the pattern tells them apart without colour. */
const PATTERN_WORDS = ["dotted line with squares", "dash-dot line with triangles", "long-dashed line with diamonds", "fine dotted line with crosses"];

function describeMove(from: TrendRow, to: TrendRow, decimals: number): string {
  const delta = toFine(to.result!, decimals) - toFine(from.result!, decimals);
  return delta === 0
    ? `was ${to.resultText} in both ${from.periodLabel} and ${to.periodLabel}`
    : `${delta > 0 ? "rose" : "fell"} from ${from.resultText} in ${from.periodLabel} to ${to.resultText} in ${to.periodLabel}`;
}
