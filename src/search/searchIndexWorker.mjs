// Plain JavaScript because it runs in a worker thread, where the TypeScript loader is not installed.
// Pagefind is driven from its own thread so its messages keep flowing while the main thread renders pages.
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

/** @type {{ records: { url: string, title: string, content: string }[], outputPath: string }} */
const { records, outputPath } = workerData;
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await Promise.all(
    records.map(({ url, title, content }) => index.addCustomRecord({ url, content, language: "en", meta: { title } })),
  );
  const failed = added.flatMap((result) => result.errors);
  if (failed.length) throw new Error(`Pagefind could not index the site: ${failed.join("; ")}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  parentPort?.postMessage({ records: records.length });
} finally {
  await pagefind.close();
}
