import { readPeriodSpelling, spellingProblem, type MonthSpan } from "./periodSpellings";

/**
 * A reporting period: a calendar month, a financial-year quarter or half (April to March years), a whole financial
 * year, or a calendar year.
 */
export type Period =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; financialYearStart: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "half"; financialYearStart: number; half: 1 | 2 }
  | { kind: "financial-year"; financialYearStart: number }
  | { kind: "calendar-year"; year: number };

/** A period that is one calendar month. */
export type MonthPeriod = Extract<Period, { kind: "month" }>;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** How many periods of each kind make a year: the step between a period and the same period a year before. */
const PER_YEAR: Record<Period["kind"], number> = { month: 12, quarter: 4, half: 2, "financial-year": 1, "calendar-year": 1 };

/**
 * Reads a period as a content file or a paper writes it: "2017-06", "Jun 2017", "Q1 2017/18", "Apr-Jun 2017",
 * "H1 2017/18", "2017/18", "2017" and the other common spellings periodSpellings.ts reads. Undefined when it cannot;
 * periodProblem says why.
 * @example parsePeriod("2017-06") // { kind: "month", year: 2017, month: 6 }
 */
export function parsePeriod(text: string): Period | undefined {
  const span = readPeriodSpelling(text);
  return span && periodOfMonths(span);
}

/**
 * Why parsePeriod cannot read the text, as the message a clerk reads ("" when it can).
 * @example periodProblem("2017/19") // 'found "2017/19", but the two years of a financial year follow on, e.g. 2017/18'
 */
export function periodProblem(text: string): string {
  return spellingProblem(text);
}

/** The period a run of months read from a spelling is: the run's length and first month say which. */
function periodOfMonths({ year, month, months }: MonthSpan): Period {
  const start = month >= 4 ? year : year - 1;
  const within = (((month - 4 + 12) % 12) / months + 1) as 1 | 2 | 3 | 4;
  switch (months) {
    case 1:
      return { kind: "month", year, month };
    case 3:
      return { kind: "quarter", financialYearStart: start, quarter: within };
    case 6:
      return { kind: "half", financialYearStart: start, half: within as 1 | 2 };
    case 12:
      return month === 1 ? { kind: "calendar-year", year } : { kind: "financial-year", financialYearStart: start };
  }
}

/**
 * The period as a content file writes it.
 * @example periodKey({ kind: "month", year: 2017, month: 6 }) // "2017-06"
 */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${period.year}-${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `Q${period.quarter} ${financialYearLabel(period.financialYearStart)}`;
    case "half":
      return `H${period.half} ${financialYearLabel(period.financialYearStart)}`;
    case "financial-year":
      return financialYearLabel(period.financialYearStart);
    case "calendar-year":
      return String(period.year);
  }
}

/**
 * The short label the committee paper uses.
 * @example periodLabel({ kind: "month", year: 2017, month: 6 }) // "Jun 2017"
 */
export function periodLabel(period: Period): string {
  return period.kind === "month" ? `${MONTHS[period.month - 1]} ${period.year}` : periodKey(period);
}

/**
 * The label in full words, for sentences read aloud.
 * @example periodLongLabel({ kind: "month", year: 2017, month: 6 }) // "June 2017"
 */
export function periodLongLabel(period: Period): string {
  return period.kind === "month" ? `${MONTH_NAMES[period.month - 1]} ${period.year}` : periodKey(period);
}

/**
 * The label without its year, for "since May" within a sentence that already names the year.
 * @example periodShortLabel({ kind: "month", year: 2017, month: 5 }) // "May"
 */
export function periodShortLabel(period: Period, relativeTo: Period): string {
  if (period.kind === "month" && relativeTo.kind === "month" && period.year === relativeTo.year) {
    return MONTH_NAMES[period.month - 1]!;
  }
  return periodLongLabel(period);
}

/**
 * The word for a kind of period, as in "Results, targets and ratings by month".
 * @example periodKindWord("half") // "half-year"
 */
export function periodKindWord(kind: Period["kind"]): "month" | "quarter" | "half-year" | "financial year" | "year" {
  switch (kind) {
    case "month":
      return "month";
    case "quarter":
      return "quarter";
    case "half":
      return "half-year";
    case "financial-year":
      return "financial year";
    case "calendar-year":
      return "year";
  }
}

/**
 * First calendar year of the financial year (April to March) the period falls in; for a calendar year, the financial
 * year its December falls in.
 * @example financialYearStart({ kind: "month", year: 2017, month: 3 }) // 2016
 */
