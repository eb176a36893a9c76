import type { TrendChartInput } from "../charts/renderTrendChart";
import type { Problem } from "../content/problems";
import type { Bandings, Rating } from "../domain/bandings";
import type { RatingScheme } from "../domain/ratingScheme";
import type { DataBasis } from "../domain/dataBasis";
import type { DirectionOfTravel } from "../domain/travel";
import type { RatingSource, RatingState } from "../domain/rating";
import type { Polarity, Unit } from "../domain/units";

export type { RatingSource, RatingState } from "../domain/rating";

/** One column of the trend table, every figure already formatted. */
export interface TrendRow {
  /** Set when a figure of this row differs from what was first published: "Corrected on 10 October 2017: was 75.2%". */
  correctionText?: string;
  /** The result as first published, when a correction changed it. */
  firstPublishedResult?: number | null;
  period: string;
  periodLabel: string;
  periodLongLabel: string;
  result: number | null;
  resultText: string;
  target: number | null;
  targetText: string;
  rating: Rating | null;
  /** "Red", "No data", "Not rated" */
  ratingText: string;
  /** How the rating's tag is drawn: its style and symbol, from the site's rating scheme. */
  tag: RatingTag;
  ratingSource: RatingSource | null;
  /** What the rating cell says, from the one rating rule (domain/rating.ts): "rated", "status" (Data only, Not due), "no-data", "awaiting" or "not-rated". */
  state: RatingState;
  /** Against the row before; null for the first row or when either has no data. */
  directionOfTravel: DirectionOfTravel | null;
  /** "Down 0.4 percentage points since May: worse (higher is better)", or why there is no comparison. */
  directionText: string;
  /** The change alone, for running text: "down 0.4 percentage points since May"; empty when there is no comparison. */
  changeSinceText: string;
  /** The way the figure moved, "↑", "↓" or "→", shown beside directionText and hidden from screen readers; empty when there is no comparison. */
  directionArrow: string;
  /** What the direction of travel compares with: the period before, or (for year-to-date figures) the same period last year. */
  comparedWith: "previous period" | "same period last year" | null;
  /** Against the same period last year, when its figure is given; null otherwise. */
  yearOnYear: DirectionOfTravel | null;
  /** "Up 2.1 percentage points on Q3 2022/23: better (higher is better)"; empty when there is no figure to compare with. */
  yearOnYearText: string;
  /** The figure for the same period last year, null when neither the paper nor the trend gives it. */
  samePeriodLastYear: number | null;
  /** The days the figure truly covers, by its data basis: a rolling 12-month figure for Apr 2017 covers May 2016 to Apr 2017. */
  coverage: { start: string; end: string };
  /** One text per comparison of the indicator, in its order: "65.0% (Q3 2022/23)", "Top quartile (2016/17)", "Not given". */
  comparisonTexts: string[];
  /** Where the paper's rating is kept against the council's rule: "By the council's own rule (…) this figure would be Amber"; else empty. */
  ruleRatingText: string;
  /** Where the paper's rating stands unchecked because the council's rule needs a figure the row does not give. */
  uncheckedFor?: "target" | "same-period-last-year";
  /** For an activity indicator with an expected range for the period's year: where the result stands against it. */
  rangeStatus?: "within" | "above" | "below";
  /** Where the paper's rating is kept against the council's rule: the rating the rule gives (null for none); else undefined. */
  ruleRating?: Rating | null;
}

/** A series of figures to compare the result with, one value per trend row, for the table and the chart. */
export interface ComparisonSeries {
  /** "Same period last year", "Previous year's outturn", "England average" */
  name: string;
  kind: "same-period-last-year" | "previous-year-outturn" | "england-average" | "regional-average" | "statistical-neighbours-average" | "quartile" | "other";
  /** One per row; null where there is no figure (and always for a quartile, which is not in the indicator's unit). */
  values: (number | null)[];
  /** One per row, as the table shows it. */
  texts: string[];
  /** Where the benchmark comes from, as the paper says; empty when it does not. */
  source: string;
}

