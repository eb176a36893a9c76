import { createHash } from "node:crypto";
import { open, readFile, rename, rm } from "node:fs/promises";

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

/** Marks a verified file, and says which layout it has. */
const MAGIC = Buffer.from("SCV1");
const DIGEST_BYTES = 32;

/**
 * Writes a cache or state file whole (write and rename), with a SHA-256 of its contents at its head, so that a file
 * torn by a full disk or a crash is recognised when read back, never used.
 * @example await writeVerified(".cache/committee-scorecards/site-3f9a.css", css)
 */
export async function writeVerified(file: string, data: string | Uint8Array): Promise<void> {
  const payload = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  await writeFileAtomic(file, Buffer.concat([MAGIC, createHash("sha256").update(payload).digest(), payload]));
}

/**
 * Reads a file written by writeVerified; undefined when it is missing, torn or altered (and then it is deleted).
 * @example (await readVerified(file))?.toString("utf8")
 */
export async function readVerified(file: string): Promise<Buffer | undefined> {
  const whole = await readFile(file).catch(() => undefined);
  if (!whole) return undefined;
  const payload = whole.subarray(MAGIC.length + DIGEST_BYTES);
  const intact =
    whole.length >= MAGIC.length + DIGEST_BYTES &&
    whole.subarray(0, MAGIC.length).equals(MAGIC) &&
    whole.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES).equals(createHash("sha256").update(payload).digest());
  if (intact) return payload;
  await rm(file, { force: true });
  return undefined;
}
