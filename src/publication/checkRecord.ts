import type { Problem } from "../content/problems";
import type { MeetingSource } from "../content/readContent";
import type { SourceFile } from "../content/yamlSource";
import { problemAt } from "../content/validate";
import { isoDateInWords } from "../scorecard/dates";
import { recordChanges, type RecordChange } from "./changes";
import { LOCK_FILE, latestRecord, type Lock, type LockEntry } from "./lock";
import { recordOf, type FormatOf, type RecordedErratum } from "./record";

const RECORD_HINT = "undo the change, or add an erratum under errata: in meeting.md (date, change, reason); then run npm run publish-meeting to record it";
const ERRATUM_HINT =
  "put it back exactly as it was: errata are part of the public record and are never removed or edited; to correct one, add a new erratum after it";

/**
 * How each indicator's figures read, from the meeting's front matter as it is now.
 * @example formatOfMeeting(source)("average-caseload") // { unit: { kind: "number" }, decimals: 1, targetDecimals: 1 }
 */
export function formatOfMeeting(meeting: MeetingSource): FormatOf {
  const formats = new Map(
    meeting.indicators.map(({ front }) => [
      front.id,
      {
        unit: { kind: front.unit, ...(front.unitLabel ? { label: front.unitLabel } : {}), ...(front.moneyIn ? { moneyIn: front.moneyIn } : {}) },
        decimals: front.decimalPlaces,
        targetDecimals: Math.max(front.decimalPlaces, front.targetDecimalPlaces ?? 0),
      },
    ]),
  );
  return (id) => formats.get(id);
}

/**
 * A published meeting against what the lock recorded of it: every recorded erratum still there word for word, and no
 * change to a figure, a target, a rating, a bandings line or the words without a new erratum. Each problem names the
 * file, line and field, and what it was. A lock entry with a hash only (an older lock) is checked by its hash.
 * @example recordProblems(meeting, lock["2017-09-07-cype"]) // [] when nothing changed
 */
export function recordProblems(meeting: MeetingSource, entry: LockEntry): Problem[] {
  const latest = latestRecord(entry);
  const newErratum = meeting.front.errata.length > (latest?.errata.length ?? entry.errata);
  if (!latest) {
    return entry.sha256 === meeting.contentHash || newErratum
      ? []
      : [
          problemAt(
            meeting.source,
            ["status"],
            "the files of this published meeting have changed since it was published, and no erratum says why",
            "undo the change, or add an entry under errata: with date, change (what changed) and reason (why); then run npm run publish-meeting again to record it",
          ),
        ];
  }
  const problems = errataProblems(meeting, latest.errata);
  if (entry.sha256 === meeting.contentHash || newErratum) return problems;
  // An indicator file that failed its schema is reported as such, not as an indicator taken away.
  const unreadable = meeting.unreadableIndicators > 0;
  const changes = recordChanges(latest, recordOf(meeting), formatOfMeeting(meeting)).filter((change) => !(unreadable && change.now === "removed"));
  problems.push(...changes.map((change) => changeProblem(meeting, change)));
  // An erratum removed or edited is itself the change to meeting.md; it is not reported twice.
  if (!changes.length && !problems.length) problems.push(...changedFiles(meeting, entry));
  return problems;
}

/** Each recorded erratum, compared with the one at its place in meeting.md. */
function errataProblems(meeting: MeetingSource, recorded: readonly RecordedErratum[]): Problem[] {
  const problems: Problem[] = [];
  recorded.forEach((erratum, index) => {
    const now = meeting.front.errata[index];
    const quoted = `the erratum of ${isoDateInWords(erratum.date, "plain")} ("${erratum.change}"; reason: "${erratum.reason}")`;
    if (!now) {
      problems.push(
        problemAt(
          meeting.source,
          meeting.front.errata.length ? ["errata"] : ["status"],
          `${quoted} is on the public record, but has been removed`,
          ERRATUM_HINT,
        ),
      );
      return;
    }
    for (const field of ["date", "change", "reason"] as const) {
      if (now[field] !== erratum[field]) {
        problems.push(
          problemAt(
            meeting.source,
            ["errata", index, field],
            `${quoted} is on the public record, but its ${field} has been edited to "${now[field]}"`,
            ERRATUM_HINT,
          ),
        );
      }
    }
  });
  return problems;
}

function changeProblem(meeting: MeetingSource, change: RecordChange): Problem {
  const source = fileOf(meeting, change.file);
  const message = change.key.endsWith("\0indicator")
    ? `${change.what} has been ${change.now} since the meeting was published, and no erratum says why`
    : change.isText
      ? `${change.what} has changed since it was published (${LOCK_FILE} keeps the text as published), and no erratum says why`
      : `${change.what} was ${change.was} when published (as ${LOCK_FILE} records), and is now ${change.now}, but no erratum says why`;
  if (!source || change.isText || change.now === "removed") {
    const file = source?.file ?? `content/meetings/${meeting.folder}/${change.file}`;
    return { file, line: source?.bodyLine ?? 1, column: 1, field: change.isText ? "commentary" : "", message, hint: RECORD_HINT };
  }
  return problemAt(source, change.path, message, RECORD_HINT);
}

/** Files whose hash differs from the one recorded, when nothing in the record did (an owner, a data source, a note). */
function changedFiles(meeting: MeetingSource, entry: LockEntry): Problem[] {
  const names = new Set([...Object.keys(entry.files ?? {}), ...Object.keys(meeting.fileHashes)]);
  const changed = [...names].filter((name) => entry.files?.[name] !== meeting.fileHashes[name]).sort();
  // A file that failed its schema cannot be compared field by field until it can be read again.
  const unreadable = (name: string) => meeting.fileHashes[name] !== undefined && fileOf(meeting, name) === undefined;
  return changed.map((name) => ({
    file: fileOf(meeting, name)?.file ?? `content/meetings/${meeting.folder}/${name}`,
    line: 1,
    column: 1,
    field: "",
    message: !entry.files?.[name]
      ? "this file was not part of the meeting as published"
      : `this file has changed since it was published, and no erratum says why${unreadable(name) ? " (what changed is named once the file can be read)" : ""}`,
    hint: RECORD_HINT,
  }));
}

function fileOf(meeting: MeetingSource, name: string): SourceFile | undefined {
  if (name === "meeting.md") return meeting.source;
  return meeting.indicators.find((indicator) => indicator.source.file.endsWith(`/${name}`))?.source;
}

/**
 * One warning for meetings an older lock records by hash only: their changes are caught, but cannot be listed field
 * by field or shown on their pages until the lock is upgraded.
 * @example hashOnlyWarnings({ "2010-06-10-cype": { sha256: "…", errata: 0 } }) // [{ file: "content/published.lock.json", … }]
 */
export function hashOnlyWarnings(lock: Lock): Problem[] {
  const folders = Object.entries(lock)
    .filter(([, entry]) => !entry.published && !entry.corrections && !entry.withdrawn)
    .map(([folder]) => folder);
  if (!folders.length) return [];
  const named = folders.length > 3 ? `${folders.slice(0, 3).join(", ")} and ${folders.length - 3} more` : folders.join(", ");
  return [
    {
      file: LOCK_FILE,
      line: 1,
      column: 1,
      field: "",
      message: `records ${named} by hash only, as locks did before they kept what was published: a change to them is still refused, but cannot be named field by field or shown on their pages`,
      hint: "record them in full with: npm run publish-meeting -- --upgrade-lock",
    },
  ];
}
