import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { Problem } from "./problems";
import { readSourceFile, type SourceFile } from "./yamlSource";

const JSON_HINT = "look for a missing or extra comma, quote or bracket on this line or the one before";

/**
 * The first way a text is not strict JSON (as JSON.parse, and so Eleventy, reads it), placed at its line and column.
 * YAML, which the positional reading uses, forgives trailing commas, comments and unquoted words; JSON does not.
 * @example strictJsonProblem("data/glossary.json", '{ "terms": [], }') // { line: 1, column: 16, message: "the file is not valid JSON: a comma is followed by }…" }
 */
export function strictJsonProblem(file: string, text: string): Problem | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset).trimEnd();
  const found = text.slice(first.offset, first.offset + 1);
  const code = printParseErrorCode(first.error);
  const what =
    before.endsWith(",") && /^[\]}]$/.test(found)
      ? `a comma is followed by ${found}: JSON allows no comma after the last item`
      : code === "CommaExpected"
        ? "a comma is missing between two items"
        : code === "InvalidSymbol" || code === "PropertyNameExpected"
          ? "a name or text is not in double quotes, or a comment is here (JSON has no comments)"
          : code === "InvalidCommentToken"
            ? "JSON has no comments"
            : `expected ${code
                .replace(/Expected$/, "")
                .replace(/([a-z])([A-Z])/g, "$1 $2")
                .toLowerCase()} here`;
  const lines = text.slice(0, first.offset).split("\n");
  return { file, line: lines.length, column: lines.at(-1)!.length + 1, field: "", message: `the file is not valid JSON: ${what}`, hint: JSON_HINT };
}

/**
 * Reads a JSON (or YAML) data file with the same checks and positions as content front matter.
 * JSON is YAML, so the file is read as front matter of an otherwise empty document, one line down.
 * @example readDataFile("data/glossary.json", text).source?.data // [{ term: "CIC", … }]
 */
export function readDataFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  const json = file.endsWith(".json");
  const body = text.replace(/^\uFEFF/, "");
  // One strict reading for check and build alike: what passes here, JSON.parse reads too.
  const strict = json ? strictJsonProblem(file, body) : undefined;
  if (strict) return { problems: [strict] };
  const result = readSourceFile(file, `---\n${body}\n---\n`);
  const up = <T extends { line: number }>(position: T): T => ({ ...position, line: Math.max(1, position.line - 1) });
  const problems = result.problems.map((problem) => {
    const message = problem.message.replace(/^the front matter/, "the file");
    return json && message.startsWith("the file is not valid YAML")
      ? up({ ...problem, message: message.replace("not valid YAML", "not valid JSON"), hint: JSON_HINT })
      : up({ ...problem, message });
  });
  if (!result.source) return { problems };
  const source = result.source;
  return {
    problems,
    source: { ...source, locate: (path) => up(source.locate(path)), locateKey: (path) => up(source.locateKey(path)) },
  };
}
