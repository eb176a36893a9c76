import { isMap, isSeq, parseDocument } from "yaml";
import type { TrendRowFrontMatter } from "../../src/content/schema";
import { trendRowText } from "./serialise";

/**
 * The indicator file with some trend rows replaced and others added after the last, every other character as it was:
 * the clerk's `#` notes, spacing and field order are kept. Undefined when the trend cannot be edited in place (it is
 * not a list of mappings), so the caller writes the file afresh.
 * Figures are written at `decimals`, targets at `targetDecimals` (the indicator's targetDecimalPlaces, when it has one).
 * @example editTrend(text, { 3: { period: "2017-07", result: 76 } }, [], 1) // the file with row [3] filled in
 */
export function editTrend(
  text: string,
  replaced: Readonly<Record<number, TrendRowFrontMatter>>,
  added: readonly TrendRowFrontMatter[],
  decimals: number,
  targetDecimals = decimals,
): string | undefined {
  const content = text.replace(/\r\n?/g, "\n");
  const open = content.indexOf("\n") + 1;
  const close = content.indexOf("\n---", open - 1);
  if (!content.startsWith("---") || close === -1) return undefined;
  const yamlStart = open;
  const yaml = content.slice(yamlStart, close + 1);
  const doc = parseDocument(yaml);
  const trend = doc.get("trend", true);
  if (doc.errors.length || !isSeq(trend) || !trend.items.every((item) => isMap(item) && item.range)) return undefined;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const [index, row] of Object.entries(replaced)) {
    const item = trend.items[Number(index)];
    if (!isMap(item) || !item.range) return undefined;
    edits.push({ from: item.range[0], to: item.range[1], text: trendRowText(row, decimals, targetDecimals) });
  }
  if (added.length) {
    const last = trend.items.at(-1);
    if (!isMap(last) || !last.range) return undefined;
    // New rows go on their own lines after the last row, indented as it is.
    const lineStart = yaml.lastIndexOf("\n", last.range[0] - 1) + 1;
    const indent = /^\s*/.exec(yaml.slice(lineStart))![0];
    const lineEnd = yaml.indexOf("\n", last.range[1] - 1);
    const at = lineEnd === -1 ? yaml.length : lineEnd;
    edits.push({ from: at, to: at, text: added.map((row) => `\n${indent}- ${trendRowText(row, decimals, targetDecimals)}`).join("") });
  }
  let edited = yaml;
  for (const edit of edits.sort((a, b) => b.from - a.from)) edited = edited.slice(0, edit.from) + edit.text + edited.slice(edit.to);
  return content.slice(0, yamlStart) + edited + content.slice(close + 1);
}
