/** Hostile content files: YAML, front matter, folders, ids and invisible characters. The cases are in corpus.frontMatterCases.ts, the check in failing.ts. */
import { describeFailing } from "./failing";
import { frontMatterCases } from "./corpus.frontMatterCases";

describeFailing("YAML, front matter, folders, ids and invisible characters", frontMatterCases);
