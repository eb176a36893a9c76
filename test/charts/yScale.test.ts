import { describe, expect, it } from "vitest";
import { niceYScale } from "../../src/charts/yScale";

describe("niceYScale", () => {
  it("pads the data to round, evenly spaced ticks", () => {
    const { low, high, ticks } = niceYScale([68.6, 62.8, 63.2, 62.8, 75, 80, 80, 80]);
    expect(low).toBe(60);
    expect(high).toBe(85);
    expect(ticks).toEqual([60, 65, 70, 75, 80, 85]);
  });

  it("does not go below zero for non-negative data and respects the domain", () => {
    expect(niceYScale([1, 3, 5]).low).toBe(0);
    const percent = niceYScale([98, 99.5, 100], { min: 0, max: 100 });
    expect(percent.high).toBe(100);
    expect(percent.low).toBeLessThanOrEqual(98);
  });

  it("gives flat or empty data a usable range", () => {
    const flat = niceYScale([80, 80, 80]);
    expect(flat.low).toBeLessThan(80);
    expect(flat.high).toBeGreaterThan(80);
    expect(niceYScale([]).ticks.length).toBeGreaterThanOrEqual(2);
    expect(niceYScale([0, 0], { min: 0, max: 0 }).ticks.length).toBeGreaterThanOrEqual(2);
  });
});
