import type { Downloads } from "../opendata/downloads";
import { historyPages } from "../scorecard/history";
import { withCharts, type ChartJob, type Charts } from "../scorecard/indicatorCharts";
import type { ChartedHistory, ChartedIndicator, HistoryPage, Meeting, Scorecards, WithdrawnPage } from "../scorecard/model";
import { historyHead, indicatorHead, meetingHead, meetingPrintHead, withdrawnHead, type PageHead } from "../scorecard/pageHeads";

/** A page's own data, with what the page says about itself (base.njk reads it from the page's pagination item). */
type Page<T> = T & { head: PageHead };

/** What Eleventy renders in one build: every page, less those of meetings whose pages are reused. */
export interface RenderPlan {
  meetings: Page<Meeting>[];
  /** The same meetings, for their pages for print, each indicator with its chart. */
  printMeetings: Page<Omit<Meeting, "indicators"> & { indicators: ChartedIndicator[] }>[];
  /** Their indicators, with their charts drawn (once: the pages for print share them). */
  indicators: Page<ChartedIndicator>[];
  /** Every page of every history (a long one has a page a decade), with its chart drawn, when the site's own pages are rendered. */
  histories: Page<ChartedHistory>[];
  withdrawnPages: Page<WithdrawnPage>[];
  /** Download files for Eleventy to write: the archive's, the schema, and the meetings rendered (none where the build writes them itself). */
  files: { url: string; content: string }[];
  /** Every page made from the data, rendered now or reused, for the sitemap: "/meetings/2017-09-07-cype/", … */
  dataPageUrls: string[];
}

/**
 * The meeting whose folder a file is in, if any: a meeting's own downloads live there.
 * @example meetingOfUrl("/meetings/2017-09-07-cype/scorecard-data.csv") // "2017-09-07-cype"
 */
export function meetingOfUrl(url: string): string | undefined {
  return /^\/meetings\/([^/]+)\//.exec(url)?.[1];
}

/**
 * Splits the site into what Eleventy must render and what the previous build already has: every meeting's pages but
 * those of `skippedMeetings` (reused, or rendered in another batch), and, with `sitePages` (the default), the pages and
 * downloads of the whole archive (histories, withdrawn pages, the archive's files), or of `histories` those pages alone.
 * The charts of the meetings' indicators and of the histories are drawn here, or given by `charts` (a build draws them in
 * worker threads too: see chartDrawer.ts).
 * @example renderPlan(scorecards, downloads, new Set(["2017-09-07-cype"])).meetings // [] for the sample
 */
export function renderPlan(
  scorecards: Scorecards,
  downloads: { files: { url: string; content: string }[] },
  skippedMeetings: ReadonlySet<string> = new Set(),
  {
    sitePages = true,
    charts = withCharts,
    histories = historyPages(scorecards.histories),
  }: { sitePages?: boolean; charts?: Charts; histories?: readonly HistoryPage[] } = {},
): RenderPlan {
  const meetings = scorecards.meetings.filter((meeting) => !skippedMeetings.has(meeting.slug));
  const charted = new Map(meetings.map((meeting) => [meeting.slug, meeting.indicators.map((indicator) => charts(indicator))]));
  return {
    meetings: meetings.map((meeting) => ({ ...meeting, head: meetingHead(meeting) })),
    printMeetings: meetings.map((meeting) => ({ ...meeting, indicators: charted.get(meeting.slug)!, head: meetingPrintHead(meeting) })),
    indicators: meetings.flatMap((meeting) => charted.get(meeting.slug)!.map((indicator) => ({ ...indicator, head: indicatorHead(indicator) }))),
    histories: sitePages ? histories.map((page) => ({ ...charts(page), head: historyHead(page) })) : [],
    withdrawnPages: sitePages ? scorecards.withdrawnPages.map((page) => ({ ...page, head: withdrawnHead(page) })) : [],
    files: downloads.files.filter((file) => {
      const meeting = meetingOfUrl(file.url);
      return meeting === undefined ? sitePages : !skippedMeetings.has(meeting);
    }),
    dataPageUrls: [
      ...scorecards.meetings.flatMap((m) => [m.url, m.printUrl]),
      ...scorecards.indicators.map((i) => i.url),
      ...historyPages(scorecards.histories).map((page) => page.url),
    ].sort(),
  };
}

/**
 * One of the Eleventy runs a build renders the site in, so that no run holds every page of a long archive at once: the
 * meetings it renders, and whether it renders the site's own pages too (home page, histories, glossary, sitemap,
 * stylesheet, icons and script), which the last run does.
 */
export interface RenderRun {
  meetings: Meeting[];
  sitePages: boolean;
  /** The history pages it renders: in the last run, every one the previous site does not have as it would be now. */
  histories: HistoryPage[];
}

/** What one run renders: its plan, with its meetings' charts, and the downloads. */
export interface RenderBatch {
  plan: RenderPlan;
  downloads: Downloads;
  sitePages: boolean;
}

/**
 * Meetings rendered in one Eleventy run: Eleventy holds every page of a run until it ends, 32 pages a meeting, and the
 * next run's charts wait beside them. 40, not 60, since charts are drawn a run ahead: 60 took a 4 × archive past 1 GB.
 */
export const MEETINGS_PER_RUN = 40;

/**
 * The runs a build renders in: the meetings to render (all but the reused), so many to a run, the last with the site's
 * own pages and the history pages not in `reusedHistoryPages`. In the order of their folders, the order the data step
 * rates them in, so the first run's charts are the first a build starts drawing.
 * @example renderRuns(scorecards, new Set()).length // 3 for 120 meetings
 */
export function renderRuns(
  scorecards: Scorecards,
  reusedMeetings: ReadonlySet<string> = new Set(),
  meetingsPerRun = MEETINGS_PER_RUN,
  reusedHistoryPages: ReadonlySet<string> = new Set(),
): RenderRun[] {
  const toRender = scorecards.meetings.filter((meeting) => !reusedMeetings.has(meeting.slug)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const runs = Math.max(1, Math.ceil(toRender.length / meetingsPerRun));
  return Array.from({ length: runs }, (_, run) => ({
    meetings: toRender.slice(run * meetingsPerRun, (run + 1) * meetingsPerRun),
    sitePages: run === runs - 1,
    histories: run === runs - 1 ? historyPages(scorecards.histories).filter((page) => !reusedHistoryPages.has(page.url)) : [],
  }));
}

/**
 * What a run's charts are drawn from: its meetings' indicators, and the history pages it renders; none for no run.
 * @example chartsOfRun(renderRuns(scorecards)[0]).length // 30 × the run's meetings, and its history pages
 */
export function chartsOfRun(run: RenderRun | undefined): ChartJob[] {
  return run ? [...run.meetings.flatMap((meeting) => meeting.indicators), ...run.histories] : [];
}

/**
 * A run's batch, planned only when the run is reached so the model never holds every meeting's charts; `charts` gives
 * each indicator and history with its charts (default: drawn here and now).
 * @example renderBatch(scorecards, downloads, renderRuns(scorecards)[0]!).plan.indicators.length // 30 × the run's meetings
 */
export function renderBatch(scorecards: Scorecards, downloads: Downloads, run: RenderRun, charts: Charts = withCharts): RenderBatch {
  const these = new Set(run.meetings.map((meeting) => meeting.slug));
  const skipped = new Set(scorecards.meetings.map((meeting) => meeting.slug).filter((slug) => !these.has(slug)));
  const plan = renderPlan(scorecards, downloads, skipped, { sitePages: run.sitePages, charts, histories: run.histories });
  return { plan, downloads, sitePages: run.sitePages };
}
