import { ContentProblems, type Problem } from "../content/problems";
import { RATING_SCHEME_FILE } from "../content/ratingSchemeFile";
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
  // A build that has read data/ already (to start the stylesheet early) passes what it read.
  const { siteConfig, glossary, problems: siteProblems } = options.siteData ?? (await readSiteData(projectRoot));
  // The content's ratings are the scheme's words: checked against a scheme with problems, every rating would be one too.
  if (siteProblems.some((problem) => problem.file === RATING_SCHEME_FILE)) {
    throw new ContentProblems([
      ...siteProblems,
      {
        file: "content/meetings",
        line: 1,
        column: 1,
        field: "",
        message: `not checked yet: its ratings are the statuses ${RATING_SCHEME_FILE} sets, which has the problems above`,
        hint: `fix ${RATING_SCHEME_FILE} first, then run the check again`,
      },
    ]);
  }
  let site: Scorecards | undefined;
  try {
    site = await loadScorecards(projectRoot, options);
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    problems.push(...error.problems);
  }
  problems.push(...siteProblems);
  if (problems.length || !site || !siteConfig || !glossary) throw new ContentProblems(problems);
  return { scorecards: site, siteConfig, glossary };
}
