import { describe, expect, it } from "vitest";
import { schemeFrom } from "../../src/content/ratingSchemeFile";
import { DEFAULT_RATING_SCHEME } from "../../src/domain/ratingScheme";
import type { TrendRow } from "../../src/scorecard/model";
import { countRatings } from "../../src/scorecard/ratingCounts";
import { BLUE } from "../helpers/schemes";

const latest = (state: TrendRow["state"], rating: string | null = null) => ({ latest: { state, rating } as TrendRow });

describe("countRatings", () => {
  it("counts every status of the scheme in its order, then the states without one, leaving zeros out of the words", () => {
    const indicators = [
      latest("rated", "Red"),
      latest("status", "Data only"),
      latest("rated", "Blue"),
      latest("rated", "Blue"),
      latest("not-rated"),
      latest("no-data"),
    ];
    const { counts, text } = countRatings(indicators, BLUE);
    expect(text).toBe("2 Blue, 1 Red, 1 Data only, 1 no data, 1 not rated");
    expect(counts.map(({ label, count }) => `${count} ${label}`)).toEqual([
      "2 Blue",
      "0 Green",
      "0 Amber",
      "1 Red",
      "1 Data only",
      "0 Not due",
      "1 no data",
      "0 awaiting data",
      "1 not rated",
    ]);
  });

  it("keeps Kent's words and order", () => {
    expect(countRatings([latest("rated", "Red"), latest("rated", "Green"), latest("rated", "Amber"), latest("rated", "Red")], DEFAULT_RATING_SCHEME).text).toBe(
      "1 Green, 1 Amber, 2 Red",
    );
    expect(countRatings([], DEFAULT_RATING_SCHEME).text).toBe("no indicators");
  });

  it("counts a council's own Awaiting data status and a draft's awaited result as one", () => {
    const [red] = BLUE.statuses.filter((status) => status.id === "red");
    const scheme = schemeFrom({
      statuses: [{ ...red!, id: "green", word: "Green", symbol: "✓" }, red!, { ...red!, id: "awaiting", word: "Awaiting data", symbol: "…", rated: false }],
    });
    const { counts, text } = countRatings([latest("status", "Awaiting data"), latest("awaiting")], scheme);
    expect(text).toBe("2 Awaiting data");
    expect(counts.map(({ label }) => label)).toEqual(["Green", "Red", "Awaiting data", "no data", "not rated"]);
  });
});
