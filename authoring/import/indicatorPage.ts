/** One indicator's page of a paper as its readers walk it: a cursor over its lines, and how to report at them. */
import type { Rating } from "../../src/domain/bandings";
import type { ImportProblem } from "./errors";
import type { Figure } from "./figures";
import { quote } from "./paperPatterns";
import type { Line } from "./paperText";

/** A cursor over a page's non-empty lines. */
export class Cursor {
  private index = 0;
  constructor(private readonly lines: readonly Line[]) {}
  peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index]!.text === "") this.index++;
    return this.lines[this.index];
  }
  next(): Line | undefined {
    const line = this.peek();
    if (line) this.index++;
    return line;
  }
  /** Every line (empty ones included) from here to the first non-empty line matching, which is not consumed. */
  until(pattern: RegExp): { taken: Line[]; found?: Line } {
    const taken: Line[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text !== "" && pattern.test(line.text.trim())) return { taken, found: line };
      taken.push(line);
      this.index++;
    }
    return { taken };
  }
  rest(): Line[] {
    const rest = this.lines.slice(this.index);
    this.index = this.lines.length;
    return [...rest];
  }
}

/** A page being read: its lines, a cursor over them, and its problems. */
export interface IndicatorPage {
  lines: readonly Line[];
  /** The first line of the next indicator's page, if there is one. */
  next: Line | undefined;
  cursor: Cursor;
  /** The last line with anything on it. */
  lastN: number;
  /** "the next indicator, "…", begins there" or "the paper ends there". */
  pageEnd: string;
  at(line: number, message: string): void;
  /** Where a missing line should have been: where something else was found, or the line after the one it should follow. */
  missingAfter(after: Line, what: string, found: Line | undefined): void;
  /** True once anything on this page has been reported. */
  failed(): boolean;
}

/**
 * Opens a page for reading, reporting into `problems`.
 * @example openPage(lines.slice(start, end), lines[end], problems).cursor.peek()
 */
export function openPage(lines: readonly Line[], next: Line | undefined, problems: ImportProblem[]): IndicatorPage {
  const before = problems.length;
  const at = (line: number, message: string) => {
    problems.push({ line, message });
  };
  const pageEnd = next ? `the next indicator, ${quote(next.text.trim())}, begins there` : "the paper ends there";
  return {
    lines,
    next,
    cursor: new Cursor(lines),
    lastN: [...lines].reverse().find((line) => line.text !== "")?.n ?? lines[0]!.n,
    pageEnd,
    at,
    missingAfter: (after, what, found) =>
      at(found?.n ?? next?.n ?? after.n + 1, `${what} (line ${after.n})${found ? `, found ${quote(found.text.replaceAll("\t", " | "))}` : `, but ${pageEnd}`}`),
    failed: () => problems.length > before,
  };
}

/** One row of the trend table: its line, its label cell and the cells after it. */
export interface TableRow {
  line: Line;
  label: string;
  values: string[];
}

/** The trend table's four rows, in the paper's order. */
export interface TrendTable {
  period: TableRow;
  result: TableRow;
  target: TableRow;
  rating: TableRow;
}

/** The table's figures and ratings, one per period; null for a blank cell. */
export interface TableFigures {
  results: (Figure | null)[];
  targets: (Figure | null)[];
  ratings: (Rating | null)[];
}
