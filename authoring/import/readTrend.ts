/**
 * An indicator page's trend rows, checked against the bandings its "Target:" line gives: each row's target, and each
 * rating by the one rating rule (src/domain/rating.ts), for the periods those bandings govern; earlier years keep the
 * rating as published.
 */
import type { BandingsFrontMatter, TrendRowFrontMatter } from "../../src/content/schema";
import type { Rating } from "../../src/domain/bandings";
import { financialYearLabel, financialYearStart, periodKey, periodLabel, type Period } from "../../src/domain/periods";
import { rateRow } from "../../src/domain/rating";
import { formatValue, toFine, type Polarity, type UnitKind } from "../../src/domain/units";
import { readTargetLine } from "./bandingsText";
import type { IndicatorPage, TableFigures, TrendTable } from "./indicatorPage";
import type { Note } from "./readDataNotes";

/** What the page has given by the time its trend is checked. */
export interface TrendParts {
  /** The title as messages quote it. */
  name: string;
  heading?: { rating: Rating; line: { n: number } };
  periods: readonly Period[];
  figures: TableFigures;
  table: TrendTable;
  unit: UnitKind;
  decimals: number;
  polarity: Polarity;
  targetLine: Note;
}

/**
 * The bandings of the latest period's financial year and the trend rows, or undefined when the "Target:" line cannot
 * be read; a row that disagrees with the bandings is reported.
 * @example readTrend(page, parts)?.trend[0] // { period: "2017-03", result: 68.6, target: 75, rating: "Amber" }
 */
export function readTrend(page: IndicatorPage, parts: TrendParts): { entry: BandingsFrontMatter; trend: TrendRowFrontMatter[] } | undefined {
  const { at } = page;
  const { periods, figures, table, unit, decimals } = parts;
  const latest = periods.at(-1)!;
  const year = financialYearStart(latest);
  const yearLabel = financialYearLabel(year);
  const read = readTargetLine(parts.targetLine.text, parts.polarity, unit, decimals, year);
  if ("problem" in read) {
    at(parts.targetLine.line.n, read.problem);
    return undefined;
  }
  const trend: TrendRowFrontMatter[] = periods.map((period, i) => {
    const result = figures.results[i]!;
    const target = figures.targets[i]!;
    const rating = figures.ratings[i]!;
    const label = periodLabel(period);
    const governed = financialYearStart(period) === year;
    const bandings = governed ? read.bandings : undefined;
    const { problem } = rateRow({ result: result?.value ?? null, awaited: false, kind: "performance", decimals, bandings, published: rating ?? undefined });
    if (problem?.kind === "rated-without-result") at(table.rating.line.n, `${label} is rated ${rating} but has no result`);
    if (governed && target && toFine(target.value, decimals) !== toFine(read.bandings.target, decimals)) {
      at(
        table.target.line.n,
        `the ${label} target is ${target.text}, but the ${yearLabel} bandings give a target of ${formatValue(read.bandings.target, unit, decimals)}`,
      );
    }
    if (problem?.kind === "disagrees") {
      at(
        table.rating.line.n,
        `the paper rates ${label} (${result!.text}) ${rating}, but its ${yearLabel} bandings (${read.bandings.sentence}) rate it ${problem.computed ?? "nothing"}`,
      );
    }
    if (problem?.kind === "published-needed") {
      at(table.rating.line.n, `${label} has a result (${result!.text}) but no rating; before ${yearLabel} the rating as published is needed`);
    }
    return { period: periodKey(period), result: result?.value ?? null, ...(target ? { target: target.value } : {}), ...(rating ? { rating } : {}) };
  });
  const latestRating = figures.ratings.at(-1);
  const { heading, name } = parts;
  if (heading && latestRating && heading.rating !== latestRating) {
    at(heading.line.n, `the heading rates ${name} ${heading.rating}, but the ${periodLabel(latest)} column is rated ${latestRating}`);
  }
  return { entry: read.entry, trend };
}
