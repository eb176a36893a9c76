import { describe, expect, it } from "vitest";
import { readBandings, type Bandings, type BandingsForm } from "../../src/domain/bandings";
import { directionOfTravel, distanceToBetterBand, distanceToTarget } from "../../src/domain/travel";
import type { Polarity, UnitKind } from "../../src/domain/units";

function built(target: number, form: BandingsForm, polarity: Polarity, unit: UnitKind, decimals: number): Bandings {
  const result = readBandings({ financialYear: 2017, target, form }, polarity, unit, decimals);
  if ("problems" in result) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.bandings;
}
const thresholds = (red: string, amber: string, green: string): BandingsForm => ({ form: "thresholds", bands: { red, amber, green } });

describe("directionOfTravel", () => {
  it("higher is better: a fall is worsening (adoption May 63.2% to Jun 62.8%)", () => {
    expect(directionOfTravel(63.2, 62.8, "higher-is-better", "percentage", 1)).toEqual({
      direction: "worsening",
      change: -0.4,
      changeText: "down 0.4 percentage points",
    });
  });

  it("higher is better: a rise is improving (adoption Apr 62.8% to May 63.2%)", () => {
    expect(directionOfTravel(62.8, 63.2, "higher-is-better", "percentage", 1)).toEqual({
      direction: "improving",
      change: 0.4,
      changeText: "up 0.4 percentage points",
    });
  });

  it("lower is better: a rise is worsening (caseload May 23.8 to Jun 24.6)", () => {
    expect(directionOfTravel(23.8, 24.6, "lower-is-better", "number", 1)).toEqual({
      direction: "worsening",
      change: 0.8,
      changeText: "up 0.8",
    });
  });

  it("lower is better: a fall is improving (unallocated Apr 73 to May 0)", () => {
    expect(directionOfTravel(73, 0, "lower-is-better", "count", 0)).toEqual({
      direction: "improving",
      change: -73,
      changeText: "down 73",
    });
  });

  it("keeps a trailing zero at the published precision (returner May 75.2% to Jun 73.2%)", () => {
    const travel = directionOfTravel(75.2, 73.2, "higher-is-better", "percentage", 1);
    expect(travel.changeText).toBe("down 2.0 percentage points");
    expect(travel.change).toBe(-2);
  });

  it("reports the change without floating-point noise", () => {
    // 62.3 - 62.1 is 0.19999999999999574 in floating point.
    const travel = directionOfTravel(62.1, 62.3, "higher-is-better", "percentage", 1);
    expect(travel.change).toBe(0.2);
    expect(travel.changeText).toBe("up 0.2 percentage points");
  });

  it.each(["higher-is-better", "lower-is-better"] as const)("%s: equal at the published precision is no change", (polarity) => {
    // 62.80 and 62.8 are the same figure; 62.7 + 0.1 is 62.800000000000004 in floating point.
    expect(62.7 + 0.1).not.toBe(62.8);
    expect(directionOfTravel(62.8, 62.7 + 0.1, polarity, "percentage", 1)).toEqual({ direction: "no change", change: 0, changeText: "no change" });
    expect(directionOfTravel(62.8, 62.8, polarity, "percentage", 1)).toEqual({ direction: "no change", change: 0, changeText: "no change" });
    expect(directionOfTravel(14, 14, polarity, "count", 0).direction).toBe("no change");
  });

  it("a change of one step is still a change", () => {
    expect(directionOfTravel(62.1, 62.2, "higher-is-better", "percentage", 1).direction).toBe("improving");
    expect(directionOfTravel(62.2, 62.1, "lower-is-better", "percentage", 1).direction).toBe("improving");
    expect(directionOfTravel(0, 1, "lower-is-better", "count", 0)).toEqual({ direction: "worsening", change: 1, changeText: "up 1" });
  });
});