export function financialYearStart(period: Period): number {
  switch (period.kind) {
    case "month":
      return period.month >= 4 ? period.year : period.year - 1;
    case "calendar-year":
      return period.year;
    default:
      return period.financialYearStart;
  }
}

/**
 * A financial year as councils write it.
 * @example financialYearLabel(2017) // "2017/18"
 */
export function financialYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/**
 * Reads "2017/18" into its first calendar year, or undefined when the two halves do not follow on.
 * @example parseFinancialYear("2017/18") // 2017
 */
export function parseFinancialYear(text: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

/**
 * A number that orders periods of one kind in time; consecutive periods differ by 1.
 * @example periodIndex({ kind: "month", year: 2017, month: 1 }) // 24204
 */
export function periodIndex(period: Period): number {
  switch (period.kind) {
    case "month":
      return period.year * 12 + (period.month - 1);
    case "quarter":
      return period.financialYearStart * 4 + (period.quarter - 1);
    case "half":
      return period.financialYearStart * 2 + (period.half - 1);
    case "financial-year":
      return period.financialYearStart;
    case "calendar-year":
      return period.year;
  }
}

/** The period of the kind whose periodIndex is the one given. */
function periodAtIndex(kind: Period["kind"], index: number): Period {
  const perYear = PER_YEAR[kind];
  const year = Math.floor(index / perYear);
  const within = index - year * perYear + 1;
  switch (kind) {
    case "month":
      return { kind, year, month: within };
    case "quarter":
      return { kind, financialYearStart: year, quarter: within as 1 | 2 | 3 | 4 };
    case "half":
      return { kind, financialYearStart: year, half: within as 1 | 2 };
    case "financial-year":
      return { kind, financialYearStart: year };
    case "calendar-year":
      return { kind, year };
  }
}

/**
 * The period that follows, e.g. for rolling a trend window on to the next meeting.
 * @example nextPeriod({ kind: "month", year: 2017, month: 12 }) // { kind: "month", year: 2018, month: 1 }
 */
export function nextPeriod(period: Period): Period {
  return periodAtIndex(period.kind, periodIndex(period) + 1);
}

/**
 * The same period a year before, for comparing like with like.
 * @example samePeriodLastYear({ kind: "quarter", financialYearStart: 2017, quarter: 1 }) // { kind: "quarter", financialYearStart: 2016, quarter: 1 }
 */
export function samePeriodLastYear(period: Period): Period {
  return periodAtIndex(period.kind, periodIndex(period) - PER_YEAR[period.kind]);
}

/** The number of months from January of year 0 to the month: consecutive months differ by 1. */
function monthOrdinal(month: MonthPeriod): number {
  return month.year * 12 + (month.month - 1);
}

/** The month whose monthOrdinal is the one given. */
function monthAt(number: number): MonthPeriod {
  return { kind: "month", year: Math.floor(number / 12), month: (((number % 12) + 12) % 12) + 1 };
}

/**
 * How many calendar months the period spans.
 * @example periodMonthCount({ kind: "half", financialYearStart: 2017, half: 2 }) // 6
 */
export function periodMonthCount(period: Period): number {
  return 12 / PER_YEAR[period.kind];
}

/**
 * The period's first calendar month.
 * @example periodFirstMonth({ kind: "quarter", financialYearStart: 2016, quarter: 4 }) // { kind: "month", year: 2017, month: 1 }
 */
export function periodFirstMonth(period: Period): MonthPeriod {
  switch (period.kind) {
    case "month":
      return { kind: "month", year: period.year, month: period.month };
    case "calendar-year":
      return { kind: "month", year: period.year, month: 1 };
    default: {
      const april = period.financialYearStart * 12 + 3;
      const within = period.kind === "quarter" ? period.quarter : period.kind === "half" ? period.half : 1;
      return monthAt(april + (within - 1) * periodMonthCount(period));
    }
  }
}

/**
 * The period's last calendar month.
 * @example periodLastMonth({ kind: "quarter", financialYearStart: 2017, quarter: 1 }) // { kind: "month", year: 2017, month: 6 }
 */
export function periodLastMonth(period: Period): MonthPeriod {
  return monthAt(monthOrdinal(periodFirstMonth(period)) + periodMonthCount(period) - 1);
}

/**
 * A span of whole months as the data notes word it, or the one month's label when it is a single month.
 * @example monthRangeLabel({ kind: "month", year: 2016, month: 5 }, { kind: "month", year: 2017, month: 4 }) // "May 2016 to Apr 2017"
 */
export function monthRangeLabel(first: MonthPeriod, last: MonthPeriod): string {
  return monthOrdinal(first) === monthOrdinal(last) ? periodLabel(last) : `${periodLabel(first)} to ${periodLabel(last)}`;
}

/**
 * The months a rolling figure covers (twelve unless told), ending with the period's last month, as the data notes word it.
 * @example rollingWindowLabel({ kind: "month", year: 2017, month: 4 }) // "May 2016 to Apr 2017"
 */
export function rollingWindowLabel(period: Period, months = 12): string {
  return monthRangeLabel(rollingFirstMonth(period, months), periodLastMonth(period));
}

/**
 * The first of the N whole months that end with the period's last month; a RangeError unless N is a whole number from 1.
 * @example rollingFirstMonth({ kind: "quarter", financialYearStart: 2017, quarter: 1 }, 12) // { kind: "month", year: 2016, month: 7 }
 */
export function rollingFirstMonth(period: Period, months: number): MonthPeriod {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`a rolling window is a whole number of months, at least 1, not ${months}`);
  return monthAt(monthOrdinal(periodLastMonth(period)) - months + 1);
}

