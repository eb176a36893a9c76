import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { checkCommitteeNames, checkIdsAcrossCommittees } from "./archiveChecks";
import { prepareHistories } from "./history";
import { inContext } from "./meetingContext";
import type { Lock } from "../publication/lock";
import { DEFAULT_RATING_SCHEME, type RatingScheme } from "../domain/ratingScheme";
import type { Committee, MeetingReport, Scorecards } from "./model";
import { prepareMeeting } from "./prepareMeeting";

/**
 * Checks every meeting beyond its schema and computes the whole archive, or returns every problem found. Meeting
 * reports reused from an earlier build join the ones prepared here, unchanged; `built` lists the new ones, for the cache.
 * The lock gives each published meeting what was first published, so its pages can show every change since.
 * `onMeetingPrepared` is told of each new report as soon as it is made (a build starts drawing its charts then).
 * @example prepareScorecards(meetings) // { scorecards: { committees, meetings, indicators, … }, problems: [], built: [...] }
 */
export function prepareScorecards(
  sources: readonly MeetingSource[],
  reused: readonly MeetingReport[] = [],
  lock: Lock = {},
  ratingScheme: RatingScheme = sources[0]?.ratingScheme ?? DEFAULT_RATING_SCHEME,
  { onMeetingPrepared }: { onMeetingPrepared?: (meeting: MeetingReport) => void } = {},
): { scorecards?: Scorecards; problems: Problem[]; built: MeetingReport[] } {
  const problems: Problem[] = [];
  const built: MeetingReport[] = [];
  for (const source of sources) {
    const result = prepareMeeting(source, lock[source.folder]);
    problems.push(...result.problems);
    if (result.meeting) {
      built.push(result.meeting);
      onMeetingPrepared?.(result.meeting);
    }
  }
  problems.push(...checkCommitteeNames(sources, reused), ...checkIdsAcrossCommittees(sources, reused));
  if (problems.length) return { problems, built };

  const reports = [...built, ...reused].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const meetings = inContext(reports);
  const committees = new Map<string, Committee>();
  for (const meeting of meetings) {
    const committee = committees.get(meeting.committeeSlug) ?? { name: meeting.committee, slug: meeting.committeeSlug, meetings: [] };
    committee.meetings.push(meeting);
    committees.set(meeting.committeeSlug, committee);
  }
  return {
    scorecards: {
      committees: [...committees.values()].sort((a, b) => a.name.localeCompare(b.name)),
      meetings,
      indicators: meetings.flatMap((meeting) => meeting.indicators),
      histories: prepareHistories(meetings),
      latestUpdatedDate: meetings.reduce(
        (latest, meeting) => (meeting.status === "published" && meeting.updatedDate > latest ? meeting.updatedDate : latest),
        "",
      ),
      withdrawnPages: [],
      ratingScheme,
      warnings: meetings.flatMap((meeting) => meeting.warnings),
    },
    problems,
    built,
  };
}
