/** What `npm run check` would report for a project, read in the test's own process. */
import { ContentProblems, formatReport } from "../../src/content/problems";
import { loadScorecards } from "../../src/pipeline/loadScorecards";

/**
 * The report of every problem the check would print for the project at `root`, or "" when its content is accepted.
 * @example expect(await checkReport(root)).toContain("trend[3].rating")
 */
export async function checkReport(root: string): Promise<string> {
  try {
    await loadScorecards(root);
    return "";
  } catch (error) {
    if (error instanceof ContentProblems) return formatReport(error.problems);
    throw error;
  }
}
