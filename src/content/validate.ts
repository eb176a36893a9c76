/** Front matter checked against its schema: each failure, and each value written in a way the schema cannot see, as a problem a clerk can act on. */
import type { z } from "zod";
import { showInvisible } from "./characters";
import { fieldName, fieldPath, pathKey, type FieldPath } from "./fieldPositions";
import type { Problem } from "./problems";
import { FIELD_HINTS } from "./schema";
import { numberAdvice, writtenValueProblems } from "./writtenValues";
import type { SourceFile } from "./yamlSource";

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
  const replaced = new Set(written.map((problem) => pathKey(problem.path)));
  const problems = [
    ...issues.filter((issue) => !replaced.has(pathKey(fieldPath(issue.path)))).flatMap((issue) => issueProblems(source, issue)),
    ...written.map((problem) => problemAt(source, problem.path, problem.message, problem.hint)),
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

function issueProblems(source: SourceFile, issue: z.core.$ZodIssue): Problem[] {
  const path = fieldPath(issue.path);
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
      // A pattern with its own words ("expected a colour written #rrggbb") says them; zod's default names the pattern.
      if (issue.message.startsWith("expected ")) return [problemAt(source, path, `found ${found}, ${issue.message}`)];
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
