import type { Problem } from "./problems";

const escapeData = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * A problem as a GitHub Actions workflow command, so it shows on its line of the pull request.
 * @example githubAnnotation(problem) // "::error file=content/…/02-average-caseload.md,line=23,col=32,title=trend[1].result::found …"
 */
export function githubAnnotation(problem: Problem): string {
  const title = problem.field || "content";
  const message = problem.hint ? `${problem.message}\nHow to fix: ${problem.hint}` : problem.message;
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escapeData(message)}`;
}
