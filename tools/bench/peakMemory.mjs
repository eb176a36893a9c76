// Loaded with `node --import` into each process the benchmark times: writes the process's peak memory to the file named
// by $BENCH_REPORT as it exits, so the real command is measured as a user runs it.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

if (isMainThread && process.env.BENCH_REPORT) {
  const report = process.env.BENCH_REPORT;
  process.on("exit", () => writeFileSync(report, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 })));
}
