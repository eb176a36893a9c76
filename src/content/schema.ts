import { z } from "zod";

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
const rating = z.enum(["Red", "Amber", "Green"]);

/** One column of the paper's "Trend Data" table. */
export const trendRowSchema = z.strictObject({
  period: z.string(),
  result: z.number().nullable(),
  target: z.number().nullable().optional(),
  rating: rating.optional(),
});

/** The bandings in force for one financial year, in one of the three published forms. */
export const bandingsSchema = z.strictObject({
  financialYear: z.string(),
  target: z.number(),
  red: text.optional(),
  amber: text.optional(),
  green: text.optional(),
  floor: z.number().optional(),
  tolerancePercent: z.number().positive().max(100).optional(),
});

/** The front matter of an indicator file; the body is the commentary. */
export const indicatorSchema = z.strictObject({
  id: slug,
  title: visible,
  scorecard: visible,
  kind: z.enum(["performance", "activity"]).default("performance"),
  portfolio: text,
  cabinetMember: text,
  director: text,
  division: text,
  unit: z.enum(["percentage", "number", "count"]),
  decimalPlaces: z.number().int().min(0).max(4),
  polarity: z.enum(["higher-is-better", "lower-is-better"]),
  bandings: z.array(bandingsSchema).default([]),
  dataBasis: z.enum(["rolling-12-months", "snapshot-month-end"]),
  dataSource: text,
  trend: z.array(trendRowSchema).min(1),
});

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

export type IndicatorFrontMatter = z.infer<typeof indicatorSchema>;
export type MeetingFrontMatter = z.infer<typeof meetingSchema>;
export type TrendRowFrontMatter = z.infer<typeof trendRowSchema>;
export type BandingsFrontMatter = z.infer<typeof bandingsSchema>;

/** What each field holds, in a clerk's words: used in error hints and, later, the editor schema. */
export const FIELD_HINTS: Record<string, string> = {
  id: 'a short name in lower-case words joined by hyphens, the same at every meeting, e.g. "average-caseload"',
  title: "the indicator's title exactly as the paper prints it",
  scorecard: "the scorecard this indicator belongs to, as listed under `scorecards` in meeting.md",
  kind: '"performance" (rated against bandings) or "activity" (shown for context, never rated)',
  portfolio: 'the portfolio, e.g. "Children, Young People and Education"',
  cabinetMember: 'the Cabinet Member, e.g. "Roger Gough"',
  director: 'the Director, e.g. "Philip Segurola"',
  division: `the division, e.g. "Specialist Children's Services"`,
  unit: '"percentage" (68.6%), "number" (22.0) or "count" (14)',
  decimalPlaces: "how many decimal places the paper prints: 1 for 68.6%, 0 for a count",
  polarity: '"higher-is-better" or "lower-is-better"',
  bandings: "a list with one entry per financial year: financialYear, target, and red/amber/green, or floor, or tolerancePercent",
  financialYear: 'the financial year the bandings apply to, e.g. "2017/18"',
  target: "the target as a plain number, e.g. 80 for 80%",
  red: 'the Red band, e.g. "below 70" or "above 22"',
  amber: 'the Amber band, e.g. "70 to 80"',
  green: 'the Green band, e.g. "80 and above", "18 and below" or "0"',
  floor: "the floor standard as a plain number: Amber at or better than it, Red worse",
  tolerancePercent: "how far from the target, as a percentage of it, still counts as Amber, e.g. 10",
  dataBasis: '"rolling-12-months" or "snapshot-month-end"',
  dataSource: 'where the figures come from, e.g. "Liberi"',
  trend: "a list of rows, oldest first, each with period, result and target",
  period: 'a month as "2017-06" or a quarter as "Q1 2017/18"',
  result: "the figure as a plain number without a % sign, e.g. 62.8; leave it empty when there is no data",
  rating: 'the rating as published: "Red", "Amber" or "Green"',
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
