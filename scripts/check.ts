// `npm run check`: validates every content file without building, with the same messages as the build.
// --project <folder> checks another council's folder (its content/ and data/) instead of this tool's own sample.
import { parseArgs } from "node:util";
import { githubAnnotation } from "../src/content/annotations";
import { ContentProblems, formatProblem, formatReport, sortProblems } from "../src/content/problems";
import { checkProject } from "../src/pipeline/checkProject";
import { openMeetingCache } from "../src/pipeline/meetingCache";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";

const USAGE =
  "usage: npm run check -- [--project <folder>]\n  --project: the folder holding content/ and data/site.json to check (default: this tool's own sample)";
let project: string | undefined;
try {
  ({ project } = parseArgs({ options: { project: { type: "string" } } }).values);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(project);
try {
  // Meetings whose files, lock entry and code are as an earlier check or build saw them are taken from the cache.
  const { scorecards: site } = await checkProject(projectRoot, { cache: await openMeetingCache(projectRoot) });
  const meetings = site.meetings.length;
  console.log(`Content is valid: ${meetings} ${meetings === 1 ? "meeting" : "meetings"}, ${site.indicators.length} indicator reports.`);
  for (const warning of site.warnings) console.warn(`Warning: ${formatProblem(warning)}`);
} catch (error) {
  if (!(error instanceof ContentProblems)) throw error;
  console.error(formatReport(error.problems));
  // On GitHub each problem is also shown on its own line of the pull request.
  if (process.env.GITHUB_ACTIONS === "true") {
    for (const problem of sortProblems(error.problems)) console.log(githubAnnotation(problem));
  }
  process.exit(1);
}
