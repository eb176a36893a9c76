import { createHash } from "node:crypto";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { linkTree } from "../pipeline/linkTree";
import { TOOL_ROOT } from "../pipeline/toolRoot";
import type { SearchBundle } from "./records";

/** The bundles a site has, by name, each with a hash of what it was written from. */
export type BundleHashes = Record<string, string>;

/**
 * A hash of a bundle's records and of the version of everything else (packages included, so a new Pagefind too).
 * @example bundleHash({ name: "pagefind-2017", records }, pageVersion) // "5e0b…"
 */
export function bundleHash(bundle: SearchBundle, version: string): string {
  return createHash("sha256").update(version).update("\0").update(JSON.stringify(bundle)).digest("hex");
}

/**
 * Writes the Pagefind bundles into `siteDir`, each in the folder of its name. A bundle the previous site has, written
 * from the same records under the same page version, is linked from there instead. Pagefind runs in a worker thread
 * and its own process, so a build starts this before rendering and awaits it after.
 * @example await writeSearchIndex(searchBundles(site, glossary), staging, { version, previousSite: "_site", previousHashes }) // { hashes, written: 1, reused: 9 }
 */
export async function writeSearchIndex(
  bundles: readonly SearchBundle[],
  siteDir: string,
  reuse?: { version: string; previousSite: string; previousHashes: BundleHashes },
): Promise<{ hashes: BundleHashes; written: number; reused: number }> {
  const hashes: BundleHashes = Object.fromEntries(bundles.map((bundle) => [bundle.name, bundleHash(bundle, reuse?.version ?? "")]));
  const reused = bundles.filter((bundle) => reuse && reuse.previousHashes[bundle.name] === hashes[bundle.name]);
  const fresh = bundles.filter((bundle) => !reused.includes(bundle));
  await Promise.all([
    ...reused.map((bundle) => linkTree(path.join(reuse!.previousSite, bundle.name), path.join(siteDir, bundle.name))),
    fresh.length ? indexInWorker(fresh, siteDir) : undefined,
  ]);
  return { hashes, written: fresh.length, reused: reused.length };
}

function indexInWorker(bundles: readonly SearchBundle[], siteDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Each bundle as its JSON's bytes, handed over rather than copied: the worker reads one at a time and lets it go,
    // where a copy of every record stayed in its memory to the end.
    const encoded = bundles.map((bundle) => new TextEncoder().encode(JSON.stringify(bundle)));
    const worker = new Worker(path.join(TOOL_ROOT, "src", "search", "searchIndexWorker.mjs"), {
      workerData: { bundles: encoded, siteDir },
      transferList: encoded.map((bytes) => bytes.buffer),
    });
    let done = false;
    worker.once("message", () => (done = true));
    worker.once("error", reject);
    worker.once("exit", (code) => (done ? resolve() : reject(new Error(`The search index worker stopped (exit code ${code}) before writing the index`))));
  });
}
