// `npm run bench [-- --quick | --meetings N --indicators M] [--runs 3]`: builds a synthetic archive with the real
// pipeline, and two yardsticks in the same run, taking turns with it: the engine floor (Eleventy writing the cold
// build's own pages as plain HTML, with no template engine and no data) and bare Eleventy (as many one-table markdown
// pages). It prints the figures, then `ratio against bare markdown: <archive / bare>` and last of all
// `ratio: <archive / floor>`, each from the median of the runs.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { writeBareSite } from "../tools/bench/bareSite";
import { writeFloorSite } from "../tools/bench/floorSite";
import { listFiles } from "../src/pipeline/listFiles";
import { mapLimited } from "../src/content/mapLimited";
import { SITE_SOURCES } from "../src/pipeline/sources";
import { generateArchive } from "../tools/bench/generateArchive";
import { renderTrendChart } from "../src/charts/renderTrendChart";
import { loadScorecards } from "../src/pipeline/loadScorecards";

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    meetings: { type: "string" },
    indicators: { type: "string", default: "30" },
    keep: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
  },
});
const runs = Math.max(1, Number(values.runs));
const size = { meetings: Number(values.meetings ?? (values.quick ? 12 : 120)), indicators: Number(values.indicators) };
const work = await mkdtemp(path.join(tmpdir(), "scorecards-bench-"));

/** What a timed process did: its wall time (including Node's start-up), peak memory and, for a build, its own report. */
interface Build {
  wall: number;
  maxRssBytes: number;
  rendered?: number;
  reusedMeetings?: number;
  timings?: string;
}

/**
 * Runs one command in its own process, as a user would (`npm run build` or `npm run check` in the archive's own copy of
 * the tool, or a yardstick's Eleventy), so each has its own memory figure; tools/bench/peakMemory.mjs reports it.
 */
