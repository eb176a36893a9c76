import { isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import { splitFrontMatter } from "./frontMatter";
import { figureTypos } from "./figureTypos";
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

/** Content files are a few kilobytes; a file over this is a mistake (an export, a pasted document), not content. */
export const MAX_FILE_CHARACTERS = 1024 * 1024;

/** Front matter goes three levels deep at most (trend[1].result); far deeper is an accident or an attack. */
export const MAX_FRONT_MATTER_DEPTH = 16;

/** The alias limit the YAML library enforces: enough for a hand-written anchor or two, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 50;

/**
 * The problem for a file over the size limit, whether found before reading it or after.
 * @example fileTooLarge("content/meetings/x/01-a.md", 10_485_760).message // "the file is 10 MB, more than the 1 MB a content file may be"
 */
export function fileTooLarge(file: string, size: number): Problem {
  return {
    file, line: 1, column: 1, field: "",
    message: `the file is ${megabytes(size)} MB, more than the ${megabytes(MAX_FILE_CHARACTERS)} MB a content file may be`,
    hint: "a content file holds one meeting or one indicator and is a few kilobytes: check it is the right file, and shorten the commentary",
  };
}

/**
 * Reads a markdown file's front matter, reporting YAML errors with their real line in the file.
 * Before the YAML is parsed, the file as a whole is checked: its size, its encoding and stray control characters.
 * Line ends are normalised (Windows CRLF and old Mac CR alike), so every position is an editor's line and column.
 * @example readSourceFile("content/meetings/x/meeting.md", text)
 */
export function readSourceFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  const fail = (line: number, column: number, message: string, hint: string) => ({ problems: [{ file, line, column, field: "", message, hint }] });
  if (text.length > MAX_FILE_CHARACTERS) return { problems: [fileTooLarge(file, text.length)] };
  // Editors on Windows often save a byte-order mark; it is not part of the content.
  const withoutMark = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const content = withoutMark.replace(/\r\n?/g, "\n");
  const where = (index: number) => {
    const before = content.slice(0, index).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const unreadable = content.search(/[\uFFFD\u0000]/);
  if (unreadable !== -1) {
    const { line, column } = where(unreadable);
    return content[unreadable] === "\u0000"
      ? fail(line, column, `the file is not plain UTF-8 text: line ${line} has a NUL character`,
        'save it as "UTF-8" text; a file saved as "Unicode" (UTF-16) in Notepad or Word looks like this')
      : fail(line, column, `the file is not valid UTF-8 text: the character at line ${line}, column ${column} could not be read`,
        'save it as "UTF-8" text (in Word: Save As, Plain Text, then "Unicode (UTF-8)"); curly quotes and dashes saved as Windows text cannot be read');
  }
  const control = FORBIDDEN_CHARACTERS.exec(content);
  if (control) {
    const { line, column } = where(control.index);
    return fail(line, column, `line ${line} contains ${describeCharacter(control[0])}`,
      "delete it: retype the text around it, or paste the text again as plain text");
  }

  const split = splitFrontMatter(content);
  if (!split && content.split("\n")[0]?.trimEnd() === "---") {
    return fail(1, 1, 'the front matter block has no closing "---" line', 'add a line "---" after the last field, before the text');
  }
  if (!split) {
    return fail(1, 1, "the file does not start with a front matter block",
      'start the file with a line "---", then the fields, then another line "---", then the text');
  }
  // Figures typed as a paper prints them ("1,234", "80,4", "n/a") get their own message, not the YAML library's.
  const typos = figureTypos(file, split.yaml, split.yamlLine);
  if (typos.length) return { problems: typos };
  const offset = split.yamlLine - 1;
  const lineCounter = new LineCounter();
  const at = (pos: number) => {
    const { line, col } = lineCounter.linePos(pos);
    return { line: line + offset, column: col };
  };
  let doc: Document;
  try {
    doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The parser recurses once per level of nesting; thousands of levels exhaust the stack.
    return fail(split.yamlLine, 1, tooDeep(error), NESTING_HINT);
  }
  // Only the first YAML error is reported: the ones after it are nearly always knock-on effects of it.
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => yamlProblem(file, split.yaml, error, at));
  if (problems.length) return { problems };
  const structural = checkStructure(doc, split.yaml);
  if (structural) return fail(at(structural.pos).line, at(structural.pos).column, structural.message, structural.hint);
  const bodyLine = content.slice(0, content.length - split.body.length).split("\n").length;
  const deep = split.body.split("\n").findIndex((line) => textNesting(line) > MAX_TEXT_NESTING);
  if (deep !== -1) {
    return fail(bodyLine + deep, 1, `line ${bodyLine + deep} puts quotes (>), lists or indentation inside each other too deeply to be shown`,
      "keep quotes and lists to a few levels, and start the line without spaces");
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAlias(doc);
    const position = alias === undefined ? { line: split.yamlLine, column: 1 } : at(alias);
    return fail(position.line, position.column,
      /alias/i.test((error as Error).message)
        ? "the front matter repeats values through YAML aliases (*name) so many times that it cannot be read safely"
        : `the front matter cannot be read: ${(error as Error).message}`,
      "remove YAML anchors and aliases (& and *): write each value out");
  }
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

/**
 * How deeply the markdown renderer would nest a line of text, roughly: one level per quote marker and per space of
 * indentation, two per list marker. The renderer stops at 100 levels and silently drops the rest of the text, so a
 * line near that is refused rather than shown in part.
 */
export const MAX_TEXT_NESTING = 60;

function textNesting(line: string): number {
  let depth = 0;
  let rest = line;
  // Stops counting once past the limit, so a line of a million ">" costs no more than one of sixty.
  while (depth <= MAX_TEXT_NESTING) {
    const marker = /^(?:( +)|(\t)|(>)|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/.exec(rest);
    if (!marker) return depth;
    depth += marker[1] ? marker[1].length : marker[2] ? 4 : marker[3] ? 1 : 2;
    rest = rest.slice(marker[0].length);
  }
  return depth;
}

/**
 * Characters that have no business anywhere in a content file: control characters (other than tab and line ends),
 * and the bidirectional overrides and isolates that make text display in an order other than the one it is stored in.
 */
export const FORBIDDEN_CHARACTERS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Surrogate}/u;

const CHARACTER_NAMES: Record<string, string> = {
  "\t": "tab",
  "\u00A0": "non-breaking space",
  "\u00AD": "soft hyphen",
  "\u2007": "figure space",
  "\u200B": "zero-width space",
  "\u200C": "zero-width non-joiner",
  "\u200D": "zero-width joiner",
  "\u200E": "left-to-right mark",
  "\u200F": "right-to-left mark",
  "\u2010": "hyphen (‐)",
  "\u2011": "non-breaking hyphen (‑)",
  "\u2012": "figure dash (‒)",
  "\u2013": "en dash (–)",
  "\u2014": "em dash (—)",
  "\u2015": "horizontal bar (―)",
  "\u2018": "curly quote (‘)",
  "\u2019": "curly quote (’)",
  "\u201C": "curly quote (“)",
  "\u201D": "curly quote (”)",
  "\u202A": "left-to-right embedding",
  "\u202B": "right-to-left embedding",
  "\u202C": "pop directional formatting",
  "\u202D": "left-to-right override",
  "\u202E": "right-to-left override",
  "\u202F": "narrow non-breaking space",
  "\u2060": "word joiner",
  "\u2066": "left-to-right isolate",
  "\u2067": "right-to-left isolate",
  "\u2068": "first strong isolate",
  "\u2069": "pop directional isolate",
  "\u2212": "minus sign (−)",
  "\u3000": "ideographic space",
  "\uFEFF": "zero-width no-break space",
};

/** Characters that cannot be seen, so a message shows their name in their place. */
const INVISIBLE = /[\t\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFFFE\uFFFF]|\p{Surrogate}/u;

function codeOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A character as a message names it, with its code for the invisible ones.
 * @example describeCharacter("\u00A0") // "a non-breaking space (U+00A0)"
 */
export function describeCharacter(character: string): string {
  const code = codeOf(character);
  const name = CHARACTER_NAMES[character];
  if (/[\u202A-\u202E\u2066-\u2069]/.test(character)) return `an invisible ${name} (${code}), which changes the order text is displayed in`;
  if (name) return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}${INVISIBLE.test(character) ? ` (${code})` : ""}`;
  if (/\p{Surrogate}/u.test(character)) return `a broken character (${code})`;
  return INVISIBLE.test(character) && !/[\u0000-\u001F\u007F-\u009F]/.test(character)
    ? `an unusual invisible space (${code})`
    : `an invisible control character (${code})`;
}

/**
 * Text with its invisible characters named in brackets, so a clerk can see what a message is about.
 * @example showInvisible("22.0\u00A0") // "22.0[non-breaking space]"
 */
export function showInvisible(text: string): string {
  return text.replace(new RegExp(INVISIBLE.source, "gu"), (character) => `[${CHARACTER_NAMES[character] ?? codeOf(character)}]`);
}

function megabytes(characters: number): string {
  const value = characters / (1024 * 1024);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const NESTING_HINT = "fields go at most three levels deep (trend, then a row, then result): check the indentation and the brackets";

function tooDeep(error: unknown): string {
  return error instanceof RangeError || /call stack/i.test(String((error as Error)?.message))
    ? "the front matter is nested too deeply to read"
    : `the front matter cannot be read: ${(error as Error).message}`;
}

/** The first thing in the parsed YAML that the schema must never see: an explicit tag, or nesting far too deep. */
function checkStructure(doc: Document, source: string): { pos: number; message: string; hint: string } | undefined {
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
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
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
  if (/call stack/i.test(error.message)) {
    // The library gives up where its stack ran out, deep inside the nesting; the nesting starts on the field's line.
    return { file, ...at(lineStart(offset)), field: "", message: "the front matter is nested too deeply to read", hint: NESTING_HINT };
  }
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
