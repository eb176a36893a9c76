import type { MeetingSource } from "../content/readContent";
import { changesSincePublished, type DatedChange } from "../publication/changes";
import { formatOfMeeting } from "../publication/checkRecord";
import type { LockEntry } from "../publication/lock";
import { recordOf } from "../publication/record";
import { isoDateInWords } from "./dates";
import { renderMarkdownAndText } from "./markdown";
import type { Correction } from "./model";

/** What a meeting's pages show of its corrections: the list, each indicator's share, each trend row's mark. */
export interface MeetingCorrections {
  all: Correction[];
  byIndicator: Map<string, Correction[]>;
  /** By indicator id and period ("average-caseload\02017-06"): "Corrected on 10 October 2017: was 24.6". */
  rowText: Map<string, string>;
  /** By indicator id and period: the result as first published, for each row whose result was corrected. */
  firstResults: Map<string, number | null>;
  /** YYYY-MM-DD: the last correction's date, or "" when there is none. */
  lastDate: string;
}

/**
 * Every difference between a published meeting as first published (the lock's record) and its files now, worded for
 * the pages. Nothing for a draft, or for a meeting an older lock records by hash only.
 * @example meetingCorrections(source, lock["2017-09-07-cype"]).all[0]?.text // "Jun 2017 result for Average caseload: 24.6 → 24.8"
 */
export function meetingCorrections(source: MeetingSource, entry: LockEntry | undefined): MeetingCorrections {
  const none: MeetingCorrections = { all: [], byIndicator: new Map(), rowText: new Map(), firstResults: new Map(), lastDate: "" };
  if (!entry?.published || source.front.status !== "published") return none;
  // Files exactly as first published, never corrected: nothing to compare (the common case, and the cheap one).
  if (!entry.corrections?.length && source.contentHash === entry.sha256) return none;
  const corrections = entry.corrections ?? [];
  const pendingDate = source.front.errata.at(-1)?.date ?? source.front.date;
  const changes = changesSincePublished(
    [entry.published, ...corrections.map((correction) => correction.record)],
    corrections.map((correction) => correction.date),
    recordOf(source),
    pendingDate,
    formatOfMeeting(source),
  ).sort((a, b) => a.date.localeCompare(b.date));
  if (!changes.length) return none;
  const all = changes.map(correctionOf);
  const byIndicator = new Map<string, Correction[]>();
  for (const correction of all) {
    if (correction.indicatorId) byIndicator.set(correction.indicatorId, [...(byIndicator.get(correction.indicatorId) ?? []), correction]);
  }
  const firstResults = new Map<string, number | null>();
  for (const change of changes) {
    if (change.row?.figure !== "result" || !change.indicatorId) continue;
    const row = entry.published.indicators[change.indicatorId]?.trend.find((recorded) => recorded.period === change.row!.period);
    if (row) firstResults.set(`${change.indicatorId}\0${row.period}`, row.result);
  }
  return { all, byIndicator, rowText: rowTexts(changes), firstResults, lastDate: changes.at(-1)!.date };
}

function correctionOf(change: DatedChange): Correction {
  const dateLabel = isoDateInWords(change.date, "plain");
  const base = { dateLabel, ...(change.indicatorId && { indicatorId: change.indicatorId }) };
  if (change.isText) return { ...base, text: `${change.what} was reworded`, previousHtml: renderMarkdownAndText(change.was).html };
  // A whole indicator added to or taken from the meeting: "The indicator … was added".
  if (change.key.endsWith("\0indicator")) return { ...base, text: `${change.what} was ${change.now}` };
  return { ...base, text: `${change.what}: ${change.was} → ${change.now}` };
}

/** One mark per corrected trend row, naming each figure that changed and its value as first published. */
function rowTexts(changes: readonly DatedChange[]): Map<string, string> {
  const rows = new Map<string, DatedChange[]>();
  for (const change of changes) {
    if (!change.row || !change.indicatorId) continue;
    const key = `${change.indicatorId}\0${change.row.period}`;
    rows.set(key, [...(rows.get(key) ?? []), change]);
  }
  const texts = new Map<string, string>();
  for (const [key, row] of rows) {
    const date = row
      .map((change) => change.date)
      .sort()
      .at(-1)!;
    const parts = row.map((change) => (change.row!.figure === "result" ? `was ${change.was}` : `${change.row!.figure} was ${change.was}`));
    texts.set(key, `Corrected on ${isoDateInWords(date, "plain")}: ${parts.join("; ")}`);
  }
  return texts;
}