async function timed(args: string[], cwd: string): Promise<{ wall: number; maxRssBytes: number; stdout: string }> {
  const report = path.join(work, `report-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  const { stdout } = await run(process.execPath, ["--import", path.join(projectRoot, "tools/bench/peakMemory.mjs"), ...args], {
    cwd,
    // As `npm run` typed in that folder: npm passes it as INIT_CWD, which the project folder is read from.
    env: { ...process.env, BENCH_REPORT: report, INIT_CWD: cwd },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  const { maxRssBytes } = JSON.parse(await readFile(report, "utf8")) as { maxRssBytes: number };
  return { wall, maxRssBytes, stdout };
}

/**
 * The Node options and arguments of one of the archive's npm scripts, as npm would run it: "node --max-semi-space-size=32
 * scripts/run.mjs build" gives ["--max-semi-space-size=32", "<root>/scripts/run.mjs", "build"].
 */
async function npmScript(root: string, name: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [program, ...args] = scripts[name]!.split(/\s+/);
  if (program !== "node") throw new Error(`npm run ${name} does not start with node: ${scripts[name]}`);
  return args.map((arg) => (arg.startsWith("scripts/") ? path.join(root, arg) : arg));
}

/** `npm run build -- --output <output> --timings` in the archive, read back from what it prints. */
async function timedBuild(root: string, output: string): Promise<Build> {
  const { wall, maxRssBytes, stdout } = await timed([...(await npmScript(root, "build")), "--output", output, "--timings"], root);
  const built = /Built (\d+) pages(?:.*?\((\d+) carried over unchanged from (\d+) published)?/.exec(stdout);
  const timings = /Where the time went: (.*)\./.exec(stdout)?.[1];
  if (!built || !timings) throw new Error(`The build printed no report:\n${stdout}`);
  return { wall, maxRssBytes, rendered: Number(built[1]) - Number(built[2] ?? 0), reusedMeetings: Number(built[3] ?? 0), timings };
}

/** A yardstick: Eleventy alone on a folder of pages. */
const timedYardstick = (root: string, output: string): Promise<Build> => timed([path.join(projectRoot, "tools/bench/yardstick.mjs"), root, output], root);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
try {
  const archive = path.join(work, "archive");
  // The tool as a clone has it: its site sources and the commands that build them.
  for (const entry of [...SITE_SOURCES, "scripts", "authoring", "tsconfig.json"]) {
    await cp(path.join(projectRoot, entry), path.join(archive, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(archive, "node_modules"));
  const generated = await generateArchive(archive, size);
  console.log(`archive: ${size.meetings} meetings × ${size.indicators} indicators (${generated.files} content files) in ${archive}`);

  // Cold: a fresh project with no cache and no previous site, as after a clone or a change to the code. Cold, floor and
  // bare builds take turns, so a busy moment on the machine falls on all three; each run writes to a new folder and the cache
  // of the run before is moved aside, not deleted, so no run pays for deleting the last one's files.
  const colds: Build[] = [];
  const bares: Build[] = [];
  const floors: Build[] = [];
  const bare = path.join(work, "bare");
  const floor = path.join(work, "floor");
  let out = "";
  let pages: string[] = [];
  for (let i = 0; i < runs; i++) {
    await rename(path.join(archive, ".cache"), path.join(work, `cache-${i}`)).catch(() => undefined);
    out = path.join(work, `archive-site-${i}`);
    colds.push(await timedBuild(archive, out));
    if (i === 0) {
      // The yardstick has as many pages as the archive's site.
      pages = (await listFiles(out)).filter((file) => file.endsWith(".html"));
      await writeBareSite(bare, pages.length);
      await symlink(path.join(projectRoot, "node_modules"), path.join(bare, "node_modules"));
      await writeFloorSite(floor, out, pages);
      await symlink(path.join(projectRoot, "node_modules"), path.join(floor, "node_modules"));
    }
    floors.push(await timedYardstick(floor, path.join(work, `floor-site-${i}`)));
    bares.push(await timedYardstick(bare, path.join(work, `bare-site-${i}`)));
  }
  const median = (builds: Build[]): Build => [...builds].sort((a, b) => a.wall - b.wall)[Math.floor(builds.length / 2)]!;
  const built = median(colds);
  const bareBuilt = median(bares);
  const floorBuilt = median(floors);
  const files = (await listFiles(out)).map((file) => path.join(out, file));
  const indicatorPages = pages.filter((file) => /meetings\/[^/]+\/(?!print\/)[^/]+\/index\.html$/.test(file)).map((file) => path.join(out, file));
  // A few at a time: 8x the default archive has more pages than the machine has file handles.
  const gzipped = await mapLimited(indicatorPages, 64, async (file) => gzipSync(await readFile(file)).length);
  gzipped.sort((a, b) => a - b);
  const bytes = (await mapLimited(files, 64, async (file) => (await stat(file)).size)).reduce((sum, n) => sum + n, 0);
  // What a reader downloads for one page: its HTML and the one stylesheet, each gzipped as a host would serve them.
  const cssGzipped = gzipSync(await readFile(path.join(out, "assets/site.css"))).length;
  let heaviest = { page: "", bytes: 0 };
  for (const page of pages) {
    const weight = gzipSync(await readFile(path.join(out, page))).length + cssGzipped;
    if (weight > heaviest.bytes) heaviest = { page, bytes: weight };
  }

  // Charts on their own, in this process, after the first has paid for the one shared DOM.
  const site = await loadScorecards(archive);
  const inputs = site.indicators.map((indicator) => ({ ...indicator.chart, formatValue: (v: number) => v.toFixed(indicator.decimalPlaces) }));
  renderTrendChart(inputs[0]!);
  const chartStart = performance.now();
  for (const input of inputs) renderTrendChart(input);
  const msPerChart = (performance.now() - chartStart) / inputs.length;

  // Warm: the same archive again, with the cache and the site the cold build left.
  const rebuilt = await timedBuild(archive, out);
  // The clerk's loop: a check of the whole archive, with the cache the builds left.
  const checked = await timed(await npmScript(archive, "check"), archive);
  // Incremental: one more published meeting on top of the built archive.
  await generateArchive(archive, { meetings: 1, indicators: size.indicators }, size.meetings);
  const incremental = await timedBuild(archive, out);

  const walls = (builds: Build[]) => builds.map((build) => build.wall.toFixed(1)).join(", ");
  console.log(`pages: ${pages.length} (${indicatorPages.length} indicator pages)`);
  console.log(
    `archive build, cold (no cache, no previous site): ${built.wall.toFixed(1)} s wall (median of ${walls(colds)}), ${(pages.length / built.wall).toFixed(0)} pages/s, peak RSS ${mb(built.maxRssBytes)}`,
  );
  console.log(`  where the time went (after start-up): ${built.timings}`);
  console.log(
    `engine floor: ${floorBuilt.wall.toFixed(1)} s wall (median of ${walls(floors)}) for the cold build's ${pages.length} pages as plain HTML, ${(pages.length / floorBuilt.wall).toFixed(0)} pages/s, peak RSS ${mb(floorBuilt.maxRssBytes)}`,
  );
  console.log(
    `bare Eleventy: ${bareBuilt.wall.toFixed(1)} s wall (median of ${walls(bares)}) for ${pages.length} markdown pages, ${(pages.length / bareBuilt.wall).toFixed(0)} pages/s, peak RSS ${mb(bareBuilt.maxRssBytes)}`,
  );
  console.log(`output: ${mb(bytes)} in ${files.length} files`);
  console.log(
    `heaviest page, gzipped with its stylesheet: ${(heaviest.bytes / 1024).toFixed(1)} KB (${heaviest.page}; the stylesheet ${(cssGzipped / 1024).toFixed(1)} KB of it)`,
  );
  console.log(`median gzipped indicator page: ${(gzipped[Math.floor(gzipped.length / 2)]! / 1024).toFixed(1)} KB`);
  console.log(`chart rendering: ${msPerChart.toFixed(2)} ms per chart over ${inputs.length} charts`);
  console.log(
    `rebuild with nothing changed: ${rebuilt.wall.toFixed(1)} s (${rebuilt.rendered} pages rendered, ${rebuilt.reusedMeetings} meetings carried over), peak RSS ${mb(rebuilt.maxRssBytes)}`,
  );
  console.log(`npm run check with the cache: ${checked.wall.toFixed(1)} s wall, peak RSS ${mb(checked.maxRssBytes)}`);
  console.log(
    `adding one meeting to the built archive: ${incremental.wall.toFixed(1)} s (${incremental.rendered} pages rendered, ${incremental.reusedMeetings} meetings carried over)`,
  );
  console.log(`  where the time went (after start-up): ${incremental.timings}`);
  console.log(`adding one meeting against the engine floor: ${(incremental.wall / floorBuilt.wall).toFixed(2)}`);
  console.log(`ratio against bare markdown: ${(built.wall / bareBuilt.wall).toFixed(2)}`);
  console.log(`ratio: ${(built.wall / floorBuilt.wall).toFixed(2)}`);
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
