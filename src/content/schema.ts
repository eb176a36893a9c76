import { z } from "zod";
import { DEFAULT_RATING_SCHEME, statusWordsWorstFirst, type RatingScheme } from "../domain/ratingScheme";
import { UNIT_KINDS, type UnitKind } from "../domain/units";
import { DEFAULT_OWNER_ROLES } from "./ownerRoles";

/** Names Windows keeps for devices: a folder or file so named cannot be made there, so a site with one cannot be copied to it. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
/** Lower-case words joined by hyphens: stable in URLs and across meetings, short enough for every file system. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .refine((value) => value.length <= 80, { message: "is longer than 80 characters; an id is a short name for the address, not the title" })
  .refine((value) => !WINDOWS_RESERVED.test(value), { message: "is a name Windows keeps for a device, so its page could not be saved there; choose another" });
const text = z.string().trim().min(1);
/** Text a reader must be able to see: at least one letter, digit, punctuation mark or symbol, not only spaces and invisible characters. */
const visible = text.refine((value) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(value), {
  message: "has no visible characters, only spaces or invisible ones; write the text the paper prints",
});
/** The words a scheme's `rating:` may give: every status, ratings and those that are not (Data only, Not due). */
const statusWord = (scheme: RatingScheme) => z.enum(statusWordsWorstFirst(scheme) as [string, ...string[]]);
/** The words of a scheme's ratings alone, for a rule's outcome. */
const ratingWord = (scheme: RatingScheme) => z.enum(statusWordsWorstFirst(scheme, true) as [string, ...string[]]);

/** The ways a paper says what a figure measures over time; "rolling-N-months" for any N from 2 to 60. */
export const DATA_BASIS_WORDS = ["in-period", "year-to-date", "rolling-12-months", "snapshot", "snapshot-month-end", "annual-outturn", "other"] as const;
const DATA_BASIS_PATTERN = /^(?:in-period|year-to-date|snapshot|snapshot-month-end|annual-outturn|other|rolling-(?:[2-9]|[1-5][0-9]|60)-months)$/;

/** A period or year as written: text, or a bare year that YAML reads as a number (period: 2023). */
const periodText = z.union([z.string(), z.number().int().transform(String)]);

/** One column of the paper's "Trend Data" table, with the statuses of a site's rating scheme. */
export const trendRowSchemaFor = (scheme: RatingScheme) =>
  z.strictObject({
    period: periodText,
    result: z.number().nullable(),
    target: z.number().nullable().optional(),
    /** The rating or status the paper printed: a rating of the scheme, or a status that is not one (Data only, Not due). */
    rating: statusWord(scheme).optional(),
    /** Set when the figure is shown but was not rated: before the indicator was rated, or before its bandings are on record. */
    unrated: z.literal(true).optional(),
    /** The figure for the same period a year before, as the paper prints it beside the result. */
    samePeriodLastYear: z.number().nullable().optional(),
    /** "as published": the paper's rating stands where it differs from the council's own rule, which the page then shows beside it. */
    ratingNote: z.literal("as published").optional(),
    /** The paper's own arrow, in words; checked against the figures. */
    directionOfTravel: z.enum(["improving", "worsening", "no change"]).optional(),
  });
export const trendRowSchema = trendRowSchemaFor(DEFAULT_RATING_SCHEME);

/**
 * The rule in force for one financial year, in one of the published forms (three bands, a floor, or a tolerance as a
 * percentage of the target, in percentage points or in the indicator's unit), applied to the year's target or, when
 * profiled, to each period's own; with outsideTolerance, conditional on the same period last year. A band or a legend's
 * line is given per status, by its id in the site's rating scheme ("red", "blue", …).
 */
export function bandingsSchemaFor(scheme: RatingScheme) {
  const ratings = scheme.statuses.filter((status) => status.rated);
  // Worst first, as a paper's key reads left to right and as the public record writes them ("red …; amber …; green …").
  const bands = Object.fromEntries([...ratings].reverse().map((status) => [status.id, text.optional()]));
  // A legend gives the meaning of each rating a rule must give a band for (a rating beyond the target rule's three may be left out).
  const needed = scheme.targetRule ? Object.values(scheme.targetRule) : ratings.map((status) => status.word);
  const legend = Object.fromEntries(ratings.map((status) => [status.id, needed.includes(status.word) ? visible : visible.optional()]));
  return z.strictObject({
    financialYear: periodText,
    /** Required unless profiled, where it is the year's final target if the paper gives one. */
    target: z.number().optional(),
    ...(bands as Record<"red" | "amber" | "green", z.ZodOptional<typeof text>>),
    floor: z.number().optional(),
    tolerancePercent: z.number().positive().max(100).optional(),
    tolerancePoints: z.number().positive().max(100).optional(),
    toleranceUnits: z.number().positive().optional(),
    profiled: z.literal(true).optional(),
    outsideTolerance: z.strictObject({ improvedOnLastYear: ratingWord(scheme), otherwise: ratingWord(scheme) }).optional(),
    /** A rule published in words alone: each rating's meaning; the ratings are then as the paper printed them. */
    legend: z.strictObject(legend as Record<"green" | "amber" | "red", typeof visible>).optional(),
  });
}

