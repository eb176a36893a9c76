import { describe, expect, it } from "vitest";
import { meetingPageKeys } from "../../src/pipeline/pageReuse";
import type { Scorecards } from "../../src/scorecard/model";

/** Just what page keys read: each committee's meetings, newest first, with their folders and content hashes. */
function siteOf(...committees: { slug: string; contentHash: string }[][]): Scorecards {
  return { committees: committees.map((meetings) => ({ meetings })) } as unknown as Scorecards;
}

describe("meetingPageKeys", () => {
  const base = meetingPageKeys(
    siteOf([
      { slug: "2017-10-05-cype", contentHash: "b" },
      { slug: "2017-09-07-cype", contentHash: "a" },
    ]),
    "v1",
  );

  it("changes a meeting's key when its own files change, and the next meeting's, which links to it", () => {
    const changed = meetingPageKeys(
      siteOf([
        { slug: "2017-10-05-cype", contentHash: "b" },
        { slug: "2017-09-07-cype", contentHash: "a2" },
      ]),
      "v1",
    );
    expect(changed.get("2017-09-07-cype")).not.toBe(base.get("2017-09-07-cype"));
    expect(changed.get("2017-10-05-cype")).not.toBe(base.get("2017-10-05-cype"));
  });

  it("keeps an earlier meeting's key when a later one changes or is added", () => {
    const later = meetingPageKeys(
      siteOf([
        { slug: "2017-11-02-cype", contentHash: "c" },
        { slug: "2017-10-05-cype", contentHash: "b" },
        { slug: "2017-09-07-cype", contentHash: "a" },
      ]),
      "v1",
    );
    expect(later.get("2017-09-07-cype")).toBe(base.get("2017-09-07-cype"));
    expect(later.get("2017-10-05-cype")).toBe(base.get("2017-10-05-cype"));
  });

  it("changes every key with the page version, and a meeting inserted before another changes that one's", () => {
    const version = meetingPageKeys(
      siteOf([
        { slug: "2017-10-05-cype", contentHash: "b" },
        { slug: "2017-09-07-cype", contentHash: "a" },
      ]),
      "v2",
    );
    expect([...version.values()].some((key) => [...base.values()].includes(key))).toBe(false);
    const inserted = meetingPageKeys(
      siteOf([
        { slug: "2017-10-05-cype", contentHash: "b" },
        { slug: "2017-09-20-cype", contentHash: "x" },
        { slug: "2017-09-07-cype", contentHash: "a" },
      ]),
      "v1",
    );
    expect(inserted.get("2017-10-05-cype")).not.toBe(base.get("2017-10-05-cype"));
    expect(inserted.get("2017-09-07-cype")).toBe(base.get("2017-09-07-cype"));
  });
});
