import type { Problem } from "./problems";
import { readSourceFile, type SourceFile } from "./yamlSource";

/**
 * Reads a JSON (or YAML) data file with the same checks and positions as content front matter.
 * JSON is YAML, so the file is read as front matter of an otherwise empty document, one line down.
 * @example readDataFile("data/glossary.json", text).source?.data // [{ term: "CIC", … }]
 */
export function readDataFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  const result = readSourceFile(file, `---\n${text.replace(/^\uFEFF/, "")}\n---\n`);
  const up = <T extends { line: number }>(position: T): T => ({ ...position, line: Math.max(1, position.line - 1) });
  const json = file.endsWith(".json");
  const problems = result.problems.map((problem) => {
    const message = problem.message.replace(/^the front matter/, "the file");
    return json && message.startsWith("the file is not valid YAML")
      ? up({ ...problem, message: message.replace("not valid YAML", "not valid JSON"), hint: "look for a missing or extra comma, quote or bracket on this line or the one before" })
      : up({ ...problem, message });
  });
  if (!result.source) return { problems };
  const source = result.source;
  return {
    problems,
    source: { ...source, locate: (path) => up(source.locate(path)), locateKey: (path) => up(source.locateKey(path)) },
  };
}