/** One benchmark figure as the paper gives it, for the downloads. */
export interface BenchmarkFigure {
  name: string;
  kind: Exclude<ComparisonSeries["kind"], "same-period-last-year" | "previous-year-outturn">;
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  quartile: number | null;
  source: string;
}

/** A chart twice: for wide screens and print, and laid out for phones. */
export interface ChartSvgs {
  wide: string;
  narrow: string;
}

/** A rating tag's look: the status's id as its style ("red", "data-only", or "none" for no rating) and its symbol. */
export interface RatingTag {
  modifier: string;
  symbol: string;
}

/** How many latest results have one rating, status or state. */
export interface RatingCount {
  /** The rating or status as the scheme words it ("Green", "Data only"), or the state ("no data"). */
  label: string;
  count: number;
}

export interface RatingCounts {
  /** Every status of the site's scheme in its order, then no data, awaiting data and not rated; zeros included. */
  counts: RatingCount[];
  /** "1 Green, 2 Amber, 4 Red": the counts that are not zero. */
  text: string;
}

/** One owner of an indicator, in the role the site names: { label: "Cabinet Member", name: "Roger Gough" }. */
export interface Owner {
  label: string;
  name: string;
}

export interface DataNotes {
  /** "Target: 80% (RAG Bandings: Below 70% = Red, 70% to 80% = Amber, 80% and above = Green)" */
  target: string;
  /** "Higher values are better" */
  tolerance: string;
  /** "Figures shown are based on a rolling 12 month period. ..." */
  dataBasis: string;
  dataSource: string;
}

/** The chart's data, ready for the renderer (everything but how to format a value, which depends on the unit), and its caption. */
export type ChartData = Omit<TrendChartInput, "formatValue"> & {
  /** The message in words, the figure's caption: "Result rose from 22.0 in Mar 2017 to 24.6 in Jun 2017; …" */
  description: string;
  /** The key beside the chart, one entry per line drawn: { swatch: "result", text: "Result (solid line with points)" }. */
  key: { swatch: string; text: string }[];
};

