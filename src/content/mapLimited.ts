/**
 * Runs `work` on every item, at most `limit` at once, and gives the results in the items' order: reading every file of
 * a long archive at once ran out of file handles (EMFILE) at 30,000 files here, and far sooner where the limit is 256.
 * @example await mapLimited(["a.md", "b.md"], 16, (file) => readFile(file, "utf8")) // [text of a.md, text of b.md]
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
