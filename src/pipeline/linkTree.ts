import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Recreates a folder's files elsewhere as hard links (copies where the file system cannot link), so a new build can
 * take files from the previous one without touching them.
 * @example await linkTree("_site/meetings/2017-09-07-cype", "._site-build-x/meetings/2017-09-07-cype")
 */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      if (entry.isFile()) await linkFile(source, target);
    }),
  );
}

/**
 * One file as a hard link to another (a copy where the file system cannot link); its folder must exist.
 * @example await linkFile("_site/indicators/cin-plans/2010s/index.html", "._site-build-x/indicators/cin-plans/2010s/index.html")
 */
export async function linkFile(source: string, target: string): Promise<void> {
  await link(source, target).catch((error: NodeJS.ErrnoException) => {
    // Some file systems (and some mounts) cannot hard-link; a copy is slower but just as correct.
    if (["EXDEV", "EPERM", "ENOTSUP", "EMLINK"].includes(error.code ?? "")) return copyFile(source, target);
    throw error;
  });
}
