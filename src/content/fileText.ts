/**
 * A content file checked as text, before any YAML is read: its size, its encoding, stray control characters, line ends,
 * and commentary nested too deeply to be shown.
 */
import { describeCharacter, FORBIDDEN_CHARACTERS } from "./characters";
import type { Position } from "./fieldPositions";
import type { Problem } from "./problems";

/** Content files are a few kilobytes; a file over this is a mistake (an export, a pasted document), not content. */
export const MAX_FILE_CHARACTERS = 1024 * 1024;

/**
 * How deeply the markdown renderer would nest a line of text, roughly: one level per quote marker and per space of
 * indentation, two per list marker. The renderer stops at 100 levels and silently drops the rest of the text, so a
 * line near that is refused rather than shown in part.
 */
export const MAX_TEXT_NESTING = 60;

/**
 * A problem with the file at a line and column, not with any one field.
 * @example fileProblem("content/meetings/x/meeting.md", { line: 1, column: 1 }, "the file does not start with a front matter block", "start the file with a line \"---\"")
 */
export function fileProblem(file: string, position: Position, message: string, hint: string): Problem {
  return { file, line: position.line, column: position.column, field: "", message, hint };
}

/**
 * The problem for a file over the size limit, whether found before reading it or after.
 * @example fileTooLarge("content/meetings/x/01-a.md", 10_485_760).message // "the file is 10 MB, more than the 1 MB a content file may be"
 */
export function fileTooLarge(file: string, size: number): Problem {
  return fileProblem(
    file,
    { line: 1, column: 1 },
    `the file is ${megabytes(size)} MB, more than the ${megabytes(MAX_FILE_CHARACTERS)} MB a content file may be`,
    "a content file holds one meeting or one indicator and is a few kilobytes: check it is the right file, and shorten the commentary",
  );
}

/**
 * The text as an editor shows it: without a byte-order mark, and with Windows (CRLF) and old Mac (CR) line ends as "\n".
 * @example editorText("\uFEFF---\r\nid: x\r\n") // "---\nid: x\n"
 */
export function editorText(text: string): string {
  // Editors on Windows often save a byte-order mark; it is not part of the content.
  const withoutMark = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return withoutMark.replace(/\r\n?/g, "\n");
}

/**
 * The first character that shows the file is not plain UTF-8 text, or should not be in it at all.
 * @example unreadableText("content/meetings/x/meeting.md", "id: a\u0000b")?.message // "the file is not plain UTF-8 text: line 1 has a NUL character"
 */
export function unreadableText(file: string, content: string): Problem | undefined {
  const where = (index: number): Position => {
    const before = content.slice(0, index).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const unreadable = content.search(/[\uFFFD\u0000]/);
  if (unreadable !== -1) {
    const { line, column } = where(unreadable);
    return content[unreadable] === "\u0000"
      ? fileProblem(
          file,
          { line, column },
          `the file is not plain UTF-8 text: line ${line} has a NUL character`,
          'save it as "UTF-8" text; a file saved as "Unicode" (UTF-16) in Notepad or Word looks like this',
        )
      : fileProblem(
          file,
          { line, column },
          `the file is not valid UTF-8 text: the character at line ${line}, column ${column} could not be read`,
          'save it as "UTF-8" text (in Word: Save As, Plain Text, then "Unicode (UTF-8)"); curly quotes and dashes saved as Windows text cannot be read',
        );
  }
  const control = FORBIDDEN_CHARACTERS.exec(content);
  if (!control) return undefined;
  const position = where(control.index);
  return fileProblem(
    file,
    position,
    `line ${position.line} contains ${describeCharacter(control[0])}`,
    "delete it: retype the text around it, or paste the text again as plain text",
  );
}

/**
 * The first line of the body nested too deeply for the markdown renderer to show it whole.
 * @example tooDeepText("content/meetings/x/01-a.md", ">".repeat(100), 5)?.line // 5
 */
export function tooDeepText(file: string, body: string, bodyLine: number): Problem | undefined {
  const deep = body.split("\n").findIndex((line) => textNesting(line) > MAX_TEXT_NESTING);
  if (deep === -1) return undefined;
  return fileProblem(
    file,
    { line: bodyLine + deep, column: 1 },
    `line ${bodyLine + deep} puts quotes (>), lists or indentation inside each other too deeply to be shown`,
    "keep quotes and lists to a few levels, and start the line without spaces",
  );
}

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

function megabytes(characters: number): string {
  const value = characters / (1024 * 1024);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
