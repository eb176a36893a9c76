// `npm run check`: validates every content file without building, with the same messages as the build.
import path from "node:path";
import { githubAnnotation } from "../src/content/annotations";
import { ContentProblems, formatProblem, formatReport, sortProblems } from "../src/content/problems";
import { checkProject } from "../src/pipeline/checkProject";

const projectRoot = path.resolve(import.meta.dirname, "..");
try {
  const { scorecards: site } = await checkProject(projectRoot);
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
