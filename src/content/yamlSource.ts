import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
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
  const split = splitFrontMatter(text);
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
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    field: "",
    message: `the front matter is not valid YAML: ${firstLine(error.message)}`,
    hint: yamlHint(error.code),
  }));
  if (problems.length) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return {
      problems: [{ file, line: split.yamlLine, column: 1, field: "", message: `the front matter cannot be read: ${(error as Error).message}`, hint: "remove YAML anchors and aliases (& and *): write each value out" }],
    };
  }
  const bodyLine = text.slice(0, text.length - split.body.length).split("\n").length;
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
