// `npm run publish-meeting -- content/meetings/<folder>`: publishes a draft, or records a correction to a published meeting.
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentProblems, formatReport } from "../src/content/problems";
import { publishMeeting } from "../authoring/publication/publishMeeting";

const projectRoot = path.resolve(import.meta.dirname, "..");
const USAGE = "Say which meeting to publish, e.g.: npm run publish-meeting -- content/meetings/2017-09-07-cype";
let folder: string | undefined;
try {
  [folder] = parseArgs({ allowPositionals: true }).positionals;
} catch (error) {
  // An option this command does not have (say --force) is named, rather than taken for a folder.
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!folder) {
  console.error(USAGE);
  process.exit(2);
}
try {
  console.log(await publishMeeting(projectRoot, folder));
} catch (error) {
  console.error(
    error instanceof ContentProblems
      ? `Nothing was published: the content has problems.\n\n${formatReport(error.problems)}`
      : `Nothing was published: ${(error as Error).message}`,
  );
  process.exit(1);
}
