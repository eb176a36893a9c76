import type { z } from "zod";
import type { Problem } from "./problems";
import { FIELD_HINTS } from "./schema";
import { describeCharacter, fieldName, FORBIDDEN_CHARACTERS, showInvisible, type FieldPath, type SourceFile } from "./yamlSource";

/**
 * Checks front matter against a schema and turns every failure into a problem a clerk can act on.
 * @example validateFrontMatter(source, indicatorSchema) // { value: {...}, problems: [] }
 */
export function validateFrontMatter<T>(source: SourceFile, schema: z.ZodType<T>): { value?: T; problems: Problem[] } {
  if (typeof source.data !== "object" || source.data === null || Array.isArray(source.data)) {
    const found = Array.isArray(source.data) ? "a list" : source.data === null ? "empty" : "a single value";
    return {
      problems: [
        {
          file: source.file,
          ...source.locate([]),
          field: "",
          message: `the front matter is ${found}, expected fields written "name: value"`,
          hint: 'write one "name: value" per line between the two "---" lines',
        },
      ],
    };
  }
  const result = schema.safeParse(source.data);
  const issues = result.success ? [] : result.error.issues;
  // Values the schema may accept but a clerk did not mean (.nan, 1e308, "2017–06" with an en dash) are
  // reported in their own words, in place of whatever the schema says about the same field.
  const written = writtenValueProblems(source, issues);
  const replaced = new Set(written.map((problem) => problem.key));
  const problems = [
    ...issues.filter((issue) => !replaced.has(pathKey(cleanPath(issue.path)))).flatMap((issue) => issueProblems(source, issue)),
    ...written.map((problem) => problem.problem),
  ];
  if (problems.length || !result.success) return { problems };
  return { value: result.data, problems: [] };
}

/** A problem at a field of a source file, with the field's hint when no other is given. */
export function problemAt(source: SourceFile, path: FieldPath, message: string, hint?: string): Problem {
  const key = [...path].reverse().find((part): part is string => typeof part === "string");
  return {
    file: source.file,
    ...source.locate(path),
    field: fieldName(path),
    message,
    hint: hint ?? (key ? FIELD_HINTS[key] && `write ${FIELD_HINTS[key]}` : undefined),
  };
}

function cleanPath(path: readonly PropertyKey[]): FieldPath {
  return path.filter((p): p is string | number => typeof p !== "symbol");
}

function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

function issueProblems(source: SourceFile, issue: z.core.$ZodIssue): Problem[] {
  const path = cleanPath(issue.path);
  const value = valueAt(source.data, path);
  const found = describeFound(source, path, value);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const suggestion = closestField(key);
        return {
          ...problemAt(
            source,
            [...path, key],
            `"${showInvisible(key)}" is not a field this tool knows`,
            suggestion ? `did you mean "${suggestion}"? Rename it, or delete the line` : "delete the line, or check its spelling and indentation",
          ),
          ...source.locateKey([...path, key]),
        };
      });
    case "invalid_type":
      if (value === undefined) return [problemAt(source, path, `is missing: expected ${expectedType(issue.expected)}`)];
      if (issue.expected === "number" && typeof value === "string") {
        return [problemAt(source, path, `found ${found}, expected a number`, numberAdvice(value, source.sourceText(path)))];
      }
      return [problemAt(source, path, `found ${found}, expected ${expectedType(issue.expected)}`)];
    case "invalid_value":
      return [problemAt(source, path, `found ${found}, expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`)];
    case "too_small":
      if (issue.origin === "array") {
        return [problemAt(source, path, `has ${Array.isArray(value) ? value.length : 0} entries, expected at least ${issue.minimum}`)];
      }
      if (issue.origin === "string") return [problemAt(source, path, "is empty, expected some text")];
      return [problemAt(source, path, `found ${found}, expected ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`)];
    case "too_big":
      return [problemAt(source, path, `found ${found}, expected ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`)];
    case "invalid_format":
      return [problemAt(source, path, `found ${found}, expected ${formatName(issue.format)}`)];
    case "invalid_union":
      if (value === undefined) return [problemAt(source, path, "is missing: expected a number or some text")];
      return [problemAt(source, path, `found ${found}, which is not a value this field takes`)];
    default:
      return [problemAt(source, path, `found ${found}: ${issue.message}`)];
  }
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Longest value a message quotes whole; a longer one (a pasted document, an alias repeated) is cut, so output stays readable. */
const MAX_QUOTED = 80;

