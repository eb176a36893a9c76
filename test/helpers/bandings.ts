/** Bandings built and rated as the data step does, for the tests of each rule form. */
import { rateResult, readBandings, type Bandings, type BandingsSpec, type BandingsWording, type Rating } from "../../src/domain/bandings";
import type { RatingScheme } from "../../src/domain/ratingScheme";
import { toFine, type Polarity, type UnitLike } from "../../src/domain/units";

export type Spec = Omit<BandingsSpec, "financialYear">;

/** A 2023/24 rule read into bandings, by Kent's ratings or another council's scheme; throws on any problem. */
export function built(spec: Spec, polarity: Polarity, unit: UnitLike, decimals: number, wording?: BandingsWording, scheme?: RatingScheme): Bandings {
  const result = readBandings({ financialYear: 2023, ...spec }, polarity, unit, decimals, wording, scheme);
  if ("problems" in result) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.bandings;
}

/** The problems a 2023/24 rule is refused with; throws when it is accepted. */
export function problemsOf(spec: Spec, polarity: Polarity, unit: UnitLike, decimals: number, scheme?: RatingScheme) {
  const result = readBandings({ financialYear: 2023, ...spec }, polarity, unit, decimals, {}, scheme);
  if (!("problems" in result)) throw new Error(`expected problems, got bandings "${result.bandings.sentence}"`);
  return result.problems;
}

/** Rates a result as the caller does: every figure in fine units at the indicator's decimals. */
export function rate(bandings: Bandings, decimals: number, result: number, figures: { target?: number; lastYear?: number } = {}): Rating | undefined {
  return rateResult(bandings, {
    fine: toFine(result, decimals),
    ...(figures.target === undefined ? {} : { targetFine: toFine(figures.target, decimals) }),
    ...(figures.lastYear === undefined ? {} : { lastYearFine: toFine(figures.lastYear, decimals) }),
  });
}
