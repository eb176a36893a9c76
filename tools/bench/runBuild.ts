// Child process of the benchmark: one build, then its time and peak memory as JSON in <output>/.bench.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [mode, root, output] = process.argv.slice(2);
const started = performance.now();
let report = {};
if (mode === "archive") {
  // The archive's own copy of the code, so editing the project while a benchmark runs cannot change what it measures.
  const { buildSite } = (await import(pathToFileURL(path.join(root!, "src/pipeline/buildSite.ts")).href)) as typeof import("../../src/pipeline/buildSite");
  const { rendered, reusedMeetings, timings } = await buildSite({ projectRoot: root!, outputDir: output! });
  report = { rendered, reusedMeetings, timings };
} else if (mode === "check") {
  // The clerk's loop: npm run check as scripts/check.ts runs it, with the cache the build left.
  const { checkProject } = (await import(
    pathToFileURL(path.join(root!, "src/pipeline/checkProject.ts")).href
  )) as typeof import("../../src/pipeline/checkProject");
  const { openMeetingCache } = (await import(
    pathToFileURL(path.join(root!, "src/pipeline/meetingCache.ts")).href
  )) as typeof import("../../src/pipeline/meetingCache");
  await checkProject(root!, { cache: await openMeetingCache(root!) });
} else if (mode === "eleventy") {
  // A yardstick (bench/floorSite.ts or bench/bareSite.ts): Eleventy alone on the folder's pages/ and its config.
  const { Eleventy } = await import("@11ty/eleventy");
  await new Eleventy(path.join(root!, "pages"), output!, { quietMode: true, configPath: path.join(root!, "eleventy.config.mjs") }).write();
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - started) / 1000;
await mkdir(output!, { recursive: true });
await writeFile(path.join(output!, ".bench.json"), JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, ...report }));
