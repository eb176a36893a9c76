import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * The example councils beside the sample: every folder under examples/ holding a data/site.json, in name order.
 * @example await exampleProjects("/work/main") // ["/work/main/examples/northmoor-unitary", "/work/main/examples/riverside-district"]
 */
export async function exampleProjects(toolRoot: string): Promise<string[]> {
  const examples = path.join(toolRoot, "examples");
  const names = (await readdir(examples).catch(() => [] as string[])).sort();
  const found: string[] = [];
  for (const name of names) {
    const dir = path.join(examples, name);
    if (await stat(path.join(dir, "data", "site.json")).catch(() => undefined)) found.push(dir);
  }
  return found;
}
