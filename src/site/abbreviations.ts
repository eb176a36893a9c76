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

/** Each term's pattern, built once per glossary rather than once per page and text run. */
const patterns = new WeakMap<readonly GlossaryEntry[], (GlossaryEntry & { pattern: RegExp })[]>();
function compiled(glossary: readonly GlossaryEntry[]): (GlossaryEntry & { pattern: RegExp })[] {
  let entries = patterns.get(glossary);
  if (!entries) {
    entries = glossary.map((entry) => ({ ...entry, pattern: new RegExp(`(^|[^\\w/])(${escapeRegExp(entry.term)})(?![\\w/])`) }));
    patterns.set(glossary, entries);
  }
  return entries;
}

/**
 * Wraps the first use of each glossary term inside <main> in <abbr title="…">, as WCAG 3.1.4 asks.
 * @example markAbbreviations("<main><p>CIC cases</p></main>", [{ term: "CIC", meaning: "Children in Care" }]) // '<main><p><abbr title="Children in Care">CIC</abbr> cases</p></main>'
 */
export function markAbbreviations(html: string, glossary: readonly GlossaryEntry[]): string {
  const pending = new Map(compiled(glossary).map((entry) => [entry.term, entry]));
  if (!pending.size) return html;
  const parts = html.split(/(<[^>]*>)/);
  const open: string[] = [];
  let inMain = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith("<")) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(part);
      if (!tag) continue;
      const name = tag[1]!.toLowerCase();
      const closing = part.startsWith("</");
      if (name === "main") inMain = !closing;
      if (SKIP.has(name) && !part.endsWith("/>")) {
        if (closing) open.splice(open.lastIndexOf(name), 1);
        else open.push(name);
      }
      continue;
    }
    if (!inMain || open.length || !part.trim() || !pending.size) continue;
    let text = part;
    for (const [term, entry] of pending) {
      const match = entry.pattern.exec(text);
      if (!match) continue;
      const start = match.index + match[1]!.length;
      const replacement = `<abbr title="${escapeAttribute(entry.meaning)}">${term}</abbr>`;
      text = text.slice(0, start) + replacement + text.slice(start + term.length);
      pending.delete(term);
    }
    parts[i] = text;
  }
  return parts.join("");
}
