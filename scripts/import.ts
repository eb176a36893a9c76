// `npm run import -- <paper.txt> [--force] [--draft] [--out content/meetings] [--short-name cype]`
// Reads the text of a published scorecard paper and writes its meeting folder. See docs/importing.md.
import { parseArgs, reportFailure } from "../authoring/import/cli";
import { importPaper } from "../authoring/import/importPaper";

const USAGE = "usage: npm run import -- <paper.txt> [--force] [--draft] [--out content/meetings] [--short-name cype]";

const args = parseArgs(process.argv.slice(2), ["--force", "--draft"], ["--out", "--short-name"]);
if ("error" in args || args.positional.length !== 1) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}

try {
  const result = await importPaper({
    paper: args.positional[0]!,
    out: args.values.get("--out") ?? "content/meetings",
    force: args.flags.has("--force"),
    draft: args.flags.has("--draft"),
    shortName: args.values.get("--short-name"),
  });
  for (const note of result.notes) console.warn(`Note: ${note}`);
  console.log(`Wrote ${result.folder}/:`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log("The files pass the content checks.");
  if (result.awaitingPublication) {
    console.log(`Next: read them over, then record the meeting as published: npm run publish-meeting -- ${result.folder}`);
  }
} catch (error) {
  process.exitCode = reportFailure(error);
}
