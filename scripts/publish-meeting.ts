// `npm run publish-meeting -- content/meetings/<folder>`: publishes a draft, or records a correction to a published meeting.
import path from "node:path";
import { ContentProblems, formatReport } from "../src/content/problems";
import { publishMeeting } from "../authoring/publication/publishMeeting";

const projectRoot = path.resolve(import.meta.dirname, "..");
const folder = process.argv[2];
if (!folder) {
  console.error("Say which meeting to publish, e.g.: npm run publish-meeting -- content/meetings/2017-09-07-cype");
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