export const bandingsSchema = bandingsSchemaFor(DEFAULT_RATING_SCHEME);

/** A figure to compare with, as the paper prints it beside the result: a benchmark's value or a quartile position for a period. */
export const benchmarkValueSchema = z.strictObject({
  period: periodText,
  value: z.number().optional(),
  quartile: z.number().int().min(1).max(4).optional(),
});

/** A benchmark the paper compares the indicator with: an average of other councils, or where this council ranks among them. */
export const benchmarkSchema = z.strictObject({
  name: visible,
  kind: z.enum(["england-average", "regional-average", "statistical-neighbours-average", "quartile", "other"]),
  source: visible.optional(),
  values: z.array(benchmarkValueSchema).min(1),
});

/** The indicator's figures, rule and notes: every field of an indicator file but the owners, which each site names. */
const indicatorFieldsFor = (scheme: RatingScheme) => ({
  // An indicator's page is /meetings/<folder>/<id>/, beside the meeting's page for print at /meetings/<folder>/print/.
  id: slug.refine((id) => id !== "print", { message: "is the address of the meeting's page for print; choose another id" }),
  title: visible,
  scorecard: visible,
  kind: z.enum(["performance", "activity"]).default("performance"),
  unit: z.enum(UNIT_KINDS as [UnitKind, ...UnitKind[]]),
  unitLabel: visible.optional(),
  moneyIn: z.enum(["pounds", "thousands", "millions"]).optional(),
  decimalPlaces: z.number().int().min(0).max(4),
  targetDecimalPlaces: z.number().int().min(0).max(4).optional(),
  polarity: z.enum(["higher-is-better", "lower-is-better", "neither"]),
  bandings: z.array(bandingsSchemaFor(scheme)).default([]),
  dataBasis: z.string().refine((value) => DATA_BASIS_PATTERN.test(value), {
    message: `expected one of ${DATA_BASIS_WORDS.map((word) => `"${word}"`).join(", ")} (or rolling-6-months, rolling-3-months, …)`,
  }),
  dataBasisText: visible.optional(),
  dataSource: text,
  outturns: z.array(z.strictObject({ financialYear: periodText, result: z.number() })).default([]),
  benchmarks: z.array(benchmarkSchema).default([]),
  expectedRanges: z.array(z.strictObject({ financialYear: periodText, lower: z.number(), upper: z.number() })).default([]),
  trend: z.array(trendRowSchemaFor(scheme)).min(1),
});

/**
 * The front matter of an indicator file, with one optional field per owner role the site names and the statuses of its
 * rating scheme; the body is the commentary.
 * @example indicatorSchemaFor(["service", "leadOfficer"]).parse(front).service // "Waste and Recycling"
 */
export function indicatorSchemaFor(ownerFields: readonly string[], scheme: RatingScheme = DEFAULT_RATING_SCHEME) {
  return z.strictObject({ ...indicatorFieldsFor(scheme), ...Object.fromEntries(ownerFields.map((field) => [field, text.optional()])) });
}

/** The indicator schema with the default owner roles (Kent's four), for editors and for callers with no site. */
export const indicatorSchema = indicatorSchemaFor(DEFAULT_OWNER_ROLES.map((role) => role.field));

const person = z.strictObject({
  name: text,
  role: text.optional(),
  email: z.email().optional(),
  phone: text.optional(),
});

/** The front matter of a meeting's `meeting.md`; the body is the covering note. */
export const meetingSchema = z.strictObject({
  committee: visible,
  date: z.string(),
  agendaItem: z.union([z.number().int().positive(), text]),
  agendaTitle: visible,
  pages: text.optional(),
  scorecards: z.array(visible).min(1),
  status: z.enum(["draft", "published"]),
  sourcePaper: z.url({ protocol: /^https?$/ }).optional(),
  letterDate: z.string().optional(),
  contact: person.optional(),
  signedBy: person.optional(),
  errata: z.array(z.strictObject({ date: z.string(), change: text, reason: text })).default([]),
});

