// `npm run withdraw-meeting -- content/meetings/<folder> --reason "…" [--date YYYY-MM-DD]`: takes a published meeting
// off the site as a recorded act, leaving a page at each of its addresses that says when and why.
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentProblems, formatReport } from "../src/content/problems";
import { withdrawMeeting } from "../authoring/publication/withdrawMeeting";

const USAGE = 'usage: npm run withdraw-meeting -- content/meetings/<folder> --reason "why it is withdrawn" [--date YYYY-MM-DD]';
const projectRoot = path.resolve(import.meta.dirname, "..");
let parsed: ReturnType<typeof parseArgs<{ options: { reason: { type: "string" }; date: { type: "string" } }; allowPositionals: true }>>;
try {
  parsed = parseArgs({ options: { reason: { type: "string" }, date: { type: "string" } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [folder] = parsed.positionals;
if (!folder || parsed.values.reason === undefined || parsed.positionals.length > 1) {
  console.error(`Say which meeting to withdraw, and why.\n${USAGE}`);
  process.exit(2);
}
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
