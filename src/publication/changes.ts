import { recordFields, type FormatOf, type PublishedRecord, type RecordedField, type RecordedIndicator } from "./record";

/** One difference between two versions of a meeting's public record. */
export interface RecordChange extends RecordedField {
  /** The field's key, the same in every version of the meeting. */
  key: string;
  /** How it read before ("24.6"), and how it reads now ("24.8"); "none" for a field added, "removed" for one gone. */
  was: string;
  now: string;
}

/** A change since first publication, with the date of the correction that made it. */
export interface DatedChange extends RecordChange {
  /** YYYY-MM-DD: the date of the erratum recorded with the correction (or, not yet recorded, the newest erratum). */
  date: string;
}

/**
 * Every field that differs between two versions of a meeting's record. An indicator added or taken away is one
 * change, not one per figure.
 * @example recordChanges(published, now, formatOf)[0] // { what: "Jun 2017 result for Average caseload", was: "24.6", now: "24.8", … }
 */
export function recordChanges(before: PublishedRecord, after: PublishedRecord, formatOf: FormatOf): RecordChange[] {
  const old = recordFields(before, formatOf);
  const now = recordFields(after, formatOf);
  const changes: RecordChange[] = [];
  for (const [id, indicator] of Object.entries(after.indicators)) if (!before.indicators[id]) changes.push(wholeIndicator(id, indicator, "added"));
  for (const [id, indicator] of Object.entries(before.indicators)) if (!after.indicators[id]) changes.push(wholeIndicator(id, indicator, "removed"));
  const whole = (field: RecordedField) => field.indicatorId !== undefined && !(before.indicators[field.indicatorId] && after.indicators[field.indicatorId]);
  for (const [key, field] of now) {
    if (whole(field)) continue;
    const earlier = old.get(key);
    if (!earlier) changes.push({ ...field, key, was: "none", now: field.shown });
    else if (earlier.shown !== field.shown) changes.push({ ...field, key, was: earlier.shown, now: field.shown });
  }
  for (const [key, field] of old) {
    if (!whole(field) && !now.has(key)) changes.push({ ...field, key, was: field.shown, now: "removed" });
  }
  return changes;
}

/** An indicator added to or taken from the meeting, as one change. */
function wholeIndicator(id: string, indicator: RecordedIndicator, now: "added" | "removed"): RecordChange {
  const was = now === "added" ? "none" : "published";
  return {
    key: `${id}\0indicator`,
    what: `The indicator ${indicator.title}`,
    shown: now,
    isText: false,
    indicatorId: id,
    file: indicator.file,
    // An added indicator is placed at its id; a removed one has no line left to point at.
    path: now === "added" ? ["id"] : [],
    was,
    now,
  };
}

/**
 * What differs now from what was first published, each change dated by the correction that made it last: the list
 * the pages show beside the clerk's errata, whatever the errata say.
 * @example changesSincePublished([published, corrected], ["2017-10-10"], now, "2017-11-02", formatOf) // [{ date: "2017-10-10", … }]
 */
export function changesSincePublished(
  versions: readonly PublishedRecord[],
  dates: readonly string[],
  current: PublishedRecord,
  pendingDate: string,
  formatOf: FormatOf,
): DatedChange[] {
  const chain = [...versions, current];
  const stepDates = [...dates, pendingDate];
  const changed = new Map<string, string>();
  for (let step = 1; step < chain.length; step++) {
    for (const change of recordChanges(chain[step - 1]!, chain[step]!, formatOf)) changed.set(change.key, stepDates[step - 1]!);
  }
  return recordChanges(chain[0]!, current, formatOf).map((change) => ({ ...change, date: changed.get(change.key) ?? pendingDate }));
}