describe("distanceToBetterBand", () => {
  const returner = built(85, thresholds("below 75", "75 to 85", "85 and above"), "higher-is-better", "percentage", 1);
  const caseload = built(18, thresholds("above 22", "18 to 22", "18 and below"), "lower-is-better", "number", 1);
  const unallocated = built(0, thresholds("above 10", "1 to 10", "0"), "lower-is-better", "count", 0);

  it('Red, higher is better: 73.2% is 1.8 below Amber at 75% (the paper: "1.8% away from moving within the Amber banding")', () => {
    expect(distanceToBetterBand(returner, "Red", 73.2, "higher-is-better", "percentage", 1)).toEqual({
      rating: "Amber",
      distance: 1.8,
      boundaryText: "75%",
      side: "below",
    });
  });

  it("Amber, higher is better: 75.2% is 9.8 below Green at 85%", () => {
    expect(distanceToBetterBand(returner, "Amber", 75.2, "higher-is-better", "percentage", 1)).toEqual({
      rating: "Green",
      distance: 9.8,
      boundaryText: "85%",
      side: "below",
    });
  });

  it("Red, lower is better: 24.6 is 2.6 above Amber at 22", () => {
    expect(distanceToBetterBand(caseload, "Red", 24.6, "lower-is-better", "number", 1)).toEqual({
      rating: "Amber",
      distance: 2.6,
      boundaryText: "22",
      side: "above",
    });
  });

  it("Amber, lower is better: 22.0 is 4.0 above Green at 18", () => {
    expect(distanceToBetterBand(caseload, "Amber", 22.0, "lower-is-better", "number", 1)).toEqual({
      rating: "Green",
      distance: 4,
      boundaryText: "18",
      side: "above",
    });
  });

  it("counts: 14 is 4 above Amber at 10, and 5 is 5 above Green at 0", () => {
    expect(distanceToBetterBand(unallocated, "Red", 14, "lower-is-better", "count", 0)).toEqual({
      rating: "Amber",
      distance: 4,
      boundaryText: "10",
      side: "above",
    });
    expect(distanceToBetterBand(unallocated, "Amber", 5, "lower-is-better", "count", 0)).toEqual({
      rating: "Green",
      distance: 5,
      boundaryText: "0",
      side: "above",
    });
  });

  it('exclusive boundary, higher is better: "above 80" is first reached at 80.1', () => {
    const b = built(80, thresholds("below 70", "70 to 80", "above 80"), "higher-is-better", "percentage", 1);
    expect(distanceToBetterBand(b, "Amber", 80.0, "higher-is-better", "percentage", 1)).toEqual({
      rating: "Green",
      distance: 0.1,
      boundaryText: "80.1%",
      side: "below",
    });
    expect(distanceToBetterBand(b, "Amber", 75.0, "higher-is-better", "percentage", 1)?.distance).toBe(5.1);
  });

  it('exclusive boundary, lower is better: "below 18" is first reached at 17.9', () => {
    const b = built(18, thresholds("above 22", "18 to 22", "below 18"), "lower-is-better", "number", 1);
    expect(distanceToBetterBand(b, "Amber", 20.0, "lower-is-better", "number", 1)).toEqual({
      rating: "Green",
      distance: 2.1,
      boundaryText: "17.9",
      side: "above",
    });
  });

  it('exclusive boundary on a count: "below 1" is first reached at 0', () => {
    const b = built(0, thresholds("above 10", "1 to 10", "below 1"), "lower-is-better", "count", 0);
    expect(distanceToBetterBand(b, "Amber", 3, "lower-is-better", "count", 0)).toMatchObject({ rating: "Green", distance: 3, boundaryText: "0" });
  });

  it("has nothing to say about a Green result", () => {
    expect(distanceToBetterBand(returner, "Green", 90, "higher-is-better", "percentage", 1)).toBeUndefined();
  });
});

describe("distanceToTarget", () => {
  it("higher is better: below, on and above the target", () => {
    expect(distanceToTarget(62.8, 80, "higher-is-better", 1)).toEqual({ met: false, distance: 17.2, side: "below" });
    expect(distanceToTarget(80.0, 80, "higher-is-better", 1)).toEqual({ met: true, distance: 0, side: "on" });
    expect(distanceToTarget(91.1, 90, "higher-is-better", 1)).toEqual({ met: true, distance: 1.1, side: "above" });
  });

  it("lower is better: above, on and below the target", () => {
    expect(distanceToTarget(24.6, 18, "lower-is-better", 1)).toEqual({ met: false, distance: 6.6, side: "above" });
    expect(distanceToTarget(18.0, 18, "lower-is-better", 1)).toEqual({ met: true, distance: 0, side: "on" });
    expect(distanceToTarget(17.5, 18, "lower-is-better", 1)).toEqual({ met: true, distance: 0.5, side: "below" });
    expect(distanceToTarget(14, 0, "lower-is-better", 0)).toEqual({ met: false, distance: 14, side: "above" });
  });

  it("counts a result a hair off the target in floating point as on it", () => {
    expect(distanceToTarget(79.99999999999999, 80, "higher-is-better", 1)).toEqual({ met: true, distance: 0, side: "on" });
  });
});
