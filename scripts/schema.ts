// `npm run schema`: writes the editor JSON Schemas in schemas/ from the TypeScript schema (never edit them by hand).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { frontMatterJsonSchemas } from "../src/content/jsonSchema";

const projectRoot = path.resolve(import.meta.dirname, "..");
const schemas = frontMatterJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  const file = path.join(projectRoot, "schemas", `${name}.schema.json`);
  await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Wrote ${path.relative(projectRoot, file)}`);
}
