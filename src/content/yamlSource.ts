import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import { splitFrontMatter } from "./frontMatter";
import type { Problem } from "./problems";

export type FieldPath = readonly (string | number)[];

/** A content file's front matter, parsed, with the means to point at any field in it. */
export interface SourceFile {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line and column of a field's value (or, where it is missing, of the mapping that should hold it). */
  locate(path: FieldPath): { line: number; column: number };
  /** Line and column of a field's name, for fields that should not be there at all. */
  locateKey(path: FieldPath): { line: number; column: number };
  /** The field's text as written, for "found …" in messages. */
  sourceText(path: FieldPath): string | undefined;
}

/**
 * Renders a field path as a clerk reads it.
 * @example fieldName(["trend", 1, "result"]) // "trend[1].result"
 */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    "",
  );
}

/**
 * Reads a markdown file's front matter, reporting YAML errors with their real line in the file.
 * @example readSourceFile("content/meetings/x/meeting.md", text)
 */
export function readSourceFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  // Editors on Windows often save a byte-order mark; it is not part of the content.
  const content = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const split = splitFrontMatter(content);
  if (!split && content.split("\n")[0]?.trimEnd() === "---") {
    return {
      problems: [{
        file, line: 1, column: 1, field: "",
        message: 'the front matter block has no closing "---" line',
        hint: 'add a line "---" after the last field, before the text',
      }],
    };
  }
  if (!split) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: "",
          message: "the file does not start with a front matter block",
          hint: 'start the file with a line "---", then the fields, then another line "---", then the text',
        },
      ],
    };
  }
  const offset = split.yamlLine - 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (pos: number) => {
    const { line, col } = lineCounter.linePos(pos);
    return { line: line + offset, column: col };
  };
  // Only the first YAML error is reported: the ones after it are nearly always knock-on effects of it.
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => yamlProblem(file, split.yaml, error, at));
  if (problems.length) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return {
      problems: [{ file, line: split.yamlLine, column: 1, field: "", message: `the front matter cannot be read: ${(error as Error).message}`, hint: "remove YAML anchors and aliases (& and *): write each value out" }],
    };
  }
  const bodyLine = content.slice(0, content.length - split.body.length).split("\n").length;
  const source: SourceFile = {
    file,
    data,
    body: split.body,
    bodyLine,
    locate: (path) => at(nodeStart(doc, path)),
    locateKey: (path) => at(keyStart(doc, path) ?? nodeStart(doc, path)),
    sourceText: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.range ? split.yaml.slice(node.range[0], node.range[1]) : undefined;
    },
  };
  return { source, problems };
}

/** Offset of the deepest node on the path that exists: the value itself, or its key when the value is empty. */
function nodeStart(doc: Document, path: FieldPath): number {
  if (path.length === 0) return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range && !(isScalar(node) && node.value === null)) return node.range[0];
  return keyStart(doc, path) ?? nodeStart(doc, path.slice(0, -1));
}

function keyStart(doc: Document, path: FieldPath): number | undefined {
  const parent = doc.getIn(path.slice(0, -1), true) ?? (path.length === 1 ? doc.contents : undefined);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isNode(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/** Turns the YAML library's first error into a problem placed where a clerk would look for it. */
function yamlProblem(file: string, yaml: string, error: YAMLError, at: (pos: number) => { line: number; column: number }): Problem {
  const lines = yaml.split("\n");
  const lineStart = (index: number) => lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
  const position = at(error.pos[0]);
  const offset = position.line - at(0).line;
  if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
    // The library notices the missing quote where the text ends; the clerk needs the line where it opened.
    for (let index = Math.min(offset, lines.length - 1); index >= 0; index--) {
      const quotes = (lines[index]!.match(/"/g) ?? []).length;
      if (quotes % 2 === 1) {
        return {
          file, ...at(lineStart(index) + lines[index]!.indexOf('"')), field: "",
          message: `the front matter is not valid YAML: Missing closing "quote`,
          hint: 'a value that opens with a quote (") must close with one on the same line',
        };
      }
    }
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    // When the next line is indented deeper than the one the library names, that deeper line is the fault.
    const indent = (line: string) => line.search(/\S/);
    const next = lines.findIndex((line, index) => index > offset && line.trim() !== "");
    if (next !== -1 && lines[offset] !== undefined && indent(lines[next]!) > indent(lines[offset]!)) {
      return {
        file, ...at(lineStart(next) + lines[next]!.search(/\S/)), field: "",
        message: "the front matter is not valid YAML: this line is indented differently from the fields around it",
        hint: "line the fields up with two spaces per level, and put a space after each colon",
      };
    }
  }
  return { file, ...position, field: "", message: `the front matter is not valid YAML: ${firstLine(error.message)}`, hint: yamlHint(error.code) };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each field may appear only once: delete one of the two";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "line the fields up with two spaces per level, and put a space after each colon";
    default:
      return 'check the line above it too: each field is "name: value", and text containing ": " or "#" goes in quotes';
  }
}
