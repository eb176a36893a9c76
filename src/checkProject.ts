import { ContentProblems, type Problem } from "./content/problems";
import { loadSite, type LoadOptions } from "./loadSite";
import type { Site } from "./scorecard/model";
import { readSiteData, type Glossary, type SiteConfig } from "./site/siteData";

/** Everything a build renders: the scorecards and the site's own settings and glossary. */
export interface ProjectData {
  site: Site;
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
  let site: Site | undefined;
  try {
    site = await loadSite(projectRoot, options);
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    problems.push(...error.problems);
  }
  // A build that has read data/ already (to start the stylesheet early) passes what it read.
  const { siteConfig, glossary, problems: siteProblems } = options.siteData ?? (await readSiteData(projectRoot));
  problems.push(...siteProblems);
  if (problems.length || !site || !siteConfig || !glossary) throw new ContentProblems(problems);
  return { site, siteConfig, glossary };
}
