import type { Indicator, Meeting, Scorecards } from "../scorecard/model";

/** What Eleventy renders in one build: every page, less those of meetings whose pages are reused. */
export interface RenderPlan {
  meetings: Meeting[];
  indicators: Indicator[];
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
    meetings,
    indicators: meetings.flatMap((meeting) => meeting.indicators),
    files: downloads.files.filter((file) => !reusedMeetings.has(meetingOf(file.url) ?? "")),
    dataPageUrls: [
      ...scorecards.meetings.flatMap((m) => [m.url, m.printUrl]),
      ...scorecards.indicators.map((i) => i.url),
      ...scorecards.histories.map((h) => h.url),
    ].sort(),
  };
}
