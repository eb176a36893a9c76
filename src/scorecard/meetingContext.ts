import type { Indicator, Meeting, MeetingReport } from "./model";

/**
 * Each meeting with what depends on the committee's meeting before it: a link to that meeting, and how each
 * indicator's rating changed since. Returns new objects and leaves the reports (which may come from the cache) as they
 * are. A published meeting looks back only to published ones: a draft's figures, not yet sent to anyone, never change
 * a public page.
 * @example inContext(reports)[0].previousMeeting // { dateLabel: "Thursday 7 September 2017", url: "/meetings/2017-09-07-cype/" }
 */
export function inContext(newestFirst: readonly MeetingReport[]): Meeting[] {
  const lastSeen = new Map<string, MeetingReport>();
  const lastPublished = new Map<string, MeetingReport>();
  const previousOf = new Map<MeetingReport, MeetingReport>();
  for (const meeting of [...newestFirst].reverse()) {
    const previous = (meeting.status === "published" ? lastPublished : lastSeen).get(meeting.committeeSlug);
    if (previous) previousOf.set(meeting, previous);
    lastSeen.set(meeting.committeeSlug, meeting);
    if (meeting.status === "published") lastPublished.set(meeting.committeeSlug, meeting);
  }
  return newestFirst.map((meeting) => withPrevious(meeting, previousOf.get(meeting)));
}

function withPrevious(meeting: MeetingReport, previous: MeetingReport | undefined): Meeting {
  if (!previous) return { ...meeting, previousMeeting: undefined };
  const earlier = new Map(previous.indicators.map((indicator) => [indicator.id, indicator]));
  const indicators = meeting.indicators.map((indicator) => ({
    ...indicator,
    ratingChangeText: ratingChangeText(indicator, earlier.get(indicator.id), previous),
  }));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return {
    ...meeting,
    previousMeeting: { dateLabel: previous.dateLabel, url: previous.url },
    indicators,
    scorecards: meeting.scorecards.map((scorecard) => ({ ...scorecard, indicators: scorecard.indicators.map((indicator) => byId.get(indicator.id)!) })),
  };
}

/** "Red, was Amber at the meeting of …", or "" for an activity indicator, one awaiting data, or one new since. */
function ratingChangeText(indicator: Indicator, before: Indicator | undefined, previous: MeetingReport): string {
  if (!before || indicator.kind === "activity" || indicator.latest.state === "awaiting") return "";
  const unchanged = before.latest.state === indicator.latest.state && before.latest.rating === indicator.latest.rating;
  return unchanged
    ? `${indicator.ratingText}, unchanged since the meeting of ${previous.dateLabel}`
    : `${indicator.ratingText}, was ${before.ratingText} at the meeting of ${previous.dateLabel}`;
}
