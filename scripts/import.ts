// `npm run import -- <paper.txt> [--force] [--draft] [--out content/meetings] [--short-name cype]`
// Reads the text of a published scorecard paper and writes its meeting folder. See docs/importing.md.
import { readArgs, reportFailure } from "../authoring/import/cli";
import { importPaper } from "../authoring/import/importPaper";

const USAGE = "usage: npm run import -- <paper.txt> [--force] [--draft] [--out content/meetings] [--short-name cype]";

const args = readArgs(process.argv.slice(2), {
  force: { type: "boolean" },
  draft: { type: "boolean" },
  out: { type: "string" },
  "short-name": { type: "string" },
});
if ("error" in args || args.positionals.length !== 1) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}

try {
  const result = await importPaper({
    paper: args.positionals[0]!,
    out: args.values.out ?? "content/meetings",
    force: args.values.force ?? false,
    draft: args.values.draft ?? false,
    shortName: args.values["short-name"],
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
