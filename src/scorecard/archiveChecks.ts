import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import { problemAt } from "../content/validate";
import type { MeetingReport } from "./model";

/** A meeting folder's name: its date, then the committee's short name. */
export const FOLDER_PATTERN = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Meetings of one committee (the same short name in their folders) must agree on its full name. */
export function checkCommitteeNames(sources: readonly MeetingSource[], reused: readonly MeetingReport[]): Problem[] {
  const named = [
    ...reused.map((meeting) => ({
      folder: meeting.slug,
      committee: meeting.committee,
      file: `content/meetings/${meeting.slug}/meeting.md`,
      source: undefined,
    })),
    ...sources.map((source) => ({ folder: source.folder, committee: source.front.committee, file: source.source.file, source })),
  ].sort((a, b) => a.folder.localeCompare(b.folder));
  const names = new Map<string, (typeof named)[number]>();
  const problems: Problem[] = [];
  for (const meeting of named) {
    const short = FOLDER_PATTERN.exec(meeting.folder)?.[2];
    if (!short) continue;
    const first = names.get(short);
    if (!first) names.set(short, meeting);
    else if (first.committee !== meeting.committee) {
      const message = `found "${meeting.committee}", but ${first.file} names the "${short}" committee "${first.committee}"`;
      const hint = "use the same committee name in every meeting of that committee";
      problems.push(
        meeting.source
          ? problemAt(meeting.source.source, ["committee"], message, hint)
          : { file: meeting.file, line: 1, column: 1, field: "committee", message, hint },
      );
    }
  }
  return problems;
}

/**
 * An indicator id belongs to one committee: its history page (/indicators/<id>/) joins every meeting's figures for it,
 * so another committee's indicator under the same id would be shown as a revision of this one's.
 */
export function checkIdsAcrossCommittees(sources: readonly MeetingSource[], reused: readonly MeetingReport[]): Problem[] {
  const uses = [
    ...reused.flatMap((meeting) =>
      meeting.indicators.map((indicator) => ({
        id: indicator.id,
        folder: meeting.slug,
        committee: meeting.committee,
        file: indicator.file,
        source: undefined,
      })),
    ),
    ...sources.flatMap((meeting) =>
      meeting.indicators.map((indicator) => ({
        id: indicator.front.id,
        folder: meeting.folder,
        committee: meeting.front.committee,
        file: indicator.source.file,
        source: indicator,
      })),
    ),
  ].sort((a, b) => a.folder.localeCompare(b.folder) || a.file.localeCompare(b.file));
  const owners = new Map<string, (typeof uses)[number]>();
  const problems: Problem[] = [];
  for (const use of uses) {
    const short = FOLDER_PATTERN.exec(use.folder)?.[2];
    const owner = owners.get(use.id);
    if (!short) continue;
    if (!owner) {
      owners.set(use.id, use);
      continue;
    }
    if (FOLDER_PATTERN.exec(owner.folder)?.[2] === short) continue;
    const message = `"${use.id}" is already the id of an indicator of the ${owner.committee} (${owner.file}), and an id names one indicator across every meeting: its history would mix the two committees' figures`;
    const hint = `give this indicator an id of its own, e.g. "${short}-${use.id}"`;
    problems.push(use.source ? problemAt(use.source.source, ["id"], message, hint) : { file: use.file, line: 1, column: 1, field: "id", message, hint });
  }
  return problems;
}