/**
 * A value in quotes, cut to a length a message can show: its start and end, and how long it is.
 * @example quoted("a".repeat(100)) // '"aaaa…aaaa" (100 characters)'
 */
export function quoted(text: string): string {
  return text.length <= MAX_QUOTED ? `"${text}"` : `"${text.slice(0, 60)}…${text.slice(-12)}" (${text.length.toLocaleString("en-GB")} characters)`;
}

function describeFound(source: SourceFile, path: FieldPath, value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  const written = source.sourceText(path) ?? JSON.stringify(value);
  // Text is always quoted; a number as written only when it is too long to show whole.
  const text = typeof value === "string" ? showInvisible(value) : String(written);
  return typeof value === "string" || text.length > MAX_QUOTED ? quoted(text) : text;
}

/**
 * Fields whose values are codes, not prose (ids, periods, dates, enumerations): a typographic or invisible character
 * in one, as Word and web pages put in, is always a mistake, though it may look right.
 */
const CODE_FIELDS = new Set(["id", "period", "date", "letterDate", "financialYear", "unit", "kind", "polarity", "dataBasis", "status", "rating", "email"]);

/** Typographic dashes, curly quotes, unusual spaces and invisible characters. */
const TYPOGRAPHIC = /[\t\u00A0\u00AD\u1680\u2000-\u2015\u2018-\u201F\u2028\u2029\u202F\u205F-\u2064\u2212\u3000\uFEFF]/gu;

/** How a number is written in the files: digits, an optional minus sign and decimal point, nothing else. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Significant digits a double holds exactly; longer figures are silently rounded. */
const MAX_DIGITS = 15;

interface WrittenProblem {
  key: string;
  problem: Problem;
}

/** Checks every value as it was written: numbers in plain digits and exactly representable, codes and text free of hidden characters. */
function writtenValueProblems(source: SourceFile, issues: readonly z.core.$ZodIssue[]): WrittenProblem[] {
  const issueAt = new Map(issues.map((issue) => [pathKey(cleanPath(issue.path)), issue]));
  // A field the tool does not know is reported once, as unknown; what it holds is not checked as well.
  const unknown = new Set(
    issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys.map((key) => pathKey([...cleanPath(issue.path), key])) : [])),
  );
  const found: WrittenProblem[] = [];
  const add = (path: FieldPath, message: string, hint?: string) => found.push({ key: pathKey(path), problem: problemAt(source, path, message, hint) });
  const pending: { value: unknown; path: FieldPath }[] = [{ value: source.data, path: [] }];
  while (pending.length) {
    const { value, path } = pending.pop()!;
    if (unknown.has(pathKey(path))) continue;
    if (Array.isArray(value)) {
      if (path.length < 32) value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
      continue;
    }
    if (value !== null && typeof value === "object") {
      if (path.length < 32) for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
      continue;
    }
    const issue = issueAt.get(pathKey(path));
    if (typeof value === "number") {
      // Only where a number belongs: a number in a text field is reported by the schema as it stands.
      if (issue && !(issue.code === "invalid_type" && issue.expected === "number")) continue;
      const problem = numberProblem(value, source.sourceText(path));
      if (problem) add(path, problem.message, problem.hint);
      continue;
    }
    if (typeof value !== "string") continue;
    const control = value.match(FORBIDDEN_CHARACTERS);
    if (control) {
      add(path, `contains ${describeCharacter(control[0])}`, "delete it: retype the text, or paste it again as plain text");
      continue;
    }
    const key = [...path].reverse().find((part): part is string => typeof part === "string");
    if (key && CODE_FIELDS.has(key)) {
      const odd = [...new Set(value.match(TYPOGRAPHIC) ?? [])];
      if (odd.length) {
        const plain = plainCharacters(value);
        const suggestion = key === "id" ? plain.replace(/\s+/g, "-") : plain;
        add(path, `found "${showInvisible(value)}", which has ${listOf(odd.map(describeCharacter))} where only ordinary keyboard characters belong`,
          `write ${suggestion ? `"${suggestion}"` : "it again"} with ordinary characters; text copied from Word or a web page often brings these in`);
      }
    }
  }
  return found;
}

