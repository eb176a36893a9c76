/** A markdown file split into its YAML front matter and its body, with where each starts. */
export interface SplitFile {
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  body: string;
}

/**
 * Splits "---\nyaml\n---\nbody"; undefined when the file does not open with a front matter block.
 * Windows (CRLF) and old Mac (CR) line ends are read as line ends too, and come back as "\n".
 * @example splitFrontMatter("---\nid: x\n---\nHello") // { yaml: "id: x\n", yamlLine: 2, body: "Hello" }
 */
export function splitFrontMatter(text: string): SplitFile | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[0]?.trimEnd() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close === -1) return undefined;
  return {
    yaml: lines.slice(1, close).join("\n") + "\n",
    yamlLine: 2,
    body: lines
      .slice(close + 1)
      .join("\n")
      .replace(/^\n+/, ""),
  };
}
