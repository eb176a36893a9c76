/** Where a front matter field is written in its file, so a problem can point at the line and column a clerk must change. */
import type { Document } from "yaml";
import { yamlLibrary } from "./yamlLibrary";

export type FieldPath = readonly (string | number)[];

/** A 1-based line and column in a file, as an editor counts them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Renders a field path as a clerk reads it.
 * @example fieldName(["trend", 1, "result"]) // "trend[1].result"
 */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part), "");
}

/**
 * Offset of the deepest node on the path that exists: the value itself, or its key when the value is empty.
 * @example valueStart(parseDocument("id: x\n"), ["id"]) // 4
 */
export function valueStart(doc: Document, path: FieldPath): number {
  const { isNode, isScalar } = yamlLibrary();
  if (path.length === 0) return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range && !(isScalar(node) && node.value === null)) return node.range[0];
  return keyStart(doc, path) ?? valueStart(doc, path.slice(0, -1));
}

/**
 * Offset of a field's name, when the field is there.
 * @example keyStart(parseDocument("id: x\n"), ["id"]) // 0
 */
export function keyStart(doc: Document, path: FieldPath): number | undefined {
  const { isMap, isNode, isPair, isScalar } = yamlLibrary();
  const parent = doc.getIn(path.slice(0, -1), true) ?? (path.length === 1 ? doc.contents : undefined);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isNode(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/**
 * A single value's text exactly as written in the YAML, quotes and all.
 * @example writtenText(parseDocument('id: "x"\n'), 'id: "x"\n', ["id"]) // '"x"'
 */
export function writtenText(doc: Document, yaml: string, path: FieldPath): string | undefined {
  const { isScalar } = yamlLibrary();
  const node = doc.getIn(path, true);
  return isScalar(node) && node.range ? yaml.slice(node.range[0], node.range[1]) : undefined;
}

/**
 * A path as a schema library reports it, without the symbols no file can hold.
 * @example fieldPath(["trend", 1, "result"]) // ["trend", 1, "result"]
 */
export function fieldPath(path: readonly PropertyKey[]): FieldPath {
  return path.filter((p): p is string | number => typeof p !== "symbol");
}

/**
 * A path as a key for a Map or Set, where two equal paths are one key.
 * @example pathKey(["trend", 1]) // '["trend",1]'
 */
export function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}
