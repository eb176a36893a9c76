/**
 * Writes sample trend charts to /tmp/chart-preview.html (and /tmp/chart-preview-N.svg) for a visual check.
 * With `--bench [count]` it instead prints the amortised render time per chart (default 500 charts).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderTrendChart, type TrendChartInput } from "../src/charts/renderTrendChart";

const percent = (v: number): string => `${v.toFixed(1)}%`;
const labels = ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"];
const samples: TrendChartInput[] = [
  {
    title: "Trend chart: Adoptions within 12 months, Mar 2017 to Jun 2017",
    // Result fell from 68.6% in Mar 2017 to 62.8% in Jun 2017, below the target in every month.
    labels,
    results: [68.6, 62.8, 63.2, 62.8],
    targets: [75, 80, 80, 80],
    formatValue: percent,
    targetLabel: "Target 80.0%",
    idPrefix: "chart-seed",
    domain: { min: 0, max: 100 },
  },
  {
    title: "Trend chart: with a missing first result",
    // No result for Mar 2017; then 62.3%, 62.1% and 62.2%.
    labels,
    results: [null, 62.3, 62.1, 62.2],
    targets: [75, 80, 80, 80],
    formatValue: percent,
    targetLabel: "Target 80.0%",
    idPrefix: "chart-null-first",
  },
  {
    title: "Trend chart: Average Caseload <of> Social Workers & CSWTs",
    // Twelve months with gaps in the results and a lone target.
    labels: ["Jul 2016", "Aug 2016", "Sep 2016", "Oct 2016", "Nov 2016", "Dec 2016", "Jan 2017", "Feb 2017", "Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
    results: [21, 21.4, 22, null, 23.1, 22.8, null, 22, 22.5, 23.3, 24.1, 24.6],
    targets: [null, null, null, null, null, null, null, null, 18, null, 18, 18],
    formatValue: (v) => v.toFixed(1),
    targetLabel: "Target 18.0",
    idPrefix: "chart-caseload",
  },
  {
    title: "Trend chart: edge cases",
    // Lone results either side of a gap, a negative result and no target.
    labels: ["2016/17 Q1", "2016/17 Q2", "2016/17 Q3"],
    results: [-2.5, null, 1.25],
    targets: [null, null, null],
    formatValue: (v) => v.toFixed(2),
    targetLabel: "Target none",
    idPrefix: "chart-edge",
  },
];

function bench(count: number): void {
  const input = samples[0]!;
  const run = (label: string): void => {
    const start = performance.now();
    for (let i = 0; i < count; i++) renderTrendChart({ ...input, idPrefix: `chart-${i}` });
    const elapsed = performance.now() - start;
    console.log(`${label}: ${count} charts in ${elapsed.toFixed(1)} ms = ${(elapsed / count).toFixed(3)} ms per chart`);
  };
  const coldStart = performance.now();
  renderTrendChart(input);
  console.log(`first chart (creates the shared DOM): ${(performance.now() - coldStart).toFixed(1)} ms`);
  run("next batch (includes JIT warm-up)");
  run("following batch (warm)");
  console.log(`active resources after rendering: ${JSON.stringify(process.getActiveResourcesInfo())}`);
}

// The count is a positional after --bench, so a bare --bench means the default.
const { values, positionals } = parseArgs({ options: { bench: { type: "boolean", default: false } }, allowPositionals: true });
if (values.bench) {
  bench(Number(positionals[0] ?? 500));
} else {
  const svgs = samples.map(renderTrendChart);
  svgs.forEach((svg, i) => writeFileSync(`/tmp/chart-preview-${i}.svg`, svg));
  writeFileSync(
    "/tmp/chart-preview.html",
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chart preview</title>` +
      `<style>body{font-family:Arial,sans-serif;margin:8px;background:#fff}.chart{display:block;width:760px;height:auto;margin-bottom:8px}</style>` +
      `</head><body>${svgs.join("\n")}</body></html>`,
  );
  console.log(`wrote /tmp/chart-preview.html and ${svgs.length} SVG files`);
}
