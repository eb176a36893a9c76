// `npm run schema [-- --project <folder>]`: writes the editor JSON Schemas into <project>/schemas/ from the TypeScript
// schema (never edit them by hand), with the owner roles the project's data/site.json names and the statuses its
// data/ratings.json sets. Without --project, this
// tool's own schemas/ for its built-in sample.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readArgs } from "../authoring/import/cli";
import { shownPath } from "../authoring/import/writeFolder";
import { frontMatterJsonSchemas } from "../src/content/jsonSchema";
import { readOwnerRoles } from "../src/content/ownerRoles";
import { readRatingScheme } from "../src/content/ratingSchemeFile";
import { projectFolderOrExit } from "../src/pipeline/projectFolder";

const USAGE =
  "usage: npm run schema -- [--project <folder>]\n" +
  "  --project: the folder holding content/ and data/site.json whose schemas/ to write (default: this tool's own sample)";
const args = readArgs(process.argv.slice(2), { project: { type: "string" } });
if ("error" in args || args.positionals.length) {
  console.error("error" in args ? `${args.error}\n${USAGE}` : USAGE);
  process.exit(2);
}
const projectRoot = await projectFolderOrExit(args.values.project);
const ownerRoles = await readOwnerRoles(projectRoot);
const schemas = frontMatterJsonSchemas(
  ownerRoles.map((role) => role.field),
  await readRatingScheme(projectRoot),
);
await mkdir(path.join(projectRoot, "schemas"), { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const file = path.join(projectRoot, "schemas", `${name}.schema.json`);
  await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote ${shownPath(file)}`);
}
