import type { Indicator, IndicatorHistory, Meeting, Scorecards, WithdrawnPage } from "../scorecard/model";
import { historyHead, indicatorHead, meetingHead, meetingPrintHead, withdrawnHead, type PageHead } from "../scorecard/pageHeads";

/** A page's own data, with what the page says about itself (base.njk reads it from the page's pagination item). */
type Page<T> = T & { head: PageHead };

/** What Eleventy renders in one build: every page, less those of meetings whose pages are reused. */
export interface RenderPlan {
  meetings: Page<Meeting>[];
  /** The same meetings, for their pages for print. */
  printMeetings: Page<Meeting>[];
  indicators: Page<Indicator>[];
  histories: Page<IndicatorHistory>[];
  withdrawnPages: Page<WithdrawnPage>[];
  /** Download files to write: the archive's, the schema, and those of the meetings rendered. */
  files: { url: string; content: string }[];
  /** Every page made from the data, rendered now or reused, for the sitemap: "/meetings/2017-09-07-cype/", … */
  dataPageUrls: string[];
}

/**
 * Splits the site into what Eleventy must render and what the previous build already has.
 * @example renderPlan(scorecards, downloads, new Set(["2017-09-07-cype"])).meetings // [] for the sample
 */
export function renderPlan(
  scorecards: Scorecards,
  downloads: { files: { url: string; content: string }[] },
  reusedMeetings: ReadonlySet<string> = new Set(),
): RenderPlan {
  const meetings = scorecards.meetings.filter((meeting) => !reusedMeetings.has(meeting.slug));
  // A meeting's own downloads live in its folder: /meetings/<slug>/scorecard-data.csv.
  const meetingOf = (url: string) => /^\/meetings\/([^/]+)\//.exec(url)?.[1];
  return {
    meetings: meetings.map((meeting) => ({ ...meeting, head: meetingHead(meeting) })),
    printMeetings: meetings.map((meeting) => ({ ...meeting, head: meetingPrintHead(meeting) })),
    indicators: meetings.flatMap((meeting) => meeting.indicators.map((indicator) => ({ ...indicator, head: indicatorHead(indicator) }))),
    histories: scorecards.histories.map((history) => ({ ...history, head: historyHead(history) })),
    withdrawnPages: scorecards.withdrawnPages.map((page) => ({ ...page, head: withdrawnHead(page) })),
    files: downloads.files.filter((file) => !reusedMeetings.has(meetingOf(file.url) ?? "")),
    dataPageUrls: [
      ...scorecards.meetings.flatMap((m) => [m.url, m.printUrl]),
      ...scorecards.indicators.map((i) => i.url),
      ...scorecards.histories.map((h) => h.url),
    ].sort(),
  };
}
