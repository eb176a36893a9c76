import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

/**
 * A process's state and parent, from the text of Linux's /proc/<pid>/stat.
 * @example procStat("4320 (node) S 4312 …") // { state: "S", parent: 4312 }
 */
function procStat(text: string): { state: string; parent: number } {
  // The command name comes in brackets and may itself hold spaces, so the fields are counted from its end.
  const [state = "", parent = ""] = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { state, parent: Number(parent) };
}

/**
 * Whether a process of this machine is still running.
 * @example processAlive(process.pid) // true
 */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent has not collected it (common in containers) still answers, as a zombie: it is gone.
  try {
    return procStat(readFileSync(`/proc/${pid}/stat`, "utf8")).state !== "Z";
  } catch {
    return true;
  }
}

/**
 * The processes this one was started through, nearest first, up to and including npm's own (Linux: from /proc;
 * elsewhere the parent alone). Killing `npm start` kills only npm, so the server must notice its launcher is gone.
 * @example await launcherChain() // [4312 (tsx), 4301 (sh), 4290 (npm)]
 */
export async function launcherChain(): Promise<number[]> {
  const chain = [process.ppid];
  if (process.platform !== "linux") return chain;
  try {
    for (let pid = process.ppid; chain.length < 6;) {
      const command = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
      if (/\bnpm\b|npm-cli/.test(command)) break;
      const { parent } = procStat(await readFile(`/proc/${pid}/stat`, "utf8"));
      if (!parent || parent <= 1) break;
      chain.push(parent);
      pid = parent;
    }
  } catch {
    // A process that ended while being read: the chain so far is what is left to watch.
  }
  return chain;
}
