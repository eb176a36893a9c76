import * as pagefind from "pagefind";
import type { SearchRecord } from "./records";

/** A Pagefind index being filled while the pages are rendered. */
export interface SearchIndexSession {
  /** Hands Pagefind records built from the data; it indexes them in its own process while rendering goes on. */
  addRecords(records: readonly SearchRecord[]): void;
  /** Hands Pagefind one rendered page that has no record, by its path inside the site folder. */
  addPage(sourcePath: string, html: string): void;
  /** Waits for everything added, writes the index into `<siteDir>/pagefind` and stops Pagefind. */
  finish(siteDir: string): Promise<{ pages: number }>;
}

/**
 * Starts Pagefind so the search page can find indicators and commentary. Records and pages are added during the build,
 * so indexing runs on the second core alongside rendering instead of re-reading the written site afterwards.
 * @example const search = await startSearchIndex(); search.addRecords(records); await search.finish("_site");
 */
export async function startSearchIndex(): Promise<SearchIndexSession> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  }
  const pending: Promise<{ errors: string[] }>[] = [];
  return {
    addRecords(records) {
      for (const { url, title, content } of records) {
        pending.push(index.addCustomRecord({ url, content, language: "en", meta: { title } }));
      }
    },
    addPage(sourcePath, html) {
      pending.push(index.addHTMLFile({ sourcePath, content: html }));
    },
    async finish(siteDir) {
      try {
        const added = await Promise.all(pending);
        const failed = added.flatMap((result) => result.errors);
        if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        return { pages: added.length };
      } finally {
        await pagefind.close();
      }
    },
  };
}
