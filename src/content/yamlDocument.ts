/**
 * Front matter YAML parsed safely: the library's errors placed where a clerk would look for them, and nothing the schema
 * must never see (tags, nesting far too deep, an alias bomb) let through.
 */
import type { Document, YAMLError } from "yaml";
import { yamlLibrary } from "./yamlLibrary";
import type { Position } from "./fieldPositions";
import { fileProblem } from "./fileText";
import type { Problem } from "./problems";

/** Front matter goes three levels deep at most (trend[1].result); far deeper is an accident or an attack. */
export const MAX_FRONT_MATTER_DEPTH = 16;

/** The alias limit the YAML library enforces: enough for a hand-written anchor or two, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 50;

const NESTING_HINT = "fields go at most three levels deep (trend, then a row, then result): check the indentation and the brackets";

/** Parsed front matter, with the means to turn an offset in its YAML into a line and column in the file. */
export interface FrontMatterYaml {
  doc: Document;
  at: (pos: number) => Position;
}

/**
 * Parses the YAML of a front matter block that starts on `yamlLine` of the file; only its first error is reported, as
 * the ones after it are nearly always knock-on effects of it.
 * @example parseFrontMatterYaml("content/meetings/x/meeting.md", "id: x\n", 2).parsed?.doc.get("id") // "x"
 */
export function parseFrontMatterYaml(file: string, yaml: string, yamlLine: number): { parsed?: FrontMatterYaml; problem?: Problem } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const offset = yamlLine - 1;
  const lineCounter = new LineCounter();
  const at = (pos: number): Position => {
    const { line, col } = lineCounter.linePos(pos);
    return { line: line + offset, column: col };
  };
  let doc: Document;
  try {
    doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The parser recurses once per level of nesting; thousands of levels exhaust the stack.
    return { problem: fileProblem(file, { line: yamlLine, column: 1 }, tooDeep(error), NESTING_HINT) };
  }
  const [error] = doc.errors;
  if (error) return { problem: yamlProblem(file, yaml, error, at) };
  const structural = checkStructure(doc, yaml);
  if (structural) return { problem: fileProblem(file, at(structural.pos), structural.message, structural.hint) };
  return { parsed: { doc, at } };
}

/**
 * The front matter's values, with YAML aliases expanded only as far as is safe.
 * @example frontMatterData("content/meetings/x/meeting.md", parsed, 2) // { data: { id: "x" } }
 */
export function frontMatterData(file: string, { doc, at }: FrontMatterYaml, yamlLine: number): { data: unknown } | { problem: Problem } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const alias = firstAlias(doc);
    const position = alias === undefined ? { line: yamlLine, column: 1 } : at(alias);
    const message = /alias/i.test((error as Error).message)
      ? "the front matter repeats values through YAML aliases (*name) so many times that it cannot be read safely"
      : `the front matter cannot be read: ${(error as Error).message}`;
    return { problem: fileProblem(file, position, message, "remove YAML anchors and aliases (& and *): write each value out") };
  }
}

function tooDeep(error: unknown): string {
  return error instanceof RangeError || /call stack/i.test(String((error as Error)?.message))
    ? "the front matter is nested too deeply to read"
    : `the front matter cannot be read: ${(error as Error).message}`;
}

/** The first thing in the parsed YAML that the schema must never see: an explicit tag, or nesting far too deep. */
function checkStructure(doc: Document, source: string): { pos: number; message: string; hint: string } | undefined {
  const { isAlias, isCollection, isNode, isPair } = yamlLibrary();
  const pending: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (pending.length) {
    const { node, depth } = pending.pop()!;
    if (!isNode(node)) continue;
    const pos = node.range?.[0] ?? 0;
    if (node.tag && !isAlias(node)) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
      // The node starts at its value; the clerk needs the tag, written just before it.
      const written = source.lastIndexOf(tag, pos);
      return {
        pos: written !== -1 && !source.slice(written + tag.length, pos).includes("\n") ? written : pos,
        message: `the front matter uses the YAML tag "${tag}", and tags are not allowed`,
        hint: "delete the tag (the word starting with !) and write the value plainly; text that starts with ! goes in quotes",
      };
    }
    if (isCollection(node)) {
      if (depth >= MAX_FRONT_MATTER_DEPTH) {
        return { pos, message: `the front matter is nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep`, hint: NESTING_HINT };
      }
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) pending.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
        else pending.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function firstAlias(doc: Document): number | undefined {
  const { visit } = yamlLibrary();
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

/** Turns the YAML library's first error into a problem placed where a clerk would look for it. */
function yamlProblem(file: string, yaml: string, error: YAMLError, at: (pos: number) => Position): Problem {
  const lines = yaml.split("\n");
  const lineStart = (index: number) => lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
  const position = at(error.pos[0]);
  const offset = position.line - at(0).line;
  if (/call stack/i.test(error.message)) {
    // The library gives up where its stack ran out, deep inside the nesting; the nesting starts on the field's line.
    return fileProblem(file, at(lineStart(offset)), "the front matter is nested too deeply to read", NESTING_HINT);
  }
  if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
    // The library notices the missing quote where the text ends; the clerk needs the line where it opened.
    for (let index = Math.min(offset, lines.length - 1); index >= 0; index--) {
      const quotes = (lines[index]!.match(/"/g) ?? []).length;
      if (quotes % 2 === 1) {
        return fileProblem(
          file,
          at(lineStart(index) + lines[index]!.indexOf('"')),
          `the front matter is not valid YAML: Missing closing "quote`,
          'a value that opens with a quote (") must close with one on the same line',
        );
      }
    }
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    // When the next line is indented deeper than the one the library names, that deeper line is the fault.
    const indent = (line: string) => line.search(/\S/);
    const next = lines.findIndex((line, index) => index > offset && line.trim() !== "");
    if (next !== -1 && lines[offset] !== undefined && indent(lines[next]!) > indent(lines[offset]!)) {
      return fileProblem(
        file,
        at(lineStart(next) + lines[next]!.search(/\S/)),
        "the front matter is not valid YAML: this line is indented differently from the fields around it",
        "line the fields up with two spaces per level, and put a space after each colon",
      );
    }
  }
  return fileProblem(file, position, `the front matter is not valid YAML: ${firstLine(error.message)}`, yamlHint(error.code));
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
