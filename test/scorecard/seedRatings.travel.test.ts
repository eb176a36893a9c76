/**
 * The sample meeting against its paper: direction of travel, distances to band and target, and the summary sentence,
 * each worked out by hand from the paper's figures (see seedRatings.paper.ts), never from our output.
 */
import { describe, expect, it } from "vitest";
import { IDS, loadSample } from "./seedRatings.paper";

/**
 * Direction of travel for each month, worked out by hand from the paper's results (change at the published precision).
 * null where there is nothing to compare.
 */
type Travel = { direction: "improving" | "worsening" | "no change"; change: number; changeText: string; directionText: string } | null;
const TRAVEL: Record<string, Travel[]> = {
  "adoption-plan-within-4-months": [
    null,
    {
      direction: "worsening",
      change: -5.8,
      changeText: "down 5.8 percentage points",
      directionText: "Down 5.8 percentage points since March: worse (higher is better)",
    },
    {
      direction: "improving",
      change: 0.4,
      changeText: "up 0.4 percentage points",
      directionText: "Up 0.4 percentage points since April: better (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.4,
      changeText: "down 0.4 percentage points",
      directionText: "Down 0.4 percentage points since May: worse (higher is better)",
    },
  ],
  "average-caseload": [
    null,
    { direction: "worsening", change: 1.4, changeText: "up 1.4", directionText: "Up 1.4 since March: worse (lower is better)" },
    { direction: "worsening", change: 0.4, changeText: "up 0.4", directionText: "Up 0.4 since April: worse (lower is better)" },
    { direction: "worsening", change: 0.8, changeText: "up 0.8", directionText: "Up 0.8 since May: worse (lower is better)" },
  ],
  "cic-health-assessments": [
    null,
    {
      direction: "worsening",
      change: -0.5,
      changeText: "down 0.5 percentage points",
      directionText: "Down 0.5 percentage points since March: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.8,
      changeText: "down 0.8 percentage points",
      directionText: "Down 0.8 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2.3,
      changeText: "down 2.3 percentage points",
      directionText: "Down 2.3 percentage points since May: worse (higher is better)",
    },
  ],
  "cin-plans": [
    null,
    {
      direction: "worsening",
      change: -0.9,
      changeText: "down 0.9 percentage points",
      directionText: "Down 0.9 percentage points since March: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -5.9,
      changeText: "down 5.9 percentage points",
      directionText: "Down 5.9 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2.6,
      changeText: "down 2.6 percentage points",
      directionText: "Down 2.6 percentage points since May: worse (higher is better)",
    },
  ],
  "unallocated-cases": [
    null,
    { direction: "worsening", change: 72, changeText: "up 72", directionText: "Up 72 since March: worse (lower is better)" },
    { direction: "improving", change: -73, changeText: "down 73", directionText: "Down 73 since April: better (lower is better)" },
    { direction: "worsening", change: 14, changeText: "up 14", directionText: "Up 14 since May: worse (lower is better)" },
  ],
  "returner-interviews": [
    null,
    {
      direction: "improving",
      change: 0.8,
      changeText: "up 0.8 percentage points",
      directionText: "Up 0.8 percentage points since March: better (higher is better)",
    },
    {
      direction: "worsening",
      change: -0.5,
      changeText: "down 0.5 percentage points",
      directionText: "Down 0.5 percentage points since April: worse (higher is better)",
    },
    {
      direction: "worsening",
      change: -2,
      changeText: "down 2.0 percentage points",
      directionText: "Down 2.0 percentage points since May: worse (higher is better)",
    },
  ],
  "placement-arrangement-meetings": [
    null,
    null,
    {
      direction: "worsening",
      change: -0.2,
      changeText: "down 0.2 percentage points",
      directionText: "Down 0.2 percentage points since April: worse (higher is better)",
    },
    {
      direction: "improving",
      change: 0.1,
      changeText: "up 0.1 percentage points",
      directionText: "Up 0.1 percentage points since May: better (higher is better)",
    },
  ],
};

/**
 * Jun 2017 against the 2017/18 bandings and target, worked out by hand from the paper's figures. The distance to the
 * target is checked as figures (distance, side, target) since the paper has no wording for it.
 */
const JUNE_DISTANCES: Record<string, { band: string; target: { distance: string; side: "below" | "above"; target: string } }> = {
  "adoption-plan-within-4-months": {
    band: "7.2 percentage points below Amber (70%)",
    target: { distance: "17.2 percentage points", side: "below", target: "80%" },
  },
  "average-caseload": { band: "2.6 above Amber (22)", target: { distance: "6.6", side: "above", target: "18" } },
  "cic-health-assessments": { band: "1.2 percentage points below Amber (85%)", target: { distance: "6.2 percentage points", side: "below", target: "90%" } },
  "cin-plans": { band: "1.7 percentage points below Amber (80%)", target: { distance: "11.7 percentage points", side: "below", target: "90%" } },
  "unallocated-cases": { band: "4 above Amber (10)", target: { distance: "14", side: "above", target: "0" } },
  // The paper's commentary: "At 73.2%, performance for this measure is 1.8% away from moving within the Amber banding."
  "returner-interviews": { band: "1.8 percentage points below Amber (75%)", target: { distance: "11.8 percentage points", side: "below", target: "85%" } },
  "placement-arrangement-meetings": {
    band: "12.8 percentage points below Amber (75%)",
    target: { distance: "27.8 percentage points", side: "below", target: "90%" },
  },
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const { byId } = loadSample();

describe("direction of travel", () => {
  it.each(IDS)("%s: every month, respecting polarity", (id) => {
    const rows = byId(id).rows;
    expect(rows).toHaveLength(4);
    TRAVEL[id]!.forEach((expected, index) => {
      const row = rows[index]!;
      if (expected === null) {
        expect(row.directionOfTravel, `${row.periodLabel}`).toBeNull();
      } else {
        const { directionText, ...travel } = expected;
        expect(row.directionOfTravel, `${row.periodLabel}`).toEqual(travel);
        expect(row.directionText, `${row.periodLabel}`).toBe(directionText);
        // The running-text form is the same change without the verdict, as the summary sentence uses it.
        expect(row.changeSinceText, `${row.periodLabel}`).toBe(directionText.replace(/^./, (c) => c.toLowerCase()).replace(/: (better|worse) \(.*\)$/, ""));
      }
    });
    expect(rows[0]!.directionText).toBe("No earlier period in this trend");
  });
});

describe("distance to band and target, Jun 2017", () => {
  it.each(IDS)("%s", (id) => {
    expect(byId(id).distanceToBandText).toBe(JUNE_DISTANCES[id]!.band);
    const { distance, side, target } = JUNE_DISTANCES[id]!.target;
    const [d, t] = [escapeRegExp(distance), escapeRegExp(target)];
    // "17.2 percentage points below the 80% target" or "6.6 above the target of 18"
    expect(byId(id).distanceToTargetText).toMatch(new RegExp(`^${d} ${side} the (${t} target|target of ${t})$`));
  });
});

describe("summary sentence", () => {
  it("adoption: the sentence read aloud", () => {
    expect(byId("adoption-plan-within-4-months").summary).toBe(
      "62.8% in June 2017, down 0.4 percentage points since May; Red, 7.2 points below the Amber band and 17.2 below the 80% target.",
    );
  });

  it("returner interviews: 1.8 points below the Amber band, as the commentary says", () => {
    expect(byId("returner-interviews").summary).toContain("73.2% in June 2017");
    expect(byId("returner-interviews").summary).toContain("Red, 1.8 points below the Amber band");
  });
});
