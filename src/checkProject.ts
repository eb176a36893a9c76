import { ContentProblems, type Problem } from "./content/problems";
import { loadSite } from "./loadSite";
import type { Site } from "./scorecard/model";
import { readSiteData } from "./site/siteData";

/**
 * Everything `npm run check` and `npm run build` check before building: the content, and the site's own
 * configuration and glossary in data/. Throws ContentProblems with every problem in every file.
 * @example const site = await checkProject(process.cwd());
 */
export async function checkProject(projectRoot: string): Promise<Site> {
  const problems: Problem[] = [];
  let site: Site | undefined;
  try {
    site = await loadSite(projectRoot);
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...(await readSiteData(projectRoot)).problems);
  if (problems.length || !site) throw new ContentProblems(problems);
  return site;
}
