/** A draft copy of the test-only council (test/fixtures/councils/riverside), for tests that edit its files. */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const RIVERSIDE = path.resolve(import.meta.dirname, "../fixtures/councils/riverside");
export const RIVERSIDE_MEETING = "content/meetings/2024-02-15-performance";

/**
 * A copy of the fixture with its meeting back in draft and an empty lock, so each edit is checked as content, not as
 * a change to the public record. The caller removes the folder.
 * @example const root = await draftRiverside("scorecards-rules-");
 */
export async function draftRiverside(prefix: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  await cp(RIVERSIDE, root, { recursive: true });
  const meeting = path.join(root, RIVERSIDE_MEETING, "meeting.md");
  await writeFile(meeting, (await readFile(meeting, "utf8")).replace("status: published", "status: draft"));
  await writeFile(path.join(root, "content/published.lock.json"), "{}\n");
  return root;
}
