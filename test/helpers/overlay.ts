/**
 * Fixture cases kept as overlays: a case folder holds only the files its fault changes or adds, at their paths in a
 * project, and is laid over its family's base in test/fixtures/base/. A case that needs a base file gone or a folder
 * under another name says so, one line each, in an `overlay.txt` beside its files:
 *
 *     # Why, in a comment line.
 *     remove content/meetings/2017-09-07-cype/02-average-caseload.md
 *     rename content/meetings/2017-09-07-cype content/meetings/2017-09-08-cype
 *
 * The removals and renames are made first, so the case's own files are at their paths after any rename.
 */
import { cp, lstat, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles } from "../../src/pipeline/listFiles";

/** test/fixtures/base/: the project each family of fixture cases is laid over (`broken`, `hostile`). */
export const FIXTURE_BASES = fileURLToPath(new URL("../fixtures/base/", import.meta.url));

/** The file in a case folder that lists what the case removes from or renames in its base; never copied. */
export const OVERLAY_MANIFEST = "overlay.txt";

/** One line of an overlay.txt. */
export type OverlayChange = { remove: string } | { rename: string; to: string };

/**
 * What a case removes from or renames in its base, in the order its overlay.txt gives them; none without the file.
 * @example await overlayChanges("test/fixtures/broken/bad-folder-name") // [{ rename: "content/meetings/2017-09-07-cype", to: "content/meetings/cype-september-2017" }]
 */
export async function overlayChanges(overlay: string): Promise<OverlayChange[]> {
  const file = path.join(overlay, OVERLAY_MANIFEST);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? "" : Promise.reject(error)));
  const changes: OverlayChange[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [verb, ...paths] = line.split(/\s+/);
    const where = `${file}:${index + 1}`;
    if (paths.some((p) => path.isAbsolute(p) || p.split("/").includes(".."))) throw new Error(`${where}: paths are relative to the project, inside it`);
    if (verb === "remove" && paths.length === 1) changes.push({ remove: paths[0]! });
    else if (verb === "rename" && paths.length === 2) changes.push({ rename: paths[0]!, to: paths[1]! });
    else throw new Error(`${where}: expected "remove <path>" or "rename <path> <new path>", found "${line}"`);
  });
  return changes;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Copies a base into a folder (which may already hold other files), makes the case's removals and renames, then
 * copies the case's own files over it. Every path a change names must be there, so a stale overlay.txt fails loudly.
 * @example await layOver(root, path.join(FIXTURE_BASES, "hostile"), "test/fixtures/hostile/result-nan")
 */
export async function layOver(root: string, base: string, overlay: string): Promise<void> {
  const changes = await overlayChanges(overlay);
  await cp(base, root, { recursive: true });
  for (const change of changes) {
    const from = path.join(root, "remove" in change ? change.remove : change.rename);
    if (!(await exists(from))) throw new Error(`${overlay}: ${path.relative(root, from)} is not in the base, so it cannot be removed or renamed`);
    if ("remove" in change) await rm(from, { recursive: true });
    else if (await exists(path.join(root, change.to))) throw new Error(`${overlay}: ${change.to} is in the base already`);
    else await rename(from, path.join(root, change.to));
  }
  const manifest = path.join(overlay, OVERLAY_MANIFEST);
  await cp(overlay, root, { recursive: true, filter: (source) => source !== manifest });
}

/**
 * A fresh temporary folder holding a base with a case laid over it (see layOver); the caller removes it.
 * @example const root = await materialise(path.join(FIXTURE_BASES, "broken"), "test/fixtures/broken/yaml-tab-indent");
 */
export async function materialise(base: string, overlay: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "scorecards-fixture-"));
  await layOver(root, base, overlay);
  return root;
}

/**
 * The files in a case that are byte for byte the base's file at the same place (after its renames): a case should
 * hold only what its fault changes, so this is empty.
 * @example await unchangedFiles(path.join(FIXTURE_BASES, "broken"), "test/fixtures/broken/bad-folder-name") // []
 */
export async function unchangedFiles(base: string, overlay: string): Promise<string[]> {
  const changes = await overlayChanges(overlay);
  const unchanged: string[] = [];
  for (const file of (await listFiles(overlay)).filter((name) => name !== OVERLAY_MANIFEST)) {
    let from = file;
    for (const change of changes) if ("rename" in change && from.startsWith(`${change.to}/`)) from = change.rename + from.slice(change.to.length);
    const before = await readFile(path.join(base, from)).catch(() => undefined);
    if (before?.equals(await readFile(path.join(overlay, file)))) unchanged.push(file);
  }
  return unchanged;
}
