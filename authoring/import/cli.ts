/** What the two import commands share on the command line: reading flags, and reporting failures the same way. */
import { ImportFailed, ImportStopped } from "./errors";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * Reads `<file> --flag --option value` (or `--option=value`), refusing anything it does not know.
 * @example parseArgs(["paper.txt", "--force", "--out", "tmp"], ["--force"], ["--out"])
 */
export function parseArgs(argv: readonly string[], flags: readonly string[], options: readonly string[]): ParsedArgs | { error: string } {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flags.includes(name)) parsed.flags.add(name);
    else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return { error: `${name} needs a value` };
      parsed.values.set(name, value);
    } else if (arg.startsWith("--")) return { error: `unknown option ${arg}` };
    else parsed.positional.push(arg);
  }
  return parsed;
}

/** Prints why a command stopped and returns its exit code; anything unexpected is re-thrown. */
export function reportFailure(error: unknown): number {
  if (error instanceof ImportFailed) {
    console.error(error.message);
    console.error("\nNothing was written.");
    return 1;
  }
  if (error instanceof ImportStopped) {
    console.error(error.message);
    return 1;
  }
  throw error;
}
