/**
 * The text of a committee paper as extracted from its PDF, cleaned of the PDF's artefacts but keeping every line's
 * number, so anything the importer cannot read is reported at the line a clerk sees in the file.
 */
import { markdownText } from "./serialise";

/** One line of the paper: its 1-based number in the file and its text, "" for a line with nothing to read. */
export interface Line {
  n: number;
  text: string;
}

/** Page furniture the PDF repeats: blank-page notices and lone page numbers ("3", "Page 3", "Page 3 of 16"). */
const FURNITURE = [/^this page is intentionally left blank\.?$/i, /^\d{1,3}$/, /^page \d{1,3}(?: of \d{1,3})?$/i];

/**
 * Splits the paper into lines. Lines holding only spaces (a PDF's stray spaces) and page furniture become empty;
 * trailing spaces go, but trailing tabs stay, since they are a table row's blank last cells.
 * @example paperLines("Red\n \n3\nTarget\t80%") // [{ n: 1, text: "Red" }, { n: 2, text: "" }, { n: 3, text: "" }, { n: 4, text: "Target\t80%" }]
 */
export function paperLines(text: string): Line[] {
  const content = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return content.split(/\r?\n/).map((raw, index) => {
    const trimmed = raw.replace(/[ \u00a0\r]+$/, "");
    const bare = trimmed.trim();
    const text = bare === "" || FURNITURE.some((pattern) => pattern.test(bare)) ? "" : trimmed;
    return { n: index + 1, text };
  });
}

/** Consecutive non-empty lines: a paragraph, or a block such as a table. */
export function blocks(lines: readonly Line[]): Line[][] {
  const result: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text === "") {
      if (current.length) result.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) result.push(current);
  return result;
}

const BULLET = /^\s*[•●▪◦‣·*–-]\s+/;

/** A paragraph ends a sentence when its last character is terminal punctuation, perhaps followed by a closing quote or bracket. */
const TERMINAL = /[.!?:;]["'”’)\]]*$/;

/**
 * Paragraphs of running text as markdown, repairing the PDF's line wraps and page breaks:
 *
 * - the lines of one paragraph are joined with a space;
 * - a paragraph that ends without terminal punctuation was cut by a page break, and joins the next with a space
 *   ("… will improve to" + "achieve previous levels." → "… will improve to achieve previous levels.");
 * - lines opening with a bullet (•, -, …) become a markdown list.
 *
 * @example paragraphs(lines) // ["First paragraph.", "Second paragraph."]
 */
export function paragraphs(lines: readonly Line[]): string[] {
  interface Paragraph {
    text: string;
    items?: string[];
  }
  const result: Paragraph[] = [];
  let open = false;
  for (const block of blocks(lines)) {
    const isList = BULLET.test(block[0]!.text);
    if (isList) {
      const items: string[] = [];
      for (const line of block) {
        if (BULLET.test(line.text) || items.length === 0) items.push(line.text.replace(BULLET, "").trim());
        else items[items.length - 1] += ` ${line.text.trim()}`;
      }
      result.push({ text: "", items });
      open = false;
      continue;
    }
    const text = block
      .map((line) => line.text.trim())
      .join(" ")
      .replace(/\s+/g, " ");
    const last = result.at(-1);
    if (open && last && !last.items) last.text += ` ${text}`;
    else result.push({ text });
    open = !TERMINAL.test(result.at(-1)!.text);
  }
  return result.map((paragraph) => (paragraph.items ? paragraph.items.map((item) => `- ${markdownText(item)}`).join("\n") : markdownText(paragraph.text)));
}

/** Splits a table row at its tabs. */
export function cells(line: Line): string[] {
  return line.text.split("\t").map((cell) => cell.trim());
}
