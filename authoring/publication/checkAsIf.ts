import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadScorecards } from "../../src/pipeline/loadScorecards";

/**
 * Runs the data step on a copy of the project's content with some files written and some removed, and throws its
 * problems (ContentProblems) if it fails: a tool checks the content as it will be before it changes anything.
 * @example await checkAsIf(root, { write: { "content/published.lock.json": text }, remove: ["content/meetings/2017-09-07-cype"] })
 */
export async function checkAsIf(projectRoot: string, changes: { write?: Record<string, string>; remove?: string[] }): Promise<void> {
  const trial = await mkdtemp(path.join(tmpdir(), "scorecards-check-"));
  try {
    await cp(path.join(projectRoot, "content"), path.join(trial, "content"), { recursive: true });
    // The site's data too: its owner roles decide which fields an indicator file may have.
    await cp(path.join(projectRoot, "data"), path.join(trial, "data"), { recursive: true });
    for (const name of changes.remove ?? []) await rm(path.join(trial, name), { recursive: true, force: true });
    for (const [name, text] of Object.entries(changes.write ?? {})) await writeFile(path.join(trial, name), text);
    await loadScorecards(trial);
  } finally {
    await rm(trial, { recursive: true, force: true });
  }
}
