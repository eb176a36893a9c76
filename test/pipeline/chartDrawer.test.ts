/** The chart drawer: charts drawn in a real worker thread and in this one give the same markup as drawing them here. */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { chartDrawer, type ChartDrawer } from "../../src/pipeline/chartDrawer";
import { loadScorecards } from "../../src/pipeline/loadScorecards";
import { drawIndicatorCharts } from "../../src/scorecard/indicatorCharts";
import type { Indicator, IndicatorHistory } from "../../src/scorecard/model";
import { projectRoot } from "../helpers/project";

let indicators: Indicator[];
let histories: IndicatorHistory[];
let expected: Map<string, { wide: string; narrow: string }>;
beforeAll(async () => {
  ({ indicators, histories } = await loadScorecards(projectRoot));
  expected = new Map(indicators.map((indicator) => [indicator.url, drawIndicatorCharts(indicator)]));
});

let drawer: ChartDrawer | undefined;
afterEach(async () => {
  await drawer?.close();
  drawer = undefined;
});

describe("chartDrawer", () => {
  it("gives prefetched charts as the worker drew them, identical to drawing them here", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 100 });
    drawer.prefetch(indicators);
    const charted = await drawer.draw(indicators);
    for (const indicator of indicators) expect(charted(indicator).chartSvgs).toEqual(expected.get(indicator.url));
    expect(charted(indicators[0]!).title).toBe(indicators[0]!.title);
    expect(drawer.drawn()).toEqual({ here: 0, inWorkers: indicators.length });
  });

  it("draws histories' charts with indicators' in one call, each the history's own", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 100 });
    drawer.prefetch(histories);
    const charted = await drawer.draw([...indicators, ...histories]);
    for (const history of histories) expect(charted(history).chartSvgs).toEqual(drawIndicatorCharts(history));
    for (const indicator of indicators) expect(charted(indicator).chartSvgs).toEqual(expected.get(indicator.url));
    expect(charted(histories[0]!).rows).toBe(histories[0]!.rows);
    expect(drawer.drawn().here + drawer.drawn().inWorkers).toBe(indicators.length + histories.length);
  });

  it("shares charts not prefetched between the worker and this thread", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 100 });
    const charted = await drawer.draw(indicators);
    for (const indicator of indicators) expect(charted(indicator).chartSvgs).toEqual(expected.get(indicator.url));
    const { here, inWorkers } = drawer.drawn();
    expect(here + inWorkers).toBe(indicators.length);
    expect(here).toBeGreaterThan(0);
    expect(inWorkers).toBeGreaterThan(0);
  });

  it("holds no more prefetched charts than it is allowed, drawing the rest when asked", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 3 });
    drawer.prefetch(indicators);
    // Three were sent ahead; the rest are shared out now.
    const charted = await drawer.draw(indicators);
    for (const indicator of indicators) expect(charted(indicator).chartSvgs).toEqual(expected.get(indicator.url));
    const { here, inWorkers } = drawer.drawn();
    expect(here + inWorkers).toBe(indicators.length);
    expect(inWorkers).toBeGreaterThanOrEqual(3);
    expect(here).toBeGreaterThan(0);
  });

  it("never gives a drawing made from other figures: an indicator changed since it was prefetched is drawn again", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 100 });
    drawer.prefetch(indicators);
    const [first] = indicators as [Indicator];
    const changed = { ...first, decimalPlaces: first.decimalPlaces + 2 };
    const charted = await drawer.draw([changed]);
    expect(charted(changed).chartSvgs).toEqual(drawIndicatorCharts(changed));
    expect(charted(changed).chartSvgs).not.toEqual(expected.get(first.url));
  });

  it("draws everything in this thread when it has no workers", async () => {
    drawer = chartDrawer({ workers: 0, ahead: 100 });
    drawer.prefetch(indicators);
    const charted = await drawer.draw(indicators);
    expect(charted(indicators[2]!).chartSvgs).toEqual(expected.get(indicators[2]!.url));
    expect(drawer.drawn()).toEqual({ here: indicators.length, inWorkers: 0 });
  });

  it("draws in this thread what a stopped worker had been given, and throws for a chart that cannot be drawn", async () => {
    drawer = chartDrawer({ workers: 1, ahead: 100 });
    drawer.prefetch(indicators);
    await drawer.close();
    const charted = await drawer.draw(indicators);
    expect(charted(indicators[0]!).chartSvgs).toEqual(expected.get(indicators[0]!.url));
    expect(drawer.drawn().inWorkers).toBe(0);

    drawer = chartDrawer({ workers: 1, ahead: 100 });
    const [first] = indicators as [Indicator];
    const broken = { ...first, chart: { ...first.chart, results: [Number.NaN, ...first.chart.results.slice(1)] } };
    drawer.prefetch([broken]);
    await expect(drawer.draw([broken])).rejects.toThrow(/is not a finite number/);
  });
});
