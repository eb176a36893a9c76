/** One thing wrong with a content file, with everything a clerk needs to put it right. */
export interface Problem {
  /** Path relative to the project, e.g. "content/meetings/2017-09-07-cype/02-average-caseload.md". */
  file: string;
  line: number;
  column: number;
  /** The front matter field, e.g. "trend[1].result"; empty for the file as a whole. */
  field: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to put it right. */
  hint?: string;
}

/**
 * A problem as one block of text for the terminal: location first, so editors can jump to it.
 * @example formatProblem(p) // "content/…/02-average-caseload.md:14:13 trend[1].result: …"
 */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.field ? ` ${problem.field}:` : "";
  const hint = problem.hint ? `\n    How to fix: ${problem.hint}` : "";
  return `${where}${field} ${problem.message}${hint}`;
}

/** Orders problems by file then position, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}

/**
 * The whole report: every problem, then a count.
 * @example formatReport([p1, p2]) // "…\n\n2 problems in 1 file. Nothing was built."
 */
export function formatReport(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const sorted = sortProblems(problems).map(formatProblem).join("\n\n");
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"}.`;
  return `${sorted}\n\n${count}`;
}

/** Thrown when content has problems, carrying all of them so the build can report every one at once. */
export class ContentProblems extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The scorecard content has problems:\n\n${formatReport(problems)}`);
    this.name = "ContentProblems";
  }
}
