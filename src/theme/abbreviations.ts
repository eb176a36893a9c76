/** One abbreviation the content uses, with its meaning, from data/glossary.json. */
export interface GlossaryEntry {
  term: string;
  meaning: string;
  /** A sentence or two for the glossary page. */
  description?: string;
}

/** Elements whose text is never marked: titles, code, existing abbreviations, links and charts (they have their own names). */
const SKIP = new Set(["head", "title", "abbr", "a", "code", "pre", "svg", "script", "style", "textarea"]);

function escapeAttribute(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Terms in one alternation, longest first so "CSWTs" wins over "CSWT", each only as a whole word and never inside an entity. */
function termsPattern(terms: Iterable<string>): RegExp {
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  // Not straight after "&": the text is HTML, and "quot" in "&quot;" is part of an entity, not a word.
  return new RegExp(`(^|[^\\w/&])(${alternatives})(?![\\w/])`, "g");
}

/**
 * Wraps the first use of each glossary term inside <main> in <abbr title="…">, as WCAG 3.1.4 asks.
 * @example markAbbreviations("<main><p>CIC cases</p></main>", [{ term: "CIC", meaning: "Children in Care" }]) // '<main><p><abbr title="Children in Care">CIC</abbr> cases</p></main>'
 */
export function markAbbreviations(html: string, glossary: readonly GlossaryEntry[]): string {
  const mainStart = html.search(/<main[\s>]/);
  if (mainStart < 0) return html;
  // Terms the page never uses are dropped first, so a long page is scanned only until its own terms are marked.
  const pending = new Map(glossary.filter((entry) => html.includes(entry.term, mainStart)).map((entry) => [entry.term, entry]));
  if (!pending.size) return html;
  const marker = { pattern: termsPattern(pending.keys()) };
  const tags = /<[^>]*>/g;
  tags.lastIndex = mainStart;
  const open: string[] = [];
  let out = "";
  let cursor = mainStart;
  // Stops at </main>, or as soon as every term has been marked: the rest of the page is copied as it is.
  for (let tag = tags.exec(html); tag && pending.size; tag = tags.exec(html)) {
    const text = html.slice(cursor, tag.index);
    out += open.length || !text.trim() ? text : markFirstUses(text, pending, marker);
    out += tag[0];
    cursor = tag.index + tag[0].length;
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag[0])?.[1]?.toLowerCase();
    if (!name) continue;
    const closing = tag[0].startsWith("</");
    if (name === "main" && closing) break;
    if (SKIP.has(name) && !tag[0].endsWith("/>")) {
      if (closing) open.splice(open.lastIndexOf(name), 1);
      else open.push(name);
    }
  }
  return html.slice(0, mainStart) + out + html.slice(cursor);
}

/** Marks, in one run of text, the first use of each term still pending, and takes the marked terms off the list. */
function markFirstUses(text: string, pending: Map<string, GlossaryEntry>, marker: { pattern: RegExp }): string {
  const { pattern } = marker;
  pattern.lastIndex = 0;
  let out = "";
  let cursor = 0;
  let marked = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const term = match[2]!;
    const entry = pending.get(term);
    if (!entry) continue;
    const start = match.index + match[1]!.length;
    out += `${text.slice(cursor, start)}<abbr title="${escapeAttribute(entry.meaning)}">${term}</abbr>`;
    cursor = start + term.length;
    pending.delete(term);
    marked = true;
  }
  if (!marked) return text;
  if (pending.size) marker.pattern = termsPattern(pending.keys());
  return out + text.slice(cursor);
}
