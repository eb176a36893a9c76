import path from "node:path";
import { ContentProblems } from "./content/problems";
import { readMeetings } from "./content/readContent";
import { checkPublication } from "./publication/checkPublication";
import { readLock } from "./publication/lock";
import { buildSite } from "./scorecard/buildSite";
import type { Site } from "./scorecard/model";

/**
 * The data step: reads, checks, rates and formats every meeting under `<root>/content/meetings`.
 * Throws ContentProblems listing every problem in every file when anything is wrong.
 * @example const site = await loadSite(process.cwd());
 */
export async function loadSite(projectRoot: string): Promise<Site> {
  const { meetings, problems } = await readMeetings(path.join(projectRoot, "content", "meetings"), projectRoot);
  const built = buildSite(meetings);
  const all = [...problems, ...built.problems, ...checkPublication(meetings, await readLock(projectRoot))];
  if (all.length || !built.site) throw new ContentProblems(all);
  return built.site;
}