/**
 * The first and last calendar days of a month, as ISO dates.
 * @example monthDates({ kind: "month", year: 2016, month: 2 }) // { start: "2016-02-01", end: "2016-02-29" }
 */
export function monthDates(month: MonthPeriod): { start: string; end: string } {
  const prefix = `${month.year}-${String(month.month).padStart(2, "0")}`;
  const lastDay = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  return { start: `${prefix}-01`, end: `${prefix}-${String(lastDay).padStart(2, "0")}` };
}

/**
 * The first and last calendar days a period covers, as ISO dates.
 * @example periodDates({ kind: "quarter", financialYearStart: 2017, quarter: 1 }) // { start: "2017-04-01", end: "2017-06-30" }
 */
export function periodDates(period: Period): { start: string; end: string } {
  return { start: monthDates(periodFirstMonth(period)).start, end: monthDates(periodLastMonth(period)).end };
}

/**
 * Whether the inner period lies wholly within the outer one, of whatever kinds (a period contains itself).
 * @example periodContains({ kind: "financial-year", financialYearStart: 2017 }, { kind: "month", year: 2018, month: 3 }) // true
 */
export function periodContains(outer: Period, inner: Period): boolean {
  return (
    monthOrdinal(periodFirstMonth(outer)) <= monthOrdinal(periodFirstMonth(inner)) &&
    monthOrdinal(periodLastMonth(inner)) <= monthOrdinal(periodLastMonth(outer))
  );
}

/** A trend row whose period does not come after the one before it. */
export interface TrendOrderFault {
  index: number;
  before: Period;
  current: Period;
  /** The same period as the row before, rather than an earlier one. */
  repeated: boolean;
}

/**
 * Whether a trend's periods run oldest first and are all of one kind: the one rule the data step and the importer
 * both word for their readers. Unreadable periods (undefined) are skipped.
 * @example trendOrder([may, apr]) // { mixesKinds: false, faults: [{ index: 1, before: may, current: apr, repeated: false }] }
 */
export function trendOrder(periods: readonly (Period | undefined)[]): { mixesKinds: boolean; faults: TrendOrderFault[] } {
  const known = periods.filter((period): period is Period => period !== undefined);
  const faults: TrendOrderFault[] = [];
  for (let index = 1; index < periods.length; index++) {
    const before = periods[index - 1];
    const current = periods[index];
    if (!before || !current || before.kind !== current.kind) continue;
    const step = periodIndex(current) - periodIndex(before);
    if (step <= 0) faults.push({ index, before, current, repeated: step === 0 });
  }
  return { mixesKinds: known.some((period) => period.kind !== known[0]!.kind), faults };
}

/**
 * The year a bandings or outturn entry names, as the key a period's `financialYearStart` gives: a financial year
 * however it is spelt ("2017/18", "2017-18", "FY 2017/18"), or a calendar year ("2023") for indicators reported by one.
 * @example parseRatingYear("2023-24") // 2023
 */
export function parseRatingYear(text: string): number | undefined {
  const period = parsePeriod(text);
  if (period?.kind === "financial-year") return period.financialYearStart;
  if (period?.kind === "calendar-year") return period.year;
  return undefined;
}

/**
 * The year whose bandings rate a period, as messages name it: "2017/18", or "2023" for a calendar year.
 * @example ratingYearLabel({ kind: "calendar-year", year: 2023 }) // "2023"
 */
export function ratingYearLabel(period: Period): string {
  return period.kind === "calendar-year" ? String(period.year) : financialYearLabel(financialYearStart(period));
}
