import MarkdownIt from "markdown-it";
import type { Problem } from "../content/problems";
import type { SourceFile } from "../content/yamlSource";

/**
 * Commentary is written by clerks and pasted from Word and email, so the renderer is strict:
 * - raw HTML is never passed through (`html: false`): tags, comments and event attributes come out as visible text;
 * - links go only to http(s) addresses, mailto: addresses and relative paths (see isSafeLink); any other link,
 *   autolink or reference definition is left as the plain text it was written as;
 * - images are not shown: the site's Content-Security-Policy (`img-src 'self'`) would block any from elsewhere,
 *   and commentary is text, so an image is rendered as its alt text.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = isSafeLink;
markdown.renderer.rules.image = (tokens, index, options, env, renderer) =>
  markdown.utils.escapeHtml(renderer.renderInlineAsText(tokens[index]!.children ?? [], options, env));

/**
 * Whether a link destination (already normalised by markdown-it) may become a link: http(s) and mailto addresses,
 * and relative paths. No other scheme (javascript:, data:, vbscript:, file:, …), nothing that only looks relative
 * but names a scheme or a host (`java%09script:x`, `//evil.example`, `/\evil.example`).
 * @example isSafeLink("https://www.kent.gov.uk/") // true
 * @example isSafeLink("javascript:alert(1)") // false
 */
export function isSafeLink(url: string): boolean {
  const link = url.trim();
  if (/^https?:\/\/[^/\\]/i.test(link)) return true;
  if (/^mailto:[^/\\]/i.test(link)) return true;
  // Protocol-relative: browsers read "//host", "\\host", "/\host" (and their %5C forms) as another site.
  if (/^(?:[/\\]|%5c){2}/i.test(link)) return false;
  // Any colon before the path, query or fragment starts names a scheme (or could, once a browser decodes it).
  const firstSegment = link.split(/[/?#]/)[0]!;
  return !firstSegment.includes(":") && !/%3a/i.test(firstSegment);
}

/**
 * Commentary or a covering note as HTML and as plain text (for the search index), from one parse.
 * @example renderMarkdownAndText("Hello *there*") // { html: "<p>Hello <em>there</em></p>\n", text: "Hello there" }
 */
export function renderMarkdownAndText(source: string): { html: string; text: string } {
  const env = {};
  const tokens = markdown.parse(source, env);
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    blocks.push(
      markdown.renderer
        .renderInlineAsText(token.children ?? [], markdown.options, env)
        .replace(/\s+/g, " ")
        .trim(),
    );
  }
  return { html: markdown.renderer.render(tokens, markdown.options, env), text: blocks.join("\n") };
}

/**
 * A line that opens a code block with words after the ``` or ~~~: markdown takes those words as the block's
 * language and shows none of them, so a sentence there would silently vanish from the page.
 * @example fenceProblems(source) // [{ line: 31, field: "commentary", message: 'opens a code block with "```Note: figures…"…' }]
 */
export function fenceProblems(source: Pick<SourceFile, "file" | "body" | "bodyLine">, field = "commentary"): Problem[] {
  return source.body.split("\n").flatMap((line, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*(\S.*)$/.exec(line);
    if (!fence) return [];
    return [
      {
        file: source.file,
        line: source.bodyLine + index,
        column: line.indexOf(fence[1]!) + 1,
        field,
        message: `opens a code block with ${fence[1]} and the words after it ("${fence[2]!.slice(0, 40)}") would not be shown`,
        hint: `commentary needs no code blocks: delete the ${fence[1]}, or put the words on a line of their own`,
      },
    ];
  });
}
