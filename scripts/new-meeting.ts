// `npm run new-meeting -- --from <meeting-folder> --date <YYYY-MM-DD> [--period <YYYY-MM | Qn YYYY/YY>]`
// Starts the next meeting as a draft from an earlier one. See docs/for-clerks.md.
import { parseArgs, reportFailure } from "../authoring/import/cli";
import { newMeeting } from "../authoring/newMeeting";

const USAGE = "usage: npm run new-meeting -- --from content/meetings/2017-09-07-cype --date 2017-10-05 [--period 2017-07]";
const args = parseArgs(process.argv.slice(2), [], ["--from", "--date", "--period"]);
if ("error" in args || args.positional.length || !args.values.get("--from") || !args.values.get("--date")) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}
try {
  const result = await newMeeting({ from: args.values.get("--from")!, date: args.values.get("--date")!, period: args.values.get("--period") });
  console.log(`Started ${result.folder}/ as a draft, reporting up to ${result.latestPeriod}:`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log("Next: fill in each new result and target, replace each [Awaiting commentary], then npm run check.");
} catch (error) {
  process.exitCode = reportFailure(error);
}
