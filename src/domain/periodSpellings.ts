/**
 * The ways councils write a period ("Jun 2017", "Q1 2023/24", "Apr-Jun 2014", "H2 2017/18", "2017-18", "Calendar
 * year 2017"), read into the run of calendar months they name, and the message a clerk gets when a spelling names none.
 * This module knows words and numbers only: periods.ts turns the months into a Period (parsePeriod) and words the
 * problem (periodProblem); callers use those two.
 */

/**
 * A run of whole calendar months beginning with the month given. Every period is one: a month; a quarter beginning in
 * April, July, October or January; a half-year beginning in April or October; a financial year beginning in April; a
 * calendar year beginning in January. Only such runs are ever read.
 */
export interface MonthSpan {
  year: number;
  /** 1 for January to 12 for December. */
  month: number;
  months: 1 | 3 | 6 | 12;
}

/** A spelling read: the months it names, or why it names none ("" when it is no spelling this module knows). */
type Reading = MonthSpan | { why: string };

const MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const EXPECTED =
  'expected a month such as "2017-06", a quarter such as "Q1 2017/18", a half-year such as "H1 2017/18", a financial year such as "2017/18" or a calendar year such as "2017"';
const NOT_A_PERIOD =
  "a span of months is a period only when it is a quarter (Apr-Jun, Jul-Sep, Oct-Dec or Jan-Mar), a half-year (Apr-Sep or Oct-Mar) or a whole year";

/** Two years written "2017/18", "2017-18", "2017/2018", "23/24": the first and the second as written. */
const FINANCIAL_YEAR = String.raw`(\d{4}|\d{2})[-/](\d{4}|\d{2})`;
const PART = String.raw`(q|qtr|quarter|h|half|half-year|half year) ?(\d+)`;
const PART_THEN_YEAR = new RegExp(`^${PART} (?:fy ?)?${FINANCIAL_YEAR}$`);
const YEAR_THEN_PART = new RegExp(`^(?:fy ?)?${FINANCIAL_YEAR} ${PART}$`);
const PART_OF_CALENDAR_YEAR = new RegExp(`^${PART} (\\d{4})$`);
const WHOLE_FINANCIAL_YEAR = new RegExp(`^(?:fy ?${FINANCIAL_YEAR}|(\\d{4})[-/](\\d{4}|\\d{2}))$`);
const ONLY_FINANCIAL_YEAR = new RegExp(`^${FINANCIAL_YEAR}$`);
const RANGE = /^([a-z]+)\.?(?: (\d{4}|\d{2}))?-([a-z]+)\.? (.+)$/;

/**
 * The months a period's spelling names, or undefined when it names none (periodProblem says why).
 * @example readPeriodSpelling("Apr-Jun 2014") // { year: 2014, month: 4, months: 3 }
 */
export function readPeriodSpelling(text: string): MonthSpan | undefined {
  const reading = readSpelling(text);
  return "why" in reading ? undefined : reading;
}

/**
 * Why a period's spelling names no period, as the message a clerk reads; "" when it names one.
 * @example spellingProblem("Q5 2017/18") // 'found "Q5 2017/18", but a quarter is Q1 to Q4'
 */
export function spellingProblem(text: string): string {
  const reading = readSpelling(text);
  if (!("why" in reading)) return "";
  return reading.why ? `found "${text}", but ${reading.why}` : `found "${text}", ${EXPECTED}`;
}

/** The text trimmed and lower-cased, with one space between words, none around a hyphen or slash, and dashes and "to" as hyphens. */
function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/ ?([-/]) ?/g, "$1")
    .replace(/ to /g, "-");
}

/** Tries each way of writing a period in turn; the first that recognises the text says what it names. */
function readSpelling(text: string): Reading {
  const spelling = normalise(text);
  for (const read of [readYearAndNumber, readWholeFinancialYear, readCalendarYear, readPartOfYear, readMonthAndYear, readMonthRange]) {
    const reading = read(spelling);
    if (reading) return reading;
  }
  return { why: "" };
}

/** The span of months that begins with the month a number of months after January of year 0. */
function spanFrom(monthsSinceYearZero: number, months: MonthSpan["months"]): MonthSpan {
  return { year: Math.floor(monthsSinceYearZero / 12), month: (monthsSinceYearZero % 12) + 1, months };
}

/** A financial year (first year) read from its two years as written, or why the two do not make one. */
function financialYear(first: string, second: string): number | { why: string } {
  const start = first.length === 2 ? 2000 + Number(first) : Number(first);
  const follows = second.length === 2 ? Number(second) === (start + 1) % 100 : Number(second) === start + 1;
  return follows ? start : followOn(start);
}

/** Why two years that do not follow on make no financial year. */
function followOn(start: number): { why: string } {
  return { why: `the two years of a financial year follow on, e.g. ${twoYears(start)}` };
}

