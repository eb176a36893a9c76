import { open, rename, rm } from "node:fs/promises";

/**
 * Writes a file so that it is either the old one or the new one whole, never a torn mix: the data goes to a private
 * name beside it, is flushed to disk, and is renamed into place.
 * @example await writeFileAtomic("content/published.lock.json", text)
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
