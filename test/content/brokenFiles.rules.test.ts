/** Broken content files whose front matter breaks the content's rules: see brokenFiles.ruleCases.ts for the cases. */
import { describeCases } from "./brokenFiles";
import { ruleCases } from "./brokenFiles.ruleCases";

describeCases("bandings, ids, scorecards, dates, folders, periods, figures and ratings", ruleCases);
