import type { Band, Bandings, Rating } from "./bandings";
import { formatDifference, formatThreshold, fromFine, PRECISION_STEP, toFine, type Polarity, type UnitLike } from "./units";

/** Improving or worsening by the indicator's polarity; up or down for a context indicator, where neither is better. */
export type Direction = "improving" | "worsening" | "no change" | "up" | "down";

/** How a result moved since the period before, respecting polarity and the published precision. */
export interface DirectionOfTravel {
  direction: Direction;
  /** Signed change in the indicator's unit, at its precision: -0.4 */
  change: number;
  /** "down 0.4 percentage points", "up 14", "no change" */
  changeText: string;
}

/**
 * Compares two results at the published precision.
 * @example directionOfTravel(63.2, 62.8, "higher-is-better", "percentage", 1) // { direction: "worsening", change: -0.4, changeText: "down 0.4 percentage points" }
 */
export function directionOfTravel(previous: number, current: number, polarity: Polarity, unit: UnitLike, decimals: number): DirectionOfTravel {
  const delta = toFine(current, decimals) - toFine(previous, decimals);
  const change = fromFine(delta, decimals);
  if (delta === 0) return { direction: "no change", change: 0, changeText: "no change" };
  const better = polarity === "higher-is-better" ? delta > 0 : delta < 0;
  return {
    direction: polarity === "neither" ? (delta > 0 ? "up" : "down") : better ? "improving" : "worsening",
    change,
    changeText: `${delta > 0 ? "up" : "down"} ${formatDifference(change, unit, decimals)}`,
  };
}

/** How far a result is from the next better band, the figure commentary quotes as "1.8% away from Amber". */
export interface DistanceToBand {
  /** The band to reach. */
  rating: Rating;
  /** Distance at the indicator's precision, always positive. */
  distance: number;
  /** The boundary value to reach, formatted: "75%". */
  boundaryText: string;
  /** "below" or "above": where the result sits relative to that band. */
  side: "below" | "above";
}

/**
 * Distance from a rated result to the next better band; undefined when it is already in the best band.
 * @example distanceToBetterBand(bandings, "Red", 73.2, "higher-is-better", "percentage", 1) // { rating: "Amber", distance: 1.8, boundaryText: "75%", side: "below" }
 */
export function distanceToBetterBand(
  bandings: Bandings,
  rating: Rating,
  result: number,
  polarity: Polarity,
  unit: UnitLike,
  decimals: number,
): DistanceToBand | undefined {
  const at = bandings.bands.findIndex((band) => band.rating === rating);
  const better: Band | undefined = at < 0 ? undefined : bandings.bands[at + 1];
  if (!better) return undefined;
  const fine = toFine(result, decimals);
  const higher = polarity === "higher-is-better";
  const edge = higher ? better.lower : better.upper;
  if (!edge) return undefined;
  const reach = edge.inclusive ? edge.fine : edge.fine + (higher ? PRECISION_STEP : -PRECISION_STEP);
  return {
    rating: better.rating,
    distance: fromFine(Math.abs(reach - fine), decimals),
    boundaryText: formatThreshold(fromFine(reach, decimals), unit),
    side: higher ? "below" : "above",
  };
}

/** Where a result stands against its target. */
export interface DistanceToTarget {
  met: boolean;
  /** Distance at the indicator's precision, always positive; 0 when exactly on target. */
  distance: number;
  side: "below" | "above" | "on";
}

/**
 * Compares a result with its target at the published precision.
 * @example distanceToTarget(62.8, 80, "higher-is-better", 1) // { met: false, distance: 17.2, side: "below" }
 */
export function distanceToTarget(result: number, target: number, polarity: Polarity, decimals: number): DistanceToTarget {
  const delta = toFine(result, decimals) - toFine(target, decimals);
  const met = polarity === "higher-is-better" ? delta >= 0 : delta <= 0;
  return { met, distance: fromFine(Math.abs(delta), decimals), side: delta === 0 ? "on" : delta < 0 ? "below" : "above" };
}

/**
 * The direction-of-travel sentence every page and download uses: what happened, then what it means.
 * @example travelSentence(directionOfTravel(23.8, 24.6, "lower-is-better", "number", 1), "since May", "lower-is-better") // "Up 0.8 since May: worse (lower is better)"
 */
export function travelSentence(travel: DirectionOfTravel, relation: string, polarity: Polarity): string {
  if (travel.direction === "no change") return `No change ${relation}`;
  const change = travel.changeText.charAt(0).toUpperCase() + travel.changeText.slice(1);
  // A context indicator's figure moved, but neither way is better: say how, never whether that is good.
  if (polarity === "neither") return `${change} ${relation}`;
  const verdict = travel.direction === "improving" ? "better" : "worse";
  return `${change} ${relation}: ${verdict} (${polarity === "higher-is-better" ? "higher" : "lower"} is better)`;
}
