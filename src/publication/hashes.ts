import { createHash } from "node:crypto";

/**
 * A hash of one file's text, line ends normalised as for the whole meeting.
 * @example hashFile("---\nid: x\n") // "5d41…"
 */
export function hashFile(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n/g, "\n")).digest("hex");
}

/**
 * A hash of a meeting's files, by name and content, that changes when any of them changes.
 * Line ends are normalised so a checkout on Windows does not look like an edit.
 * @example hashMeetingFiles([{ name: "meeting.md", text: "---\n..." }]) // "9f2c…"
 */
export function hashMeetingFiles(files: readonly { name: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(file.name).update("\0").update(file.text.replace(/\r\n/g, "\n")).update("\0");
  }
  return hash.digest("hex");
}