/** An indicator as one meeting reported it. */
export interface Indicator {
  id: string;
  title: string;
  /** Source file, for messages and edit links. */
  file: string;
  scorecard: string;
  kind: "performance" | "activity";
  unit: Unit;
  /** The unit in words, for downloads and the chart's axis: "%", "£", "days", "per 1,000 population"; empty for a number. */
  unitLabel: string;
  decimalPlaces: number;
  /** The decimal places targets are printed with, and results compared with them at. */
  targetDecimalPlaces: number;
  polarity: Polarity;
  dataBasis: DataBasis;
  /** The owners the file names, in the order the site lists the roles. */
  owners: Owner[];
  /** What the paper compares the results with, in the order the table shows them. */
  comparisons: ComparisonSeries[];
  /** The comparisons beside the latest result, for the summary: { label: "England average", text: "72.0% (2016/17)", source: "DfE" }. */
  latestComparisons: { label: string; text: string; source: string }[];
  /** Every benchmark figure the file gives, for the downloads. */
  benchmarkFigures: BenchmarkFigure[];
  bandings: Bandings[];
  rows: TrendRow[];
  latest: TrendRow;
  /** Rating of the latest period, null when it has no data or the indicator is not rated. */
  rating: Rating | null;
  ratingText: string;
  /** The indicator's tag: "Rating: Red", or "Status: Data only" for a status that is not a rating. */
  ratingTagText: string;
  tag: RatingTag;
  /** "1.8 percentage points below Amber (75%)", or empty when Green or not rated. */
  distanceToBandText: string;
  /** "17.2 percentage points below the 80% target", or empty. */
  distanceToTargetText: string;
  /** The plain-English one-sentence summary of the latest period. */
  summary: string;
  /** Whether any row's rating is as printed in the paper rather than computed, which the page then explains. */
  hasPublishedRatings: boolean;
  /** What the page says of the ratings marked "as published": why they stand (no bandings on record, or kept against the rule). */
  publishedRatingsNote: string;
  /** "Results, targets and ratings by month" (or by quarter, half-year, financial year, year). */
  trendTableCaption: string;
  /** "Comparisons by quarter": the caption of the table of comparisons, when there are any. */
  comparisonTableCaption: string;
  /** Change of rating since the committee's previous meeting, in words; empty when there is none to compare. */
  ratingChangeText: string;
  /** What differs in this indicator from what was first published, whatever the errata say. */
  corrections: Correction[];
  commentaryHtml: string;
  /** The commentary as plain text, for the search index. */
  commentaryText: string;
  dataNotes: DataNotes;
  /** What the chart shows; it is drawn only for the run of meetings that renders it (see ChartedIndicator). */
  chart: ChartData;
  meetingSlug: string;
  /** The meeting that received it, for breadcrumbs, links back and corrections made since. */
  meeting: { url: string; dateLabel: string; committee: string; status: "draft" | "published"; errata: Erratum[] };
  /** True while a draft's commentary is still the placeholder. */
  commentaryAwaited: boolean;
  /** Site-relative address, before any path prefix: "/meetings/2017-09-07-cype/average-caseload/". */
  url: string;
  /** Every meeting's figures for this indicator joined into one series. */
  historyUrl: string;
  previous?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** An indicator with its chart drawn, wide and narrow: what its page and its meeting's page for print show. */
export interface ChartedIndicator extends Indicator {
  /** Domain-free SVG markup, drawn when the run of meetings that renders the indicator is planned. */
  chartSvgs: ChartSvgs;
}

export interface Scorecard {
  title: string;
  slug: string;
  indicators: Indicator[];
  counts: RatingCounts;
}

/**
 * A meeting as computed from its own files alone, which the meeting cache keeps and no build changes: what depends
 * on other meetings (the previous meeting, rating changes since it) is added as new objects each build.
 */
export type MeetingReport = Omit<Meeting, "previousMeeting">;

/** One difference between a published meeting as first published and as it is now, shown beside the errata. */
export interface Correction {
  /** "Jun 2017 result for Average Caseload of Social Workers in CSWTs: 24.6 → 24.8", or "The commentary on … was reworded" */
  text: string;
  /** When the correction that made it was recorded (or, not yet recorded, the newest erratum's date): "10 October 2017". */
  dateLabel: string;
  indicatorId?: string;
  /** For a section of text: the text as first published, rendered as the page renders it, to show in full. */
  previousHtml?: string;
}

/** A correction made to a published meeting, shown on its pages. */
export interface Erratum {
  date: string;
  dateLabel: string;
  change: string;
  reason: string;
}

export interface Person {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface Meeting {
  slug: string;
  /** What the check tells the clerk without stopping the build, kept with the meeting so a cached one says it too. */
  warnings: Problem[];
  /** Hash of the meeting's files, as the lock records it: pages built from the same files can be reused. */
  contentHash: string;
  url: string;
  /** The whole paper on one page, every indicator in full, to read in one place or print: "/meetings/2017-09-07-cype/print/". */
  printUrl: string;
  committee: string;
  committeeSlug: string;
  date: string;
  /** "Thursday 7 September 2017" */
  dateLabel: string;
  agendaItem: string;
  agendaTitle: string;
  pages?: string;
  status: "draft" | "published";
  sourcePaper?: string;
  letterDateLabel?: string;
  contact?: Person;
  signedBy?: Person;
  coveringNoteHtml: string;
  /** The covering note as plain text, for the search index. */
  coveringNoteText: string;
  /** True while a draft's covering note is still the placeholder. */
  coveringNoteAwaited: boolean;
  errata: Erratum[];
  /** Every difference from what was first published, computed from the lock, oldest correction first. */
  corrections: Correction[];
  /** YYYY-MM-DD: the last correction's date, or the meeting's own date. */
  updatedDate: string;
  /** For the feed: " Corrected on 10 October 2017: Jun 2017 result for …: 24.6 → 24.8.", or "" when never corrected. */
  correctionsSummary: string;
  scorecards: Scorecard[];
  counts: RatingCounts;
  /** "Jun 2017": the newest period any indicator reports. */
  latestPeriodLabel: string;
  previousMeeting?: { dateLabel: string; url: string };
  indicators: Indicator[];
}

export interface Committee {
  name: string;
  slug: string;
  /** Newest first. */
  meetings: Meeting[];
}

/** One period of an indicator's whole history: the figure that stands, and any earlier one it replaced. */
export interface HistoryRow extends TrendRow {
  /** The meeting whose paper the standing figure comes from. */
  reportedAt: { dateLabel: string; url: string };
  /** Set when a later meeting published a different figure for the period than an earlier one. */
  revised?: { previousResultText: string; previousRatingText: string; previousReportedAt: { dateLabel: string; url: string } };
}

/** A meeting that reported an indicator, as its history lists it. */
export interface HistoryMeeting {
  dateLabel: string;
  url: string;
  /** The indicator's page in that meeting. */
  indicatorUrl: string;
  committee: string;
}

/** A page of an indicator's history: the whole of it, or, for one longer than ten years, its latest ten years or a decade. */
export interface HistoryPage {
  id: string;
  /** The title at the newest meeting. */
  title: string;
  /** The scorecard it is part of at the newest meeting: "Specialist Children's Services". */
  scorecard: string;
  url: string;
  /** The page's periods, oldest first. */
  rows: HistoryRow[];
  /** The meetings the page lists, newest first: those that reported any of its periods. */
  meetings: HistoryMeeting[];
  revisedCount: number;
  /** Every correction to its figures and words at the page's meetings since each was published, oldest meeting first. */
  corrections: (Correction & { meeting: { dateLabel: string; url: string } })[];
  /** "4 periods from Mar 2017 to Jun 2017, as reported to 1 meeting." */
  summary: string;
  /** On a decade's page, its years: "2000 to 2009". */
  decade?: string;
  /** "Every period, with the meeting whose figure stands", or what part of the history it shows. */
  tableCaption: string;
  /** Every page of the history, for moving between them: none when the history has one page. */
  pages: { label: string; url: string; current: boolean }[];
  /** The page's series as its chart shows it, with the chart's message in words and its key; drawn when the page is rendered. */
  chart: ChartData;
  /** As the newest meeting gives them, for the chart's values. */
  unit: Unit;
  decimalPlaces: number;
}

/**
 * An indicator across every meeting that reported it: its own page, and its decades' pages when it has them. A page
 * holds only what it shows, so one whose data is unchanged is carried over to the next build (see pageReuse.ts).
 */
export interface IndicatorHistory extends HistoryPage {
  /** The indicator as the newest meeting reported it, for the list of indicators. */
  latest: Indicator;
  /** A page for each decade, newest first, when the history is longer than ten years; otherwise none. */
  decades: HistoryPage[];
}

/** A page of a history with its chart drawn, wide and narrow. */
export interface ChartedHistory extends HistoryPage {
  /** Domain-free SVG markup, drawn in the run that renders the site's own pages. */
  chartSvgs: ChartSvgs;
}

/** Everything the site shows, computed and formatted once. */
export interface Scorecards {
  /** YYYY-MM-DD: when a published meeting last appeared or was corrected, for the feed. */
  latestUpdatedDate: string;
  committees: Committee[];
  /** Newest first. */
  meetings: Meeting[];
  indicators: Indicator[];
  /** Each indicator across every published meeting, by title. */
  histories: IndicatorHistory[];
  /** A page at each address of every withdrawn meeting (its own, its page for print and its indicators'), saying when and why. */
  withdrawnPages: WithdrawnPage[];
  /** What looks wrong but stops nothing, for check and build to print: a file named .MD, say, which is never read. */
  warnings: Problem[];
  /** The site's rating scheme (data/ratings.json, else Kent's), for the stylesheet, the downloads' schema and the gate. */
  ratingScheme: RatingScheme;
}

/** What stands at an address of a meeting that was published and then withdrawn. */
export interface WithdrawnPage {
  /** "/meetings/2017-09-07-cype/" or "/meetings/2017-09-07-cype/average-caseload/" */
  url: string;
  /** The page's heading: the meeting's agenda title, or the indicator's title. */
  title: string;
  committee: string;
  /** "Thursday 7 September 2017" */
  meetingDateLabel: string;
  /** "1 December 2026" */
  withdrawnDateLabel: string;
  reason: string;
}
