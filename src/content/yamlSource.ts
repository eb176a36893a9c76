/**
 * A content file read whole: checked as text, split into front matter and body, its YAML parsed, and every field
 * locatable, so each problem found later points at the line a clerk must change.
 */
import type { FieldPath, Position } from "./fieldPositions";
import { keyStart, pathKey, valueStart, writtenText } from "./fieldPositions";
import { figureTypos } from "./figureTypos";
import { editorText, fileProblem, fileTooLarge, MAX_FILE_CHARACTERS, tooDeepText, unreadableText } from "./fileText";
import { splitFrontMatter } from "./frontMatter";
import type { Problem } from "./problems";
import { quickFrontMatter } from "./quickYaml";
import { frontMatterData, parseFrontMatterYaml, type FrontMatterYaml } from "./yamlDocument";

/** A content file's front matter, parsed, with the means to point at any field in it. */
export interface SourceFile {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line and column of a field's value (or, where it is missing, of the mapping that should hold it). */
  locate(path: FieldPath): Position;
  /** Line and column of a field's name, for fields that should not be there at all. */
  locateKey(path: FieldPath): Position;
  /** The field's text as written, for "found …" in messages. */
  sourceText(path: FieldPath): string | undefined;
}

/**
 * Reads a markdown file's front matter, reporting YAML errors with their real line in the file.
 * Before the YAML is parsed, the file as a whole is checked: its size, its encoding and stray control characters.
 * Line ends are normalised (Windows CRLF and old Mac CR alike), so every position is an editor's line and column.
 * @example readSourceFile("content/meetings/x/meeting.md", text)
 */
export function readSourceFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  if (text.length > MAX_FILE_CHARACTERS) return { problems: [fileTooLarge(file, text.length)] };
  const content = editorText(text);
  const unreadable = unreadableText(file, content);
  if (unreadable) return { problems: [unreadable] };
  const split = splitFrontMatter(content);
  if (!split) return { problems: [noFrontMatter(file, content)] };
  // Figures typed as a paper prints them ("1,234", "80,4", "n/a") get their own message, not the YAML library's.
  const typos = figureTypos(file, split.yaml, split.yamlLine);
  if (typos.length) return { problems: typos };
  const bodyLine = content.slice(0, content.length - split.body.length).split("\n").length;
  const quick = quickFrontMatter(split.yaml);
  // The positional parse reads a file the quick reading leaves to it; any other waits until something must be pointed at.
  let positional: FrontMatterYaml | undefined;
  if (!quick) {
    const { parsed, problem } = parseFrontMatterYaml(file, split.yaml, split.yamlLine);
    if (!parsed) return { problems: [problem!] };
    positional = parsed;
  }
  const deep = tooDeepText(file, split.body, bodyLine);
  if (deep) return { problems: [deep] };
  const read = quick ? { data: quick.data } : frontMatterData(file, positional!, split.yamlLine);
  if ("problem" in read) return { problems: [read.problem] };
  const located = () => (positional ??= parseFrontMatterYaml(file, split.yaml, split.yamlLine).parsed);
  // The file's first line, should the positional parse refuse what the quick reading took.
  const at = (offset: (doc: FrontMatterYaml["doc"]) => number | undefined) => {
    const parsed = located();
    const pos = parsed && offset(parsed.doc);
    return parsed && pos !== undefined ? parsed.at(pos) : { line: split.yamlLine, column: 1 };
  };
  const source: SourceFile = {
    file,
    data: read.data,
    body: split.body,
    bodyLine,
    locate: (path) => at((doc) => valueStart(doc, path)),
    locateKey: (path) => at((doc) => keyStart(doc, path) ?? valueStart(doc, path)),
    sourceText: (path) => quick?.figures.get(pathKey(path)) ?? (located() && writtenText(located()!.doc, split.yaml, path)),
  };
  return { source, problems: [] };
}

/** Why a file with no front matter block cannot be read: no opening "---" line, or no closing one. */
function noFrontMatter(file: string, content: string): Problem {
  return content.split("\n")[0]?.trimEnd() === "---"
    ? fileProblem(file, { line: 1, column: 1 }, 'the front matter block has no closing "---" line', 'add a line "---" after the last field, before the text')
    : fileProblem(
        file,
        { line: 1, column: 1 },
        "the file does not start with a front matter block",
        'start the file with a line "---", then the fields, then another line "---", then the text',
      );
}
