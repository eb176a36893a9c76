// Child process of the benchmark: one build, then its time and peak memory as JSON on the last line of stdout.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildSiteFiles } from "../build/buildSiteFiles";

const [mode, root, output] = process.argv.slice(2);
const started = performance.now();
let report = {};
if (mode === "archive") {
  const { rendered, reusedMeetings, timings } = await buildSiteFiles({ projectRoot: root!, outputDir: output! });
  report = { rendered, reusedMeetings, timings };
} else if (mode === "bare") {
  const { Eleventy } = await import("@11ty/eleventy");
  await new Eleventy(path.join(root!, "pages"), output!, { quietMode: true, configPath: path.join(root!, "eleventy.config.mjs") }).write();
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - started) / 1000;
await mkdir(output!, { recursive: true });
await writeFile(path.join(output!, ".bench.json"), JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...report }));
