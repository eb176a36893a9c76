/**
 * No module imports itself through others: a cycle means two modules are one concern split badly (as model.ts and
 * history.ts once were), and it makes the order modules load in matter.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/pipeline/listFiles";
import { importsOf } from "../helpers/imports";
import { projectRoot } from "../helpers/project";

const FOLDERS = ["src", "authoring", "tools", "scripts"];

/** The first cycle found by a depth-first walk, as the files around it, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === "done") return undefined;
    if (state.get(file) === "open") return [...trail.slice(trail.indexOf(file)), file];
    state.set(file, "open");
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("imports", () => {
  it("have no cycles in the site, the clerk's tools, the developer's tools or the scripts", async () => {
    const graph = new Map<string, string[]>();
    for (const folder of FOLDERS) {
      for (const file of await listFiles(path.join(projectRoot, folder))) {
        if (!/\.(ts|mjs)$/.test(file) || file.includes("/test/")) continue;
        const full = path.join(projectRoot, folder, file);
        graph.set(full, importsOf(full));
      }
    }
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycle(graph)?.map((file) => path.relative(projectRoot, file))).toBeUndefined();
  });

  it("the search finds a cycle when there is one", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", []],
    ]);
    expect(findCycle(graph)).toEqual(["a", "b", "c", "a"]);
    expect(
      findCycle(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toBeUndefined();
  });
});
