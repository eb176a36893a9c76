// Plain JavaScript because it runs in a worker thread, where the TypeScript loader is not installed.
// Pagefind is driven from its own thread so its messages keep flowing while the main thread renders pages.
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

/** @type {{ bundles: (Uint8Array | undefined)[], siteDir: string }} */
const { bundles, siteDir } = workerData;

let next = 0;
/** The next bundle, read from its JSON's bytes, which are then let go; undefined when there are none left. */
function nextBundle() {
  const bytes = bundles[next];
  if (!bytes) return undefined;
  bundles[next++] = undefined;
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** @param {{ name: string, records: { url: string, title: string, content: string }[] }} bundle */
async function writeBundle({ name, records }) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await Promise.all(records.map(({ url, title, content }) => index.addCustomRecord({ url, content, language: "en", meta: { title } })));
  const failed = added.flatMap((result) => result.errors);
  if (failed.length) throw new Error(`Pagefind could not index ${name}: ${failed.join("; ")}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/${name}` });
  if (written.errors.length) throw new Error(`Pagefind could not write ${name}: ${written.errors.join("; ")}`);
}

// Bundles indexed at once: every year of a long archive at once held all its records in this thread and in Pagefind's.
// (mapLimited.ts does the same for the TypeScript code; this thread cannot load TypeScript.)
const AT_ONCE = 2;

try {
  const count = bundles.length;
  await Promise.all(
    Array.from({ length: Math.min(AT_ONCE, count) }, async () => {
      for (let bundle = nextBundle(); bundle; bundle = nextBundle()) await writeBundle(bundle);
    }),
  );
  parentPort?.postMessage({ bundles: count });
} finally {
  await pagefind.close();
}
