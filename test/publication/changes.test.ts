import { describe, expect, it } from "vitest";
import { changesSincePublished, recordChanges } from "../../src/publication/changes";
import type { FormatOf, PublishedRecord, RecordedIndicator } from "../../src/publication/record";

const caseload = (june: number, commentary = "Caseloads rose."): RecordedIndicator => ({
  file: "02-average-caseload.md",
  title: "Average caseload",
  trend: [
    { period: "2017-05", result: 23.8, target: 18, rating: "Red" },
    { period: "2017-06", result: june, target: 18, rating: "Red" },
  ],
  bandings: ["2017/18: target 18; red above 22; amber 18 to 22; green 18 and below"],
  commentary,
});
const record = (indicators: Record<string, RecordedIndicator>): PublishedRecord => ({ errata: [], coveringNote: "Note.", indicators });
const formatOf: FormatOf = () => ({ unit: { kind: "number" }, decimals: 1, targetDecimals: 1 });

describe("recordChanges", () => {
  it("names each changed figure with its value before and after, formatted as the page shows it", () => {
    const changes = recordChanges(record({ "average-caseload": caseload(24.6) }), record({ "average-caseload": caseload(24.8) }), formatOf);
    expect(changes.map(({ what, was, now, row }) => ({ what, was, now, row }))).toEqual([
      { what: "Jun 2017 result for Average caseload", was: "24.6", now: "24.8", row: { period: "2017-06", figure: "result" } },
    ]);
  });

  it("counts an indicator added or taken away as one change, and reworded text as a change of its section", () => {
    const before = record({ "average-caseload": caseload(24.6) });
    const after = record({
      "average-caseload": caseload(24.6, "Caseloads fell."),
      "cin-plans": { ...caseload(1), title: "CIN plans", file: "04-cin-plans.md" },
    });
    expect(recordChanges(before, after, formatOf).map(({ what, now, isText }) => ({ what, now, isText }))).toEqual([
      { what: "The indicator CIN plans", now: "added", isText: false },
      { what: "The commentary on Average caseload", now: "Caseloads fell.", isText: true },
    ]);
    expect(recordChanges(after, before, formatOf).map(({ what, now }) => `${what}: ${now}`)).toContain("The indicator CIN plans: removed");
  });

  it("finds nothing between a record and itself", () => {
    expect(recordChanges(record({ a: caseload(1) }), record({ a: caseload(1) }), formatOf)).toEqual([]);
  });
});

describe("changesSincePublished", () => {
  it("compares with what was first published, dating each change by the correction that last made it", () => {
    const published = record({ "average-caseload": caseload(24.6) });
    const first = record({ "average-caseload": caseload(24.7) });
    const second = record({ "average-caseload": caseload(24.7, "Caseloads fell.") });
    const now = record({ "average-caseload": caseload(24.9, "Caseloads fell.") });
    const changes = changesSincePublished([published, first, second], ["2017-10-10", "2017-11-02"], now, "2017-12-01", formatOf);
    expect(changes.map(({ what, was, now: value, date }) => ({ what, was, now: value, date }))).toEqual([
      { what: "Jun 2017 result for Average caseload", was: "24.6", now: "24.9", date: "2017-12-01" },
      { what: "The commentary on Average caseload", was: "Caseloads rose.", now: "Caseloads fell.", date: "2017-11-02" },
    ]);
  });

  it("lists nothing when a correction was undone by a later one", () => {
    const published = record({ a: caseload(24.6) });
    expect(changesSincePublished([published, record({ a: caseload(24.7) })], ["2017-10-10"], record({ a: caseload(24.6) }), "2017-11-02", formatOf)).toEqual(
      [],
    );
  });
});
