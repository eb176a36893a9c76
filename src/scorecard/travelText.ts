import type { DataBasis } from "../domain/dataBasis";
import { periodLabel, periodShortLabel, type Period } from "../domain/periods";
import { directionOfTravel, travelSentence, type DirectionOfTravel } from "../domain/travel";
import type { Polarity, UnitLike } from "../domain/units";
import type { TrendRow } from "./model";

/** What a row says about its direction of travel. */
export type TravelFields = Pick<
  TrendRow,
  "directionOfTravel" | "directionText" | "changeSinceText" | "directionArrow" | "comparedWith" | "yearOnYear" | "yearOnYearText"
>;

/** A trend row as the comparison needs it: its figure, how the page shows it, and its period. */
interface Compared {
  row: Pick<TrendRow, "result" | "resultText" | "periodLabel">;
  period: Period;
}

/** The indicator as a comparison needs it. */
export interface TravelIndicator {
  polarity: Polarity;
  unit: UnitLike;
  decimals: number;
  /** When the figures are cumulative for the year to date, the period before is no comparison: the same period last year is. */
  dataBasis?: DataBasis;
}

/** The same period a year before, with its figure, when the paper or the trend gives it. */
export interface LastYear {
  value: number;
  period: Period;
}

const NONE = { directionOfTravel: null, changeSinceText: "", directionArrow: "", comparedWith: null } as const;

/**
 * Direction of travel of one row against the row before it (or, for year-to-date figures, against the same period last
 * year), worded once for the meeting, indicator and history pages; and against the same period last year when given.
 * @example travelFields(may, june, { polarity: "lower-is-better", unit: "number", decimals: 1 }) // { directionText: "Up 0.8 since May: worse (lower is better)", changeSinceText: "up 0.8 since May", … }
 */
export function travelFields(before: Compared | undefined, current: Compared, indicator: TravelIndicator, lastYear?: LastYear): TravelFields {
  const yearOnYear =
    current.row.result !== null && lastYear ? compare(lastYear.value, current.row.result, `on ${periodLabel(lastYear.period)}`, indicator) : undefined;
  const againstLastYear = { yearOnYear: yearOnYear?.directionOfTravel ?? null, yearOnYearText: yearOnYear?.directionText ?? "" };
  if (indicator.dataBasis?.kind === "year-to-date") {
    if (yearOnYear) return { ...yearOnYear, comparedWith: "same period last year", ...againstLastYear };
    // Not "since" the period before: a cumulative figure only grows through the year.
    const text = "No comparison: a year-to-date figure is compared with the same period last year, which is not given";
    return { ...NONE, directionText: text, ...againstLastYear };
  }
  if (!before) return { ...NONE, directionText: "No earlier period in this trend", ...againstLastYear };
  if (current.row.result === null || before.row.result === null) {
    const missing = current.row.result === null ? current.row : before.row;
    return { ...NONE, directionText: `No comparison: ${missing.resultText.toLowerCase()} for ${missing.periodLabel}`, ...againstLastYear };
  }
  const since = `since ${periodShortLabel(before.period, current.period)}`;
  return { ...compare(before.row.result, current.row.result, since, indicator), comparedWith: "previous period", ...againstLastYear };
}

/** One comparison in the words every page uses: the change, the sentence, and the arrow. */
function compare(
  from: number,
  to: number,
  relation: string,
  { polarity, unit, decimals }: TravelIndicator,
): { directionOfTravel: DirectionOfTravel; directionText: string; changeSinceText: string; directionArrow: string } {
  const travel = directionOfTravel(from, to, polarity, unit, decimals);
  return {
    directionOfTravel: travel,
    directionText: travelSentence(travel, relation, polarity),
    changeSinceText: travel.direction === "no change" ? `no change ${relation}` : `${travel.changeText} ${relation}`,
    // The arrow points the way the figure moved; the words say whether that is better or worse.
    directionArrow: travel.change > 0 ? "↑" : travel.change < 0 ? "↓" : "→",
  };
}