/** A financial year as councils write it: "2017/18". */
function twoYears(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** A month's first three letters, capitalised: "Oct". */
function abbreviation(month: number): string {
  const name = MONTH_WORDS[month - 1]!;
  return name.charAt(0).toUpperCase() + name.slice(1, 3);
}

/** The financial year beginning in April of the year given. */
function financialYearSpan(start: number): MonthSpan {
  return { year: start, month: 4, months: 12 };
}

/** "2017-06" (always a month), or "2017-18" (a financial year when the years follow on). */
function readYearAndNumber(spelling: string): Reading | undefined {
  const match = /^(\d{4})-(\d{1,2})$/.exec(spelling);
  if (!match) return undefined;
  const year = Number(match[1]);
  const digits = match[2]!;
  const number = Number(digits);
  if (digits.length === 1) return { why: number === 0 ? "there is no month 0" : `a month is written with two digits, e.g. "${year}-0${digits}"` };
  if (number >= 1 && number <= 12) return { year, month: number, months: 1 };
  if (number === (year + 1) % 100) return financialYearSpan(year);
  // Past 12 the clerk meant a financial year; when the second year is near the first, say they must follow on.
  const ahead = (number - (year % 100) + 100) % 100;
  return [0, 2, 3, 99].includes(ahead) ? followOn(year) : { why: `there is no month ${digits}` };
}

/** "2017/18", "2017/2018", "2017-2018", "FY 2017/18", "FY 17/18". */
function readWholeFinancialYear(spelling: string): Reading | undefined {
  const match = WHOLE_FINANCIAL_YEAR.exec(spelling);
  if (!match) return undefined;
  const start = match[1] !== undefined ? financialYear(match[1], match[2]!) : financialYear(match[3]!, match[4]!);
  return typeof start === "number" ? financialYearSpan(start) : start;
}

/** "2017", "Calendar year 2017". */
function readCalendarYear(spelling: string): Reading | undefined {
  const match = /^(?:calendar year )?(\d{4})$/.exec(spelling);
  return match ? { year: Number(match[1]), month: 1, months: 12 } : undefined;
}

/** "Q1 2023/24", "2023/24 Q1", "Quarter 1 2023-24", "Q1 23/24", "H1 2017/18", "Half 1 2017/18". */
function readPartOfYear(spelling: string): Reading | undefined {
  const before = PART_THEN_YEAR.exec(spelling);
  const after = YEAR_THEN_PART.exec(spelling);
  const calendar = PART_OF_CALENDAR_YEAR.exec(spelling);
  const [word, number, first, second] = before ? before.slice(1) : after ? [after[3], after[4], after[1], after[2]] : calendar ? calendar.slice(1) : [];
  if (word === undefined) return undefined;
  const quarter = word.startsWith("q");
  const count = quarter ? 4 : 2;
  if (!(Number(number) >= 1 && Number(number) <= count)) return { why: quarter ? "a quarter is Q1 to Q4" : "a half-year is H1 or H2" };
  const example = `${quarter ? "Q" : "H"}${Number(number)} ${twoYears(Number(first))}`;
  if (second === undefined) return { why: `a ${quarter ? "quarter" : "half-year"} belongs to a financial year, e.g. "${example}"` };
  const start = financialYear(first!, second);
  if (typeof start !== "number") return start;
  const months = quarter ? 3 : 6;
  return spanFrom(start * 12 + 3 + (Number(number) - 1) * months, months);
}

/** The month a word names: its full name, its first three letters, or "Sept". */
function monthOfWord(word: string): number | undefined {
  const index = MONTH_WORDS.findIndex((name) => name === word || name.slice(0, 3) === word || (word === "sept" && name === "september"));
  return index < 0 ? undefined : index + 1;
}

/** A year written in four digits or, after a month, two ("Jun-17"). */
function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** "Jun 2017", "June 2017", "Sept 2017", "Jun-2017", "Jun-17", "Jun 17". */
function readMonthAndYear(spelling: string): Reading | undefined {
  const match = /^([a-z]+)\.?[ -](\d{4}|\d{2})$/.exec(spelling);
  const month = match ? monthOfWord(match[1]!) : undefined;
  return month === undefined ? undefined : { year: yearOf(match![2]!), month, months: 1 };
}

/** "Apr-Jun 2014", "April to June 2014", "Oct 2017-Mar 2018", "Oct-Mar 2017/18": the months from the first to the last. */
function readMonthRange(spelling: string): Reading | undefined {
  const match = RANGE.exec(spelling);
  const firstMonth = match ? monthOfWord(match[1]!) : undefined;
  const lastMonth = match ? monthOfWord(match[3]!) : undefined;
  if (!match || firstMonth === undefined || lastMonth === undefined) return undefined;
  const [, , firstYear, , rest] = match;
  if (/^(\d{4}|\d{2})$/.test(rest!)) {
    const year = yearOf(rest!);
    if (firstYear === undefined && firstMonth > lastMonth) {
      const [first, last] = [abbreviation(firstMonth), abbreviation(lastMonth)];
      return { why: `months that run over the year end need both years, e.g. "${first} ${year}-${last} ${year + 1}" or "${first}-${last} ${twoYears(year)}"` };
    }
    return monthsBetween((firstYear === undefined ? year : yearOf(firstYear)) * 12 + firstMonth - 1, year * 12 + lastMonth - 1);
  }
  const years = ONLY_FINANCIAL_YEAR.exec(rest!);
  if (!years || firstYear !== undefined) return undefined;
  const start = financialYear(years[1]!, years[2]!);
  if (typeof start !== "number") return start;
  const inYear = (month: number) => (month >= 4 ? start : start + 1) * 12 + month - 1;
  return monthsBetween(inYear(firstMonth), inYear(lastMonth));
}

/** The period the months from the first to the last make, counted from January of year 0; why not when they make none. */
function monthsBetween(first: number, last: number): Reading {
  if (last < first) return { why: "the months end before they begin" };
  const months = last - first + 1;
  const startsIn = (first % 12) + 1;
  if (months === 3 && [1, 4, 7, 10].includes(startsIn)) return spanFrom(first, 3);
  if (months === 6 && [4, 10].includes(startsIn)) return spanFrom(first, 6);
  if (months === 12 && [1, 4].includes(startsIn)) return spanFrom(first, 12);
  return { why: NOT_A_PERIOD };
}
