/** Prints the amortised time to render one trend chart: `tsx scripts/chart-bench.ts [count=500]`. */
import { renderTrendChart, type TrendChartInput } from "../src/charts/renderTrendChart";

const input: TrendChartInput = {
  title: "Trend chart: Adoptions within 12 months, Mar 2017 to Jun 2017",
  description: "Result fell from 68.6% in Mar 2017 to 62.8% in Jun 2017, below the target in every month.",
  labels: ["Mar 2017", "Apr 2017", "May 2017", "Jun 2017"],
  results: [68.6, 62.8, 63.2, 62.8],
  targets: [75, 80, 80, 80],
  formatValue: (v) => `${v.toFixed(1)}%`,
  targetLabel: "Target 80.0%",
  idPrefix: "chart-bench",
};
const count = Number(process.argv[2] ?? 500);

function run(label: string): void {
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i++) bytes += renderTrendChart({ ...input, idPrefix: `chart-${i}` }).length;
  const elapsed = performance.now() - start;
  console.log(
    `${label}: ${count} charts in ${elapsed.toFixed(1)} ms = ${(elapsed / count).toFixed(3)} ms per chart (${Math.round(bytes / count)} bytes each)`,
  );
}

const coldStart = performance.now();
renderTrendChart(input);
console.log(`first chart (creates the jsdom window): ${(performance.now() - coldStart).toFixed(1)} ms`);
run("next batch (includes JIT warm-up)");
run("following batch (warm)");
console.log(`active resources after rendering: ${JSON.stringify(process.getActiveResourcesInfo())}`);
