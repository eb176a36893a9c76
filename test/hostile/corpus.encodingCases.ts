/**
 * Hostile corpus cases whose fault is in the file's bytes: encodings other than UTF-8, NUL bytes, and line ends other
 * than LF with a fault whose line and column must still be right. Run by corpus.encodings.test.ts; the fixtures are
 * test/fixtures/hostile/<name>/ (exact bytes: see their .gitattributes).
 */
import { CASELOAD, type FailingCase } from "./failing";

const NOT_UTF8 = /^the file is not valid UTF-8 text: the character at line \d+, column \d+ could not be read$/;

export const encodingCases: FailingCase[] = [
  // ---------------------------------------------------------------- encodings and line ends
  {
    name: "windows-1252-bytes",
    fault: "curly quotes saved as Windows-1252 bytes 0x93 and 0x94",
    file: CASELOAD,
    line: 3,
    column: 44,
    field: "",
    message: NOT_UTF8,
    hint: /save it as "UTF-8" text/,
  },
  {
    name: "utf16-file",
    fault: 'saved as "Unicode" (UTF-16LE with its byte-order mark)',
    file: CASELOAD,
    line: 1,
    column: 1,
    field: "",
    message: NOT_UTF8,
    hint: /save it as "UTF-8" text/,
  },
  {
    name: "nul-byte",
    fault: "a NUL byte inside dataSource",
    file: CASELOAD,
    line: 20,
    column: 16,
    field: "",
    message: "the file is not plain UTF-8 text: line 20 has a NUL character",
    hint: /save it as "UTF-8" text/,
    at: "\u0000eri",
  },
  {
    name: "crlf-with-bad-value",
    fault: "Windows line ends, and result: twenty-three: the line and column are still right",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "twenty-three", expected a number',
    at: "twenty-three",
  },
  {
    name: "cr-only-with-bad-value",
    fault: "old Mac line ends (CR alone), and result: twenty-three",
    file: CASELOAD,
    line: 23,
    column: 32,
    field: "trend[1].result",
    message: 'found "twenty-three", expected a number',
    at: "twenty-three",
  },
  {
    name: "bom-crlf-tab-indent",
    fault: "a byte-order mark and CRLF line ends (both fine), and a tab indenting line 16",
    file: CASELOAD,
    line: 16,
    column: 1,
    field: "",
    message: "the front matter is not valid YAML: Tabs are not allowed as indentation",
    hint: "indent with spaces, not tabs",
    at: "\tred: above 22",
  },
];
