// `npm run check`: validates every content file without building, with the same messages as the build.
import path from "node:path";
import { ContentProblems, formatReport } from "../src/content/problems";
import { loadSite } from "../src/loadSite";

const projectRoot = path.resolve(import.meta.dirname, "..");
try {
  const site = await loadSite(projectRoot);
  console.log(`Content is valid: ${site.meetings.length} meetings, ${site.indicators.length} indicator reports.`);
} catch (error) {
  if (!(error instanceof ContentProblems)) throw error;
  console.error(formatReport(error.problems));
  process.exit(1);
}
