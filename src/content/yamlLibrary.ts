import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let library: typeof Yaml | undefined;

/**
 * The positional YAML library, loaded the first time a file needs it: front matter is read the quick way
 * (quickYaml.ts), so a build or check of valid content never does, and is spared loading it.
 * @example yamlLibrary().parseDocument("id: x\n").get("id") // "x"
 */
export function yamlLibrary(): typeof Yaml {
  library ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return library;
}
