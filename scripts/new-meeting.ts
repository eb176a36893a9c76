// `npm run new-meeting -- --from <meeting-folder> --date <YYYY-MM-DD> [--period <YYYY-MM | Qn YYYY/YY>] [--project <folder>]`
// Starts the next meeting as a draft from an earlier one. See docs/for-clerks.md. --from names a meeting folder of the
// project (this tool's own sample, or the folder given with --project), relative to that folder.
import path from "node:path";
import { readArgs, reportFailure } from "../authoring/import/cli";
import { newMeeting } from "../authoring/newMeeting";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";

const USAGE =
  "usage: npm run new-meeting -- --from content/meetings/2017-09-07-cype --date 2017-10-05 [--period 2017-07] [--project <folder>]\n" +
  "  --project: the folder holding content/ and data/site.json (default: this tool's own sample); --from is inside it";
const args = readArgs(process.argv.slice(2), { from: { type: "string" }, date: { type: "string" }, period: { type: "string" }, project: { type: "string" } });
if ("error" in args || args.positionals.length || !args.values.from || !args.values.date) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(args.values.project);
const from = path.resolve(projectRoot, args.values.from);
// The new meeting is written beside the one it starts from: with --project, that must be the project's own.
if (args.values.project !== undefined && path.dirname(from) !== path.join(projectRoot, "content", "meetings")) {
  console.error(
    `--from ${args.values.from} is not a meeting folder of ${projectRoot}: give one inside its content/meetings/, e.g. content/meetings/2017-09-07-cype.`,
  );
  process.exit(2);
}
// Given to newMeeting from the working folder where it can be, so its messages name the folder as short as before.
const fromHere = path.relative(process.cwd(), from);
const given = fromHere && !fromHere.startsWith("..") && !path.isAbsolute(fromHere) ? fromHere : from;
const checkCommand = args.values.project === undefined ? "npm run check" : `npm run check -- --project ${args.values.project}`;
try {
  const result = await newMeeting({ from: given, date: args.values.date, period: args.values.period });
  console.log(`Started ${result.folder}/ as a draft, reporting up to ${result.latestPeriod}:`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log(`Next: fill in each new result and target, replace each [Awaiting commentary], then ${checkCommand}.`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
