/**
 * The quick reading of a front matter block: js-yaml, several times faster than the positional parse (yamlDocument.ts),
 * which keeps every node's place in the file and is only needed once something must be pointed at. Used only where
 * the two cannot disagree; anything unusual is left to the positional parse, which reports it as before.
 */
import jsYaml from "js-yaml";
import type { FieldPath } from "./fieldPositions";
import { pathKey } from "./fieldPositions";
import { PLAIN_NUMBER } from "./characters";
import { MAX_FRONT_MATTER_DEPTH } from "./yamlDocument";

/**
 * What might be an anchor, an alias or a tag (which the positional parse limits or refuses: & * or ! starting a word),
 * a directive (% starting a line) or a tab (which YAML treats with care). "Health & Care" and "95%" are none of these.
 */
const LEFT_TO_THE_POSITIONAL_PARSE = /(?:^|[\s[{,])[&*!]\S|^%|\t/m;

/** The scalar types of js-yaml's core schema, as it has them at run time (its published types omit them). */
interface ScalarType extends jsYaml.Type {
  tag: string;
  resolve: (text: string) => boolean;
  construct: (text: string) => unknown;
}
const { types } = jsYaml as unknown as { types: Record<"null" | "bool" | "int" | "float", ScalarType> };

/** The core schema (as the positional parse reads YAML), keeping every number's text as written, in the order met. */
function schemaKeeping(written: string[]): jsYaml.Schema {
  const keep = (type: ScalarType) =>
    new jsYaml.Type(type.tag, {
      kind: "scalar",
      resolve: type.resolve,
      construct: (text: string) => {
        written.push(text);
        return type.construct(text);
      },
    });
  return jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, keep(types.int), keep(types.float)] });
}

/**
 * The front matter's values and each figure's text as written (by path), when the quick reading gives exactly what the
 * positional parse would: a mapping, nothing unusual in the text, every figure in plain digits, no deep nesting.
 * Undefined otherwise, and for YAML with any error: the positional parse then reads it and says where the problem is.
 * @example quickFrontMatter("id: adoption\nresult: 68.6\n") // { data: { id: "adoption", result: 68.6 }, figures: Map { '["result"]' => "68.6" } }
 */
export function quickFrontMatter(yaml: string): { data: Record<string, unknown>; figures: Map<string, string> } | undefined {
  if (LEFT_TO_THE_POSITIONAL_PARSE.test(yaml)) return undefined;
  const written: string[] = [];
  let data: unknown;
  try {
    data = jsYaml.load(yaml, { schema: schemaKeeping(written), json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const figures = new Map<string, string>();
  // The figures are met in the order they are written, which is the order of the values (a number as a key, or a key
  // that sorts first in JavaScript, puts them out of step, and the check below finds it).
  let next = 0;
  const walk = (value: unknown, path: FieldPath): boolean => {
    if (path.length >= MAX_FRONT_MATTER_DEPTH) return false;
    if (typeof value === "number") {
      const text = written[next++];
      // Plain digits, as the checks of written values expect a figure, which both readers take for the same number.
      if (text === undefined || !PLAIN_NUMBER.test(text) || !Object.is(Number(text), value)) return false;
      figures.set(pathKey(path), text);
      return true;
    }
    if (Array.isArray(value)) return value.every((item, index) => walk(item, [...path, index]));
    if (value !== null && typeof value === "object") return Object.entries(value).every(([key, item]) => walk(item, [...path, key]));
    return true;
  };
  if (!walk(data, []) || next !== written.length) return undefined;
  return { data: data as Record<string, unknown>, figures };
}
