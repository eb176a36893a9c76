import { periodShortLabel, type Period } from "../domain/periods";
import { directionOfTravel, travelSentence } from "../domain/travel";
import type { Polarity, Unit } from "../domain/units";
import type { TrendRow } from "./model";

/** What a row says about its direction of travel. */
export type TravelFields = Pick<TrendRow, "directionOfTravel" | "directionText" | "changeSinceText" | "directionArrow">;

/** A trend row as the comparison needs it: its figure, how the page shows it, and its period. */
interface Compared {
  row: Pick<TrendRow, "result" | "resultText" | "periodLabel">;
  period: Period;
}

/**
 * Direction of travel of one row against the row before it, worded once for the meeting, indicator and history pages.
 * @example travelFields(may, june, { polarity: "lower-is-better", unit: "number", decimals: 1 }) // { directionText: "Up 0.8 since May: worse (lower is better)", changeSinceText: "up 0.8 since May", … }
 */
export function travelFields(before: Compared | undefined, current: Compared, indicator: { polarity: Polarity; unit: Unit; decimals: number }): TravelFields {
  if (!before) return { directionOfTravel: null, directionText: "No earlier period in this trend", changeSinceText: "", directionArrow: "" };
  if (current.row.result === null || before.row.result === null) {
    const missing = current.row.result === null ? current.row : before.row;
    return {
      directionOfTravel: null,
      directionText: `No comparison: ${missing.resultText.toLowerCase()} for ${missing.periodLabel}`,
      changeSinceText: "",
      directionArrow: "",
    };
  }
  const travel = directionOfTravel(before.row.result, current.row.result, indicator.polarity, indicator.unit, indicator.decimals);
  const since = periodShortLabel(before.period, current.period);
  return {
    directionOfTravel: travel,
    directionText: travelSentence(travel, since, indicator.polarity),
    changeSinceText: travel.direction === "no change" ? `no change since ${since}` : `${travel.changeText} since ${since}`,
    // The arrow points the way the figure moved; the words say whether that is better or worse.
    directionArrow: travel.change > 0 ? "↑" : travel.change < 0 ? "↓" : "→",
  };
}
