import { AWAITING_COMMENTARY, AWAITING_COVERING_NOTE } from "../content/placeholders";
import { statusOf, unratedStatusWords } from "../domain/ratingScheme";
import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { problemAt } from "../content/validate";
import { parseIsoDate } from "../scorecard/dates";
import { recordProblems } from "./checkRecord";
import { LOCK_FILE, type Lock } from "./lock";

/**
 * The rules for published meetings: complete, recorded in the lock, and never changed without an erratum.
 * @example checkPublication(meetings, lock) // [] when every published meeting is as it was published
 */
export function checkPublication(meetings: readonly MeetingSource[], lock: Lock): Problem[] {
  const problems: Problem[] = [];
  for (const meeting of meetings) {
    const at = (path: (string | number)[], message: string, hint?: string) => problems.push(problemAt(meeting.source, path, message, hint));
    meeting.front.errata.forEach((erratum, index) => {
      if (!parseIsoDate(erratum.date)) at(["errata", index, "date"], `found "${erratum.date}", expected a real date written YYYY-MM-DD`);
    });
    const recorded = lock[meeting.folder];
    if (meeting.front.status === "draft") {
      if (recorded) {
        at(
          ["status"],
          `the meeting is marked draft, but ${LOCK_FILE} records it as published`,
          "a published paper cannot be withdrawn: set status: published again, and record any correction under errata",
        );
      }
      continue;
    }
    const notePlaceholder = meeting.source.body.split("\n").findIndex((line) => line.includes(AWAITING_COVERING_NOTE) || line.includes(AWAITING_COMMENTARY));
    if (notePlaceholder !== -1) {
      problems.push({
        file: meeting.source.file,
        line: meeting.source.bodyLine + notePlaceholder,
        column: 1,
        field: "covering note",
        message: "still has its placeholder, but the meeting is published",
        hint: "replace the placeholder with the covering note",
      });
    }
    for (const indicator of meeting.indicators) {
      const placeholderLine = indicator.source.body.split("\n").findIndex((line) => line.includes(AWAITING_COMMENTARY));
      if (placeholderLine !== -1) {
        problems.push({
          file: indicator.source.file,
          line: indicator.source.bodyLine + placeholderLine,
          column: 1,
          field: "commentary",
          message: `still has the placeholder "${AWAITING_COMMENTARY}", but the meeting is published`,
          hint: "replace the placeholder with the officer's commentary",
        });
      }
      const last = indicator.front.trend.length - 1;
      const latest = indicator.front.trend[last];
      // A status the paper prints instead of a figure ("Not due") says why it is empty.
      const saysWhy = latest?.rating !== undefined && statusOf(meeting.ratingScheme, latest.rating)?.rated === false;
      if (latest && latest.result === null && !saysWhy) {
        problems.push(
          problemAt(
            indicator.source,
            ["trend", last, "result"],
            "the latest result is empty, but the meeting is published",
            `fill in the latest result (a period with no data may stay empty only in an earlier row${
              unratedStatusWords(meeting.ratingScheme).length
                ? `, or where the paper prints ${unratedStatusWords(meeting.ratingScheme)
                    .map((word) => `"${word}"`)
                    .join(" or ")} instead`
                : ""
            })`,
          ),
        );
      }
    }
    if (!recorded) {
      at(
        ["status"],
        `the meeting is published, but it is not recorded in ${LOCK_FILE}`,
        `publish it with: npm run publish-meeting -- content/meetings/${meeting.folder}`,
      );
    } else problems.push(...recordProblems(meeting, recorded));
  }
  return problems;
}
