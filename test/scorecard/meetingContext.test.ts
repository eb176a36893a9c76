/**
 * Meeting reports (what the cache keeps) are never changed by a build: the previous-meeting link and the rating
 * changes since are new objects. Deep-frozen reports make any write throw, as a cached report must never be written.
 */
import path from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMeetings } from "../../src/content/readContent";
import type { MeetingReport } from "../../src/scorecard/model";
import { prepareScorecards } from "../../src/scorecard/prepareScorecards";
import { newMeeting } from "../../authoring/newMeeting";
import { copyProject } from "../helpers/project";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let root: string;
let reports: MeetingReport[];
beforeAll(async () => {
  root = await copyProject();
  // A second meeting of the committee, so each build links the draft back to the published one.
  await newMeeting({ from: path.join(root, "content/meetings/2017-09-07-cype"), date: "2017-10-05" });
  const { meetings } = await readMeetings(path.join(root, "content/meetings"), root);
  const first = prepareScorecards(meetings);
  expect(first.problems).toEqual([]);
  reports = first.built;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("meeting reports from the cache", () => {
  it("are not written to by a build, which still links each meeting to the one before", () => {
    const before = structuredClone(reports);
    deepFreeze(reports);
    const again = prepareScorecards([], reports);
    expect(again.problems).toEqual([]);
    expect(reports).toEqual(before);
    const [october, september] = again.scorecards!.meetings;
    expect(october!.slug).toBe("2017-10-05-cype");
    expect(october!.previousMeeting).toEqual({ dateLabel: september!.dateLabel, url: "/meetings/2017-09-07-cype/" });
    expect(september!.previousMeeting).toBeUndefined();
    expect(reports.every((report) => !("previousMeeting" in report) || report.previousMeeting === undefined)).toBe(true);
  });

  it("give the same archive when rebuilt from the cache as when prepared from the files", () => {
    const fromFiles = prepareScorecards([], structuredClone(reports)).scorecards!;
    const fromCache = prepareScorecards([], reports).scorecards!;
    expect(fromCache).toEqual(fromFiles);
    // The meeting's own list and its scorecards' lists hold the same objects, as the templates expect.
    const meeting = fromCache.meetings[0]!;
    expect(meeting.scorecards.flatMap((scorecard) => scorecard.indicators)).toEqual(meeting.indicators);
    expect(meeting.scorecards[0]!.indicators[0]).toBe(meeting.indicators.find((i) => i.id === meeting.scorecards[0]!.indicators[0]!.id));
  });
});
