// `npm run withdraw-meeting -- content/meetings/<folder> --reason "…" [--date YYYY-MM-DD]`: takes a published meeting
// off the site as a recorded act, leaving a page at each of its addresses that says when and why.
// --project <folder> works on another council's folder; the meeting folder is then given relative to it.
import { parseArgs } from "node:util";
import { ContentProblems, formatReport } from "../src/content/problems";
import { withdrawMeeting } from "../authoring/publication/withdrawMeeting";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";

const USAGE =
  'usage: npm run withdraw-meeting -- content/meetings/<folder> --reason "why it is withdrawn" [--date YYYY-MM-DD] [--project <folder>]\n' +
  "  --project: the folder holding content/ and data/site.json (default: this tool's own sample); the meeting folder is inside it";
const options = { reason: { type: "string" }, date: { type: "string" }, project: { type: "string" } } as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [folder] = parsed.positionals;
if (!folder || parsed.values.reason === undefined || parsed.positionals.length > 1) {
  console.error(`Say which meeting to withdraw, and why.\n${USAGE}`);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(parsed.values.project);
try {
  console.log(await withdrawMeeting(projectRoot, folder, parsed.values.reason, parsed.values.date ?? new Date().toISOString().slice(0, 10)));
} catch (error) {
  console.error(
    error instanceof ContentProblems
      ? `Nothing was withdrawn: the content has problems.\n\n${formatReport(error.problems)}`
      : `Nothing was withdrawn: ${(error as Error).message}`,
  );
  process.exit(1);
}
