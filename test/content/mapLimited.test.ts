import { setTimeout as wait } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { mapLimited } from "../../src/content/mapLimited";

describe("mapLimited", () => {
  it("gives every result in the items' order, with never more than the limit at work at once", async () => {
    let atWork = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, index) => index);
    const results = await mapLimited(items, 4, async (item) => {
      atWork += 1;
      most = Math.max(most, atWork);
      // The later items finish first, so the order of results is not the order of finishing.
      await wait(50 - item);
      atWork -= 1;
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
    expect(most).toBe(4);
  });

  it("gives an empty list for no items, and passes on a failure", async () => {
    expect(await mapLimited([], 8, async () => 1)).toEqual([]);
    await expect(mapLimited([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error("EMFILE")) : item))).rejects.toThrow("EMFILE");
  });
});
