import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./fixtures/heldCharts.ts", import.meta.url));

describe("a drawn chart held in the model", () => {
  // Every meeting's charts are held until its pages are rendered: markup kept as a tree of `+=` pieces took 5 to 6 times
  // its size, 0.4 GB of a build at 480 meetings.
  it("takes little more heap than its markup", () => {
    const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", script], { encoding: "utf8" });
    const { heapPerMarkupByte, charts } = JSON.parse(output) as { heapPerMarkupByte: number; charts: number };
    expect(charts).toBe(300);
    expect(heapPerMarkupByte).toBeLessThan(2);
  });
});
