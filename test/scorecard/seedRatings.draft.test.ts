/**
 * The sample's adoption file as a draft whose newest result is still to come: the rating rule says "awaiting", the
 * pages say "Awaiting data", and the counts count it apart from no data.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { indicatorSchema } from "../../src/content/schema";
import { validateFrontMatter } from "../../src/content/validate";
import { readSourceFile } from "../../src/content/yamlSource";
import { prepareIndicator } from "../../src/scorecard/prepareIndicator";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import { countRatings } from "../../src/scorecard/ratingCounts";
import { MEETING, SCORECARD } from "./seedRatings.paper";

const FILE = `content/meetings/${MEETING}/01-adoption-plan-within-4-months.md`;

/** The adoption file with Jun 2017's result emptied (and its rating gone with it), built as a draft or as published. */
async function withoutJune(status: "draft" | "published") {
  const original = await readFile(path.join(process.cwd(), FILE), "utf8");
  const text = original.replace(/\{ period: 2017-06, result: 62\.8,(.*?), rating: Red \}/, "{ period: 2017-06, result: null,$1 }");
  expect(text).not.toBe(original);
  const read = readSourceFile(FILE, text);
  const checked = validateFrontMatter(read.source!, indicatorSchema);
  const built = prepareIndicator({ source: read.source!, front: checked.value! }, MEETING, [SCORECARD], status);
  expect(built.problems).toEqual([]);
  return built.indicator!;
}

describe("a draft's newest result still to come", () => {
  it("is awaiting data, in the row, the latest and the counts", async () => {
    const indicator = await withoutJune("draft");
    expect(indicator.rows.map((row) => row.state)).toEqual(["rated", "rated", "rated", "awaiting"]);
    expect(indicator.latest.state).toBe("awaiting");
    expect(indicator.latest.resultText).toBe("Awaiting data");
    expect(indicator.ratingText).toBe("Awaiting data");
    expect(indicator.rating).toBeNull();
    const { counts, text } = countRatings([indicator], DEFAULT_RATING_SCHEME);
    expect(text).toBe("1 awaiting data");
    expect(counts.filter(({ count }) => count > 0)).toEqual([{ label: "awaiting data", count: 1 }]);
  });

  it("in a published meeting is no data", async () => {
    const indicator = await withoutJune("published");
    expect(indicator.latest.state).toBe("no-data");
    expect(indicator.ratingText).toBe("No data");
    const { counts, text } = countRatings([indicator], DEFAULT_RATING_SCHEME);
    expect(text).toBe("1 no data");
    expect(counts.filter(({ count }) => count > 0)).toEqual([{ label: "no data", count: 1 }]);
  });
});
