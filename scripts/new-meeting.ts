// `npm run new-meeting -- --from <meeting-folder> --date <YYYY-MM-DD> [--period <YYYY-MM | Qn YYYY/YY>]`
// Starts the next meeting as a draft from an earlier one. See docs/for-clerks.md.
import { readArgs, reportFailure } from "../authoring/import/cli";
import { newMeeting } from "../authoring/newMeeting";

const USAGE = "usage: npm run new-meeting -- --from content/meetings/2017-09-07-cype --date 2017-10-05 [--period 2017-07]";
const args = readArgs(process.argv.slice(2), { from: { type: "string" }, date: { type: "string" }, period: { type: "string" } });
if ("error" in args || args.positionals.length || !args.values.from || !args.values.date) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}
try {
  const result = await newMeeting({ from: args.values.from, date: args.values.date, period: args.values.period });
  console.log(`Started ${result.folder}/ as a draft, reporting up to ${result.latestPeriod}:`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log("Next: fill in each new result and target, replace each [Awaiting commentary], then npm run check.");
} catch (error) {
  process.exitCode = reportFailure(error);
}