/** A code retyped with ordinary characters: dashes become hyphens, unusual spaces plain ones, invisible ones go. */
function plainCharacters(value: string): string {
  return value
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F]/g, "")
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u00AD\u200B-\u200F\u2028\u2029\u2060-\u2064\uFEFF]/g, "")
    .trim();
}

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What is wrong with a number as written, when something is: YAML's special values, other notations, too many digits. */
function numberProblem(value: number, written: string | undefined): { message: string; hint?: string } | undefined {
  const text = written?.trim() ?? String(value);
  if (Number.isNaN(value)) {
    return { message: `found ${text}, which YAML reads as "not a number", expected a number`, hint: "write the figure as a plain number, e.g. 62.8, or leave it empty when there is no data" };
  }
  if (!Number.isFinite(value)) {
    return { message: `found ${text}, which YAML reads as infinity, expected a number`, hint: "write the figure as a plain number, e.g. 62.8, or leave it empty when there is no data" };
  }
  if (written !== undefined && !PLAIN_NUMBER.test(text)) {
    const notation = /^[-+]?0x/i.test(text) ? "hexadecimal" : /^[-+]?0o/i.test(text) ? "octal" : /e/i.test(text) ? "exponent (e)" : undefined;
    return notation
      ? { message: `found ${text}, a number in ${notation} notation, expected a number written in plain digits`, hint: `write the figure out in full in ordinary digits, e.g. 62.8; check it against the source system` }
      : { message: `found ${text}, expected a number written in plain digits`, hint: `write it as ${PLAIN_NUMBER.test(String(value)) ? String(value) : "a plain number, e.g. 62.8"}` };
  }
  const digits = text.replace(/^-/, "").replace(".", "").replace(/^0+/, "");
  if (digits.length > MAX_DIGITS || Math.abs(value) >= 10 ** MAX_DIGITS) {
    return {
      message: `found ${text}, which has more digits than a figure can hold exactly (at most ${MAX_DIGITS})`,
      hint: "check the figure against the source system: no scorecard figure is that long",
    };
  }
  return undefined;
}

/**
 * Advice for a number written as text the way Word or a spreadsheet writes it: "68.6 %", "1,234", "–5", "22.0 " with a
 * non-breaking space. Undefined when the text is not a number at all (the field's own hint serves then).
 * @example numberAdvice("68.6 %", "68.6 %") // "write 68.6, without a % sign and without spaces"
 */
export function numberAdvice(value: string, written: string | undefined): string | undefined {
  const reasons: string[] = [];
  let text = value;
  if (written !== undefined && /^["']/.test(written.trim())) reasons.push("without the quotes");
  if (/^[\u2018-\u201F"'].*[\u2018-\u201F"']$/.test(text.trim())) {
    text = text.trim().slice(1, -1);
    reasons.push("without the quotes");
  }
  if (/[\u00A0\u2007\u202F]/.test(text)) reasons.push("without the non-breaking space (Word puts them in)");
  if (/[\u00AD\u200B-\u200F\u2060\uFEFF]/.test(text)) reasons.push("without the invisible character in it");
  text = text.replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, "");
  const spaced = /\s/.test(text.replace(/[\u00A0\u2007\u202F]/g, ""));
  text = text.replace(/\s/g, "");
  if (spaced) reasons.push("without spaces");
  if (text.endsWith("%")) {
    text = text.slice(0, -1);
    reasons.push("without a % sign");
  }
  if (/^[\u2010-\u2015\u2212]/.test(text)) {
    reasons.push(`with an ordinary minus sign (-), not ${describeCharacter(text[0]!)}`);
    text = `-${text.slice(1)}`;
  }
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) {
    text = text.replaceAll(",", "");
    reasons.push("without the thousands comma");
  } else if (/^-?\d+,\d+$/.test(text)) {
    text = text.replace(",", ".");
    reasons.push("with a decimal point, not a comma");
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const unique = [...new Set(reasons)];
  return unique.length ? `write ${text}, ${listOf(unique)}` : `write ${text}`;
}

function expectedType(expected: string): string {
  switch (expected) {
    case "number":
      return "a number";
    case "string":
      return "some text";
    case "array":
      return "a list";
    case "object":
      return "a group of fields";
    default:
      return expected;
  }
}

function formatName(format: string): string {
  switch (format) {
    case "regex":
      return "lower-case words joined by hyphens";
    case "email":
      return "an email address";
    case "url":
      return "a web address starting https://";
    default:
      return format;
  }
}

/** The known field nearest in spelling to a mistyped one, when it is close enough to be a typo. */
function closestField(key: string): string | undefined {
  // "<<" or "__proto__" is not a misspelling of anything.
  if (!/^[a-z]/i.test(key)) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of Object.keys(FIELD_HINTS)) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 4)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
