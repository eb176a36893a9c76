/**
 * Values checked as the clerk wrote them, which the schema cannot see: numbers in plain digits and exactly
 * representable, codes and text free of hidden and typographic characters.
 */
import type { z } from "zod";
import { describeCharacter, FORBIDDEN_CHARACTERS, PLAIN_NUMBER, showInvisible } from "./characters";
import { fieldPath, pathKey, type FieldPath } from "./fieldPositions";
import type { SourceFile } from "./yamlSource";

/**
 * Fields whose values are codes, not prose (ids, periods, dates, enumerations): a typographic or invisible character
 * in one, as Word and web pages put in, is always a mistake, though it may look right.
 */
const CODE_FIELDS = new Set(["id", "period", "date", "letterDate", "financialYear", "unit", "kind", "polarity", "dataBasis", "status", "rating", "email"]);

/** Typographic dashes, curly quotes, unusual spaces and invisible characters. */
const TYPOGRAPHIC = /[\t\u00A0\u00AD\u1680\u2000-\u2015\u2018-\u201F\u2028\u2029\u202F\u205F-\u2064\u2212\u3000\uFEFF]/gu;

/** Significant digits a double holds exactly; longer figures are silently rounded. */
const MAX_DIGITS = 15;

/** What is wrong with one value as written, at its field. */
export interface WrittenProblem {
  path: FieldPath;
  message: string;
  hint?: string;
}

/**
 * Checks every value as it was written: numbers in plain digits and exactly representable, codes and text free of
 * hidden characters. A field the schema already reports as unknown is not checked as well.
 * @example writtenValueProblems(source, [])[0]?.message // 'found "2017–06", which has an en dash (–) where only ordinary keyboard characters belong'
 */
export function writtenValueProblems(source: SourceFile, issues: readonly z.core.$ZodIssue[]): WrittenProblem[] {
  const issueAt = new Map(issues.map((issue) => [pathKey(fieldPath(issue.path)), issue]));
  // A field the tool does not know is reported once, as unknown; what it holds is not checked as well.
  const unknown = new Set(
    issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys.map((key) => pathKey([...fieldPath(issue.path), key])) : [])),
  );
  const found: WrittenProblem[] = [];
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
    // Only where a number belongs: a number in a text field is reported by the schema as it stands.
    const problem =
      typeof value === "number"
        ? issue && !(issue.code === "invalid_type" && issue.expected === "number")
          ? undefined
          : numberProblem(value, source.sourceText(path))
        : typeof value === "string"
          ? textProblem(value, path)
          : undefined;
    if (problem) found.push({ path, ...problem });
  }
  return found;
}

/** What is wrong with a text value as written: a forbidden character anywhere, a typographic one in a code. */
function textProblem(value: string, path: FieldPath): { message: string; hint?: string } | undefined {
  const control = value.match(FORBIDDEN_CHARACTERS);
  if (control) return { message: `contains ${describeCharacter(control[0])}`, hint: "delete it: retype the text, or paste it again as plain text" };
  const key = [...path].reverse().find((part): part is string => typeof part === "string");
  if (!key || !CODE_FIELDS.has(key)) return undefined;
  const odd = [...new Set(value.match(TYPOGRAPHIC) ?? [])];
  if (!odd.length) return undefined;
  const plain = plainCharacters(value);
  const suggestion = key === "id" ? plain.replace(/\s+/g, "-") : plain;
  return {
    message: `found "${showInvisible(value)}", which has ${listOf(odd.map(describeCharacter))} where only ordinary keyboard characters belong`,
    hint: `write ${suggestion ? `"${suggestion}"` : "it again"} with ordinary characters; text copied from Word or a web page often brings these in`,
  };
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
    return {
      message: `found ${text}, which YAML reads as "not a number", expected a number`,
      hint: "write the figure as a plain number, e.g. 62.8, or leave it empty when there is no data",
    };
  }
  if (!Number.isFinite(value)) {
    return {
      message: `found ${text}, which YAML reads as infinity, expected a number`,
      hint: "write the figure as a plain number, e.g. 62.8, or leave it empty when there is no data",
    };
  }
  if (written !== undefined && !PLAIN_NUMBER.test(text)) {
    const notation = /^[-+]?0x/i.test(text) ? "hexadecimal" : /^[-+]?0o/i.test(text) ? "octal" : /e/i.test(text) ? "exponent (e)" : undefined;
    return notation
      ? {
          message: `found ${text}, a number in ${notation} notation, expected a number written in plain digits`,
          hint: `write the figure out in full in ordinary digits, e.g. 62.8; check it against the source system`,
        }
      : {
          message: `found ${text}, expected a number written in plain digits`,
          hint: `write it as ${PLAIN_NUMBER.test(String(value)) ? String(value) : "a plain number, e.g. 62.8"}`,
        };
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
