// `npm run publish-meeting -- content/meetings/<folder>`: publishes a draft, or records a correction to a published meeting.
// `npm run publish-meeting -- --upgrade-lock`: records in full the meetings an older lock recorded by hash only.
// --project <folder> works on another council's folder; the meeting folder is then given relative to it.
import { parseArgs } from "node:util";
import { ContentProblems, formatReport } from "../src/content/problems";
import { publishMeeting } from "../authoring/publication/publishMeeting";
import { upgradeLock } from "../authoring/publication/upgradeLock";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";

const USAGE =
  "Say which meeting to publish, e.g.: npm run publish-meeting -- content/meetings/2017-09-07-cype (or --upgrade-lock) [--project <folder>]\n" +
  "  --project: the folder holding content/ and data/site.json (default: this tool's own sample); the meeting folder is inside it";
let folder: string | undefined;
let upgrade = false;
let project: string | undefined;
try {
  const parsed = parseArgs({ allowPositionals: true, options: { "upgrade-lock": { type: "boolean", default: false }, project: { type: "string" } } });
  [folder] = parsed.positionals;
  upgrade = parsed.values["upgrade-lock"];
  project = parsed.values.project;
} catch (error) {
  // An option this command does not have (say --force) is named, rather than taken for a folder.
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!folder && !upgrade) {
  console.error(USAGE);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(project);
try {
  console.log(upgrade ? await upgradeLock(projectRoot) : await publishMeeting(projectRoot, folder!));
} catch (error) {
  console.error(
    error instanceof ContentProblems
      ? `Nothing was published: the content has problems.\n\n${formatReport(error.problems)}`
      : `Nothing was published: ${(error as Error).message}`,
  );
  process.exit(1);
}
