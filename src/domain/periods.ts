/** A reporting period: a calendar month or a financial-year quarter (April to March years). */
export type Period = { kind: "month"; year: number; month: number } | { kind: "quarter"; financialYearStart: number; quarter: 1 | 2 | 3 | 4 };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const QUARTER_PATTERN = /^Q([1-4]) (\d{4})\/(\d{2})$/;

/**
 * Reads a period as written in a content file.
 * @example parsePeriod("2017-06") // { kind: "month", year: 2017, month: 6 }
 */
export function parsePeriod(text: string): Period | undefined {
  const month = MONTH_PATTERN.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? { kind: "month", year: Number(month[1]), month: m } : undefined;
  }
  const quarter = QUARTER_PATTERN.exec(text);
  if (quarter) {
    const start = Number(quarter[2]);
    if ((start + 1) % 100 !== Number(quarter[3])) return undefined;
    return { kind: "quarter", financialYearStart: start, quarter: Number(quarter[1]) as 1 | 2 | 3 | 4 };
  }
  return undefined;
}

/**
 * The period as a content file writes it.
 * @example periodKey({ kind: "month", year: 2017, month: 6 }) // "2017-06"
 */
export function periodKey(period: Period): string {
  return period.kind === "month"
    ? `${period.year}-${String(period.month).padStart(2, "0")}`
    : `Q${period.quarter} ${financialYearLabel(period.financialYearStart)}`;
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
 * First calendar year of the financial year (April to March) the period falls in.
 * @example financialYearStart({ kind: "month", year: 2017, month: 3 }) // 2016
 */
export function financialYearStart(period: Period): number {
  if (period.kind === "quarter") return period.financialYearStart;
  return period.month >= 4 ? period.year : period.year - 1;
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
  return period.kind === "month" ? period.year * 12 + (period.month - 1) : period.financialYearStart * 4 + (period.quarter - 1);
}

/**
 * The period that follows, e.g. for rolling a trend window on to the next meeting.
 * @example nextPeriod({ kind: "month", year: 2017, month: 12 }) // { kind: "month", year: 2018, month: 1 }
 */
export function nextPeriod(period: Period): Period {
  if (period.kind === "month") {
    return period.month === 12 ? { kind: "month", year: period.year + 1, month: 1 } : { kind: "month", year: period.year, month: period.month + 1 };
  }
  return period.quarter === 4
    ? { kind: "quarter", financialYearStart: period.financialYearStart + 1, quarter: 1 }
    : { kind: "quarter", financialYearStart: period.financialYearStart, quarter: (period.quarter + 1) as 1 | 2 | 3 | 4 };
}

/**
 * The twelve months a rolling figure covers, as the data notes word it.
 * @example rollingWindowLabel({ kind: "month", year: 2017, month: 4 }) // "May 2016 to Apr 2017"
 */
export function rollingWindowLabel(period: Period): string {
  if (period.kind === "month") {
    const start: Period = { kind: "month", year: period.year - 1, month: period.month };
    return `${periodLabel(nextPeriod(start))} to ${periodLabel(period)}`;
  }
  const lastMonth = ((period.quarter * 3 + 3 - 1) % 12) + 1;
  const lastYear = period.financialYearStart + (period.quarter === 4 ? 1 : 0);
  return rollingWindowLabel({ kind: "month", year: lastYear, month: lastMonth });
}

/**
 * The first and last calendar days a period covers, as ISO dates.
 * @example periodDates({ kind: "quarter", financialYearStart: 2017, quarter: 1 }) // { start: "2017-04-01", end: "2017-06-30" }
 */
export function periodDates(period: Period): { start: string; end: string } {
  const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (period.kind === "month") {
    return { start: iso(period.year, period.month, 1), end: iso(period.year, period.month, lastDay(period.year, period.month)) };
  }
  const firstMonth = (((period.quarter - 1) * 3 + 3) % 12) + 1;
  const firstYear = period.financialYearStart + (period.quarter === 4 ? 1 : 0);
  const lastMonth = firstMonth + 2;
  return { start: iso(firstYear, firstMonth, 1), end: iso(firstYear, lastMonth, lastDay(firstYear, lastMonth)) };
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
