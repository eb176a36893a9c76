/**
 * Comparisons and an axis title are drawn only when given: without them every chart is the same bytes as before they
 * existed. The SVGs in __snapshots__/before-comparisons/ were rendered by the code before comparisons were added, and
 * rendered again (UPDATE_CHART_SNAPSHOTS=1) once, when the room kept for tick labels was corrected to fit "67%".
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderResponsiveTrendChart, type TrendChartInput } from "../../src/charts/renderTrendChart";

const SNAPSHOTS = fileURLToPath(new URL("./__snapshots__/before-comparisons/", import.meta.url));

const seed: TrendChartInput = {
  title: "Trend chart: Adoptions within 12 months, Mar 2017 to Jun 2017",
  labels: ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
  results: [68.6, 62.8, 63.2, 62.8],
  targets: [75, 80, 80, 80],
  formatValue: (v) => `${v.toFixed(1)}%`,
  targetLabel: "Target 80.0%",
  idPrefix: "chart-adoption",
};
const labels24 = Array.from({ length: 24 }, (_, i) => `Month ${i + 1}`);

const cases: Record<string, TrendChartInput> = {
  seed,
  gap: { ...seed, results: [68.6, null, 63.2, 62.8] },
  firstMissing: { ...seed, results: [null, 62.3, 62.1, 62.2] },
  noTargets: { ...seed, targets: [null, null, null, null] },
  loneTarget: { ...seed, targets: [null, 80, null, 70] },
  rounding: { ...seed, results: [68.61234, 62.83333, 63.2, 62.87777], labels: ["A", "B", "C", "D"] },
  escape: {
    ...seed,
    title: `Trend <chart> & "quotes" 'here'`,
    labels: ["Q1 <&>", "Q2", "Q3", "Q4"],
    targetLabel: "Target < 80 & rising",
    idPrefix: 'id"x',
  },
  many: { ...seed, labels: labels24, results: labels24.map((_, i) => 50 + i), targets: labels24.map(() => 60) },
  years: { ...seed, labels: ["Feb 2017", "Mar 2017", "Apr 2017", "May 2017"] },
  quarters: { ...seed, labels: ["Q3 2016/17", "Q4 2016/17", "Q1 2017/18", "Q2 2017/18"] },
  caseload: {
    ...seed,
    results: [19.8, 20.4, 21.1, 20.9],
    targets: [18, 18, 18, 18],
    formatValue: (v) => v.toFixed(1),
    targetLabel: "Target 18.0",
    domain: { min: 0 },
  },
  negative: { ...seed, results: [-3, -1, 2, 4], targets: [0, 0, 0, 0], formatValue: (v) => String(v), targetLabel: "Target 0" },
  percentDomain: { ...seed, results: [98, 99.5, 100, 99], targets: [95, 95, 95, 95], domain: { min: 0, max: 100 } },
  single: { ...seed, labels: ["Jun 2017"], results: [50], targets: [60] },
};

describe("a chart without comparisons or an axis title", () => {
  it("has a snapshot for every case and a case for every snapshot", () => {
    const snapshots = readdirSync(SNAPSHOTS).map((file) => file.replace(/\.svg$/, ""));
    expect(snapshots.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, input] of Object.entries(cases)) {
    it(`${name}: is byte-identical to the chart drawn before comparisons existed`, () => {
      if (process.env.UPDATE_CHART_SNAPSHOTS === "1") writeFileSync(`${SNAPSHOTS}${name}.svg`, renderResponsiveTrendChart(input));
      const before = readFileSync(`${SNAPSHOTS}${name}.svg`, "utf8");
      expect(renderResponsiveTrendChart(input)).toBe(before);
      // An empty list of comparisons, or an axis title of only spaces, is the same as none.
      expect(renderResponsiveTrendChart({ ...input, comparisons: [] })).toBe(before);
      expect(renderResponsiveTrendChart({ ...input, axisTitle: "  " })).toBe(before);
    });
  }

  it("is unchanged by a comparison with no values at all, which is not drawn", () => {
    const before = readFileSync(`${SNAPSHOTS}seed.svg`, "utf8");
    expect(renderResponsiveTrendChart({ ...seed, comparisons: [{ name: "England average", values: [null, null, null, null] }] })).toBe(before);
  });
});
