import { Worker } from "node:worker_threads";
import type { SearchRecord } from "./records";

/**
 * Writes the Pagefind index of the given records into `<siteDir>/pagefind`. Pagefind runs in a worker thread and
 * its own process, so a build starts this before rendering and awaits it after: the index costs it almost no time.
 * @example await writeSearchIndex(searchRecords(site, glossary), "_site") // { records: 19 }
 */
export function writeSearchIndex(records: readonly SearchRecord[], siteDir: string): Promise<{ records: number }> {
  return new Promise((resolve, reject) => {
    let result: { records: number } | undefined;
    const worker = new Worker(new URL("./searchIndexWorker.mjs", import.meta.url), {
      workerData: { records, outputPath: `${siteDir}/pagefind` },
    });
    worker.once("message", (message: { records: number }) => (result = message));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`The search index worker stopped (exit code ${code}) before writing the index`))));
  });
}
