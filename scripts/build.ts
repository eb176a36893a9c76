// `npm run build` (and `npm start`, which adds --serve): check the content, build the site atomically, optionally serve it
// and build it again whenever its sources change.
// --fresh renders every page again, ignoring the cache in .cache/ and the pages of the previous build; --timings
// prints how long each phase took. --project <folder> builds another council's folder (its content/ and data/) with
// this tool's templates; the output folder and .cache/ are then that folder's.
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/pipeline/buildSite";
import { BuildLocked } from "../src/pipeline/buildLock";
import { OutputRefused } from "../src/pipeline/outputFolder";
import { serveStatic } from "../src/pipeline/serve";
import { launcherChain } from "../src/pipeline/processes";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";
import { stopWithLauncher, watchedFolders, watchFolders } from "../src/pipeline/watch";
import { ContentProblems, formatReport } from "../src/content/problems";

const USAGE =
  "usage: npm run build -- [--project <folder>] [--pathprefix /council/scorecards/] [--output _site] [--fresh] [--timings] [--serve] [--port 8080]\n" +
  "  --project: the folder holding content/ and data/site.json to build (default: this tool's own sample); --output is inside it";
const options = {
  project: { type: "string" },
  serve: { type: "boolean", default: false },
  port: { type: "string", default: process.env.PORT ?? "8080" },
  pathprefix: { type: "string", default: "/" },
  output: { type: "string", default: "_site" },
  fresh: { type: "boolean", default: false },
  timings: { type: "boolean", default: false },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
try {
  ({ values } = parseArgs({ options }));
} catch (error) {
  // A mistyped option (say --timing) is named, with the ones there are, rather than shown as a stack trace.
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(values.project);
// The output folder as the user knows it: as given when absolute, else from the working folder, or in full if outside it.
const outputFolder = path.resolve(projectRoot, values.output!);
const fromHere = path.relative(process.cwd(), outputFolder).split(path.sep).join("/");
const shownOutput = path.isAbsolute(values.output!) ? values.output! : fromHere && !fromHere.startsWith("..") ? fromHere : outputFolder;

/** Builds once and reports how it went; true when the site was replaced. */
async function buildOnce(rebuild = false): Promise<boolean> {
  try {
    const started = performance.now();
    const built = await buildSite({
      projectRoot,
      outputDir: values.output!,
      pathPrefix: values.pathprefix,
      fresh: values.fresh,
      rereadTemplates: rebuild,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const histories = built.reusedHistoryPages ? ` and ${built.reusedHistoryPages} history ${built.reusedHistoryPages === 1 ? "page" : "pages"}` : "";
    const carried = built.reusedMeetings
      ? ` (${built.pages - built.rendered} carried over unchanged from ${built.reusedMeetings} published ${built.reusedMeetings === 1 ? "meeting" : "meetings"}${histories})`
      : "";
    console.log(`Built ${built.pages} pages into ${shownOutput}/ in ${seconds} s${carried}.`);
    if (values.timings) console.log(`Where the time went: ${built.timings}.`);
    for (const warning of built.warnings) console.warn(`Warning: ${warning}`);
    return true;
  } catch (error) {
    if (error instanceof OutputRefused || error instanceof BuildLocked) {
      console.error(error.message);
    } else if (error instanceof ContentProblems) {
      console.error(`The scorecard content has problems, so nothing was built and ${shownOutput}/ was left as it was.\n`);
      console.error(formatReport(error.problems));
    } else {
      console.error(`The build failed, and ${shownOutput}/ was left as it was:\n`, error);
    }
    return false;
  }
}

if (!(await buildOnce())) process.exit(1);

if (values.serve) {
  const server = await serveStatic(outputFolder, Number(values.port), values.pathprefix);
  // The port the server really has: --port 0 asks for any free one.
  const { port } = server.address() as AddressInfo;
  // Rebuilds on every change; a build with problems says so here and the last good site goes on being served.
  const watched = watchedFolders(projectRoot);
  const stopWatching = watchFolders(watched, async (changed) => {
    console.log(`\nChanged: ${changed.join(", ")}. Building again…`);
    if (await buildOnce(true)) console.log(`Serving the new site at http://localhost:${port}${values.pathprefix}`);
    else console.error("Still serving the last good site. Fix the problems above and save again.");
  });
  const stop = (): void => {
    stopWatching();
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, stop);
  // Killing npm alone leaves this process behind, still holding the port: it stops when its launcher has gone.
  stopWithLauncher(await launcherChain(), stop);
  console.log(
    `Serving the site at http://localhost:${port}${values.pathprefix}, and building it again whenever ${watched.map(({ root, folder }) => shownFolder(root, folder)).join(", ")} change (press Ctrl+C to stop).`,
  );
}

/** A watched folder as the user knows it: "content/" from the working folder, else in full. */
function shownFolder(root: string, folder: string): string {
  const fromHere = path.relative(process.cwd(), path.join(root, folder)).split(path.sep).join("/");
  return `${fromHere && !fromHere.startsWith("..") ? fromHere : path.join(root, folder)}/`;
}
