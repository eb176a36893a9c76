import { readFile } from "node:fs/promises";

/** One thing the importer could not read or place, located at a line of its input. */
export interface ImportProblem {
  /** 1-based line of the input file (paper text or CSV) the problem is at. */
  line: number;
  message: string;
}

/**
 * A problem as the terminal prints it, location first so editors can jump to it.
 * @example formatImportProblem("paper.txt", { line: 47, message: 'expected a "RAG Rating" row after the "Target" row' })
 * // 'paper.txt:47: expected a "RAG Rating" row after the "Target" row'
 */
export function formatImportProblem(file: string, problem: ImportProblem): string {
  return `${file}:${problem.line}: ${problem.message}`;
}

/** Thrown when an input cannot be imported; carries every problem found, in line order. */
export class ImportFailed extends Error {
  readonly problems: readonly ImportProblem[];

  constructor(
    readonly file: string,
    problems: readonly ImportProblem[],
    /** Extra lines (e.g. the data step's report) printed after the located problems. */
    readonly details: string[] = [],
  ) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    super([...sorted.map((problem) => formatImportProblem(file, problem)), ...details].join("\n"));
    this.name = "ImportFailed";
    this.problems = sorted;
  }
}

/** Thrown when the importer will not go on for a reason that has no line in the input (a folder exists, no draft). */
export class ImportStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportStopped";
  }
}

/**
 * Reads a file the clerk named on the command line, or stops with a plain message saying why it cannot.
 * @example const text = await readInput("paper.txt", "paper.txt")
 */
export async function readInput(file: string, shown: string): Promise<string> {
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new ImportStopped(`cannot read ${shown}: ${error.code === "ENOENT" ? "there is no such file" : error.message}`);
  });
}
