import type { DataBasis } from "./dataBasis";
import {
  financialYearStart,
  monthDates,
  monthRangeLabel,
  periodDates,
  periodFirstMonth,
  periodLabel,
  periodLastMonth,
  periodLongLabel,
  rollingFirstMonth,
  rollingWindowLabel,
  type MonthPeriod,
  type Period,
} from "./periods";

/**
 * The calendar days a figure reported for the period truly covers, as ISO dates: the period itself for an in-period
 * figure, an annual outturn or any other basis; from 1 April of its financial year (1 January for a calendar year) to
 * its end for a year-to-date figure; the N whole months ending with its last month for a rolling figure; its last day
 * for a snapshot.
 * @example periodCoverage({ kind: "month", year: 2017, month: 4 }, { kind: "rolling", months: 12 }) // { start: "2016-05-01", end: "2017-04-30" }
 */
export function periodCoverage(period: Period, basis: DataBasis): { start: string; end: string } {
  const { end } = periodDates(period);
  switch (basis.kind) {
    case "year-to-date":
      return { start: monthDates(yearToDateFirstMonth(period)).start, end };
    case "rolling":
      return { start: monthDates(rollingFirstMonth(period, basis.months)).start, end };
    case "snapshot":
      return { start: end, end };
    default:
      return periodDates(period);
  }
}

/**
 * The months a rolling or year-to-date figure covers, as the data notes word them; the period's own label for any
 * other basis, and its last day for a snapshot.
 * @example coverageLabel({ kind: "quarter", financialYearStart: 2023, quarter: 3 }, { kind: "year-to-date" }) // "Apr 2023 to Dec 2023"
 */
export function coverageLabel(period: Period, basis: DataBasis): string {
  switch (basis.kind) {
    case "year-to-date":
      return monthRangeLabel(yearToDateFirstMonth(period), periodLastMonth(period));
    case "rolling":
      return rollingWindowLabel(period, basis.months);
    case "snapshot":
      return dayLabel(periodDates(period).end);
    default:
      return periodLabel(period);
  }
}

/** The month a year-to-date figure for the period counts from: April of its financial year, or January of a calendar year. */
function yearToDateFirstMonth(period: Period): MonthPeriod {
  if (period.kind === "calendar-year") return periodFirstMonth(period);
  return periodFirstMonth({ kind: "financial-year", financialYearStart: financialYearStart(period) });
}

/** An ISO date in words: "30 June 2017". */
function dayLabel(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${periodLongLabel({ kind: "month", year: year!, month: month! })}`;
}
