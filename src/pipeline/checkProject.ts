import { ContentProblems, type Problem } from "../content/problems";
import { loadScorecards, type LoadOptions } from "./loadScorecards";
import type { Scorecards } from "../scorecard/model";
import { readSiteData, type Glossary, type SiteConfig } from "../theme/siteData";

/** Everything a build renders: the scorecards and the site's own settings and glossary. */
export interface ProjectData {
  scorecards: Scorecards;
  siteConfig: SiteConfig;
  glossary: Glossary;
}

/**
 * Everything `npm run check` and `npm run build` check before building: the content, and the site's own
 * configuration and glossary in data/. Throws ContentProblems with every problem in every file.
 * @example const { site } = await checkProject(process.cwd());
 */
export async function checkProject(
  projectRoot: string,
  options: LoadOptions & { siteData?: Awaited<ReturnType<typeof readSiteData>> } = {},
): Promise<ProjectData> {
  const problems: Problem[] = [];
  let site: Scorecards | undefined;
  try {
    site = await loadScorecards(projectRoot, options);
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    problems.push(...error.problems);
  }
  // A build that has read data/ already (to start the stylesheet early) passes what it read.
  const { siteConfig, glossary, problems: siteProblems } = options.siteData ?? (await readSiteData(projectRoot));
  problems.push(...siteProblems);
  if (problems.length || !site || !siteConfig || !glossary) throw new ContentProblems(problems);
  return { scorecards: site, siteConfig, glossary };
}
