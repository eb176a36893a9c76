/** Broken content files whose front matter is badly written: see brokenFiles.frontMatterCases.ts for the cases. */
import { describeCases } from "./brokenFiles";
import { frontMatterCases } from "./brokenFiles.frontMatterCases";

describeCases("YAML syntax, no usable front matter and the schema", frontMatterCases);
