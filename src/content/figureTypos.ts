import type { Problem } from "./problems";

/** Front matter fields that hold a figure. */
const FIGURE_FIELDS = "result|target|floor|tolerancePercent";
/** What clerks type, copying a paper's table, where a figure is missing. */
const NO_FIGURE = ["-", "–", "—", "n/a", "na", "n.a.", "tbc", "tba", "tbd", "?", "..", "x", "nil", "none", "no data"];
const END = String.raw`(?=\s*(?:[,}\]]|#|$))`;
const FIGURE = new RegExp(String.raw`\b(${FIGURE_FIELDS})\s*:\s*("?)([^,}\]\n#"]*(?:,\d+)*(?:\.\d+)?)\2` + END, "g");

/**
 * Figures written as a paper prints them but YAML cannot read as numbers: thousands separators ("1,234"), decimal commas
 * ("80,4") and a dash or a word for a missing figure ("-", "n/a", "TBC"). Each would otherwise reach the clerk as a
 * misleading YAML message (a field named "234", or "Block collections are not allowed within flow collections").
 * @example figureTypos("trend:\n  - { period: 2017-06, result: 1,234 }", 2)[0].message // "found 1,234: a figure with a thousands separator, …"
 */
export function figureTypos(file: string, yaml: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let section = "";
  let item = -1;
  yaml.split("\n").forEach((text, index) => {
    const top = /^([A-Za-z][\w-]*)\s*:/.exec(text);
    if (top) {
      section = top[1]!;
      item = -1;
    } else if (/^\s+-(\s|$)/.test(text)) {
      item++;
    }
    for (const match of text.matchAll(FIGURE)) {
      const [, field, quote, written] = match;
      const value = written!.trim();
      // A quoted figure reads as text, and the schema check already names its comma; unquoted, YAML splits it first.
      const found = describe(value, quote === '"');
      if (!found) continue;
      const name = top && top[1] === field ? field! : `${section}${item >= 0 ? `[${item}]` : ""}.${field}`;
      const column = match.index + match[0].indexOf(written!, match[0].indexOf(":")) + 1;
      problems.push({ file, line: firstLine + index, column, field: name, ...found });
    }
  });
  return problems;
}

function describe(value: string, quoted: boolean): { message: string; hint: string } | undefined {
  if (quoted && !NO_FIGURE.includes(value.toLowerCase())) return undefined;
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value)) {
    const plain = value.replaceAll(",", "");
    return {
      message: `found ${value}: a figure with a thousands separator, which YAML cannot read as one number`,
      hint: `write it without the comma: ${plain}`,
    };
  }
  if (/^-?\d+,\d+$/.test(value)) {
    const plain = value.replace(",", ".");
    return {
      message: `found ${value}: a decimal comma, which YAML cannot read as a number`,
      hint: `write the decimal point as a full stop: ${plain}`,
    };
  }
  if (NO_FIGURE.includes(value.toLowerCase())) {
    return {
      message: `found "${value}" where a figure goes`,
      hint: "leave it empty, or write null, when there is no figure (a new draft writes null for the figures still to come)",
    };
  }
  return undefined;
}
