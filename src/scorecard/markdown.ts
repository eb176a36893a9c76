import MarkdownIt from "markdown-it";

/** Raw HTML is never passed through: commentary is written by clerks and pasted from Word and email. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * Commentary or a covering note as HTML.
 * @example renderMarkdown("Hello *there*") // "<p>Hello <em>there</em></p>\n"
 */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
