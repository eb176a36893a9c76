import { toFine } from "../domain/units";
import type { ChartData, TrendRow } from "./model";

/**
 * A trend chart's data and the sentence that states its message, for any run of trend rows.
 * @example chartDataFor(rows, 1, { title: "Trend chart: …", idPrefix: "chart-cin-plans" }).description // "Result fell from 87.7% in Mar 2017 to 78.3% in Jun 2017; target 90.0% in Jun 2017. …"
 */
export function chartDataFor(rows: readonly TrendRow[], decimals: number, names: { title: string; idPrefix: string }): ChartData {
  const latestTarget = [...rows].reverse().find((row) => row.target !== null);
  const withData = rows.filter((row) => row.result !== null);
  const gaps = rows.filter((row) => row.result === null).map((row) => row.periodLabel);
  const trend =
    withData.length >= 2
      ? `Result ${describeMove(withData[0]!, withData.at(-1)!, decimals)}`
      : withData.length === 1
        ? `Result ${withData[0]!.resultText} in ${withData[0]!.periodLabel}`
        : "No results yet";
  const targetPart = latestTarget ? `; target ${latestTarget.targetText} in ${latestTarget.periodLabel}` : "";
  const gapPart = gaps.length ? `; no data for ${gaps.join(", ")}` : "";
  return {
    ...names,
    description: `${trend}${targetPart}${gapPart}. The table below gives every figure.`,
    labels: rows.map((row) => row.periodLabel),
    results: rows.map((row) => row.result),
    targets: rows.map((row) => row.target),
    targetLabel: latestTarget ? `Target ${latestTarget.targetText}` : "",
  };
}

function describeMove(from: TrendRow, to: TrendRow, decimals: number): string {
  const delta = toFine(to.result!, decimals) - toFine(from.result!, decimals);
  return delta === 0
    ? `was ${to.resultText} in both ${from.periodLabel} and ${to.periodLabel}`
    : `${delta > 0 ? "rose" : "fell"} from ${from.resultText} in ${from.periodLabel} to ${to.resultText} in ${to.periodLabel}`;
}
