// Plain JavaScript because it runs in a worker thread, where the TypeScript loader is not installed.
// Sass is loaded here, and its compiler (Dart Sass, native, in a process of its own: a seventh of the time of the
// JavaScript build of it) started, so the stylesheet compiles on the second core while the content is read and rated.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

/** @type {{ source: string, variables: string, loadPaths: string[] }} */
const { source, variables, loadPaths } = workerData;
const sass = createRequire(import.meta.url)("sass-embedded");
const result = sass.compileString(source, {
  // Partials read the palette with `@use "theme"`; Sass modules cannot see the entry file's variables.
  importers: [{ canonicalize: (url) => (url === "theme" ? new URL("theme:palette") : null), load: () => ({ contents: variables, syntax: "scss" }) }],
  loadPaths,
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
parentPort?.postMessage(result.css);
