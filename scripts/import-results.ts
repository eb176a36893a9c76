// `npm run import-results -- <results.csv> [--meetings content/meetings]`
// Adds results exported from the case-management system to the newest draft meeting. See docs/importing.md.
import { readArgs, reportFailure } from "../authoring/import/cli";
import { importResults } from "../authoring/import/importResults";

const USAGE = "usage: npm run import-results -- <results.csv> [--meetings content/meetings]";

const args = readArgs(process.argv.slice(2), { meetings: { type: "string" } });
if ("error" in args || args.positionals.length !== 1) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}

try {
  const result = await importResults({ csv: args.positionals[0]!, meetings: args.values.meetings ?? "content/meetings" });
  console.log(`Added ${result.placements.length} ${result.placements.length === 1 ? "result" : "results"} to the draft ${result.folder}/:`);
  for (const placement of result.placements) {
    const how = placement.how === "filled" ? "filled in the empty row" : "new row";
    console.log(`  line ${placement.line}: ${placement.id}, ${placement.periodLabel}: ${placement.resultText} (${how})`);
  }
  console.log(`Changed ${result.files.join(", ")}. The draft passes the content checks.`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
