import * as pagefind from "pagefind";
import type { SearchRecord } from "./records";

/**
 * Writes the Pagefind index of the given records into `<siteDir>/pagefind`. Pagefind indexes and writes in its own
 * process, so a build starts this before rendering and awaits it after: the index costs the build almost no time.
 * @example await writeSearchIndex(searchRecords(site, glossary), "_site") // { records: 19 }
 */
export async function writeSearchIndex(records: readonly SearchRecord[], siteDir: string): Promise<{ records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await Promise.all(
      records.map(({ url, title, content }) => index.addCustomRecord({ url, content, language: "en", meta: { title } })),
    );
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}
