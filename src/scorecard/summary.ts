import type { Bandings } from "../domain/bandings";
import { distanceToBetterBand, distanceToTarget } from "../domain/travel";
import { formatDifference, formatMagnitude, inPercentagePoints, targetName, type Polarity, type Unit } from "../domain/units";
import type { TrendRow } from "./model";

export interface SummaryInput {
  rows: TrendRow[];
  latest: TrendRow;
  kind: "performance" | "activity";
  unit: Unit;
  decimals: number;
  polarity: Polarity;
  latestBandings: Bandings | undefined;
}

/**
 * One plain-English sentence about the latest period, as a resident would want it read out.
 * @example summarise(input) // "62.8% in June 2017, down 0.4 percentage points since May; Red, 7.2 points below the Amber band and 17.2 below the 80% target."
 */
export function summarise({ latest, kind, unit, decimals, polarity, latestBandings }: SummaryInput): string {
  if (latest.result === null) return `${latest.resultText} for ${latest.periodLongLabel}.`;
  let mentions = 0;
  // Say "percentage points" once, then "points", then the bare figure, as a person would.
  const difference = (value: number) => {
    const fixed = formatMagnitude(value, decimals);
    if (!inPercentagePoints(unit)) return formatDifference(value, unit, decimals);
    mentions++;
    return mentions === 1 ? `${fixed} percentage points` : mentions === 2 ? `${fixed} points` : fixed;
  };
  const travel = latest.directionOfTravel;
  if (travel && travel.direction !== "no change" && inPercentagePoints(unit)) mentions++;
  const opening = `${latest.resultText} in ${latest.periodLongLabel}${travel ? `, ${latest.changeSinceText}` : ""}`;
  if (kind === "activity") {
    if (latest.rangeStatus) return `${opening}; ${latest.ratingText.charAt(0).toLowerCase()}${latest.ratingText.slice(1)}, not rated (shown for context).`;
    return `${opening}; not rated (shown for context).`;
  }
  if (!latest.rating) return `${opening}.`;
  // The paper's own word for a figure it does not rate ("Data only", "Not due").
  if (latest.state === "status") return `${opening}; ${latest.rating}.`;

  const target = latest.target;
  const named = target === null ? "" : targetName(target, unit);
  const toTarget = target === null ? undefined : distanceToTarget(latest.result, target, polarity, decimals);
  const published = latest.ratingSource === "as published" ? " (as published)" : "";
  // A rating kept against the council's own rule is not placed in the rule's bands, which rate the figure otherwise.
  const byRule = latest.ruleRating === undefined ? "" : `; by the council's own rule it would be ${latest.ruleRating ?? "unrated"}`;
  // Already in the best band, or not placed in the rule's bands at all: said against the target alone.
  const band = latestBandings && !byRule ? distanceToBetterBand(latestBandings, latest.rating, latest.result, polarity, unit, decimals) : undefined;
  if (!band) {
    if (!toTarget) return `${opening}; ${latest.rating}${published}${byRule}.`;
    const where = toTarget.side === "on" ? `on ${named}` : `${difference(toTarget.distance)} ${toTarget.side} ${named}`;
    return `${opening}; ${latest.rating}${published}, ${where}${byRule}.`;
  }
  const bandPart = `${difference(band.distance)} ${band.side} the ${band.rating} band`;
  if (!toTarget) return `${opening}; ${latest.rating}, ${bandPart}.`;
  if (band.rating === latestBandings!.rule.targetRule?.onTarget && toTarget.distance === band.distance)
    return `${opening}; ${latest.rating}, ${bandPart} and ${named}.`;
  return `${opening}; ${latest.rating}, ${bandPart} and ${difference(toTarget.distance)} ${toTarget.side} ${named}.`;
}