/** The owner fields of the default roles, which the Kent paper's importer writes. */
type DefaultOwnerField = "cabinetMember" | "director" | "portfolio" | "division";

/** An indicator's front matter; a site's other owner roles are read by their field names (see ownerRoles.ts). */
export type IndicatorFrontMatter = z.infer<ReturnType<typeof indicatorSchemaFor>> & Partial<Record<DefaultOwnerField, string>>;
export type MeetingFrontMatter = z.infer<typeof meetingSchema>;
export type TrendRowFrontMatter = z.infer<typeof trendRowSchema>;
export type BandingsFrontMatter = z.infer<typeof bandingsSchema>;

/** What each field holds, in a clerk's words: used in error hints and, later, the editor schema. */
export const FIELD_HINTS: Record<string, string> = {
  id: 'a short name in lower-case words joined by hyphens, the same at every meeting, e.g. "average-caseload"',
  title: "the indicator's title exactly as the paper prints it",
  scorecard: "the scorecard this indicator belongs to, as listed under `scorecards` in meeting.md",
  kind: 'for an indicator, "performance" (rated) or "activity" (shown for context, never rated); for a benchmark, "england-average", "regional-average", "statistical-neighbours-average", "quartile" or "other"',
  portfolio: 'the portfolio, e.g. "Children, Young People and Education"',
  cabinetMember: 'the Cabinet Member, e.g. "Roger Gough"',
  director: 'the Director, e.g. "Philip Segurola"',
  division: `the division, e.g. "Specialist Children's Services"`,
  unit: '"percentage" (68.6%), "percentage-change" (-3.2%), "number" (22.0), "count" (14), "money" (£1,234), "days", "hours", "minutes", "seconds", "rate" or "custom" (with unitLabel)',
  unitLabel: 'for a rate or a custom unit, the words printed after each figure, e.g. "per 1,000 population" or "kg per household"',
  moneyIn: 'for money, how the paper prints it: "pounds" (£1,234), "thousands" (£1,234k) or "millions" (£2.3m)',
  targetDecimalPlaces: "how many decimal places the paper prints targets with, when more than the results: 1 for a target of 112.5",
  decimalPlaces: "how many decimal places the paper prints: 1 for 68.6%, 0 for a count",
  polarity: '"higher-is-better", "lower-is-better" or "neither" (a context indicator)',
  bandings:
    "a list with one entry per financial year: financialYear, target, and red/amber/green, or floor, or tolerancePercent, tolerancePoints or toleranceUnits (with profiled: true and outsideTolerance where the paper's rule has them)",
  financialYear: 'the financial year, e.g. "2017/18" (or the calendar year, e.g. "2023", for an indicator reported by calendar year)',
  target: "the target as a plain number, e.g. 80 for 80%",
  red: 'the Red band, e.g. "below 70" or "above 22"',
  amber: 'the Amber band, e.g. "70 to 80"',
  green: 'the Green band, e.g. "80 and above", "18 and below" or "0"',
  blue: 'the Blue band, e.g. "90 and above"',
  floor: "the floor standard as a plain number: Amber at or better than it, Red worse",
  tolerancePercent: "how far from the target, as a percentage of it, still counts as Amber, e.g. 10",
  tolerancePoints: 'for a percentage, how many percentage points from the target still count as Amber, e.g. 5 for "within 5 percentage points of target"',
  toleranceUnits: 'how far from the target, in the indicator\'s own unit, still counts as Amber, e.g. 2 for "within 2 days of target"',
  profiled:
    "true when the target differs each period (a quarterly target, or a year-to-date one that grows): the rule is applied to each trend row's target, and the bandings' target, the year's final one, may be left out",
  outsideTolerance:
    "for a rule that looks at the same period last year, the ratings beyond the tolerance, e.g. { improvedOnLastYear: Amber, otherwise: Red }; on or within the tolerance is Green",
  improvedOnLastYear: 'the rating of a result beyond the tolerance that is better than the same period last year: "Amber" (or "Green")',
  otherwise: 'the rating of a result beyond the tolerance that is no better than the same period last year: "Red" (or "Amber")',
  dataBasis: '"in-period", "year-to-date", "rolling-12-months" (or any number of months), "snapshot", "annual-outturn" or "other" (with dataBasisText)',
  dataBasisText: 'for dataBasis "other", the sentence the paper prints about what the figures cover',
  outturns: "a list of earlier years' outturns, each { financialYear: 2016/17, result: 70.2 }",
  benchmarks: "a list of benchmarks, each with name, kind, an optional source, and values: [{ period, value }] (or quartile for a quartile position)",
  values: "a list of the benchmark's figures, each { period: 2016/17, value: 72.0 } (or quartile: 1 to 4 for a quartile position)",
  value: "the benchmark's figure as a plain number in the indicator's unit",
  quartile: "the quartile position: 1 for the top (best-performing) quartile to 4 for the bottom",
  source: 'where the benchmark comes from, as the paper says, e.g. "DfE, Children in need census"',
  samePeriodLastYear: "the figure the paper prints for the same period a year before, as a plain number",
  directionOfTravel: 'the paper\'s own arrow in words: "improving", "worsening" or "no change"',
  unrated: "true for an earlier figure the paper shows without a rating",
  expectedRanges: "for an activity indicator, a list of each year's expected range, each { financialYear: 2023/24, lower: 6, upper: 12 }",
  lower: "the bottom of the expected range, as a plain number (a figure equal to it is within the range)",
  upper: "the top of the expected range, as a plain number (a figure equal to it is within the range)",
  legend: 'the rule in the paper\'s words when it gives no numbers: green, amber and red, e.g. green: "on or above target"',
  ratingNote: "\"as published\", to keep the paper's rating where it differs from the council's own rule (the page shows both)",
  ownerRoles: 'the owners each indicator names, e.g. [{ "field": "leadOfficer", "label": "Lead officer" }]',
  field: 'the front-matter field name of an owner role, in camelCase, e.g. "leadOfficer"',
  label: 'the label the page prints for an owner role, e.g. "Lead officer"',
  dataSource: 'where the figures come from, e.g. "Liberi"',
  trend: "a list of rows, oldest first, each with period, result and target",
  period:
    'the period as the paper prints it: a month ("2017-06", "Jun 2017"), a quarter ("Q1 2017/18"), a half-year ("H1 2017/18"), a financial year ("2017/18") or a calendar year ("2023", in quotes)',
  result: "the figure as a plain number without a % sign, e.g. 62.8; leave it empty when there is no data",
  rating: 'the rating or status as the paper printed it, one of those the site\'s rating scheme names (Kent\'s: "Red", "Amber" or "Green")',
  committee: "the committee's full name",
  date: "the meeting date as YYYY-MM-DD, e.g. 2017-09-07",
  agendaItem: "the agenda item number, e.g. 16",
  agendaTitle: "the agenda item's title",
  pages: 'the pages of the agenda pack, e.g. "Pages 3 - 16"',
  scorecards: "the list of scorecards this meeting receives, in the order the paper prints them",
  status: '"draft" while it is being prepared, "published" once sent to the committee',
  sourcePaper: "the web address (https://…) of the published paper",
  letterDate: "the date of the covering letter as YYYY-MM-DD",
  contact: "name, email and phone of the officer to ask",
  signedBy: "name and role of who signed the covering letter",
  errata: "a list of corrections made after publication, each with date (YYYY-MM-DD), change (what changed) and reason (why)",
  change: 'what was corrected, e.g. "May 2017 result for Average Caseload corrected from 23.9 to 23.8"',
  reason: "why it was corrected",
  // The site's own data files (data/site.json, data/glossary.json), checked with the same messages.
  council: 'the council\'s name as residents know it, e.g. "Kent County Council"',
  serviceName: 'the name of this website, e.g. "Committee performance scorecards"',
  url: "the site's public address, e.g. https://www.example.gov.uk/",
  colours: "the council's colours, each written #rrggbb",
  brand: "the header's background colour, #rrggbb",
  brandText: "the header's text colour, #rrggbb, readable on the brand colour",
  link: "the colour of links, #rrggbb, readable on white",
  linkVisited: "the colour of visited links, #rrggbb, readable on white",
  focus: "the colour that marks the focused link, #rrggbb",
  team: 'the team residents should contact, e.g. "Democratic Services"',
  address: "a postal address",
  accessibility: "the dates of the accessibility statement: lastTested and statementPrepared",
  lastTested: "when the site was last tested, YYYY-MM-DD",
  statementPrepared: "when the accessibility statement was prepared, YYYY-MM-DD",
  contentSecurityPolicy: "the Content-Security-Policy every page carries",
  terms: "the list of abbreviations, each with term, meaning and an optional description",
  term: 'the abbreviation exactly as the text writes it, e.g. "CIN"',
  meaning: 'what it stands for, e.g. "Child in Need"',
  description: "a sentence or two for the Glossary page",
  name: "a person's name",
  role: "a job title",
  email: "an email address",
  phone: "a phone number",
};
