import { createHash } from "node:crypto";
import path from "node:path";
import { readOwnerRoles } from "../content/ownerRoles";
import { readRatingScheme } from "../content/ratingSchemeFile";
import type { MeetingCache } from "./meetingCache";
import { ContentProblems } from "../content/problems";
import { readMeetings } from "../content/readContent";
import { checkPublication } from "../publication/checkPublication";
import { hashOnlyWarnings } from "../publication/checkRecord";
import { readLockFile } from "../publication/lock";
import { lockProblems, withdrawnPages } from "../publication/withdrawn";
import { prepareScorecards } from "../scorecard/prepareScorecards";
import type { MeetingReport, Scorecards } from "../scorecard/model";

export interface LoadOptions {
  /** Meetings built by earlier builds; without it every meeting is read and rated. */
  cache?: MeetingCache;
  /** Told of each meeting read and rated afresh (not taken from the cache), as soon as it is. */
  onMeetingPrepared?: (meeting: MeetingReport) => void;
}

/**
 * The data step: reads, checks, rates and formats every meeting under `<root>/content/meetings`.
 * Throws ContentProblems listing every problem in every file when anything is wrong.
 * @example const scorecards = await loadScorecards(process.cwd());
 */
export async function loadScorecards(projectRoot: string, { cache, onMeetingPrepared }: LoadOptions = {}): Promise<Scorecards> {
  const { lock, text: lockFile } = await readLockFile(projectRoot);
  const ownerRoles = await readOwnerRoles(projectRoot);
  const ratingScheme = await readRatingScheme(projectRoot);
  // A cached meeting was valid against its own lock entry, so that entry is part of what it was built from.
  const keyOf = (folder: string, contentHash: string) =>
    createHash("sha256")
      .update(JSON.stringify([folder, contentHash, lock[folder] ?? null, ownerRoles, ratingScheme]))
      .digest("hex");
  const reuse = cache && ((folder: string, contentHash: string) => cache.get(keyOf(folder, contentHash)));
  const { meetings, reused, folders, problems, warnings } = await readMeetings(path.join(projectRoot, "content", "meetings"), projectRoot, {
    reuse,
    ownerRoles,
    ratingScheme,
  });
  const { scorecards, built, problems: archiveProblems } = prepareScorecards(meetings, reused, lock, ratingScheme, { onMeetingPrepared });
  const all = [...problems, ...archiveProblems, ...checkPublication(meetings, lock), ...lockProblems(lock, lockFile, new Set(folders))];
  if (all.length || !scorecards) throw new ContentProblems(all);
  if (cache) {
    for (const meeting of built) cache.set(keyOf(meeting.slug, meeting.contentHash), meeting);
    await cache.save();
  }
  return {
    ...scorecards,
    warnings: [...warnings, ...scorecards.warnings, ...hashOnlyWarnings(lock)],
    withdrawnPages: withdrawnPages(lock, new Set(scorecards.histories.map((history) => history.id))),
  };
}
